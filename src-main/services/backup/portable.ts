import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { Decrypter, Encrypter } from 'age-encryption';

import type { BackupManifest } from '../../contract/backup';
import { backupManifestSchema, portableBackupInputSchema } from '../../contract/backup';
import { calendarDate } from '../../contract/dates';
import { AppError, validationError } from '../../contract/errors';
import { parseWithKeys } from '../../contract/zod-issues';
import type { SecretName } from '../../platform/secret-store';
import { readTar, writeTar } from '../bundles/format/tar';
import type { CoreDeps } from '../context';
import { findProfile } from '../institution/institution-service';
import { findMinistry } from '../ministry/installation';
import { backupsDir, vacuumInto } from './backups';

/*
 * A portable backup (`.korpu-backup`): the database (as `VACUUM INTO` writes it, still encrypted
 * with its own key) together with the installation's keys — the database key, the bundle signing
 * key, the ministry's keys — and a manifest, in a tar encrypted with a passphrase (age, scrypt). It
 * can be restored on another machine, which then holds the same keys: bundles keep their signer.
 */

/** The secrets a portable backup carries, when the installation has them. */
export const PORTABLE_SECRETS: readonly SecretName[] = ['database-key', 'signing-key', 'ministry-identity', 'ministry-receipt-key'];

/** The most a portable backup's tar may hold in files (manifest, database, secrets). */
const MAX_FILES = 3;

/** A portable backup read and checked: its manifest, the database file's bytes, the keys it carries. */
export type PortableBackup = { manifest: BackupManifest; database: Buffer; secrets: Map<SecretName, Buffer> };

/** Makes a portable backup of the open installation, encrypted with `passphrase`. */
export async function writePortableBackup(deps: CoreDeps, passphrase: string): Promise<{ fileName: string; bytes: Buffer }> {
  const checked = parseWithKeys(portableBackupInputSchema, { passphrase });
  if (!checked.success) {
    throw validationError(checked.issues);
  }
  const now = deps.clock.now();
  const profile = findProfile(deps.db);
  const ministry = profile === null ? findMinistry(deps.db) : null;
  if (profile === null && ministry === null) {
    throw new AppError('SETUP_REQUIRED', 'There is nothing to back up before the first run');
  }
  const work = mkdtempSync(join(backupsDir(deps.dataDir), '.portable-'));
  try {
    const fileName = vacuumInto(deps.db.$client, work, 'manual', now);
    const database = readFileSync(join(work, fileName));
    const manifest: BackupManifest = {
      format: 'korpu-backup',
      formatVersion: 1,
      createdAt: now.toISOString(),
      appVersion: deps.appVersion,
      kind: profile === null ? 'ministry' : 'institution',
      code: profile?.code ?? null,
      name: profile?.name ?? ministry!.name,
      migrations: deps.db.$client.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number,
      databaseSha256: createHash('sha256').update(database).digest('hex'),
    };
    const secrets: Record<string, string> = {};
    for (const name of PORTABLE_SECRETS) {
      const value = await deps.secrets.get(name);
      if (value !== null) {
        secrets[name] = value.toString('base64');
        value.fill(0);
      }
    }
    const tar = writeTar(
      [
        { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest, null, 2)) },
        { name: 'korpu.db', data: database },
        { name: 'secrets.json', data: Buffer.from(JSON.stringify(secrets)) },
      ],
      Math.floor(now.getTime() / 1000),
    );
    const encrypter = new Encrypter();
    encrypter.setPassphrase(passphrase);
    const bytes = Buffer.from(await encrypter.encrypt(tar));
    tar.fill(0);
    const label = (manifest.code ?? 'ministry').toLowerCase();
    deps.logger.log('info', 'backup.portable', { kind: manifest.kind });
    return { fileName: `korpu-${label}-${calendarDate(now)}.korpu-backup`, bytes };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Opens a portable backup: a wrong passphrase or a damaged file is BACKUP_INVALID (with `problem`
 * `passphrase` or `damaged`), changing nothing.
 */
export async function readPortableBackup(bytes: Uint8Array, passphrase: string): Promise<PortableBackup> {
  const decrypter = new Decrypter();
  decrypter.addPassphrase(passphrase);
  let tar: Uint8Array;
  try {
    tar = await decrypter.decrypt(bytes);
  } catch (error) {
    // age says no identity matched when the passphrase does not open the file's scrypt stanza.
    const wrongPassphrase = error instanceof Error && /no identity matched/i.test(error.message);
    throw new AppError('BACKUP_INVALID', 'The backup could not be opened with this passphrase', { problem: wrongPassphrase ? 'passphrase' : 'damaged' });
  }
  try {
    const files = new Map(readTar(tar, MAX_FILES).map((file) => [file.name, Buffer.from(file.data)]));
    const manifest = backupManifestSchema.parse(JSON.parse(files.get('manifest.json')?.toString('utf8') ?? ''));
    const database = files.get('korpu.db');
    if (database === undefined || createHash('sha256').update(database).digest('hex') !== manifest.databaseSha256) {
      throw new Error('database missing or changed');
    }
    const stored = JSON.parse(files.get('secrets.json')?.toString('utf8') ?? '{}') as Record<string, unknown>;
    const secrets = new Map<SecretName, Buffer>();
    for (const name of PORTABLE_SECRETS) {
      const value = stored[name];
      if (typeof value === 'string') {
        secrets.set(name, Buffer.from(value, 'base64'));
      }
    }
    if (!secrets.has('database-key')) {
      throw new Error('no database key');
    }
    return { manifest, database, secrets };
  } catch (error) {
    throw new AppError('BACKUP_INVALID', `The backup is damaged: ${error instanceof Error ? error.message : String(error)}`, { problem: 'damaged' });
  }
}
