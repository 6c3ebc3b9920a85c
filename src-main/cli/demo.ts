import { existsSync } from 'node:fs';

import type { Language } from '../contract/common';
import { AppError } from '../contract/errors';
import { dataPaths } from '../platform/paths';
import type { DemoResult } from '../services/demo/demo-service';
import { fillDemo } from '../services/demo/demo-service';
import { openNodeCore } from '../services/node-host';
import type { DemoArgs } from './args';

/**
 * `demo`: fills a set-up installation with made-up children for demonstrations and benchmarks.
 * A data directory without a database is refused before opening it, so nothing (no key, no empty
 * database) is left behind in a mistyped path.
 */
export async function runDemo(args: DemoArgs, language: Language, onProgress: (done: number, total: number) => void): Promise<DemoResult> {
  if (!existsSync(dataPaths(args.dataDir).database)) {
    throw new AppError('SETUP_REQUIRED', 'The data directory has not been set up');
  }
  const core = await openNodeCore(args.dataDir, { defaultLanguage: language });
  try {
    return fillDemo(core.deps, args.residents, args.seed, onProgress);
  } finally {
    core.close();
  }
}
