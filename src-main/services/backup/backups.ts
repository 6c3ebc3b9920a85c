import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

import type { BackupEntry, BackupReason } from '../../contract/backup';
import { backupReasons } from '../../contract/backup';
import { calendarDate } from '../../contract/dates';
import type { SqliteHandle } from '../../db/client';
import { syncDirectory } from '../../platform/atomic-file';
import type { CoreDeps } from '../context';
import { backupsToKeep } from './retention';

/*
 * The installation's own backups: copies of the database made with `VACUUM INTO` (a consistent
 * snapshot, written while the app keeps working), encrypted with the database's own key, in
 * `<dataDir>/backups`. Made every day, before every migration and ministry import, and on request;
 * kept by the retention rules (retention.ts).
 */

const NAME = new RegExp(`^korpu-(\\d{8}T\\d{9}Z)-(${backupReasons.join('|')})\\.db$`);

export function backupsDir(dataDir: string): string {
  return join(dataDir, 'backups');
}

/** `20261203T143015123Z` ↔ an instant (the name sorts as the time). */
function stamp(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

function parseStamp(text: string): Date {
  return new Date(`${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}T${text.slice(9, 11)}:${text.slice(11, 13)}:${text.slice(13, 15)}.${text.slice(15, 18)}Z`);
}

/**
 * Writes a backup of the open database into `dir` as of now: to a hidden file first, flushed, then
 * renamed into place, so a crash never leaves a half backup under a backup's name.
 */
export function vacuumInto(sqlite: SqliteHandle, dir: string, reason: BackupReason, at: Date): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const fileName = `korpu-${stamp(at)}-${reason}.db`;
  const partial = join(dir, `.${fileName}.partial`);
  rmSync(partial, { force: true });
  sqlite.prepare('VACUUM INTO ?').run(partial);
  const fd = openSync(partial, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, join(dir, fileName));
  syncDirectory(dir);
  return fileName;
}

/** The automatic backups, newest first (hidden partial files left by a crash are not backups). */
export function listBackups(dataDir: string): BackupEntry[] {
  const dir = backupsDir(dataDir);
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir)
    .flatMap((fileName) => {
      const match = NAME.exec(fileName);
      return match === null ? [] : [{ fileName, reason: match[2] as BackupReason, createdAt: parseStamp(match[1]!).toISOString(), size: statSync(join(dir, fileName)).size }];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * Backups the retention rules never remove: the database a restore replaced, and the one a
 * migration was about to change (both rare, and each the only copy of that state).
 */
const NEVER_PRUNED: ReadonlySet<BackupReason> = new Set(['pre-restore', 'pre-migration']);

/** Removes the backups the retention rules do not keep, and partial files a crash left. */
export function pruneBackups(dataDir: string): void {
  const dir = backupsDir(dataDir);
  const entries = listBackups(dataDir).filter((entry) => !NEVER_PRUNED.has(entry.reason));
  const keep = backupsToKeep(entries.map((entry) => ({ fileName: entry.fileName, createdAt: new Date(entry.createdAt) })));
  for (const entry of entries) {
    if (!keep.has(entry.fileName)) {
      rmSync(join(dir, entry.fileName), { force: true });
      rmSync(join(dir, `${entry.fileName}-wal`), { force: true });
    }
  }
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    if (name.startsWith('.') && name.endsWith('.partial')) {
      rmSync(join(dir, name), { force: true });
    }
  }
}

/** Backs the database up now, for `reason`, then applies the retention rules. */
export function makeBackup(deps: CoreDeps, reason: BackupReason): BackupEntry {
  const at = deps.clock.now();
  const fileName = vacuumInto(deps.db.$client, backupsDir(deps.dataDir), reason, at);
  pruneBackups(deps.dataDir);
  deps.logger.log('info', 'backup.made', { reason });
  const made = listBackups(deps.dataDir).find((entry) => entry.fileName === fileName);
  // The rules always keep the newest backup; found unless the clock went backwards.
  return made ?? { fileName, reason, createdAt: at.toISOString(), size: 0 };
}

/** The day's backup, unless one was made today already (local calendar day). */
export function ensureDailyBackup(deps: CoreDeps): BackupEntry | null {
  const today = calendarDate(deps.clock.now());
  if (listBackups(deps.dataDir).some((entry) => calendarDate(new Date(entry.createdAt)) === today)) {
    return null;
  }
  return makeBackup(deps, 'daily');
}
