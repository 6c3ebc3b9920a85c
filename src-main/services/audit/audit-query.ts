import { and, count, desc, eq, gte, lt } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';

import type { AuditEntry, AuditFilter } from '../../contract/audit';
import { auditEntrySchema } from '../../contract/audit';
import { AppError } from '../../contract/errors';
import type { Db } from '../../db/client';
import { auditLog } from '../../db/schema';

type ParsedFilter = { actorId?: string | undefined; entityType?: string | undefined; action?: string | undefined; from?: string | undefined; to?: string | undefined };

function whereOf(filter: ParsedFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.actorId !== undefined) {
    parts.push(eq(auditLog.actorId, filter.actorId));
  }
  if (filter.entityType !== undefined) {
    parts.push(eq(auditLog.entityType, filter.entityType));
  }
  if (filter.action !== undefined) {
    parts.push(eq(auditLog.action, filter.action));
  }
  // Stored instants are toISOString() text; a filter instant is brought to the same form, or
  // text comparison would put '10:00:00Z' after '10:00:00.000Z'.
  if (filter.from !== undefined) {
    parts.push(gte(auditLog.at, new Date(filter.from).toISOString()));
  }
  if (filter.to !== undefined) {
    parts.push(lt(auditLog.at, new Date(filter.to).toISOString()));
  }
  return parts.length === 0 ? undefined : and(...parts);
}

function toEntry(row: typeof auditLog.$inferSelect): AuditEntry {
  return auditEntrySchema.parse({
    seq: row.seq,
    at: row.at,
    actorId: row.actorId,
    actorLogin: row.actorLogin,
    procedure: row.procedure,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    changes: JSON.parse(row.changes) as unknown,
    hash: row.hash,
  });
}

/** One page of entries matching the filter, newest first, and how many match in all. */
export function listAudit(db: Db, filter: ParsedFilter, limit: number, offset: number): { entries: AuditEntry[]; total: number } {
  const where = whereOf(filter);
  const rows = db.select().from(auditLog).where(where).orderBy(desc(auditLog.seq)).limit(limit).offset(offset).all();
  const total = db.select({ total: count() }).from(auditLog).where(where).get()?.total ?? 0;
  return { entries: rows.map(toEntry), total };
}

/** One entry; NOT_FOUND when there is none with that seq. */
export function getAuditEntry(db: Db, seq: number): AuditEntry {
  const row = db.select().from(auditLog).where(eq(auditLog.seq, seq)).get();
  if (row === undefined) {
    throw new AppError('NOT_FOUND', 'No audit entry with that number');
  }
  return toEntry(row);
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: quoted, inner quotes doubled, and a leading = + - @ (or tab, CR) neutralised
 * with an apostrophe, so a spreadsheet shows the text instead of running it as a formula.
 */
export function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

const CSV_COLUMNS = ['seq', 'at', 'actor_login', 'action', 'entity_type', 'entity_id', 'procedure', 'changes'] as const;

/** Every entry matching the filter as CSV (oldest first, UTF-8 with BOM for spreadsheet programs). */
export function exportAuditCsv(db: Db, filter: AuditFilter): { csv: string; rows: number } {
  const rows = db.select().from(auditLog).where(whereOf(filter)).orderBy(auditLog.seq).all();
  const lines = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const row of rows) {
    lines.push(
      [row.seq, row.at, row.actorLogin, row.action, row.entityType, row.entityId, row.procedure, row.changes]
        .map((cell) => csvCell(typeof cell === 'number' ? String(cell) : cell))
        .join(','),
    );
  }
  return { csv: `\uFEFF${lines.join('\r\n')}\r\n`, rows: rows.length };
}
