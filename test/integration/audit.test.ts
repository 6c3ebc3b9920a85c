import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { afterEach, describe, expect, it } from 'vitest';

import type { AuditEntry } from '../../src-main/contract/audit';
import type { Envelope, ErrorCode } from '../../src-main/contract/errors';
import { csvCell } from '../../src-main/services/audit/audit-query';
import type { TestConnection, TestCore } from '../helpers/temp-core';
import { openTestCore, sampleSetup, tempDir, TEST_NOW } from '../helpers/temp-core';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const opened: TestCore[] = [];
const dirs: { cleanup(): void }[] = [];
afterEach(() => {
  opened.splice(0).forEach((core) => core.close());
  dirs.splice(0).forEach((dir) => dir.cleanup());
});

async function installation() {
  const dir = tempDir('korpu-audit-');
  dirs.push(dir);
  const core = await openTestCore(dir.path);
  opened.push(core);
  const director = await core.setUp();
  const close = (): void => {
    core.close();
    opened.splice(opened.indexOf(core), 1);
  };
  return { dataDir: dir.path, core, director, close };
}

const at = (hours: number): Date => new Date(TEST_NOW.getTime() + hours * 3_600_000);
const NEW_PHONE = '+994 50 123 45 67';

async function trail(window: TestConnection): Promise<AuditEntry[]> {
  return (await window.call('audit.list', { filter: {}, limit: 500 })).entries;
}

const latest = async (window: TestConnection): Promise<AuditEntry> => (await trail(window))[0]!;

const codeOf = (reply: Promise<Envelope<unknown>>): Promise<ErrorCode | null> =>
  reply.then((envelope) => (envelope.ok ? null : envelope.error.code));

/** Five entries: setup, the director's creation and sign-in, a profile edit, a settings change. */
async function fiveEntries() {
  const setup = await installation();
  await setup.director.call('institution.update', { ...sampleSetup.institution, phone: NEW_PHONE });
  await setup.director.call('settings.update', { idleLockMinutes: 30 });
  return { ...setup, sql: setup.core.core.deps.db.$client };
}

function runCli(args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src-main/cli/main.ts', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, LANG: 'C', LC_ALL: undefined, KORPU_LANG: undefined },
      timeout: 25_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** RFC 4180 rows, as a spreadsheet program reads them. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && char === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
    } else if (quoted || char !== '\r') {
      cell += char;
    }
  }
  return rows;
}

