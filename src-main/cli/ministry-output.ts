import type { Language } from '../contract/common';
import { importProblemText, importWarningText } from '../contract/import-messages';
import type { ImportResult } from '../services/ministry/importer';
import { countLines, labelled } from './bundle-output';
import type { CliMessageKey } from './messages';
import { cliText } from './messages';

/** A status of an import, in `language`; a dry run says what would happen. */
export function importStatusText(language: Language, status: ImportResult['status'], dryRun = false): string {
  return cliText(language, dryRun ? `dryStatus.${status}` : `status.${status}`);
}

/**
 * What happened to one file, for a reader: its name and status, institution and sequence when
 * known, the translated reason and the precise English detail of a rejection, the warnings, and the
 * records per table of an import.
 */
export function importReport(language: Language, result: ImportResult): string[] {
  const rows: (readonly [CliMessageKey, string | number])[] = [];
  if (result.institutionCode !== null) {
    rows.push(['label.institution', result.institutionCode]);
  }
  if (result.sequence !== null) {
    rows.push(['label.sequence', result.sequence]);
  }
  const lines = [cliText(language, 'importFileStatus', { file: result.file, status: importStatusText(language, result.status, result.dryRun) }), ...labelled(language, rows)];
  if (result.problem !== null) {
    lines.push(`  ${cliText(language, 'importReason', { reason: importProblemText(language, result.problem, result.params) })}`);
    if (result.reason !== null) {
      lines.push(`  ${cliText(language, 'verifyDetail', { detail: result.reason })}`);
    }
  }
  lines.push(...result.warnings.map((warning) => `  ${cliText(language, 'importWarning', { warning: importWarningText(language, warning) })}`));
  if (result.status === 'imported' || result.status === 'imported-with-warnings') {
    lines.push(...countLines(language, result.counts));
  }
  if (result.dryRun) {
    lines.push(`  ${cliText(language, 'dryRunNote')}`);
  }
  return lines;
}

/** The line after the reports of several files: how many were imported, already there, rejected. */
export function importSummary(language: Language, results: readonly ImportResult[], dryRun: boolean): string {
  const count = (statuses: readonly ImportResult['status'][]) => results.filter((result) => statuses.includes(result.status)).length;
  return cliText(language, dryRun ? 'importSummaryDry' : 'importSummary', {
    files: results.length,
    imported: count(['imported', 'imported-with-warnings']),
    already: count(['already-imported']),
    rejected: count(['rejected']),
  });
}
