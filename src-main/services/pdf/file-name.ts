/** `<prefix>-<name in ASCII>-<YYYY-MM-DD>.pdf`, or `<prefix>-<date>.pdf` when nothing of the name is left. */
export function asciiFileName(prefix: string, name: string, date: string): string {
  const ascii = transliterate(name);
  return ascii === '' ? `${prefix}-${date}.pdf` : `${prefix}-${ascii}-${date}.pdf`;
}

const LETTERS: Record<string, string> = {
  ə: 'e', ı: 'i', ş: 'sh', ç: 'ch', ğ: 'gh', ö: 'o', ü: 'u',
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Azerbaijani Cyrillic (older documents).
  ә: 'e', ғ: 'gh', ҹ: 'j', һ: 'h', ј: 'y', ө: 'o', ү: 'u', ҝ: 'g',
};

/**
 * Lower-case ASCII: Azerbaijani and Cyrillic letters spelled out, words joined by hyphens, the rest
 * dropped. File names stay ASCII so that they survive mail gateways, file shares and USB sticks.
 */
function transliterate(text: string): string {
  let out = '';
  for (const char of text) {
    // 'İ'.toLowerCase() is "i" plus a combining dot; the dot would only be dropped later anyway.
    const lower = char === 'İ' ? 'i' : char.toLowerCase();
    const spelled = LETTERS[lower] ?? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out += /[\s\-‐–—]/.test(spelled) ? '-' : spelled.replace(/[^a-z0-9]/g, '');
  }
  return out.replace(/-+/g, '-').replace(/^-|-$/g, '');
}
