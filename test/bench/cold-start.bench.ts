import Database from 'better-sqlite3';

import { dispatch } from '../../src-main/ipc/dispatch';
import { fileSecretStore } from '../../src-main/platform/file-secret-store';
import { memoryLogger } from '../../src-main/platform/logger';
import { dataPaths } from '../../src-main/platform/paths';
import { openNodeCore } from '../../src-main/services/node-host';
import { sampleSetup, tempDir } from '../helpers/temp-core';
import type { BenchFigure } from './figures';
import { figure, medianMs } from './figures';

/**
 * Cold start: fetch the key, open the encrypted database, check and apply migrations, seed
 * reference data, answer the first call (app.info). Baseline: the raw driver opening the same
 * encrypted file with the same key and reading one row.
 */
export async function bench(): Promise<BenchFigure[]> {
  const dir = tempDir('korpu-bench-');
  try {
    const setup = await openNodeCore(dir.path, { logger: memoryLogger() });
    await dispatch('setup.complete', sampleSetup, { deps: setup.deps, sessionId: null, connectionId: 'bench', emit: () => undefined });
    setup.close();
    const key = await fileSecretStore(dataPaths(dir.path).secrets).get('database-key');
    if (key === null) {
      throw new Error('no key');
    }

    const app = await medianMs(async () => {
      const core = await openNodeCore(dir.path, { logger: memoryLogger() });
      const info = await dispatch('app.info', {}, { deps: core.deps, sessionId: null, connectionId: 'bench', emit: () => undefined });
      core.close();
      if (!info.ok) {
        throw new Error('app.info failed');
      }
    }, 25);

    const raw = await medianMs(() => {
      const sqlite = new Database(dataPaths(dir.path).database);
      sqlite.pragma(`cipher = 'sqlcipher'`);
      sqlite.pragma('legacy = 4');
      sqlite.pragma(`key = "x'${key.toString('hex')}'"`);
      sqlite.prepare('SELECT name FROM institution').get();
      sqlite.close();
    }, 25);

    return [figure('cold start: open encrypted DB, migrate, first query', 'ms', app, raw, 250)];
  } finally {
    dir.cleanup();
  }
}
