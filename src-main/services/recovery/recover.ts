import { existsSync } from 'node:fs';

import { AppError } from '../../contract/errors';
import { openEncryptedFile } from '../../db/client';
import { dataPaths } from '../../platform/paths';
import type { SecretStore } from '../../platform/secret-store';
import { unwrapKey } from './key-wrap';

/**
 * Puts the database key back into this machine's secret store from the recovery file and code
 * (after a reinstalled OS or a lost profile). The key is proven on the database before it is stored;
 * nothing is written when the code is wrong.
 */
export async function recoverDatabaseKey(dataDir: string, recoveryCode: string, secrets: SecretStore): Promise<void> {
  const database = dataPaths(dataDir).database;
  if (!existsSync(database)) {
    throw new AppError('NOT_FOUND', `There is no Körpü database in ${dataDir}`);
  }
  const key = await unwrapKey(dataDir, recoveryCode);
  try {
    openEncryptedFile(database, key).close();
    await secrets.set('database-key', key);
  } finally {
    key.fill(0);
  }
}
