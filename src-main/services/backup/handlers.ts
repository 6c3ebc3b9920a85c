import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { AppError } from '../../contract/errors';
import { appendAudit } from '../audit/audit-log';
import type { HandlerMap } from '../context';
import { assertNotSetUp } from '../ministry/installation';
import { discardUpload, receiveChunk, stagedPath } from '../ministry/uploads';
import { backupsDir, listBackups, makeBackup } from './backups';
import { readPortableBackup, writePortableBackup } from './portable';
import { readLocalBackup, restorePortable } from './restore';

type BackupProcedures = 'backup.list' | 'backup.create' | 'backup.restore' | 'backup.exportPortable' | 'setup.uploadBackup' | 'setup.restore';

/** Backups of the installation, and restoring one at the first run. */
export const backupHandlers: HandlerMap<BackupProcedures> = {
  'backup.list': (_input, { deps }) => listBackups(deps.dataDir),
  'backup.create': (_input, { deps }) => makeBackup(deps, 'manual'),
  'backup.restore': async (input, { deps, actor }) => {
    const entry = listBackups(deps.dataDir).find((backup) => backup.fileName === input.fileName);
    if (entry === undefined) {
      throw new AppError('NOT_FOUND', 'There is no such backup in the data folder');
    }
    const backup = await readLocalBackup(readFileSync(join(backupsDir(deps.dataDir), entry.fileName)), deps.secrets, deps.appVersion);
    const target = { dataDir: deps.dataDir, secrets: deps.secrets, migrationsFolder: deps.migrationsFolder, now: deps.clock.now() };
    const manifest = await deps.withDatabaseClosed(() => restorePortable(target, backup));
    // The restored trail says who restored it, from which backup (the replaced database is kept).
    deps.db.transaction((tx) =>
      appendAudit(tx, actor, deps.clock.now(), { action: 'restore', entityType: 'backup', entityId: entry.fileName, changes: { backupMadeAt: { before: null, after: entry.createdAt } } }),
    );
    deps.logger.log('info', 'backup.restored', { reason: entry.reason });
    return { ...manifest, createdAt: entry.createdAt };
  },
  'backup.exportPortable': async (input, { deps }) => {
    const file = await writePortableBackup(deps, input.passphrase);
    return { fileName: file.fileName, contentBase64: file.bytes.toString('base64') };
  },
  'setup.uploadBackup': (input, { deps }) => {
    assertNotSetUp(deps.db);
    return { received: receiveChunk(deps, input.uploadId, input.offset, Buffer.from(input.contentBase64, 'base64')) };
  },
  'setup.restore': async (input, { deps }) => {
    // Only before anyone set this installation up: a restore never replaces records from the window.
    assertNotSetUp(deps.db);
    const path = stagedPath(deps, input.uploadId);
    const backup = await readPortableBackup(readFileSync(path), input.passphrase);
    try {
      return await deps.withDatabaseClosed(() =>
        restorePortable({ dataDir: deps.dataDir, secrets: deps.secrets, migrationsFolder: deps.migrationsFolder, now: deps.clock.now() }, backup),
      );
    } finally {
      discardUpload(deps, input.uploadId);
      backup.database.fill(0);
    }
  },
};
