import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import type { Language } from '../contract/common';
import { AppError } from '../contract/errors';
import { DATABASE_KEY_BYTES } from '../db/client';
import type { OpenDatabase } from '../db/open';
import { openDatabase } from '../db/open';
import type { Clock } from '../platform/clock';
import { systemClock } from '../platform/clock';
import type { IdGenerator } from '../platform/ids';
import { uuidGenerator } from '../platform/ids';
import type { Logger } from '../platform/logger';
import { dataPaths } from '../platform/paths';
import type { SecretStore } from '../platform/secret-store';
import { sessionStore } from './auth/session-store';
import { backupsDir, ensureDailyBackup, listBackups, vacuumInto } from './backup/backups';
import type { CoreDeps } from './context';
import { seedReferenceData } from './reference/reference-service';
import { buildResidentIndex } from './residents/resident-index';

export type CoreOptions = {
  dataDir: string;
  migrationsFolder: string;
  secrets: SecretStore;
  logger: Logger;
  appVersion: string;
  defaultLanguage?: Language;
  clock?: Clock;
  ids?: IdGenerator;
};

/** An open installation: its services' dependencies, and a way to close the database. */
export type Core = {
  deps: CoreDeps;
  database: OpenDatabase;
  close(): void;
};

/**
 * Opens an installation's data directory: fetch (or, for a new installation, create and store) the
 * database key, open the encrypted database (backed up first when migrations are pending), migrate,
 * seed missing reference data, and make the day's backup if there is none yet.
 */
export async function openCore(options: CoreOptions): Promise<Core> {
  const paths = dataPaths(options.dataDir);
  const clock = options.clock ?? systemClock;
  const open = async (): Promise<OpenDatabase> => {
    const key = await databaseKey(options.secrets, existsSync(paths.database));
    let database: OpenDatabase;
    try {
      database = openDatabase({
        file: paths.database,
        key,
        migrationsFolder: options.migrationsFolder,
        beforeMigrations: (sqlite) => vacuumInto(sqlite, backupsDir(options.dataDir), 'pre-migration', clock.now()),
      });
    } finally {
      key.fill(0);
    }
    try {
      seedReferenceData(database.db);
    } catch (error) {
      database.close();
      throw error;
    }
    return database;
  };
  let database: OpenDatabase;
  try {
    database = await open();
  } catch (error) {
    if (error instanceof AppError && error.code === 'DB_DAMAGED') {
      // Say which backup to restore: the newest the data folder holds.
      const latest = listBackups(options.dataDir)[0];
      throw new AppError('DB_DAMAGED', error.message, { latestBackup: latest === undefined ? null : join(backupsDir(options.dataDir), latest.fileName) });
    }
    throw error;
  }
  const deps: CoreDeps = {
    db: database.db,
    clock,
    ids: options.ids ?? uuidGenerator,
    secrets: options.secrets,
    logger: options.logger,
    sessions: sessionStore(),
    residentIndex: buildResidentIndex(database.db),
    dataDir: options.dataDir,
    appVersion: options.appVersion,
    defaultLanguage: options.defaultLanguage ?? 'az',
    migrationsFolder: options.migrationsFolder,
    async withDatabaseClosed(work) {
      core.database.close();
      try {
        return await work();
      } finally {
        // The database as `work` left it (restored, or as it was when it failed), freshly opened;
        // everyone signed out, the children's index rebuilt.
        const reopened = await open();
        core.database = reopened;
        deps.db = reopened.db;
        deps.residentIndex = buildResidentIndex(reopened.db);
        deps.sessions = sessionStore();
      }
    },
  };
  const core: Core = { deps, database, close: () => core.database.close() };
  options.logger.log('info', 'core.opened', {
    created: database.created,
    migrationsApplied: database.migrations.pending,
  });
  try {
    ensureDailyBackup(deps);
  } catch (error) {
    // A backup that cannot be made (a full disk, say) must not keep the records from being used.
    options.logger.log('error', 'backup.failed', { message: error instanceof Error ? error.message : String(error) });
  }
  return core;
}

/**
 * The database key from the secret store. A new installation gets a fresh random key, stored
 * (durably) before the database exists, so there is never an encrypted file without its key.
 */
async function databaseKey(secrets: SecretStore, databaseExists: boolean): Promise<Buffer> {
  const stored = await secrets.get('database-key');
  if (stored !== null) {
    if (stored.length !== DATABASE_KEY_BYTES) {
      throw new AppError('DB_KEY_INVALID', 'The stored database key is damaged');
    }
    return stored;
  }
  if (databaseExists) {
    throw new AppError(
      'DB_KEY_MISSING',
      `The database exists but its key is not in the ${secrets.kind}; it cannot be opened here`,
    );
  }
  const fresh = randomBytes(DATABASE_KEY_BYTES);
  await secrets.set('database-key', fresh);
  return fresh;
}
