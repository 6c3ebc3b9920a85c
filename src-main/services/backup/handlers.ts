import { readFileSync } from 'node:fs';

import type { HandlerMap } from '../context';
import { assertNotSetUp } from '../ministry/installation';
import { discardUpload, receiveChunk, stagedPath } from '../ministry/uploads';
import { listBackups, makeBackup } from './backups';
import { readPortableBackup, writePortableBackup } from './portable';
import { restorePortable } from './restore';

type BackupProcedures = 'backup.list' | 'backup.create' | 'backup.exportPortable' | 'setup.uploadBackup' | 'setup.restore';

/** Backups of the installation, and restoring one at the first run. */
export const backupHandlers: HandlerMap<BackupProcedures> = {
  'backup.list': (_input, { deps }) => listBackups(deps.dataDir),
  'backup.create': (_input, { deps }) => makeBackup(deps, 'manual'),
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
