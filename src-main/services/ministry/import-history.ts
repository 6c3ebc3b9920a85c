import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

import { dataPaths } from '../../platform/paths';
import type { ImportResult } from './importer';

/** One import attempt as the history keeps it. */
export type ImportAttempt = ImportResult & { at: string };

/**
 * The import history: every attempt, rejections included, one JSON line each, appended and flushed.
 * It lives beside the database, not in it, so that a rejected bundle leaves the database
 * byte-for-byte as it was while its rejection is still on record (for the report and the receipt).
 */
export function appendAttempt(dataDir: string, attempt: ImportAttempt): void {
  const file = dataPaths(dataDir).importHistory;
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const fd = openSync(file, 'a', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(attempt)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Every recorded attempt, oldest first (a line cut short by a crash is skipped). */
export function readAttempts(dataDir: string): ImportAttempt[] {
  const file = dataPaths(dataDir).importHistory;
  if (!existsSync(file)) {
    return [];
  }
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as ImportAttempt];
      } catch {
        return [];
      }
    });
}
