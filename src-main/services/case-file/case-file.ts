import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import type { Language } from '../../contract/common';
import { calendarDate } from '../../contract/dates';
import type { CoreDeps } from '../context';
import { caseFileContent } from './case-file-content';
import { collectCaseFileData, referenceLabeler } from './case-file-data';
import type { CaseFileFonts } from './case-file-layout';
import { renderCaseFile } from './case-file-layout';

/**
 * The child's case file as an A4 PDF in `language`, dated today; NOT_FOUND for an unknown child.
 * The file name is ASCII so that it survives mail gateways, file shares and USB sticks.
 */
export async function caseFile(
  deps: CoreDeps,
  id: string,
  language: Language,
): Promise<{ fileName: string; pdfBase64: string }> {
  const now = deps.clock.now();
  const today = calendarDate(now);
  const data = collectCaseFileData(deps, id, today);
  const content = caseFileContent(data, language, today, referenceLabeler(deps.db, language));
  const pdf = await renderCaseFile(content, caseFileFonts(), now);
  return { fileName: caseFileName(data.record.identity.surname, today), pdfBase64: Buffer.from(pdf).toString('base64') };
}

/** `case-file-<surname in ASCII>-<YYYY-MM-DD>.pdf`, e.g. `case-file-eliyeva-2026-11-25.pdf`. */
export function caseFileName(surname: string, date: string): string {
  const name = transliterate(surname);
  return name === '' ? `case-file-${date}.pdf` : `case-file-${name}-${date}.pdf`;
}

const LETTERS: Record<string, string> = {
  ə: 'e', ı: 'i', ş: 'sh', ç: 'ch', ğ: 'gh', ö: 'o', ü: 'u',
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Azerbaijani Cyrillic (older documents).
  ә: 'e', ғ: 'gh', ҹ: 'j', һ: 'h', ј: 'y', ө: 'o', ү: 'u', ҝ: 'g',
};

/** Lower-case ASCII: Azerbaijani and Cyrillic letters spelled out, words joined by hyphens, the rest dropped. */
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

// Read once per process: the two TTF files are about 1.4 MB and never change while it runs.
let fonts: CaseFileFonts | undefined;

/**
 * DejaVu Sans (free licence; Azerbaijani, Cyrillic and Latin letters), found through module
 * resolution so that the same code works from the source tree and inside the packaged app.asar
 * (Electron's fs reads files from asar, so no asarUnpack entry is needed).
 */
function caseFileFonts(): CaseFileFonts {
  if (fonts === undefined) {
    const resolve = createRequire(import.meta.url).resolve;
    fonts = {
      regular: readFileSync(resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
      bold: readFileSync(resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
    };
  }
  return fonts;
}
