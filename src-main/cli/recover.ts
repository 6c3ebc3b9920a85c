import type { Language } from '../contract/common';
import { fileSecretStore } from '../platform/file-secret-store';
import { dataPaths } from '../platform/paths';
import { appendAudit } from '../services/audit/audit-log';
import { openNodeCore } from '../services/node-host';
import { recoverDatabaseKey } from '../services/recovery/recover';

/**
 * `recover`: after a reinstalled OS or a lost profile, puts the database key back from the recovery
 * file and code into this machine's key store (the file store; the app moves it into the OS
 * keychain at its next start), then proves it by opening the database and audits the recovery.
 */
export async function runRecover(dataDir: string, recoveryCode: string, language: Language): Promise<void> {
  await recoverDatabaseKey(dataDir, recoveryCode, fileSecretStore(dataPaths(dataDir).secrets));
  const core = await openNodeCore(dataDir, { defaultLanguage: language });
  try {
    core.deps.db.transaction((tx) =>
      appendAudit(tx, { userId: null, login: null, procedure: 'cli.recover' }, core.deps.clock.now(), {
        action: 'recovery',
        entityType: 'institution',
        entityId: null,
      }),
    );
  } finally {
    core.close();
  }
}
