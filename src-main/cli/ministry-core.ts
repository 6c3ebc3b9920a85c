import { accessSync, constants, existsSync, statSync } from 'node:fs';

import type { Language } from '../contract/common';
import type { ministryInstallation } from '../db/schema';
import { dataPaths } from '../platform/paths';
import type { Core } from '../services/core';
import { findMinistry } from '../services/ministry/installation';
import { openNodeCore } from '../services/node-host';
import { UsageError } from './args';
import type { CliMessageKey } from './messages';

/** A ministry command refused for a reason the analyst can act on: printed translated, exit code 1. */
export class MinistryRefusal extends Error {
  readonly key: CliMessageKey;
  readonly params: Record<string, string | number>;
  /** The precise English reason, printed under the sentence when there is one. */
  readonly detail: string | null;

  constructor(key: CliMessageKey, params: Record<string, string | number> = {}, detail: string | null = null) {
    super(key);
    this.key = key;
    this.params = params;
    this.detail = detail;
  }
}

/** The open ministry installation a command works on. */
export type MinistryCore = { core: Core; ministry: typeof ministryInstallation.$inferSelect };

/**
 * Runs `work` on a ministry installation. A folder without a database is refused before opening it,
 * so nothing (no key, no empty database) is left behind in a mistyped path; an institution's
 * installation, or one where `ministry init` was not run, is refused too.
 */
export async function withMinistryCore<T>(dataDir: string, language: Language, work: (opened: MinistryCore) => Promise<T>): Promise<T> {
  if (!existsSync(dataPaths(dataDir).database)) {
    throw new MinistryRefusal('notMinistry');
  }
  const core = await openNodeCore(dataDir, { defaultLanguage: language });
  try {
    const ministry = findMinistry(core.deps.db);
    if (ministry === null) {
      throw new MinistryRefusal('notMinistry');
    }
    return await work({ core, ministry });
  } finally {
    core.close();
  }
}

/** Refuses a bundle named on the command line that is not a readable file: a bad argument (exit code 2). */
export function requireFile(path: string): void {
  let detail: string;
  try {
    if (statSync(path).isFile()) {
      accessSync(path, constants.R_OK);
      return;
    }
    detail = 'not a file';
  } catch (error) {
    detail = error instanceof Error ? error.message : String(error);
  }
  throw new UsageError({ key: 'fileUnreadable', params: { path, detail } });
}
