import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

import type { JobProgress } from '../../../contract/bundles';
import type { ExportWorkerInput, ExportWorkerMessage } from './protocol';

/** A running export worker: its result, and a way to stop it. */
export type WorkerRun = {
  result: Promise<{ payload: Uint8Array; counts: Record<string, number> }>;
  /** Stops the worker; `result` then rejects with WorkerCancelled. */
  cancel(): void;
};

export class WorkerCancelled extends Error {
  constructor() {
    super('The export was cancelled');
  }
}

/**
 * The worker's script: in the built app `bundle-worker.js` beside the main bundle (electron-vite
 * builds it as a second entry); from sources (CLI, preview, tests) a bootstrap that compiles the
 * TypeScript entry with tsx.
 */
export function workerScript(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const built = join(here, 'bundle-worker.js');
  return existsSync(built) ? built : join(here, 'dev-entry.mjs');
}

/** Starts the export worker; progress arrives through `onProgress`. */
export function startExportWorker(input: ExportWorkerInput, onProgress: (stage: JobProgress['stage'], done: number, total: number) => void): WorkerRun {
  const worker = new Worker(workerScript(), { workerData: input });
  let cancelled = false;
  const result = new Promise<{ payload: Uint8Array; counts: Record<string, number> }>((resolve, reject) => {
    worker.on('message', (message: ExportWorkerMessage) => {
      if (message.type === 'progress') {
        onProgress(message.stage, message.done, message.total);
      } else if (message.type === 'done') {
        resolve({ payload: message.payload, counts: message.counts });
        void worker.terminate();
      } else {
        reject(new Error(`The export failed: ${message.message}`));
        void worker.terminate();
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      reject(cancelled ? new WorkerCancelled() : new Error(`The export worker stopped (exit code ${code})`));
    });
  });
  return {
    result,
    cancel() {
      cancelled = true;
      void worker.terminate();
    },
  };
}
