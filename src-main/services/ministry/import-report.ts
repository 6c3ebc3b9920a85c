import type { ImportAttemptView } from '../../contract/ministry';
import { importAttemptSchema } from '../../contract/ministry';
import { csvCell } from '../audit/audit-query';
import { readAttempts } from './import-history';

/** Every import attempt, newest first, as the contract shows it (older lines without `changes` too). */
export function importHistory(dataDir: string): ImportAttemptView[] {
  return readAttempts(dataDir)
    .map((attempt) => importAttemptSchema.safeParse({ ...attempt, changes: attempt.changes ?? null }))
    .flatMap((parsed) => (parsed.success ? [parsed.data] : []))
    .reverse();
}

const COLUMNS = ['at', 'file', 'status', 'institutionCode', 'sequence', 'profile', 'problem', 'reason', 'warnings', 'records', 'sha256'] as const;

/**
 * The import history as CSV (formula-safe cells, one row per attempt) or JSON, for the department's
 * own records. Reasons stay as codes and the precise English detail; the screen translates them.
 */
export function importReportFile(dataDir: string, format: 'csv' | 'json', today: string): { fileName: string; content: string } {
  const attempts = importHistory(dataDir);
  const fileName = `korpu-imports-${today}.${format}`;
  if (format === 'json') {
    return { fileName, content: `${JSON.stringify(attempts, null, 2)}\n` };
  }
  const rows = attempts.map((attempt) => [
    attempt.at,
    attempt.file,
    attempt.status,
    attempt.institutionCode ?? '',
    attempt.sequence === null ? '' : String(attempt.sequence),
    attempt.profile ?? '',
    attempt.problem ?? '',
    attempt.reason ?? '',
    attempt.warnings.map((warning) => `${warning.code} ${JSON.stringify(warning.params)}`).join('; '),
    String(Object.values(attempt.counts).reduce((sum, count) => sum + count, 0)),
    attempt.sha256 ?? '',
  ]);
  // A byte-order mark, so that a spreadsheet reads the Azerbaijani letters right.
  return { fileName, content: `\uFEFF${[COLUMNS, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n` };
}
