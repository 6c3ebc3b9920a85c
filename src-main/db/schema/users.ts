import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** People who sign in. Never deleted (deactivated instead), so history keeps its authors. */
export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    login: text('login').notNull(),
    fullName: text('full_name').notNull(),
    role: text('role', { enum: ['director', 'staff', 'viewer', 'ministry_admin', 'analyst'] }).notNull(),
    passwordHash: text('password_hash').notNull(),
    language: text('language', { enum: ['az', 'ru', 'en'] }).notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /** Set when the director chose the password (new user, reset): it must be changed at sign-in. */
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    /** Failed sign-ins since the last success or lockout; the fifth locks the account. */
    failedAttempts: integer('failed_attempts').notNull().default(0),
    /** Sign-in is refused until this instant (stored, so a restart does not lift it). */
    lockedUntil: text('locked_until'),
    lastSignInAt: text('last_sign_in_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    uniqueIndex('users_login_unique').on(table.login),
    check('users_role_known', sql`${table.role} in ('director', 'staff', 'viewer', 'ministry_admin', 'analyst')`),
    check('users_language_known', sql`${table.language} in ('az', 'ru', 'en')`),
  ],
);
