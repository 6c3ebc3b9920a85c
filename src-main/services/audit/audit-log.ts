import { createHash } from 'node:crypto';

import { desc, eq, sql } from 'drizzle-orm';

import type { AuditAction, AuditEntityType, FieldChange } from '../../contract/audit';
import type { Db } from '../../db/client';
import { auditLog } from '../../db/schema';
import type { Actor } from '../context';
import { canonicalJson } from './canonical-json';

/** The hash before the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** Stands for a secret's value in `changes`: that it changed is recorded, never what it is. */
export const REDACTED = '[redacted]';

/** What happened, to which record, and how its fields changed. */
export type AuditRecord = {
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string | null;
  changes?: Record<string, FieldChange>;
};

/** The fields a hash covers, in a fixed order. */
export type HashedFields = {
  seq: number;
  at: string;
  actorId: string | null;
  actorLogin: string | null;
  procedure: string;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: string;
};

/** sha256 over the previous hash and this entry's fields: editing, removing or reordering breaks it. */
export function entryHash(prevHash: string, fields: HashedFields): string {
  const payload = canonicalJson([
    fields.seq,
    fields.at,
    fields.actorId,
    fields.actorLogin,
    fields.procedure,
    fields.action,
    fields.entityType,
    fields.entityId,
    fields.changes,
  ]);
  return createHash('sha256').update(`${prevHash}\n${payload}`).digest('hex');
}

/**
 * Appends one entry. Call inside the transaction that makes the change, so the change and its
 * record commit together or not at all.
 */
export function appendAudit(db: Db, actor: Actor, at: Date, record: AuditRecord): void {
  const last = db.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1).get();
  const highest = db.get<{ seq: number } | undefined>(sql`SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'`);
  const seq = Math.max(last?.seq ?? 0, highest?.seq ?? 0) + 1;
  const fields: HashedFields = {
    seq,
    at: at.toISOString(),
    actorId: actor.userId,
    actorLogin: actor.login,
    procedure: actor.procedure,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    changes: canonicalJson(record.changes ?? {}),
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  db.insert(auditLog)
    .values({ ...fields, prevHash, hash: entryHash(prevHash, fields) })
    .run();
}

/**
 * The fields whose values differ between `before` and `after` (only the keys of `after` are
 * compared), as `{ field: { before, after } }`. Fields listed in `secret` are recorded redacted.
 */
export function changesBetween<T extends Record<string, unknown>>(
  before: Partial<T> | null,
  after: T,
  secret: readonly (keyof T & string)[] = [],
): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const key of Object.keys(after)) {
    const old = before === null ? null : (before[key] ?? null);
    const next = after[key] ?? null;
    if (canonicalJson(old) !== canonicalJson(next)) {
      changes[key] = secret.includes(key) ? { before: REDACTED, after: REDACTED } : { before: old, after: next };
    }
  }
  return changes;
}

/** Whether an entry with this seq exists (the chain is checked elsewhere). */
export function auditEntryExists(db: Db, seq: number): boolean {
  return db.select({ seq: auditLog.seq }).from(auditLog).where(eq(auditLog.seq, seq)).get() !== undefined;
}
