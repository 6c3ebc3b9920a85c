import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readPortableBackup } from '../../src-main/services/backup/portable';
import { fillDemo } from '../../src-main/services/demo/demo-service';
import type { TestConnection, TestCore } from '../helpers/temp-core';
import { openTestCore, sampleSetup, tempDir } from '../helpers/temp-core';

/*
 * Backups as a director and a new machine meet them: the day's backup at start, one on request,
 * a portable backup with a passphrase restored at the first run of another data folder, and what
 * is refused without changing anything.
 */

const dirs: { cleanup(): void }[] = [];
let source: TestCore;
let director: TestConnection;
const PASSPHRASE = 'dörd söz bir cümlə';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function folder(prefix: string): string {
  const dir = tempDir(prefix);
  dirs.push(dir);
  return dir.path;
}

/** Sends a file in pieces to a fresh installation's first run, as the restore screen does. */
async function upload(window: TestConnection, bytes: Buffer, uploadId: string): Promise<void> {
  for (let offset = 0; offset < bytes.length; offset += 256 * 1024) {
    await window.call('setup.uploadBackup', { uploadId, offset, contentBase64: bytes.subarray(offset, offset + 256 * 1024).toString('base64') });
  }
}

async function portableBackup(passphrase = PASSPHRASE): Promise<Buffer> {
  const file = await director.call('backup.exportPortable', { passphrase });
  expect(file.fileName).toMatch(/^korpu-bak-ue-01-\d{4}-\d{2}-\d{2}\.korpu-backup$/);
  return Buffer.from(file.contentBase64, 'base64');
}

const residentsOf = (core: TestCore) => core.core.deps.db.$client.prepare('SELECT count(*) FROM residents').pluck().get() as number;

beforeAll(async () => {
  source = await openTestCore(folder('korpu-backup-source-'));
  director = await source.setUp();
  fillDemo(source.core.deps, 15, 11);
}, 60_000);

afterAll(() => {
  source.close();
  dirs.splice(0).forEach((dir) => dir.cleanup());
});

