import { parentPort } from 'node:worker_threads';

import { configureConnection, openEncryptedFile, toDrizzle } from '../../../db/client';
import { importInto } from '../importer';
import type { ImportWorkerInput, ImportWorkerMessage, ImportWorkerRequest } from './protocol';

/**
 * The import worker: imports bundle files one after another over a connection of its own, so that
 * each bundle's transaction — open while its file is read and checked — never shares a connection
 * with the app, whose other calls keep being answered meanwhile. Progress is throttled.
 */
async function run(input: ImportWorkerInput): Promise<void> {
  const sqlite = openEncryptedFile(input.dbFile, Buffer.from(input.dbKey));
  input.dbKey.fill(0);
  try {
    configureConnection(sqlite);
    const target = { db: toDrizzle(sqlite), dataDir: input.dataDir, identity: input.identity, now: new Date(input.now) };
    for (const [fileIndex, file] of input.files.entries()) {
      const result = await importInto(target, file.path, { dryRun: input.dryRun, fileName: file.fileName, onProgress: throttled(fileIndex) });
      post({ type: 'result', fileIndex, result });
    }
  } finally {
    sqlite.close();
  }
  post({ type: 'done' });
}

/** Progress messages at most every 100 ms, and always the first and last. */
function throttled(fileIndex: number): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done === 0 || done >= total || now - last >= 100) {
      last = now;
      post({ type: 'progress', fileIndex, done, total });
    }
  };
}

function post(message: ImportWorkerMessage): void {
  parentPort?.postMessage(message);
}

parentPort?.on('message', (request: ImportWorkerRequest) => {
  run(request.input).catch((error: unknown) => {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  });
});
