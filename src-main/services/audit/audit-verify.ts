import { sql } from 'drizzle-orm';

import type { AuditVerifyResult } from '../../contract/audit';
import type { RootDb } from '../../db/client';
import type { HashedFields } from './audit-log';
import { entryHash, GENESIS_HASH } from './audit-log';

type StoredEntry = HashedFields & { prevHash: string; hash: string };

const WALK = `SELECT seq, at, actor_id AS actorId, actor_login AS actorLogin, procedure, action,
  entity_type AS entityType, entity_id AS entityId, changes, prev_hash AS prevHash, hash
  FROM audit_log ORDER BY seq`;

/**
 * Walks the chain from the first entry to the last: every entry must follow the previous one
 * without a gap, link to its hash, and hash to what it says. The highest seq SQLite ever handed
 * out must be the last entry's, or entries were removed from the end.
 */
export function verifyAudit(db: RootDb): AuditVerifyResult {
  let previousSeq = 0;
  let previousHash = GENESIS_HASH;
  let checked = 0;
  // Streamed row by row: the trail grows for years and must not be loaded whole.
  const rows = db.$client.prepare(WALK).iterate() as IterableIterator<StoredEntry>;
  for (const row of rows) {
    if (row.seq !== previousSeq + 1) {
      return { ok: false, checked, firstBadSeq: row.seq, problem: 'missing-entries' };
    }
    if (row.prevHash !== previousHash) {
      return { ok: false, checked, firstBadSeq: row.seq, problem: 'broken-link' };
    }
    if (entryHash(row.prevHash, row) !== row.hash) {
      return { ok: false, checked, firstBadSeq: row.seq, problem: 'hash-mismatch' };
    }
    previousSeq = row.seq;
    previousHash = row.hash;
    checked++;
  }
  const highest = db.get<{ seq: number } | undefined>(sql`SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'`);
  if ((highest?.seq ?? 0) > previousSeq) {
    return { ok: false, checked, firstBadSeq: previousSeq + 1, problem: 'missing-tail' };
  }
  return { ok: true, checked, firstBadSeq: null, problem: null };
}
