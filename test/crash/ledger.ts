import { memoryLogger } from '../../src-main/platform/logger';
import type { Core } from '../../src-main/services/core';
import { openNodeCore } from '../../src-main/services/node-host';
import type { CrashFolders } from './setup';

/**
 * Everything the harness knows the two installations hold: what setup left, every write a writer
 * reported committed, and any write that was in flight at a kill and turned out to have committed.
 * Each check compares the folders with it, and it only grows: a write lost at a later kill is found.
 */
export type Ledger = {
  notes: Map<string, { residentId: string; text: string }>;
  /** Each child's version and birth place. */
  identities: Map<string, { version: number; birthPlace: string | null }>;
  exports: Map<number, { sha256: string; fileName: string }>;
  /** Bundle files found whole (their SHA-256 the one recorded). */
  wholeFiles: Set<string>;
  /** Imported bundles by sequence: their SHA-256. */
  imports: Map<number, string>;
  /** Files killed exports left in the exports folder, seen at the last check (the next export removes them). */
  leftovers: Set<string>;
};

/** Opens an installation as the app would after a crash (quietly: the harness has its own output). */
export function reopen(dataDir: string): Promise<Core> {
  return openNodeCore(dataDir, { logger: memoryLogger() });
}

/** What the freshly set-up folders hold. */
export async function readLedger(folders: CrashFolders): Promise<Ledger> {
  const institution = await reopen(folders.institution);
  try {
    const sqlite = institution.deps.db.$client;
    const notes = sqlite.prepare('SELECT id, resident_id AS residentId, text FROM progress_notes').all() as { id: string; residentId: string; text: string }[];
    const residents = sqlite.prepare('SELECT id, version, birth_place AS birthPlace FROM residents').all() as { id: string; version: number; birthPlace: string | null }[];
    return {
      notes: new Map(notes.map(({ id, ...note }) => [id, note])),
      identities: new Map(residents.map(({ id, ...identity }) => [id, identity])),
      exports: new Map(),
      wholeFiles: new Set(),
      imports: new Map(),
      leftovers: new Set(),
    };
  } finally {
    institution.close();
  }
}
