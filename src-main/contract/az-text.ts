/**
 * Azerbaijani text utilities shared by the core and the renderer.
 *
 * Why our own: Chromium's and Electron's ICU data lack Azerbaijani, so Intl.Collator('az') falls back
 * to the root order (Ə after Z, I/İ confused), and no Intl.Collator polyfill exists.
 */

/** The 32 letters of the Azerbaijani Latin alphabet, in order. */
export const AZ_ALPHABET = [
  'a', 'b', 'c', 'ç', 'd', 'e', 'ə', 'f', 'g', 'ğ', 'h', 'x', 'ı', 'i', 'j', 'k',
  'q', 'l', 'm', 'n', 'o', 'ö', 'p', 'r', 's', 'ş', 't', 'u', 'ü', 'v', 'y', 'z',
] as const;

const letterRank = new Map<string, number>(AZ_ALPHABET.map((letter, index) => [letter, index]));
// 'w' is not an Azerbaijani letter but appears in foreign names; it sorts right after 'v'.
letterRank.set('w', letterRank.get('v')! + 0.5);

const DIGIT_BASE = -100;
const OTHER_BASE = 1000;

/** Lower-cases with Azerbaijani rules: I → ı and İ → i (the default mapping gets both wrong). */
export function azLower(text: string): string {
  return text.replace(/I/g, 'ı').replace(/İ/g, 'i').toLowerCase();
}

/** Upper-cases with Azerbaijani rules: i → İ and ı → I. */
export function azUpper(text: string): string {
  return text.replace(/i/g, 'İ').replace(/ı/g, 'I').toUpperCase();
}

function primaryWeights(text: string): number[] {
  const weights: number[] = [];
  for (const char of azLower(text.normalize('NFC'))) {
    const rank = letterRank.get(char);
    if (rank !== undefined) {
      weights.push(rank);
    } else if (char >= '0' && char <= '9') {
      weights.push(DIGIT_BASE + char.charCodeAt(0));
    } else if (/\s/.test(char)) {
      weights.push(-1000);
    } else {
      weights.push(OTHER_BASE + (char.codePointAt(0) ?? 0));
    }
  }
  return weights;
}

/**
 * Compares two strings in Azerbaijani alphabetical order
 * (… C < Ç … E < Ə … H < X < I < İ … O < Ö … S < Ş … U < Ü …).
 * Case only breaks ties: lower case first, then code points, so the order is total.
 */
export function compareAz(a: string, b: string): number {
  const wa = primaryWeights(a);
  const wb = primaryWeights(b);
  const length = Math.min(wa.length, wb.length);
  for (let i = 0; i < length; i++) {
    const diff = wa[i]! - wb[i]!;
    if (diff !== 0) {
      return diff < 0 ? -1 : 1;
    }
  }
  if (wa.length !== wb.length) {
    return wa.length < wb.length ? -1 : 1;
  }
  if (a === b) {
    return 0;
  }
  const lowerFirst = Number(a !== azLower(a)) - Number(b !== azLower(b));
  if (lowerFirst !== 0) {
    return lowerFirst;
  }
  return a < b ? -1 : 1;
}

/**
 * A key whose plain string order is the Azerbaijani alphabetical order of `text` (ignoring case):
 * computed once per record, it makes sorting thousands of names cheap.
 */
export function azSortKey(text: string): string {
  return primaryWeights(text)
    .map((weight) => String.fromCharCode(0x4000 + Math.round(weight * 2)))
    .join('');
}

/**
 * Folds text for search: Azerbaijani-aware lower case, then ə → e, ı → i and every diacritic dropped,
 * whitespace collapsed. "İsmayılov", "ismayilov" and "ISMAYILOV" all fold to "ismayilov".
 */
export function foldForSearch(text: string): string {
  return azLower(text)
    .replace(/ə/g, 'e')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query occurs, folded, somewhere in one of the texts. */
export function matchesSearch(query: string, ...texts: readonly (string | null | undefined)[]): boolean {
  const words = foldForSearch(query).split(' ').filter((word) => word.length > 0);
  if (words.length === 0) {
    return true;
  }
  const haystack = texts
    .filter((text): text is string => typeof text === 'string')
    .map(foldForSearch)
    .join(' ');
  return words.every((word) => haystack.includes(word));
}
