import type { Language } from '@contract/common';
import { importProblemText, importWarningText } from '@contract/import-messages';
import type { ImportResultView } from '@contract/ministry';

/** The colour of an import status: imported, with warnings, nothing done, refused. */
export const STATUS_COLOURS: Record<ImportResultView['status'], string> = {
  imported: 'teal',
  'imported-with-warnings': 'yellow',
  'already-imported': 'gray',
  rejected: 'red',
};

/** Why a bundle was refused, or what its warnings say, in the analyst's language; null when neither. */
export function resultMessage(language: Language, result: Pick<ImportResultView, 'problem' | 'params' | 'warnings'>): string | null {
  if (result.problem !== null) {
    return importProblemText(language, result.problem, result.params);
  }
  return result.warnings.length === 0 ? null : result.warnings.map((warning) => importWarningText(language, warning)).join(' ');
}

/** Records in a result, all tables together. */
export function recordCount(result: Pick<ImportResultView, 'counts'>): number {
  return Object.values(result.counts).reduce((sum, count) => sum + count, 0);
}