describe('backups in the data folder', () => {
  it('has the day’s backup from the start, and one more on request, newest first', async () => {
    const before = await director.call('backup.list', {});
    expect(before.map((backup) => backup.reason)).toEqual(['daily']);
    source.clock.set(new Date(source.clock.now().getTime() + 60_000));
    const made = await director.call('backup.create', {});
    expect(made.reason).toBe('manual');
    const after = await director.call('backup.list', {});
    // The same day keeps only its newest backup.
    expect(after.map((backup) => backup.fileName)).toEqual([made.fileName]);
    expect(after[0]!.size).toBeGreaterThan(0);
  });

  it('opens each backup with the database’s own key: no file is readable without it', () => {
    const dir = join(source.core.deps.dataDir, 'backups');
    for (const name of readdirSync(dir)) {
      expect(readFileSync(join(dir, name)).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
    }
  });
});

describe('restoring one of the folder’s backups', () => {
  it('puts the records back as they were, keeps the replaced database, signs everyone out and audits it', async () => {
    const core = await openTestCore(folder('korpu-backup-local-'));
    try {
      let window = await core.setUp();
      fillDemo(core.core.deps, 5, 21);
      core.clock.set(new Date(core.clock.now().getTime() + 60_000));
      const made = await window.call('backup.create', {});
      const before = residentsOf(core);
      fillDemo(core.core.deps, 4, 22);
      expect(residentsOf(core)).toBe(before + 4);
      core.clock.set(new Date(core.clock.now().getTime() + 60_000));
      expect(await window.invoke('backup.restore', { fileName: 'korpu-20260101T000000000Z-daily.db' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      const restored = await window.call('backup.restore', { fileName: made.fileName });
      expect(restored).toMatchObject({ kind: 'institution', createdAt: made.createdAt });
      expect(residentsOf(core)).toBe(before);
      expect(await window.invoke('backup.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      window = core.connection();
      await window.signIn(sampleSetup.director.login, sampleSetup.director.password);
      expect((await window.call('backup.list', {})).map((backup) => backup.reason)).toContain('pre-restore');
      const trail = await window.call('audit.list', { filter: { entityType: 'backup' } });
      expect(trail.entries).toEqual([expect.objectContaining({ action: 'restore', entityId: made.fileName })]);
      expect((await window.call('audit.verify', {})).ok).toBe(true);
    } finally {
      core.close();
    }
  });
});

describe('a portable backup', () => {
  it('needs a passphrase of twelve characters at least', async () => {
    const refused = await director.invoke('backup.exportPortable', { passphrase: 'qısa' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', details: { issues: [{ path: 'passphrase', message: 'validation.passphraseTooShort' }] } } });
  });

  it('carries the database and its keys, and opens only with its passphrase', async () => {
    const bytes = await portableBackup();
    expect(bytes.subarray(0, 21).toString('latin1')).toBe('age-encryption.org/v1');
    await expect(readPortableBackup(bytes, 'başqa bir uzun parol')).rejects.toMatchObject({ code: 'BACKUP_INVALID', details: { problem: 'passphrase' } });
    const opened = await readPortableBackup(bytes, PASSPHRASE);
    expect(opened.manifest).toMatchObject({ kind: 'institution', code: sampleSetup.institution.code, name: sampleSetup.institution.name });
    expect([...opened.secrets.keys()].sort()).toEqual(['database-key', 'signing-key']);
  });

  it('restores at the first run of another data folder: the same children, director and signing key', async () => {
    const bytes = await portableBackup();
    const fresh = await openTestCore(folder('korpu-backup-restore-'));
    try {
      const window = fresh.connection();
      await upload(window, bytes, id(1));
      const wrong = await window.invoke('setup.restore', { uploadId: id(1), passphrase: 'yanlış uzun parol' });
      expect(wrong).toMatchObject({ ok: false, error: { code: 'BACKUP_INVALID' } });
      expect(await window.call('app.info', {})).toMatchObject({ setupComplete: false });
      // The file stays received: the right passphrase is enough now.
      const restored = await window.call('setup.restore', { uploadId: id(1), passphrase: PASSPHRASE });
      expect(restored).toMatchObject({ kind: 'institution', code: sampleSetup.institution.code });
      expect(await window.call('app.info', {})).toMatchObject({ setupComplete: true, kind: 'institution', institutionName: sampleSetup.institution.name });
      expect(residentsOf(fresh)).toBe(residentsOf(source));
      await window.signIn(sampleSetup.director.login, sampleSetup.director.password);
      expect((await window.call('bundles.keys', {})).signingKey.keyId).toBe((await director.call('bundles.keys', {})).signingKey.keyId);
      // Once set up, nobody restores over the records from a window.
      await upload(fresh.connection(), bytes, id(2)).catch(() => undefined);
      expect(await fresh.connection().invoke('setup.restore', { uploadId: id(2), passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'ALREADY_SET_UP' } });
    } finally {
      fresh.close();
    }
  });

  it('of a newer Körpü is refused before anything changes', async () => {
    const newer = await openTestCore(folder('korpu-backup-newer-'));
    const fresh = await openTestCore(folder('korpu-backup-fresh-'));
    try {
      const window = await newer.setUp();
      newer.core.deps.db.$client.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('f'.repeat(64), 9_999_999_999_999);
      const bytes = Buffer.from((await window.call('backup.exportPortable', { passphrase: PASSPHRASE })).contentBase64, 'base64');
      const restorer = fresh.connection();
      await upload(restorer, bytes, id(3));
      expect(await restorer.invoke('setup.restore', { uploadId: id(3), passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'DB_NEWER_THAN_APP' } });
      expect(await restorer.call('app.info', {})).toMatchObject({ setupComplete: false });
    } finally {
      newer.close();
      fresh.close();
    }
  });
});

describe('start-up health and a full disk', () => {
  it('refuses a damaged database at start, names the latest backup, and writes nothing to it', async () => {
    const dir = folder('korpu-backup-damaged-');
    const core = await openTestCore(dir);
    await core.setUp();
    fillDemo(core.core.deps, 30, 3);
    core.close();
    const file = join(dir, 'korpu.db');
    const bytes = readFileSync(file);
    // A page in the middle overwritten, as a failing disk would.
    bytes.fill(0x5a, 8 * 4096, 9 * 4096);
    writeFileSync(file, bytes);
    const damaged = Buffer.from(bytes);
    await expect(openTestCore(dir)).rejects.toMatchObject({ code: 'DB_DAMAGED', details: { latestBackup: expect.stringMatching(/backups.korpu-.*-daily\.db$/) as unknown } });
    expect(readFileSync(file).equals(damaged)).toBe(true);
  });

  it('answers DISK_FULL when the disk has no room, and keeps nothing half written', async () => {
    const core = await openTestCore(folder('korpu-backup-full-'));
    try {
      const window = await core.setUp();
      const sqlite = core.core.deps.db.$client;
      fillDemo(core.core.deps, 1, 5);
      const child = sqlite.prepare('SELECT id FROM residents LIMIT 1').pluck().get() as string;
      const notes = () => sqlite.prepare('SELECT count(*) FROM progress_notes').pluck().get() as number;
      const before = notes();
      // No page may be added to the file any more: SQLite's own SQLITE_FULL, as on a full disk.
      sqlite.pragma(`max_page_count = ${String(sqlite.pragma('page_count', { simple: true }))}`);
      const note = (n: number) => ({ residentId: child, note: { date: '2026-11-20', domainCode: 'health', text: `${n}: ${'Yuxusu yaxşıdır, iştahı normaldır. '.repeat(120)}` } });
      let reply = await window.invoke('notes.add', note(0));
      let saved = 0;
      for (let attempt = 1; attempt < 200 && reply.ok; attempt += 1) {
        saved += 1;
        reply = await window.invoke('notes.add', note(attempt));
      }
      expect(reply).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      // Every note answered as saved is there, the refused one is not.
      expect(notes()).toBe(before + saved);
      sqlite.pragma('max_page_count = 1073741823');
      expect((await window.invoke('notes.add', note(999))).ok).toBe(true);
    } finally {
      core.close();
    }
  });
});

describe('before a migration', () => {
  it('backs the database up as it was, then migrates it', async () => {
    const dir = folder('korpu-backup-migrate-');
    const older = folder('korpu-backup-drizzle-');
    cpSync(join(import.meta.dirname, '../../drizzle'), older, { recursive: true });
    const journal = JSON.parse(readFileSync(join(older, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };
    journal.entries.pop();
    writeFileSync(join(older, 'meta/_journal.json'), JSON.stringify(journal));
    const { openCore } = await import('../../src-main/services/core');
    const { fileSecretStore } = await import('../../src-main/platform/file-secret-store');
    const { memoryLogger } = await import('../../src-main/platform/logger');
    const options = { dataDir: dir, secrets: fileSecretStore(join(dir, 'secrets')), logger: memoryLogger(), appVersion: 'test' };
    (await openCore({ ...options, migrationsFolder: older })).close();
    const reasons = () => readdirSync(join(dir, 'backups')).map((name) => /-([a-z-]+)\.db$/.exec(name)?.[1]);
    expect(reasons()).toEqual(['daily']);
    (await openCore({ ...options, migrationsFolder: join(import.meta.dirname, '../../drizzle') })).close();
    expect(reasons().sort()).toEqual(['daily', 'pre-migration']);
  });
});
