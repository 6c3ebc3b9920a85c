import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';

import { AppError } from '../../src-main/contract/errors';
import { openEncryptedFile } from '../../src-main/db/client';
import { openDatabase } from '../../src-main/db/open';
import { fileSecretStore } from '../../src-main/platform/file-secret-store';
import { memoryLogger } from '../../src-main/platform/logger';
import { dataPaths } from '../../src-main/platform/paths';
import { MIGRATIONS_FOLDER, openNodeCore } from '../../src-main/services/node-host';
import { tempDir } from '../helpers/temp-core';

const dirs: { cleanup(): void }[] = [];
function freshDir(): string {
  const dir = tempDir();
  dirs.push(dir);
  return dir.path;
}
afterEach(() => dirs.splice(0).forEach((dir) => dir.cleanup()));

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

async function openAndClose(dataDir: string): Promise<void> {
  const core = await openNodeCore(dataDir, { logger: memoryLogger() });
  core.close();
}

function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );
}

describe('the database at rest', () => {
  it('keeps temporary tables and sorts in memory on every connection, never in clear on disk', async () => {
    const dataDir = freshDir();
    const core = await openNodeCore(dataDir, { logger: memoryLogger() });
    try {
      // 2 = MEMORY: SQLite's temporary files are not encrypted, so none is ever written.
      expect(core.deps.db.$client.pragma('temp_store', { simple: true })).toBe(2);
      const key = await fileSecretStore(dataPaths(dataDir).secrets).get('database-key');
      const worker = openEncryptedFile(dataPaths(dataDir).database, key!, { readonly: true });
      expect(worker.pragma('temp_store', { simple: true })).toBe(2);
      worker.close();
    } finally {
      core.close();
    }
  });

  it('is encrypted from the first start: no SQLite header, no readable text', async () => {
    const dir = freshDir();
    await openAndClose(dir);
    const bytes = readFileSync(dataPaths(dir).database);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(bytes.includes(Buffer.from('reference_items'))).toBe(false);
    expect(() => new Database(dataPaths(dir).database).prepare('SELECT * FROM sqlite_master').all()).toThrow(
      /not a database/,
    );
  });

  it('keeps the key in a 0600 file and the database readable only by its owner', async () => {
    const dir = freshDir();
    await openAndClose(dir);
    const keyFile = join(dataPaths(dir).secrets, 'database-key.key');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(statSync(dataPaths(dir).database).mode & 0o777).toBe(0o600);
    const key = await fileSecretStore(dataPaths(dir).secrets).get('database-key');
    expect(key?.length).toBe(32);
  });

  it('refuses a wrong key and changes nothing', async () => {
    const dir = freshDir();
    await openAndClose(dir);
    const before = sha256(dataPaths(dir).database);
    expect(() => openEncryptedFile(dataPaths(dir).database, Buffer.alloc(32, 7))).toThrow(
      expect.objectContaining({ code: 'DB_KEY_INVALID' }),
    );
    writeFileSync(join(dataPaths(dir).secrets, 'database-key.key'), `header\n${'ab'.repeat(32)}\n`);
    expect(await codeOf(openNodeCore(dir, { logger: memoryLogger() }))).toBe('DB_KEY_INVALID');
    expect(sha256(dataPaths(dir).database)).toBe(before);
  });

  it('refuses to open when the key is gone, instead of making a new empty database', async () => {
    const dir = freshDir();
    await openAndClose(dir);
    const before = sha256(dataPaths(dir).database);
    cpSync(join(dataPaths(dir).secrets, 'database-key.key'), join(dir, 'saved.key'));
    writeFileSync(join(dataPaths(dir).secrets, 'database-key.key'), 'nothing here\n');
    expect(await codeOf(openNodeCore(dir, { logger: memoryLogger() }))).toBe('DB_KEY_MISSING');
    expect(sha256(dataPaths(dir).database)).toBe(before);
  });

  it('runs with WAL, foreign keys and a busy timeout', async () => {
    const dir = freshDir();
    const core = await openNodeCore(dir, { logger: memoryLogger() });
    try {
      const { sqlite } = core.database;
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    } finally {
      core.close();
    }
  });
});

describe('migrations', () => {
  it('refuses a database written by a newer version and leaves it untouched', async () => {
    const dir = freshDir();
    const core = await openNodeCore(dir, { logger: memoryLogger() });
    core.database.sqlite
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run('f'.repeat(64), Date.now() + 365 * 24 * 3600 * 1000);
    core.database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    core.close();
    const before = sha256(dataPaths(dir).database);
    const error = await openNodeCore(dir, { logger: memoryLogger() }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('DB_NEWER_THAN_APP');
    expect((error as AppError).message).toMatch(/newer version/);
    expect(sha256(dataPaths(dir).database)).toBe(before);
  });

  it('applies all pending migrations in one transaction: a failing one leaves none applied', () => {
    const dir = freshDir();
    const folder = join(dir, 'migrations');
    cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
    const journalFile = join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { idx: number; when: number; tag: string; breakpoints: boolean; version: string }[] };
    const last = journal.entries.at(-1)!;
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_broken' });
    writeFileSync(journalFile, JSON.stringify(journal));
    writeFileSync(join(folder, '9999_broken.sql'), 'CREATE TABLE half_done (x);\n--> statement-breakpoint\nTHIS IS NOT SQL;');
    const file = join(dir, 'korpu.db');
    const key = Buffer.alloc(32, 3);
    expect(() => openDatabase({ file, key, migrationsFolder: folder })).toThrow();
    const sqlite = openEncryptedFile(file, key);
    try {
      const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[];
      const names = tables.map((table) => table.name);
      expect(names).not.toContain('half_done');
      expect(names).not.toContain('institution');
    } finally {
      sqlite.close();
    }
    const fine = openDatabase({ file, key, migrationsFolder: MIGRATIONS_FOLDER });
    expect(fine.migrations.pending).toBeGreaterThan(0);
    fine.close();
    expect(existsSync(file)).toBe(true);
  });

  it('applies nothing twice: a second start finds no pending migration', async () => {
    const dir = freshDir();
    await openAndClose(dir);
    const core = await openNodeCore(dir, { logger: memoryLogger() });
    try {
      expect(core.database.migrations.pending).toBe(0);
      expect(core.database.migrations.applied).toBe(core.database.migrations.known);
    } finally {
      core.close();
    }
  });
});
