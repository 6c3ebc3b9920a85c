import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { BackupManifest } from '../../contract/backup';
import { AppError } from '../../contract/errors';
import { DATABASE_KEY_BYTES, openEncryptedFile } from '../../db/client';
import { checkMigrationState } from '../../db/migrate';
import { syncDirectory } from '../../platform/atomic-file';
import { dataPaths } from '../../platform/paths';
import type { SecretStore } from '../../platform/secret-store';
import { backupsDir } from './backups';
import type { PortableBackup } from './portable';

/** A closed data folder to restore into: where it is, its secret store, the app's migrations. */
export type RestoreTarget = { dataDir: string; secrets: SecretStore; migrationsFolder: string; now: Date };

const stamp = (at: Date) => at.toISOString().replace(/[-:.]/g, '');

/** Checks a database file with its key: integrity, and that this app knows every migration it has. */
function checkDatabase(file: string, key: Buffer, migrationsFolder: string): void {
  let sqlite;
  try {
    sqlite = openEncryptedFile(file, key, { readonly: true });
  } catch {
    throw new AppError('BACKUP_INVALID', 'The backup’s database cannot be opened with its key', { problem: 'damaged' });
  }
  try {
    const result = sqlite.pragma('integrity_check', { simple: true });
    if (result !== 'ok') {
      throw new AppError('BACKUP_INVALID', `The backup’s database is damaged: ${String(result)}`, { problem: 'damaged' });
    }
    // DB_NEWER_THAN_APP when a newer version of Körpü made it: update the app first.
    checkMigrationState(sqlite, migrationsFolder);
  } finally {
    sqlite.close();
  }
}

/**
 * Restores a portable backup into a data folder whose database is CLOSED: the backup's database is
 * written beside the current one, checked (integrity, schema version) and re-keyed to this
 * machine's database key; the current database, if any, is moved into the backups folder first
 * (`pre-restore`), then the restored one takes its place by a rename. The keys the backup carries
 * besides the database key (bundle signing, the ministry's) replace this machine's. A refused
 * backup changes nothing.
 */
export async function restorePortable(target: RestoreTarget, backup: PortableBackup): Promise<BackupManifest> {
  const paths = dataPaths(target.dataDir);
  const staged = join(target.dataDir, `.restore-${stamp(target.now)}.db`);
  mkdirSync(target.dataDir, { recursive: true, mode: 0o700 });
  writeFileSync(staged, backup.database, { mode: 0o600 });
  try {
    const backupKey = backup.secrets.get('database-key')!;
    checkDatabase(staged, backupKey, target.migrationsFolder);
    const localKey = await localDatabaseKey(target.secrets, existsSync(paths.database));
    try {
      const sqlite = openEncryptedFile(staged, backupKey);
      try {
        sqlite.pragma('journal_mode = DELETE');
        sqlite.pragma(`rekey = "x'${localKey.toString('hex')}'"`);
      } finally {
        sqlite.close();
      }
      setAsideCurrent(paths.database, localKey, target.dataDir, target.now);
    } finally {
      localKey.fill(0);
    }
    renameSync(staged, paths.database);
    syncDirectory(target.dataDir);
  } finally {
    rmSync(staged, { force: true });
  }
  for (const [name, value] of backup.secrets) {
    if (name !== 'database-key') {
      await target.secrets.set(name, value);
    }
  }
  return backup.manifest;
}

/** This machine's database key; a fresh one (stored first) where there is no database yet. */
async function localDatabaseKey(secrets: SecretStore, databaseExists: boolean): Promise<Buffer> {
  const stored = await secrets.get('database-key');
  if (stored !== null) {
    return stored;
  }
  if (databaseExists) {
    throw new AppError('DB_KEY_MISSING', `The database exists but its key is not in the ${secrets.kind}`);
  }
  const fresh = randomBytes(DATABASE_KEY_BYTES);
  await secrets.set('database-key', fresh);
  return Buffer.from(fresh);
}

/** Moves the current database (and any journal left beside it) into the backups folder as `pre-restore`. */
function setAsideCurrent(database: string, key: Buffer, dataDir: string, now: Date): void {
  if (!existsSync(database)) {
    return;
  }
  try {
    // Fold a journal left by a crash into the file, so the backup is one file; a damaged database
    // is set aside as it is, journal and all.
    const sqlite = openEncryptedFile(database, key);
    try {
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      sqlite.close();
    }
  } catch {
    // Kept as found.
  }
  const dir = backupsDir(dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const name = join(dir, `korpu-${stamp(now)}-pre-restore.db`);
  rmSync(`${database}-shm`, { force: true });
  if (existsSync(`${database}-wal`)) {
    renameSync(`${database}-wal`, `${name}-wal`);
  }
  renameSync(database, name);
  syncDirectory(dir);
}

/** The text a portable backup begins with (an age file); anything else is read as a local backup. */
export function isPortableBackup(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 21)).toString('latin1') === 'age-encryption.org/v1';
}

/**
 * One of this machine's own backups (`backups/korpu-…db`, encrypted with this machine's database
 * key) read for `restorePortable`: its facts come from the database itself.
 */
export async function readLocalBackup(bytes: Buffer, secrets: SecretStore, appVersion: string): Promise<PortableBackup> {
  const key = await secrets.get('database-key');
  if (key === null) {
    throw new AppError('DB_KEY_MISSING', `This machine's database key is not in the ${secrets.kind}: restore a backup made with a passphrase`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'korpu-restore-'));
  try {
    const file = join(dir, 'backup.db');
    writeFileSync(file, bytes, { mode: 0o600 });
    let sqlite;
    try {
      sqlite = openEncryptedFile(file, key, { readonly: true });
    } catch {
      throw new AppError('BACKUP_INVALID', 'The file is not a backup of this installation', { problem: 'damaged' });
    }
    try {
      const table = (name: string) => sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
      const institution = table('institution') ? (sqlite.prepare('SELECT code, name FROM institution WHERE id = 1').get() as { code: string; name: string } | undefined) : undefined;
      const ministry = table('ministry_installation') ? (sqlite.prepare('SELECT name FROM ministry_installation WHERE id = 1').get() as { name: string } | undefined) : undefined;
      const manifest: BackupManifest = {
        format: 'korpu-backup',
        formatVersion: 1,
        createdAt: statSync(file).mtime.toISOString(),
        appVersion,
        kind: institution === undefined && ministry !== undefined ? 'ministry' : 'institution',
        code: institution?.code ?? null,
        name: institution?.name ?? ministry?.name ?? '',
        migrations: table('__drizzle_migrations') ? (sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number) : 0,
        databaseSha256: createHash('sha256').update(bytes).digest('hex'),
      };
      return { manifest, database: bytes, secrets: new Map([['database-key', key]]) };
    } finally {
      sqlite.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
