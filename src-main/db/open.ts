import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

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

/**
 * Opens (or creates) the encrypted database: prove the key, refuse a newer schema without writing,
 * then set WAL and the other pragmas and apply pending migrations in one transaction.
 */
export function openDatabase(options: { file: string; key: Buffer; migrationsFolder: string }): OpenDatabase {
  const created = !existsSync(options.file);
  mkdirSync(dirname(options.file), { recursive: true, mode: 0o700 });
  const sqlite = openEncryptedFile(options.file, options.key);
  try {
    if (created) {
      // Only the owner may read it (SQLite gives the -wal and -shm files the same mode).
      chmodSync(options.file, 0o600);
    }
    const migrations = checkMigrationState(sqlite, options.migrationsFolder);
    configureConnection(sqlite);
    const db = toDrizzle(sqlite);
    applyMigrations(db, options.migrationsFolder);
    return { db, sqlite, migrations, created, close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
