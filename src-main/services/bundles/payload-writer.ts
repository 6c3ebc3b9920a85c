import type { z } from 'zod';

import { tarHeader, tarPadding, TAR_END } from './format/tar';

/** One table of the payload as the extraction yields it (see payload/). */
export type PayloadSource = { name: string; schema: z.ZodType; count: number; rows(): Iterable<unknown> };

/** Characters of JSON Lines gathered before they are encoded. */
const CHUNK_CHARS = 1 << 20;

/** Rows between two progress reports. */
const PROGRESS_EVERY = 2000;

/**
 * The payload's tar: `<table>.jsonl` per table, one JSON object per line, each row checked against
 * its contract schema first (a row that would fail at the ministry stops the export here instead).
 * `onProgress(done, total)` counts rows.
 */
export function writePayloadTar(
  tables: readonly PayloadSource[],
  mtime: number,
  onProgress: (done: number, total: number) => void,
): { tar: Buffer; counts: Record<string, number> } {
  const total = tables.reduce((sum, table) => sum + table.count, 0);
  const parts: Buffer[] = [];
  const counts: Record<string, number> = {};
  let done = 0;
  onProgress(0, total);
  for (const table of tables) {
    // Lines are gathered into strings of about a megabyte, each encoded once: no giant join.
    const chunks: Buffer[] = [];
    let pending = '';
    let rows = 0;
    for (const row of table.rows()) {
      const checked = table.schema.safeParse(row);
      if (!checked.success) {
        throw new Error(`A ${table.name} row does not fit the payload schema: ${checked.error.message}`);
      }
      pending += `${JSON.stringify(checked.data)}\n`;
      if (pending.length >= CHUNK_CHARS) {
        chunks.push(Buffer.from(pending, 'utf8'));
        pending = '';
      }
      rows += 1;
      done += 1;
      if (done % PROGRESS_EVERY === 0) {
        onProgress(done, Math.max(total, done));
      }
    }
    chunks.push(Buffer.from(pending, 'utf8'));
    counts[table.name] = rows;
    const size = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    parts.push(tarHeader(`${table.name}.jsonl`, size, mtime), ...chunks, tarPadding(size));
  }
  parts.push(TAR_END);
  onProgress(done, Math.max(total, done));
  return { tar: Buffer.concat(parts), counts };
}
