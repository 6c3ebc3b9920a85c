import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

import type { ImportResultView } from '../../../contract/ministry';
import type { ImportWorkerInput, ImportWorkerMessage, ImportWorkerRequest } from './protocol';

/**
 * The import worker's script: in the built app `import-worker.js` beside the main bundle
 * (electron-vite builds it as an entry of its own); from sources a bootstrap that compiles the
 * TypeScript entry with tsx.
 */
function importWorkerScript(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const built = join(here, 'import-worker.js');
  return existsSync(built) ? built : join(here, 'dev-entry.mjs');
}

export type ImportCallbacks = {
  onProgress(fileIndex: number, done: number, total: number): void;
  onResult(fileIndex: number, result: ImportResultView): void;
};

/**
 * Runs one import job (several files, one after another) in a new worker; resolves when every file
 * has its result. A worker that fails or stops rejects: the file it was on was rolled back (its
 * transaction dies with the connection), those before it keep their results.
 */
export function runImportWorker(input: ImportWorkerInput, callbacks: ImportCallbacks): Promise<void> {
  const worker = new Worker(importWorkerScript());
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const settle = (error: Error | null): void => {
      if (settled) {
        return;
      }
      settled = true;
      void worker.terminate();
      if (error === null) {
        resolve();
      } else {
        reject(error);
      }
    };
    worker.on('message', (message: ImportWorkerMessage) => {
      if (message.type === 'progress') {
        callbacks.onProgress(message.fileIndex, message.done, message.total);
      } else if (message.type === 'result') {
        callbacks.onResult(message.fileIndex, message.result);
      } else if (message.type === 'done') {
        settle(null);
      } else {
        settle(new Error(`The import failed: ${message.message}`));
      }
    });
    worker.on('error', (error: Error) => settle(error));
    worker.on('exit', (code) => settle(new Error(`The import worker stopped (exit code ${code})`)));
    worker.postMessage({ type: 'import', input } satisfies ImportWorkerRequest);
  });
}
