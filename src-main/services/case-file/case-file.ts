import type { Language } from '../../contract/common';
import { calendarDate } from '../../contract/dates';
import type { CoreDeps } from '../context';
import { asciiFileName } from '../pdf/file-name';
import { documentFonts } from '../pdf/pdf-fonts';
import { renderPdf } from '../pdf/pdf-layout';
import { referenceLabeler } from '../pdf/reference-labels';
import { caseFileContent } from './case-file-content';
import { collectCaseFileData } from './case-file-data';

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
  const pdf = await renderPdf(content, documentFonts(), now);
  return { fileName: caseFileName(data.record.identity.surname, today), pdfBase64: Buffer.from(pdf).toString('base64') };
}

/** `case-file-<surname in ASCII>-<YYYY-MM-DD>.pdf`, e.g. `case-file-eliyeva-2026-11-25.pdf`. */
export function caseFileName(surname: string, date: string): string {
  return asciiFileName('case-file', surname, date);
}
