import { afterEach, describe, expect, it } from 'vitest';

import type { AppErrorShape, Envelope } from '../../src-main/contract/errors';
import type { TestConnection, TestCore } from '../helpers/temp-core';
import { openTestCore, tempDir, TEST_NOW, USER_PASSWORD } from '../helpers/temp-core';

const opened: TestCore[] = [];
const dirs: { cleanup(): void }[] = [];
afterEach(() => {
  opened.splice(0).forEach((core) => core.close());
  dirs.splice(0).forEach((dir) => dir.cleanup());
});

async function open(path: string): Promise<TestCore> {
  const core = await openTestCore(path);
  opened.push(core);
  return core;
}

function close(core: TestCore): void {
  core.close();
  opened.splice(opened.indexOf(core), 1);
}

const LOGIN = 'kamran';
const WRONG = 'Yanlış-parol-2026';
const minutesAfterStart = (minutes: number): Date => new Date(TEST_NOW.getTime() + minutes * 60_000);
const LOCKED_UNTIL = minutesAfterStart(15).toISOString();

/** A set-up installation with a signed-in director and a staff member who chose their password. */
async function installation() {
  const dir = tempDir('korpu-lockout-');
  dirs.push(dir);
  const core = await open(dir.path);
  const director = await core.setUp();
  const staff = await core.addUser(director, LOGIN, 'staff');
  const staffId = (await director.call('users.list', {})).find((user) => user.login === LOGIN)!.id;
  return { dir: dir.path, core, director, staff, staffId };
}

/** A sign-in from a new window: the refusal, or null when it succeeded. */
async function signInRefusal(core: TestCore, password: string, login = LOGIN): Promise<AppErrorShape | null> {
  const reply: Envelope<unknown> = await core.connection().invoke('auth.login', { login, password });
  return reply.ok ? null : reply.error;
}

async function failTimes(core: TestCore, times: number, login = LOGIN, password = WRONG): Promise<void> {
  for (let attempt = 1; attempt <= times; attempt++) {
    expect((await signInRefusal(core, password, login))?.code, `attempt ${attempt}`).toBe('INVALID_CREDENTIALS');
  }
}

async function auditOf(director: TestConnection, action: 'sign-in-failed') {
  return (await director.call('audit.list', { filter: { action }, limit: 500 })).entries;
}

describe('locking an account after failed sign-ins', () => {
  it('refuses four wrong passwords, locks on the fifth for 15 minutes, then refuses even the right one', async () => {
    const { core, staff } = await installation();
    await failTimes(core, 4);
    expect(await signInRefusal(core, WRONG)).toMatchObject({ code: 'ACCOUNT_LOCKED', details: { until: LOCKED_UNTIL } });
    expect(await signInRefusal(core, USER_PASSWORD)).toMatchObject({ code: 'ACCOUNT_LOCKED', details: { until: LOCKED_UNTIL } });
    // The window the user had open is signed out too.
    expect(await staff.call('auth.session', {})).toBeNull();
  });

  it('counts wrong passwords sent at the same time, so firing them in parallel gains no extra guesses', async () => {
    const { core } = await installation();
    const windows = Array.from({ length: 6 }, () => core.connection());
    const replies = await Promise.all(windows.map((window) => window.invoke('auth.login', { login: LOGIN, password: WRONG })));
    expect(replies.some((reply) => reply.ok)).toBe(false);
    expect(await signInRefusal(core, USER_PASSWORD)).toMatchObject({ code: 'ACCOUNT_LOCKED' });
  });

  it('stays locked after the app is closed and opened again', async () => {
    const { dir, core } = await installation();
    await failTimes(core, 4);
    expect((await signInRefusal(core, WRONG))?.code).toBe('ACCOUNT_LOCKED');
    close(core);
    const reopened = await open(dir);
    expect(await signInRefusal(reopened, USER_PASSWORD)).toMatchObject({ code: 'ACCOUNT_LOCKED', details: { until: LOCKED_UNTIL } });
  });

  it('opens again once the 15 minutes are over, with the count of failures started afresh', async () => {
    const { core } = await installation();
    await failTimes(core, 4);
    expect((await signInRefusal(core, WRONG))?.code).toBe('ACCOUNT_LOCKED');
    core.clock.set(minutesAfterStart(14));
    expect((await signInRefusal(core, USER_PASSWORD))?.code).toBe('ACCOUNT_LOCKED');
    core.clock.set(minutesAfterStart(16));
    // Four mistakes after the lockout are not the fifth of a series: the account stays open.
    await failTimes(core, 4);
    expect(await signInRefusal(core, USER_PASSWORD)).toBeNull();
  });

  it('starts counting again after a successful sign-in', async () => {
    const { core } = await installation();
    await failTimes(core, 4);
    expect(await signInRefusal(core, USER_PASSWORD)).toBeNull();
    await failTimes(core, 4);
    expect(await signInRefusal(core, USER_PASSWORD)).toBeNull();
    await failTimes(core, 4);
    expect((await signInRefusal(core, WRONG))?.code).toBe('ACCOUNT_LOCKED');
  });

  it("is lifted by the director's password reset, which also asks for a new password", async () => {
    const { core, director, staffId } = await installation();
    await failTimes(core, 4);
    expect((await signInRefusal(core, WRONG))?.code).toBe('ACCOUNT_LOCKED');
    expect((await director.call('users.list', {})).find((user) => user.id === staffId)).toMatchObject({ lockedUntil: LOCKED_UNTIL });

    const temporary = 'Müvəqqəti-2027';
    const summary = await director.call('users.resetPassword', { id: staffId, password: temporary });
    expect(summary).toMatchObject({ lockedUntil: null, mustChangePassword: true });
    expect((await signInRefusal(core, USER_PASSWORD))?.code).toBe('INVALID_CREDENTIALS');
    const { session } = await core.connection().signIn(LOGIN, temporary);
    expect(session).toMatchObject({ mustChangePassword: true, user: { login: LOGIN } });
  });
});

