import { afterEach, describe, expect, it } from 'vitest';

import type { Envelope, ErrorCode } from '../../src-main/contract/errors';
import { activityReportIntervalMs } from '../../src-main/contract/idle';
import { DEFAULT_SETTINGS } from '../../src-main/contract/settings';
import type { TestCore } from '../helpers/temp-core';
import { openTestCore, sampleSetup, tempDir, TEST_NOW, USER_PASSWORD } from '../helpers/temp-core';

const opened: TestCore[] = [];
const dirs: { cleanup(): void }[] = [];
afterEach(() => {
  opened.splice(0).forEach((core) => core.close());
  dirs.splice(0).forEach((dir) => dir.cleanup());
});

async function installation() {
  const dir = tempDir('korpu-idle-');
  dirs.push(dir);
  const core = await openTestCore(dir.path);
  opened.push(core);
  const director = await core.setUp();
  return { core, director };
}

const minutesAfterStart = (minutes: number): Date => new Date(TEST_NOW.getTime() + minutes * 60_000);
const PASSWORD = sampleSetup.director.password;
const WRONG = 'Yanlış-parol-2026';

/** The refusal's code, or null when the call went through. */
async function codeOf(reply: Promise<Envelope<unknown>>): Promise<ErrorCode | null> {
  const envelope = await reply;
  return envelope.ok ? null : envelope.error.code;
}

