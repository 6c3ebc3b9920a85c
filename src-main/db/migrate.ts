import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';

import { AppError } from '../contract/errors';
import type { Db, SqliteHandle } from './client';

const MIGRATIONS_TABLE = '__drizzle_migrations';

export type MigrationState = {
  /** Migrations this app knows (from drizzle/). */
  known: number;
  /** Migrations already applied to the database. */
  applied: number;
  /** Known migrations not yet applied. */
  pending: number;
};

/**
 * Reads which migrations a database has, and refuses a database that has one this app does not
 * know: it was written by a newer version, and opening it here could damage it.
 * Reads only; call before anything writes to the file.
 */
export function checkMigrationState(sqlite: SqliteHandle, migrationsFolder: string): MigrationState {
  const known = readMigrationFiles({ migrationsFolder });
  const knownHashes = new Set(known.map((migration) => migration.hash));
  const newestKnown = Math.max(0, ...known.map((migration) => migration.folderMillis));
  const hasTable =
    sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(MIGRATIONS_TABLE) !== undefined;
  const applied = hasTable
    ? (sqlite.prepare(`SELECT hash, created_at AS createdAt FROM ${MIGRATIONS_TABLE}`).all() as {
        hash: string;
        createdAt: number;
      }[])
    : [];
  const unknown = applied.filter(
    (migration) => !knownHashes.has(migration.hash) || Number(migration.createdAt) > newestKnown,
  );
  if (unknown.length > 0) {
    throw new AppError(
      'DB_NEWER_THAN_APP',
      'This database was written by a newer version of Körpü; update the app to open it. Nothing was changed.',
      { unknownMigrations: unknown.length },
    );
  }
  const appliedHashes = new Set(applied.map((migration) => migration.hash));
  const pending = known.filter((migration) => !appliedHashes.has(migration.hash)).length;
  return { known: known.length, applied: applied.length, pending };
}

/** Applies pending migrations, all in one transaction (drizzle's migrator rolls back on any error). */
export function applyMigrations(db: Db, migrationsFolder: string): void {
  migrate(db, { migrationsFolder, migrationsTable: MIGRATIONS_TABLE });
}
