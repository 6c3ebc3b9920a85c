import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Installation-wide settings as key → JSON value; absent keys take their defaults. */
export const appSettings = sqliteTable('app_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull(),
});