describe('the idle lock', () => {
  it('locks a window left alone for more than 10 minutes, but still tells it who is signed in', async () => {
    const { core, director } = await installation();
    core.clock.set(minutesAfterStart(11));
    expect(await codeOf(director.invoke('institution.get', {}))).toBe('SESSION_LOCKED');
    expect(await director.call('auth.session', {})).toMatchObject({ locked: true, idleLockMinutes: 10, user: { login: 'aynur' } });
    expect(await director.call('app.info', {})).toMatchObject({ setupComplete: true });
    expect(await codeOf(director.invoke('auth.touch', {}))).toBe('SESSION_LOCKED');
  });

  it('stays locked after a wrong password and opens with the right one', async () => {
    const { core, director } = await installation();
    core.clock.set(minutesAfterStart(11));
    expect(await codeOf(director.invoke('auth.unlock', { password: WRONG }))).toBe('INVALID_CREDENTIALS');
    expect(await director.call('auth.session', {})).toMatchObject({ locked: true });
    expect(await codeOf(director.invoke('institution.get', {}))).toBe('SESSION_LOCKED');

    expect(await director.call('auth.unlock', { password: PASSWORD })).toMatchObject({ locked: false, user: { login: 'aynur' } });
    expect(await director.call('institution.get', {})).toMatchObject({ code: sampleSetup.institution.code });
    expect(core.events.at(-1)).toMatchObject({ name: 'session.changed', payload: { locked: false } });
  });

  it('stays open for an hour of work with a call or a touch every 9 minutes', async () => {
    const { core, director } = await installation();
    for (let step = 1; step <= 7; step++) {
      core.clock.set(minutesAfterStart(9 * step));
      if (step % 2 === 0) {
        expect(await director.call('auth.touch', {})).toEqual({ ok: true });
      } else {
        expect(await director.call('institution.get', {})).toMatchObject({ code: sampleSetup.institution.code });
      }
    }
    expect(await director.call('auth.session', {})).toMatchObject({ locked: false });
  });

  it('keeps a typist working under the shortest idle time (1 minute) signed in: the window reports activity in time', async () => {
    const { core, director } = await installation();
    await director.call('settings.update', { idleLockMinutes: 1 });
    // Typing in a form calls nothing: only the window's activity reports reach the core.
    const every = activityReportIntervalMs(1);
    for (let elapsed = every; elapsed <= 5 * 60_000; elapsed += every) {
      core.clock.set(new Date(TEST_NOW.getTime() + elapsed));
      expect(await director.call('auth.touch', {})).toEqual({ ok: true });
    }
    expect(await director.call('auth.session', {})).toMatchObject({ locked: false });
  });

  it('does not count asking for the session as activity (the window polls it)', async () => {
    const { core, director } = await installation();
    core.clock.set(minutesAfterStart(6));
    expect(await director.call('auth.session', {})).toMatchObject({ locked: false });
    core.clock.set(minutesAfterStart(12));
    expect(await director.call('auth.session', {})).toMatchObject({ locked: true });
  });

  it('locks at once when the window asks for it', async () => {
    const { director } = await installation();
    expect(await director.call('auth.lock', {})).toEqual({ ok: true });
    expect(await codeOf(director.invoke('institution.get', {}))).toBe('SESSION_LOCKED');
    expect(await director.call('auth.session', {})).toMatchObject({ locked: true });
  });

  it("follows the director's idle time for every user", async () => {
    const { core, director } = await installation();
    const staff = await core.addUser(director, 'kamran', 'staff');
    expect(await director.call('settings.update', { idleLockMinutes: 2 })).toEqual({ ...DEFAULT_SETTINGS, idleLockMinutes: 2 });
    core.clock.set(minutesAfterStart(1));
    expect(await staff.call('institution.get', {})).toMatchObject({ code: sampleSetup.institution.code });
    expect(await staff.call('auth.session', {})).toMatchObject({ locked: false, idleLockMinutes: 2 });
    core.clock.set(minutesAfterStart(4));
    expect(await codeOf(staff.invoke('institution.get', {}))).toBe('SESSION_LOCKED');
    expect(await codeOf(director.invoke('institution.get', {}))).toBe('SESSION_LOCKED');
  });

  it('signs the user out and locks the account after five wrong passwords at the lock screen', async () => {
    const { core, director } = await installation();
    const staff = await core.addUser(director, 'kamran', 'staff');
    await staff.call('auth.lock', {});
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await codeOf(staff.invoke('auth.unlock', { password: WRONG })), `attempt ${attempt}`).toBe('INVALID_CREDENTIALS');
    }
    expect(await codeOf(staff.invoke('auth.unlock', { password: WRONG }))).toBe('ACCOUNT_LOCKED');
    expect(core.events.at(-1)).toEqual({ name: 'session.changed', payload: null });
    expect(await staff.call('auth.session', {})).toBeNull();
    expect(await codeOf(staff.invoke('auth.unlock', { password: USER_PASSWORD }))).toBe('UNAUTHENTICATED');
    expect(await codeOf(core.connection().invoke('auth.login', { login: 'kamran', password: USER_PASSWORD }))).toBe('ACCOUNT_LOCKED');
  });

  it('records locking and unlocking in the audit trail', async () => {
    const { director } = await installation();
    await director.call('auth.lock', {});
    await director.call('auth.unlock', { password: PASSWORD });
    const { entries } = await director.call('audit.list', { filter: { entityType: 'session' } });
    expect(entries.map((entry) => entry.action)).toEqual(['unlock', 'lock', 'sign-in']);
    expect(entries.slice(0, 2)).toEqual([
      expect.objectContaining({ actorLogin: 'aynur', procedure: 'auth.unlock', entityId: entries[0]!.actorId }),
      expect.objectContaining({ actorLogin: 'aynur', procedure: 'auth.lock', entityId: entries[0]!.actorId }),
    ]);
  });
});

describe('the 12-hour limit', () => {
  it('ends a session 12 hours after sign-in, however busy the user was', async () => {
    const { core, director } = await installation();
    // A touch every 7 minutes: the last at 11 h 54 min, the next at 12 h 01 min, 7 minutes later.
    let minute = 0;
    while (minute + 7 <= 12 * 60) {
      minute += 7;
      core.clock.set(minutesAfterStart(minute));
      expect(await codeOf(director.invoke('auth.touch', {})), `after ${minute} minutes`).toBeNull();
    }
    expect(await director.call('auth.session', {})).toMatchObject({ locked: false });
    core.clock.set(minutesAfterStart(minute + 7));
    expect(await codeOf(director.invoke('institution.get', {}))).toBe('UNAUTHENTICATED');
    expect(await director.call('auth.session', {})).toBeNull();
  });
});
