import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { Language } from '../contract/common';
import type { Clock } from '../platform/clock';
import { fileSecretStore } from '../platform/file-secret-store';
import type { IdGenerator } from '../platform/ids';
import type { Logger } from '../platform/logger';
import { fileLogger } from '../platform/logger';
import { dataPaths } from '../platform/paths';
import type { Core } from './core';
import { openCore } from './core';

/** The repository's root, seen from this file (CLI, preview and tests run from the source tree). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The migrations shipped with this source tree. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** This source tree's version, from package.json. */
export function sourceVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

/**
 * Opens a data directory for the plain-Node hosts (CLI, preview, tests): the key lives in the
 * 0600 file store under `<dataDir>/secrets`, logs go to `<dataDir>/logs`.
 */
export function openNodeCore(
  dataDir: string,
  options: { defaultLanguage?: Language; logger?: Logger; clock?: Clock; ids?: IdGenerator } = {},
): Promise<Core> {
  const paths = dataPaths(dataDir);
  return openCore({
    dataDir,
    migrationsFolder: MIGRATIONS_FOLDER,
    secrets: fileSecretStore(paths.secrets),
    logger: options.logger ?? fileLogger(paths.logFile),
    appVersion: sourceVersion(),
    ...(options.defaultLanguage === undefined ? {} : { defaultLanguage: options.defaultLanguage }),
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    ...(options.ids === undefined ? {} : { ids: options.ids }),
  });
}
