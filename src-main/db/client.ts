import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';

import { AppError } from '../contract/errors';
import * as schema from './schema';

export type DbSchema = typeof schema;
/** The database or a transaction of it: what services read and write through. */
export type Db = BetterSQLite3Database<DbSchema>;
export type SqliteHandle = Database.Database;
/** The database itself, with its raw connection (for streaming reads). */
export type RootDb = Db & { $client: SqliteHandle };

/** Length of the random database key in bytes (256 bits). */
export const DATABASE_KEY_BYTES = 32;

/**
 * Opens an SQLite file encrypted with the SQLCipher 4 scheme (sqlite3mc `cipher=sqlcipher`,
 * `legacy=4`), keyed with a raw 256-bit key, and proves the key by reading the schema.
 * Writes nothing: pragmas that change the file (WAL) come later, in `configureConnection`.
 */
export function openEncryptedFile(file: string, key: Buffer, options: { readonly?: boolean } = {}): SqliteHandle {
  if (key.length !== DATABASE_KEY_BYTES) {
    throw new AppError('DB_KEY_INVALID', 'The database key has the wrong length');
  }
  const sqlite = new Database(file, { readonly: options.readonly ?? false });
  try {
    sqlite.pragma(`cipher = 'sqlcipher'`);
    sqlite.pragma('legacy = 4');
    // A raw key (x'…') skips the passphrase KDF: the key is already random and 256 bits long.
    sqlite.pragma(`key = "x'${key.toString('hex')}'"`);
    // Temporary tables and sort files are not encrypted: keep them in memory, never on disk in clear.
    sqlite.pragma('temp_store = MEMORY');
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    sqlite.close();
    if (isNotADatabase(error)) {
      throw new AppError('DB_KEY_INVALID', 'The database cannot be read with this key (wrong key or not a Körpü database)');
    }
    throw error;
  }
  return sqlite;
}

/** Connection settings for crash safety and concurrent readers. */
export function configureConnection(sqlite: SqliteHandle): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
}

/** Wraps an open connection in drizzle with our schema. */
export function toDrizzle(sqlite: SqliteHandle): RootDb {
  return drizzle({ client: sqlite, schema });
}

function isNotADatabase(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'SQLITE_NOTADB';
}