describe('sign-in failures in the audit trail', () => {
  it('never locks anything for an unknown login, and records the attempt without the text typed', async () => {
    const { core, director } = await installation();
    const typed = 'Gizli-sınaq-2026';
    await failTimes(core, 7, 'no-such-user', typed);
    expect((await director.call('users.list', {})).map((user) => user.lockedUntil)).toEqual([null, null]);
    expect(await signInRefusal(core, USER_PASSWORD)).toBeNull();

    const failures = await auditOf(director, 'sign-in-failed');
    expect(failures).toHaveLength(7);
    for (const entry of failures) {
      expect(entry).toMatchObject({ actorId: null, actorLogin: null, entityType: 'user', entityId: null, changes: {} });
    }
    const trail = JSON.stringify(await director.call('audit.list', { filter: {}, limit: 500 }));
    expect(trail).not.toContain('no-such-user');
    expect(trail).not.toContain(typed);
  });

  it("records each wrong password against that user, the fifth with the lockout's end", async () => {
    const { core, director, staffId } = await installation();
    await failTimes(core, 4);
    expect((await signInRefusal(core, WRONG))?.code).toBe('ACCOUNT_LOCKED');
    // While locked, the right password is refused without being counted as another failure,
    // but the attempt is recorded with its reason.
    expect((await signInRefusal(core, USER_PASSWORD))?.code).toBe('ACCOUNT_LOCKED');

    const failures = await auditOf(director, 'sign-in-failed');
    expect(failures).toHaveLength(6);
    for (const entry of failures) {
      expect(entry).toMatchObject({ actorId: staffId, actorLogin: LOGIN, entityType: 'user', entityId: staffId, procedure: 'auth.login' });
    }
    // Newest first: the refusal while locked, then the fifth failure, the one that locked.
    expect(failures[0]!.changes).toEqual({ refusal: { before: null, after: 'ACCOUNT_LOCKED' } });
    expect(failures[1]!.changes).toEqual({ lockedUntil: { before: null, after: LOCKED_UNTIL } });
    expect(failures.slice(2).map((entry) => entry.changes)).toEqual([{}, {}, {}, {}]);
  });

  it('never writes a password typed, right or wrong, to the log or the audit trail', async () => {
    const { core, director } = await installation();
    await failTimes(core, 3);
    expect(await signInRefusal(core, USER_PASSWORD)).toBeNull();
    const trail = JSON.stringify(await director.call('audit.list', { filter: {}, limit: 500 }));
    const csv = (await director.call('audit.exportCsv', { filter: {} })).csv;
    const log = JSON.stringify(core.logger.entries);
    expect(trail).toContain('sign-in-failed');
    expect(core.logger.entries.map((entry) => entry.event)).toContain('auth.login.failed');
    for (const text of [trail, csv, log]) {
      expect(text).not.toContain(WRONG);
      expect(text).not.toContain(USER_PASSWORD);
      expect(text).not.toContain('Vaxtlı-parol-2026');
    }
  });
});