describe('what the audit trail records', () => {
  it('writes an entry for every change, with who, how, what, and only the fields that changed', async () => {
    const { core, director } = await installation();
    const [signIn, creation, setup] = await trail(director);
    expect(setup).toMatchObject({
      seq: 1, action: 'setup', entityType: 'institution', entityId: 'BAK-UE-01', procedure: 'setup.complete', actorId: null,
    });
    expect(setup!.changes.name).toEqual({ before: null, after: sampleSetup.institution.name });
    expect(creation).toMatchObject({ seq: 2, action: 'create', entityType: 'user', procedure: 'setup.complete' });
    expect(creation!.changes).toMatchObject({ login: { before: null, after: 'aynur' }, role: { before: null, after: 'director' } });
    expect(creation!.changes.password).toEqual({ before: null, after: '[redacted]' });
    expect(signIn).toMatchObject({ seq: 3, action: 'sign-in', entityType: 'session', actorLogin: 'aynur', procedure: 'auth.login' });
    const directorId = signIn!.actorId!;
    const reader = core.connection();
    await reader.signIn('aynur', sampleSetup.director.password);

    await director.call('institution.update', { ...sampleSetup.institution, phone: NEW_PHONE });
    expect(await latest(director)).toMatchObject({
      action: 'update', entityType: 'institution', entityId: 'BAK-UE-01', actorId: directorId, procedure: 'institution.update',
      changes: { phone: { before: sampleSetup.institution.phone, after: NEW_PHONE } },
    });
    expect(Object.keys((await latest(director)).changes)).toEqual(['phone']);

    const temporary = 'Müvəqqəti-2026';
    const rauf = await director.call('users.create', { login: 'rauf', fullName: 'Rauf Əliyev', role: 'viewer', password: temporary });
    expect(await latest(director)).toMatchObject({ action: 'create', entityType: 'user', entityId: rauf.id, procedure: 'users.create' });
    expect((await latest(director)).changes).toEqual({
      login: { before: null, after: 'rauf' },
      fullName: { before: null, after: 'Rauf Əliyev' },
      role: { before: null, after: 'viewer' },
      active: { before: null, after: true },
      password: { before: null, after: '[redacted]' },
    });

    await director.call('settings.update', { idleLockMinutes: 15 });
    expect(await latest(director)).toMatchObject({
      action: 'update', entityType: 'settings', procedure: 'settings.update', changes: { idleLockMinutes: { before: 10, after: 15 } },
    });
    await director.call('account.setLanguage', { language: 'en' });
    expect(await latest(director)).toMatchObject({
      action: 'update', entityType: 'user', entityId: directorId, procedure: 'account.setLanguage',
      changes: { language: { before: 'az', after: 'en' } },
    });
    await director.call('auth.logout', {});
    expect(await latest(reader)).toMatchObject({
      action: 'sign-out', entityType: 'session', entityId: directorId, procedure: 'auth.logout',
    });
    expect(JSON.stringify(await trail(reader))).not.toContain(temporary);
  });

  it('adds nothing for reading, and verifies with one check per entry', async () => {
    const { director } = await fiveEntries();
    const before = await director.call('audit.verify', {});
    expect(before).toEqual({ ok: true, checked: 5, firstBadSeq: null, problem: null });
    await director.call('institution.get', {});
    await director.call('users.list', {});
    await director.call('settings.get', {});
    await director.call('audit.get', { seq: 1 });
    await director.call('audit.exportCsv', { filter: {} });
    expect(await director.call('audit.list', { filter: {} })).toMatchObject({ total: 5 });
    expect(await director.call('audit.verify', {})).toEqual(before);
  });

  it('cannot be changed or shortened, even through the raw database connection', async () => {
    const { director, sql } = await fiveEntries();
    const entries = await trail(director);
    expect(() => sql.prepare(`UPDATE audit_log SET changes = '{}' WHERE seq = 4`).run()).toThrow(/append-only/);
    expect(() => sql.prepare('DELETE FROM audit_log WHERE seq = 5').run()).toThrow(/append-only/);
    expect(() => sql.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(await trail(director)).toEqual(entries);
  });
});

describe('detecting tampering (after someone drops the triggers)', () => {
  const dropTriggers = (sql: { exec(source: string): unknown }): unknown =>
    sql.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');

  it('names an edited entry', async () => {
    const { director, sql } = await fiveEntries();
    dropTriggers(sql);
    sql.prepare(`UPDATE audit_log SET changes = replace(changes, ?, '+994 55 000 00 00') WHERE seq = 4`).run(NEW_PHONE);
    expect(await director.call('audit.verify', {})).toEqual({ ok: false, checked: 3, firstBadSeq: 4, problem: 'hash-mismatch' });
  });

  it('names the entry after a removed one, and the end when the last is removed', async () => {
    const { director, sql } = await fiveEntries();
    dropTriggers(sql);
    sql.prepare('DELETE FROM audit_log WHERE seq = 5').run();
    expect(await director.call('audit.verify', {})).toMatchObject({ ok: false, firstBadSeq: 5, problem: 'missing-tail' });
    // Later entries do not hide the gap.
    await director.call('settings.update', { idleLockMinutes: 45 });
    expect(await director.call('audit.verify', {})).toMatchObject({ ok: false, firstBadSeq: 6, problem: 'missing-entries' });
    sql.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    expect(await director.call('audit.verify', {})).toMatchObject({ ok: false, checked: 1, firstBadSeq: 3, problem: 'missing-entries' });
  });

  it('is what `audit verify` reports on the command line', { timeout: 90_000 }, async () => {
    const { dataDir, close } = await fiveEntries();
    close();
    const intact = await runCli(['audit', 'verify', '--data-dir', dataDir, '--lang', 'en']);
    expect(intact).toMatchObject({ code: 0, stderr: '' });
    expect(intact.stdout).toContain('5 entries checked');

    const reopened = await openTestCore(dataDir);
    opened.push(reopened);
    dropTriggers(reopened.core.deps.db.$client);
    reopened.core.deps.db.$client.prepare(`UPDATE audit_log SET actor_login = 'someone' WHERE seq = 3`).run();
    reopened.close();
    opened.splice(opened.indexOf(reopened), 1);
    const broken = await runCli(['audit', 'verify', '--data-dir', dataDir, '--lang', 'en']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('#3');
    expect(broken.stderr).toContain('changed after it was written');
  });
});

describe('reading the audit trail', () => {
  /** Ten entries over three hours, by the director and by a staff member. */
  async function busyDay() {
    const { core, director } = await installation();
    await director.call('settings.update', { idleLockMinutes: 240 });
    const staff = await core.addUser(director, 'kamran', 'staff');
    core.clock.set(at(1));
    await director.call('institution.update', { ...sampleSetup.institution, phone: NEW_PHONE });
    await staff.call('account.setLanguage', { language: 'ru' });
    core.clock.set(at(2));
    await director.call('settings.update', { idleLockMinutes: 60 });
    const ids = Object.fromEntries((await director.call('users.list', {})).map((user) => [user.login, user.id]));
    return { director, kamran: ids.kamran!, aynur: ids.aynur! };
  }
  const seqs = (result: { entries: AuditEntry[] }): number[] => result.entries.map((entry) => entry.seq);

  it('filters by who, what kind of record, what happened and when, newest first', async () => {
    const { director, kamran, aynur } = await busyDay();
    const list = (filter: object) => director.call('audit.list', { filter });
    expect(seqs(await list({ actorId: kamran }))).toEqual([9, 7, 6]);
    expect(seqs(await list({ entityType: 'settings' }))).toEqual([10, 4]);
    expect(seqs(await list({ action: 'sign-in' }))).toEqual([6, 3]);
    expect(seqs(await list({ actorId: aynur, entityType: 'user' }))).toEqual([5]);
    expect(seqs(await list({ from: at(1).toISOString(), to: at(2).toISOString() }))).toEqual([9, 8]);
    expect(seqs(await list({ from: at(1).toISOString() }))).toEqual([10, 9, 8]);
    expect(await list({ to: at(1).toISOString() })).toMatchObject({ total: 7 });
    expect(await codeOf(director.invoke('audit.list', { filter: { from: at(2).toISOString(), to: at(1).toISOString() } }))).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('reads an instant written without milliseconds (which the contract accepts) as the same instant', async () => {
    const { director } = await busyDay();
    const list = (filter: object) => director.call('audit.list', { filter });
    expect(seqs(await list({ from: '2026-11-25T10:00:00Z', to: '2026-11-25T11:00:00Z' }))).toEqual([9, 8]);
    expect(await list({ to: '2026-11-25T10:00:00Z' })).toMatchObject({ total: 7 });
  });

  it('pages through the entries with the total of all that match', async () => {
    const { director } = await busyDay();
    const page = (offset: number) => director.call('audit.list', { filter: {}, limit: 4, offset });
    expect(await page(0)).toMatchObject({ total: 10 });
    expect(seqs(await page(0))).toEqual([10, 9, 8, 7]);
    expect(seqs(await page(4))).toEqual([6, 5, 4, 3]);
    expect(seqs(await page(8))).toEqual([2, 1]);
    expect(await page(12)).toEqual({ entries: [], total: 10 });
  });

  it('shows one entry by its number, and NOT_FOUND for a number never used', async () => {
    const { director } = await busyDay();
    const [, second] = (await director.call('audit.list', { filter: { action: 'sign-in' } })).entries;
    expect(await director.call('audit.get', { seq: second!.seq })).toEqual(second);
    expect(await codeOf(director.invoke('audit.get', { seq: 99 }))).toBe('NOT_FOUND');
  });
});

describe('exporting the audit trail as CSV', () => {
  const dangerous = ["=cmd|' /C calc'!A0", '+1 555 0100', '-2 Rəşad', '@SUM(1)'];

  it('has the documented columns, and no cell a spreadsheet would run as a formula', async () => {
    const { director } = await installation();
    const ids: string[] = [];
    for (const [index, fullName] of dangerous.entries()) {
      const user = await director.call('users.create', { login: `user${index}`, fullName, role: 'viewer', password: 'Müvəqqəti-2026' });
      ids.push(user.id);
    }
    const { csv, rows } = await director.call('audit.exportCsv', { filter: { entityType: 'user', action: 'create' } });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...body] = parseCsv(csv.slice(1));
    expect(header).toEqual(['seq', 'at', 'actor_login', 'action', 'entity_type', 'entity_id', 'procedure', 'changes']);
    expect(body).toHaveLength(rows);
    expect(rows).toBe(5);
    for (const [index, id] of ids.entries()) {
      const row = body.find((cells) => cells[5] === id);
      expect(row?.slice(2, 7)).toEqual(['aynur', 'create', 'user', id, 'users.create']);
      expect((JSON.parse(row![7]!) as Record<string, { after: unknown }>).fullName?.after).toBe(dangerous[index]);
    }
    for (const cell of body.flat()) {
      expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    // Names reach the export only inside the JSON `changes` cell; this guards any future text column.
    for (const name of dangerous) {
      expect(parseCsv(`${csvCell(name)}\n`)).toEqual([[`'${name}`]]);
    }
  });
});
