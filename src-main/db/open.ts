import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

import { AppError } from '../contract/errors';
import type { RootDb, SqliteHandle } from './client';
import { configureConnection, openEncryptedFile, toDrizzle } from './client';
import type { MigrationState } from './migrate';
import { applyMigrations, checkMigrationState } from './migrate';

export type OpenDatabase = {
  db: RootDb;
  sqlite: SqliteHandle;
  /** The migration state found when opening (before pending migrations were applied). */
  migrations: MigrationState;
  /** True when the file did not exist and was created by this call. */
  created: boolean;
  close(): void;
};

export type OpenOptions = {
  file: string;
  key: Buffer;
  migrationsFolder: string;
  /** Called before pending migrations change an existing database (to back it up first). */
  beforeMigrations?: (sqlite: SqliteHandle) => void;
};

/**
 * Opens (or creates) the encrypted database: prove the key, check the file (`quick_check`: a
 * damaged database is DB_DAMAGED, and nothing is written to it), refuse a newer schema without
 * writing, then set WAL and the other pragmas and apply pending migrations in one transaction.
 */
export function openDatabase(options: OpenOptions): OpenDatabase {
  const created = !existsSync(options.file);
  mkdirSync(dirname(options.file), { recursive: true, mode: 0o700 });
  const sqlite = openEncryptedFile(options.file, options.key);
  try {
    if (created) {
      // Only the owner may read it (SQLite gives the -wal and -shm files the same mode).
      chmodSync(options.file, 0o600);
    }
    assertHealthy(sqlite);
    const migrations = checkMigrationState(sqlite, options.migrationsFolder);
    configureConnection(sqlite);
    const db = toDrizzle(sqlite);
    if (migrations.pending > 0 && !created) {
      options.beforeMigrations?.(sqlite);
    }
    migrateWithoutForeignKeys(sqlite, () => applyMigrations(db, options.migrationsFolder));
    return { db, sqlite, migrations, created, close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/**
 * Runs the migrations with foreign keys off, as SQLite requires for rebuilding a table that others
 * refer to (a migration's own `PRAGMA foreign_keys` is ignored inside its transaction), then
 * checks every reference still holds before turning them on again.
 */
function migrateWithoutForeignKeys(sqlite: SqliteHandle, migrate: () => void): void {
  sqlite.pragma('foreign_keys = OFF');
  try {
    migrate();
    const broken = sqlite.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) {
      throw new AppError('INTERNAL', 'A migration left records that refer to missing ones', { broken: broken.length });
    }
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}

/** Refuses a damaged database file before anything writes to it. */
function assertHealthy(sqlite: SqliteHandle): void {
  let result: unknown;
  try {
    result = sqlite.pragma('quick_check', { simple: true });
  } catch (error) {
    // A file too damaged to read its pages is damaged too; a wrong key failed earlier.
    result = error instanceof Error ? error.message : String(error);
  }
  if (result !== 'ok') {
    throw new AppError('DB_DAMAGED', `The database file is damaged (${String(result)}); nothing was written to it`);
  }
}
