import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The audit trail: append-only (triggers refuse UPDATE and DELETE, see drizzle/0002), hash-chained
 * (each entry's hash covers the previous entry's hash and its own fields). AUTOINCREMENT keeps
 * sqlite_sequence at the highest seq ever written, so a deleted tail is noticed too.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actorId: text('actor_id'),
    actorLogin: text('actor_login'),
    procedure: text('procedure').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    /** JSON: { field: { before, after } }. */
    changes: text('changes').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [
    index('audit_log_at').on(table.at),
    index('audit_log_actor').on(table.actorId, table.seq),
    index('audit_log_entity').on(table.entityType, table.entityId),
  ],
);
