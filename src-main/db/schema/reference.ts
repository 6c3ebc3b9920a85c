import { sql } from 'drizzle-orm';
import { check, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Reference data (institution types, regions, later legal statuses, reasons, …): stable codes with
 * labels in every UI language. Services store and compare codes, never labels. A code is never
 * deleted once used; it is retired instead.
 */
export const referenceItems = sqliteTable(
  'reference_items',
  {
    kind: text('kind').notNull(),
    code: text('code').notNull(),
    labelAz: text('label_az').notNull(),
    labelRu: text('label_ru').notNull(),
    labelEn: text('label_en').notNull(),
    sortOrder: integer('sort_order').notNull(),
    /** JSON of kind-specific flags (e.g. a legal status that requires deprivation reasons). */
    meta: text('meta').notNull().default('{}'),
    retiredAt: text('retired_at'),
  },
  (table) => [
    primaryKey({ columns: [table.kind, table.code] }),
    check('reference_code_format', sql`${table.code} <> '' and ${table.code} = lower(${table.code})`),
  ],
);
