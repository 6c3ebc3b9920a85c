import { AppError } from '../../contract/errors';
import type { ImportProgress, ImportResultView } from '../../contract/ministry';
import { dataPaths } from '../../platform/paths';
import { makeBackup } from '../backup/backups';
import type { CoreDeps } from '../context';
import { ministryIdentity } from './installation';
import { discardStaleUploads, discardUpload, stagedPath } from './uploads';
import { runImportWorker } from './worker/spawn';

type ImportRequest = { jobId: string; dryRun: boolean; files: { uploadId: string; fileName: string }[] };

/** Imports run one at a time: each holds the database's write lock while its file is checked. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Imports the files the analyst dropped (received with `ministry.upload`), one after another in the
 * import worker, each all-or-nothing; progress goes to `onProgress`. Every staged copy is removed
 * afterwards. Imports started while one runs wait for it.
 */
export function importUploads(deps: CoreDeps, request: ImportRequest, onProgress: (progress: ImportProgress) => void): Promise<ImportResultView[]> {
  const run = queue.then(() => runImport(deps, request, onProgress));
  queue = run.catch(() => undefined);
  return run;
}

async function runImport(deps: CoreDeps, request: ImportRequest, onProgress: (progress: ImportProgress) => void): Promise<ImportResultView[]> {
  const files = request.files.map((file) => ({ path: stagedPath(deps, file.uploadId), fileName: file.fileName }));
  const identity = await ministryIdentity(deps);
  const dbKey = await deps.secrets.get('database-key');
  if (dbKey === null) {
    throw new AppError('DB_KEY_MISSING', 'The database key is not in the secret store');
  }
  const results: ImportResultView[] = [];
  const fileCount = files.length;
  if (!request.dryRun) {
    // The registry and every snapshot as they were, should an import ever need undoing.
    makeBackup(deps, 'pre-import');
  }
  try {
    await runImportWorker(
      { dbFile: dataPaths(deps.dataDir).database, dbKey: new Uint8Array(dbKey), dataDir: deps.dataDir, identity, now: deps.clock.now().toISOString(), dryRun: request.dryRun, files },
      {
        onProgress: (fileIndex, done, total) => onProgress({ jobId: request.jobId, fileIndex, fileCount, fileName: files[fileIndex]?.fileName ?? '', done, total }),
        onResult: (fileIndex, result) => {
          results[fileIndex] = result;
        },
      },
    );
  } finally {
    dbKey.fill(0);
    for (const file of request.files) {
      discardUpload(deps, file.uploadId);
    }
    discardStaleUploads(deps);
  }
  deps.logger.log('info', 'ministry.import', { files: fileCount, dryRun: request.dryRun, statuses: results.map((result) => result.status).join(',') });
  return results;
}
