import { join } from 'node:path';

/** Where an installation keeps its files inside its data directory. */
export type DataPaths = {
  root: string;
  database: string;
  secrets: string;
  logs: string;
  logFile: string;
  /** Exported bundles, kept so the director can save one again. */
  exports: string;
  /** Rotation files of the institution's signing keys, one per key made by a rotation, to send again. */
  keyRotations: string;
  /** The ministry's import history (one JSON line per attempt, rejections included). */
  importHistory: string;
  /** Bundle files being received from the window for an import, removed once it is done. */
  importUploads: string;
};

/** The layout of a data directory (Electron's userData, or --data-dir for CLI and preview). */
export function dataPaths(root: string): DataPaths {
  return {
    root,
    database: join(root, 'korpu.db'),
    secrets: join(root, 'secrets'),
    logs: join(root, 'logs'),
    logFile: join(root, 'logs', 'korpu.log'),
    exports: join(root, 'exports'),
    keyRotations: join(root, 'key-rotations'),
    importHistory: join(root, 'imports', 'history.jsonl'),
    importUploads: join(root, 'imports', 'incoming'),
  };
}
