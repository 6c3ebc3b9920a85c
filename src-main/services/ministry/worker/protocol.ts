import type { ImportResultView } from '../../../contract/ministry';

/** What the import worker is given. The database key is copied in and wiped after opening. */
export type ImportWorkerInput = {
  dbFile: string;
  dbKey: Uint8Array;
  dataDir: string;
  /** The ministry's age identity, to decrypt the payloads. */
  identity: string;
  /** The instant of the import (ISO), for expiry and the history. */
  now: string;
  dryRun: boolean;
  files: { path: string; fileName: string }[];
};

export type ImportWorkerRequest = { type: 'import'; input: ImportWorkerInput };

/** Messages from the import worker: progress of a file, a file's result, the end, or a failure. */
export type ImportWorkerMessage =
  | { type: 'progress'; fileIndex: number; done: number; total: number }
  | { type: 'result'; fileIndex: number; result: ImportResultView }
  | { type: 'done' }
  | { type: 'failed'; message: string };
