import type { Language } from '../contract/common';
import { makeBackup } from '../services/backup/backups';
import type { ImportResult } from '../services/ministry/importer';
import { importBundleFile } from '../services/ministry/importer';
import { requireFile, withMinistryCore } from './ministry-core';
import { importReport, importSummary } from './ministry-output';

/**
 * `ministry import FILE…`: each bundle in turn, each all or nothing, its result printed as soon as
 * it is known (with `json`, exactly one JSON object per line and bundle, nothing else on standard
 * output). Every file is checked before the first is imported: a missing one is a bad argument and
 * nothing is imported. The database is backed up first (not for a dry run). Exit code 1 when any
 * bundle was rejected; already imported is not a rejection.
 */
export async function runMinistryImport(args: { dataDir: string; files: readonly string[]; dryRun: boolean; json: boolean }, language: Language): Promise<number> {
  args.files.forEach(requireFile);
  const results = await withMinistryCore(args.dataDir, language, async ({ core }) => {
    const done: ImportResult[] = [];
    if (!args.dryRun) {
      // The registry and every snapshot as they were, should an import ever need undoing.
      makeBackup(core.deps, 'pre-import');
    }
    for (const file of args.files) {
      const result = await importBundleFile(core.deps, file, { dryRun: args.dryRun });
      done.push(result);
      if (args.json) {
        console.log(JSON.stringify(result));
      } else {
        if (done.length > 1) {
          console.log('');
        }
        importReport(language, result).forEach((line) => console.log(line));
      }
    }
    return done;
  });
  if (!args.json && results.length > 1) {
    console.log('');
    console.log(importSummary(language, results, args.dryRun));
  }
  return results.some((result) => result.status === 'rejected') ? 1 : 0;
}
