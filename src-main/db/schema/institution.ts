import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The institution profile: exactly one row (id = 1) once setup is complete. */
export const institution = sqliteTable(
  'institution',
  {
    id: integer('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    typeCode: text('type_code').notNull(),
    regionCode: text('region_code').notNull(),
    address: text('address'),
    capacity: integer('capacity'),
    phone: text('phone'),
    directorName: text('director_name'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [check('institution_single_row', sql`${table.id} = 1`)],
);
