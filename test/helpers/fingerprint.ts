import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import type { TestCore } from './temp-core';

/**
 * What an installation holds, to show that a refused call wrote nothing: a hash of every table's
 * rows (read through the raw connection, so no service code is trusted), the audit trail's length,
 * and every file of the data folder but the logs and SQLite's shared-memory index (which readers
 * write to by design). Files are compared by content, or, when `contents` is false, by size and
 * modification time to the nanosecond (any write changes it), which is cheap enough for every call.
 */
export type Fingerprint = { tables: Record<string, string>; auditEntries: number; files: Record<string, string> };

/** The fingerprint of `core` now. */
export function fingerprint(core: TestCore, contents = true): Fingerprint {
  const sqlite = core.core.deps.db.$client;
  const names = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  const tables: Record<string, string> = {};
  for (const name of names) {
    const hash = createHash('sha256');
    for (const row of sqlite.prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"`).raw().iterate() as Iterable<unknown[]>) {
      for (const cell of row) {
        // Blobs (file contents) as bytes; everything else by type and value, so that 1 and '1' differ.
        hash.update(Buffer.isBuffer(cell) ? cell : `${typeof cell}:${String(cell)}`).update('\u0000');
      }
      hash.update('\n');
    }
    tables[name] = hash.digest('hex');
  }
  const auditEntries = sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  return { tables, auditEntries, files: dataFiles(core.core.deps.dataDir, contents) };
}

function dataFiles(root: string, contents: boolean): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const name = relative(root, join(entry.parentPath, entry.name));
    if (entry.isFile() && !name.startsWith(`logs${sep}`) && !name.endsWith('-shm')) {
      const path = join(root, name);
      if (contents) {
        files[name] = createHash('sha256').update(readFileSync(path)).digest('hex');
      } else {
        const { size, mtimeNs } = statSync(path, { bigint: true });
        files[name] = `${size} bytes, modified ${mtimeNs}`;
      }
    }
  }
  return files;
}
