import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

import type { JobProgress } from '../../../contract/bundles';
import type { ExportWorkerInput, ExportWorkerMessage, ExportWorkerRequest } from './protocol';

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

/** How long a started worker waits for an export before it is stopped (its memory given back). */
const IDLE_MS = 10 * 60_000;

/**
 * A worker with its code loaded, waiting for an export. Loading the worker's code (SQLite driver,
 * drizzle, zod, age) takes about a second, which the director should not wait for at the click.
 */
let idle: { worker: Worker; timer: NodeJS.Timeout } | null = null;

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

/** Starts a worker ahead of an export, unless one is already waiting. Never keeps the process alive. */
export function prewarmExportWorker(): void {
  if (idle === null) {
    park(new Worker(workerScript()));
  }
}

/** Starts an export in a waiting worker, or a new one; progress arrives through `onProgress`. */
export function startExportWorker(input: ExportWorkerInput, onProgress: (stage: JobProgress['stage'], done: number, total: number) => void): WorkerRun {
  const worker = takeWorker();
  let cancelled = false;
  let settled = false;
  const result = new Promise<{ payload: Uint8Array; counts: Record<string, number> }>((resolve, reject) => {
    const finish = (): void => {
      settled = true;
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (message: ExportWorkerMessage): void => {
      if (message.type === 'progress') {
        onProgress(message.stage, message.done, message.total);
        return;
      }
      finish();
      if (message.type === 'done') {
        resolve({ payload: message.payload, counts: message.counts });
        park(worker);
      } else {
        reject(new Error(`The export failed: ${message.message}`));
        void worker.terminate();
      }
    };
    const onError = (error: Error): void => {
      finish();
      reject(error);
    };
    const onExit = (code: number): void => {
      finish();
      reject(cancelled ? new WorkerCancelled() : new Error(`The export worker stopped (exit code ${code})`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
  worker.postMessage({ type: 'run', input } satisfies ExportWorkerRequest);
  return {
    result,
    cancel() {
      if (!settled) {
        cancelled = true;
        void worker.terminate();
      }
    },
  };
}

function takeWorker(): Worker {
  const waiting = idle;
  idle = null;
  if (waiting === null) {
    return new Worker(workerScript());
  }
  clearTimeout(waiting.timer);
  waiting.worker.ref();
  return waiting.worker;
}

/** Keeps a worker waiting for the next export (one at most), without keeping the process alive. */
function park(worker: Worker): void {
  if (idle !== null) {
    void worker.terminate();
    return;
  }
  worker.unref();
  const timer = setTimeout(() => {
    if (idle?.worker === worker) {
      idle = null;
    }
    void worker.terminate();
  }, IDLE_MS);
  timer.unref();
  idle = { worker, timer };
  worker.once('exit', () => {
    if (idle?.worker === worker) {
      clearTimeout(timer);
      idle = null;
    }
  });
}
