import { existsSync, readFileSync, statSync } from 'node:fs';

import type { Language } from '../contract/common';
import { AppError } from '../contract/errors';
import { writeFileAtomically } from '../platform/atomic-file';
import { fileSecretStore } from '../platform/file-secret-store';
import { dataPaths } from '../platform/paths';
import { listBackups, makeBackup } from '../services/backup/backups';
import { readPortableBackup, writePortableBackup } from '../services/backup/portable';
import { isPortableBackup, readLocalBackup, restorePortable } from '../services/backup/restore';
import { MIGRATIONS_FOLDER, openNodeCore, sourceVersion } from '../services/node-host';
import { UsageError } from './args';
import type { BackupCommand } from './backup-args';
import { checkOut } from './bundles';
import { cliText } from './messages';

/**
 * `backup`: without `--out`, a backup in the data folder (encrypted with the database's key, kept by
 * the retention rules); with `--out FILE --passphrase-stdin`, a portable backup — the database and
 * its keys encrypted with the passphrase — that restores on another machine.
 */
export async function runBackup(command: Extract<BackupCommand, { kind: 'backup' }>, passphrase: string | null, language: Language): Promise<number> {
  if (!existsSync(dataPaths(command.dataDir).database)) {
    throw new AppError('SETUP_REQUIRED', 'The data directory has not been set up');
  }
  if (command.out !== null) {
    checkOut(command.out, command.force);
  }
  const core = await openNodeCore(command.dataDir, { defaultLanguage: language });
  try {
    if (command.out === null) {
      const made = makeBackup(core.deps, 'manual');
      console.log(cliText(language, 'backupMade', { file: made.fileName, count: listBackups(command.dataDir).length }));
      return 0;
    }
    const portable = await writePortableBackup(core.deps, passphrase!);
    writeFileAtomically(command.out, portable.bytes);
    console.log(cliText(language, 'backupSaved', { path: command.out }));
    return 0;
  } finally {
    core.close();
  }
}

/**
 * `restore --from FILE`: a portable backup (`--passphrase-stdin`) or one of the data folder's own
 * backups, checked before anything is replaced; the current database is kept in the data folder's
 * backups first.
 */
export async function runRestore(command: Extract<BackupCommand, { kind: 'restore' }>, passphrase: string | null, language: Language): Promise<number> {
  if (statSync(command.from, { throwIfNoEntry: false })?.isFile() !== true) {
    throw new UsageError({ key: 'fileUnreadable', params: { path: command.from, detail: 'not a file' } });
  }
  const bytes = readFileSync(command.from);
  const secrets = fileSecretStore(dataPaths(command.dataDir).secrets);
  if (isPortableBackup(bytes) && passphrase === null) {
    throw new UsageError({ key: 'missingOptions', params: { options: '--passphrase-stdin' } });
  }
  // A portable backup needs its passphrase; one of this machine's own backups, its database key.
  const backup = isPortableBackup(bytes) ? await readPortableBackup(bytes, passphrase!) : await readLocalBackup(bytes, secrets, sourceVersion());
  const replacing = existsSync(dataPaths(command.dataDir).database);
  const manifest = await restorePortable(
    { dataDir: command.dataDir, secrets, migrationsFolder: MIGRATIONS_FOLDER, now: new Date() },
    backup,
  );
  // Proves the restored database opens here, and brings it to this app's schema.
  const core = await openNodeCore(command.dataDir, { defaultLanguage: language });
  core.close();
  console.log(cliText(language, replacing ? 'restored' : 'restoredFresh', { name: manifest.name, at: manifest.createdAt, dir: command.dataDir }));
  return 0;
}
