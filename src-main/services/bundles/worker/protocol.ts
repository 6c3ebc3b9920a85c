import type { ExportProfile } from '../../../contract/bundle-payload';
import type { JobProgress } from '../../../contract/bundles';

/** What the export worker is given. The database key is copied in and wiped after opening. */
export type ExportWorkerInput = {
  dbFile: string;
  dbKey: Uint8Array;
  profile: ExportProfile;
  includeSecret: boolean;
  pseudonymKey: Uint8Array;
  recipients: string[];
  /** The export date (yyyy-mm-dd) ages are computed at, and the tar's timestamp. */
  today: string;
  mtime: number;
};

/** Messages from the job to the export worker: one export to run (a worker runs one at a time). */
export type ExportWorkerRequest = { type: 'run'; input: ExportWorkerInput };

/** Messages from the export worker to the job. */
export type ExportWorkerMessage =
  | { type: 'progress'; stage: JobProgress['stage']; done: number; total: number }
  | { type: 'done'; payload: Uint8Array; counts: Record<string, number> }
  | { type: 'failed'; message: string };
