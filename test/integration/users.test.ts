import { afterEach, describe, expect, it } from 'vitest';

import type { AppErrorShape, Envelope } from '../../src-main/contract/errors';
import type { TestConnection, TestCore } from '../helpers/temp-core';
import { openTestCore, sampleSetup, tempDir, USER_PASSWORD } from '../helpers/temp-core';

const opened: TestCore[] = [];
const dirs: { cleanup(): void }[] = [];
afterEach(() => {
  opened.splice(0).forEach((core) => core.close());
  dirs.splice(0).forEach((dir) => dir.cleanup());
});

async function installation() {
  const dir = tempDir('korpu-users-');
  dirs.push(dir);
  const core = await openTestCore(dir.path);
  opened.push(core);
  const director = await core.setUp();
  const idOf = async (login: string): Promise<string> => (await director.call('users.list', {})).find((user) => user.login === login)!.id;
  return { core, director, idOf };
}

const TEMPORARY = 'Müvəqqəti-2026';
const DIRECTOR_NAME = sampleSetup.director.fullName;

/** The refusal, or null when the call went through. */
async function refusal(reply: Promise<Envelope<unknown>>): Promise<AppErrorShape | null> {
  const envelope = await reply;
  return envelope.ok ? null : envelope.error;
}

async function signedIn(core: TestCore, login: string, password: string): Promise<TestConnection> {
  const window = core.connection();
  await window.signIn(login, password);
  return window;
}

describe('a new user', () => {
  it('must choose their own password before doing anything else', async () => {
    const { core, director } = await installation();
    const created = await director.call('users.create', { login: 'Rauf', fullName: 'Rauf Əliyev', role: 'staff', password: TEMPORARY });
    expect(created).toMatchObject({ login: 'rauf', role: 'staff', active: true, mustChangePassword: true, lastSignInAt: null });

    const rauf = await signedIn(core, 'rauf', TEMPORARY);
    expect(await rauf.call('auth.session', {})).toMatchObject({ mustChangePassword: true, user: { role: 'staff' } });
    expect((await refusal(rauf.invoke('institution.get', {})))?.code).toBe('PASSWORD_CHANGE_REQUIRED');
    await rauf.call('account.changePassword', { currentPassword: TEMPORARY, newPassword: USER_PASSWORD });
    expect(await rauf.call('auth.session', {})).toMatchObject({ mustChangePassword: false });
    expect(await rauf.call('institution.get', {})).toMatchObject({ code: sampleSetup.institution.code });
    await expect(core.connection().signIn('rauf', TEMPORARY)).rejects.toThrow(/INVALID_CREDENTIALS/);
  });

  it('cannot take a login already in use, in any case', async () => {
    const { director } = await installation();
    for (const login of ['aynur', 'AYNUR']) {
      const error = await refusal(director.invoke('users.create', { login, fullName: 'Other Aynur', role: 'viewer', password: TEMPORARY }));
      expect(error).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { issues: [{ path: 'login', message: 'validation.loginTaken' }] },
      });
    }
    expect(await director.call('users.list', {})).toHaveLength(1);
  });
});

describe('changing a role', () => {
  it("applies to the user's open window at once", async () => {
    const { core, director, idOf } = await installation();
    const staff = await core.addUser(director, 'kamran', 'staff');
    await director.call('users.update', { id: await idOf('kamran'), fullName: 'Kamran Quliyev', role: 'viewer' });
    // Staff and viewers may call the same procedures today, so the role itself is what must change.
    expect(await staff.call('auth.session', {})).toMatchObject({ user: { role: 'viewer', fullName: 'Kamran Quliyev' } });
  });

  it('takes administration away from a demoted director at once', async () => {
    const { core, director, idOf } = await installation();
    const elvin = await core.addUser(director, 'elvin', 'director');
    expect(await elvin.call('users.list', {})).toHaveLength(2);
    await director.call('users.update', { id: await idOf('elvin'), fullName: 'User elvin', role: 'staff' });
    expect((await refusal(elvin.invoke('users.list', {})))?.code).toBe('FORBIDDEN');
    expect((await refusal(elvin.invoke('institution.update', sampleSetup.institution)))?.code).toBe('FORBIDDEN');
  });
});

describe('deactivating a user', () => {
  it('signs them out, refuses their sign-in, and keeps them in the list', async () => {
    const { core, director, idOf } = await installation();
    const staff = await core.addUser(director, 'kamran', 'staff');
    const id = await idOf('kamran');
    expect(await director.call('users.setActive', { id, active: false })).toMatchObject({ active: false });
    expect(await staff.call('auth.session', {})).toBeNull();
    expect((await refusal(staff.invoke('institution.get', {})))?.code).toBe('UNAUTHENTICATED');
    await expect(core.connection().signIn('kamran', USER_PASSWORD)).rejects.toThrow(/ACCOUNT_INACTIVE/);
    expect(await director.call('users.list', {})).toContainEqual(expect.objectContaining({ login: 'kamran', active: false }));
    const refused = await director.call('audit.list', { filter: { action: 'sign-in-failed' } });
    expect(refused.entries).toEqual([
      expect.objectContaining({ entityId: id, actorLogin: 'kamran', changes: { refusal: { before: null, after: 'ACCOUNT_INACTIVE' } } }),
    ]);

    await director.call('users.setActive', { id, active: true });
    expect((await core.connection().signIn('kamran', USER_PASSWORD)).session.user.login).toBe('kamran');
  });

  it('never removes anyone: every user created is still listed', async () => {
    const { core, director, idOf } = await installation();
    await core.addUser(director, 'kamran', 'staff');
    await core.addUser(director, 'nigar', 'viewer');
    for (const login of ['kamran', 'nigar']) {
      await director.call('users.setActive', { id: await idOf(login), active: false });
    }
    expect((await director.call('users.list', {})).map((user) => [user.login, user.active])).toEqual([
      ['aynur', true],
      ['kamran', false],
      ['nigar', false],
    ]);
  });
});

describe('the last director', () => {
  it('cannot deactivate themselves nor give up the role while no other active director exists', async () => {
    const { core, director, idOf } = await installation();
    const aynur = await idOf('aynur');
    expect((await refusal(director.invoke('users.setActive', { id: aynur, active: false })))?.code).toBe('CONFLICT');
    const demoted = await refusal(director.invoke('users.update', { id: aynur, fullName: DIRECTOR_NAME, role: 'staff' }));
    expect(demoted?.code).toBe('LAST_DIRECTOR');

    // A second director who has been deactivated does not count.
    await core.addUser(director, 'elvin', 'director');
    await director.call('users.setActive', { id: await idOf('elvin'), active: false });
    expect((await refusal(director.invoke('users.update', { id: aynur, fullName: DIRECTOR_NAME, role: 'viewer' })))?.code).toBe(
      'LAST_DIRECTOR',
    );
    expect(await director.call('auth.session', {})).toMatchObject({ user: { role: 'director' } });
  });

  it('can step down once another active director exists, who can then deactivate them', async () => {
    const { core, director, idOf } = await installation();
    const aynur = await idOf('aynur');
    await core.addUser(director, 'elvin', 'director');
    expect(await director.call('users.update', { id: aynur, fullName: DIRECTOR_NAME, role: 'staff' })).toMatchObject({ role: 'staff' });
    expect((await refusal(director.invoke('users.list', {})))?.code).toBe('FORBIDDEN');

    const elvin = await signedIn(core, 'elvin', USER_PASSWORD);
    const elvinId = await elvin.call('users.list', {}).then((list) => list.find((user) => user.login === 'elvin')!.id);
    expect(await elvin.call('users.setActive', { id: aynur, active: false })).toMatchObject({ active: false });
    expect((await refusal(elvin.invoke('users.setActive', { id: elvinId, active: false })))?.code).toBe('CONFLICT');
    expect((await refusal(elvin.invoke('users.update', { id: elvinId, fullName: 'User elvin', role: 'staff' })))?.code).toBe(
      'LAST_DIRECTOR',
    );
  });
});

describe('passwords', () => {
  it("reset by the director: signs the user out and makes them choose a new one", async () => {
    const { core, director, idOf } = await installation();
    const staff = await core.addUser(director, 'kamran', 'staff');
    await director.call('users.resetPassword', { id: await idOf('kamran'), password: TEMPORARY });
    expect(await staff.call('auth.session', {})).toBeNull();
    await expect(core.connection().signIn('kamran', USER_PASSWORD)).rejects.toThrow(/INVALID_CREDENTIALS/);
    const again = await signedIn(core, 'kamran', TEMPORARY);
    expect(await again.call('auth.session', {})).toMatchObject({ mustChangePassword: true });
    expect((await refusal(again.invoke('institution.get', {})))?.code).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('changed by the user: needs the current one, refuses one with the login or the same again', async () => {
    const { core, director } = await installation();
    const staff = await core.addUser(director, 'kamran', 'staff');
    const attempts: [{ currentPassword: string; newPassword: string }, { path: string; message: string }][] = [
      [
        { currentPassword: 'Yanlış-parol-2026', newPassword: 'Təzə-parol-2027' },
        { path: 'currentPassword', message: 'validation.passwordWrong' },
      ],
      [
        { currentPassword: USER_PASSWORD, newPassword: 'Kamran-2027-yeni' },
        { path: 'newPassword', message: 'validation.passwordContainsLogin' },
      ],
      [{ currentPassword: USER_PASSWORD, newPassword: USER_PASSWORD }, { path: 'newPassword', message: 'validation.passwordUnchanged' }],
    ];
    for (const [input, issue] of attempts) {
      expect(await refusal(staff.invoke('account.changePassword', input))).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { issues: [issue] },
      });
    }
    // None of them took: the old password still signs in, and the refused ones do not.
    expect((await signedIn(core, 'kamran', USER_PASSWORD)).ctx.sessionId).not.toBeNull();
    await expect(core.connection().signIn('kamran', 'Kamran-2027-yeni')).rejects.toThrow(/INVALID_CREDENTIALS/);
  });

  it('never leave the core in a user list', async () => {
    const { core, director } = await installation();
    await core.addUser(director, 'kamran', 'staff');
    await director.call('users.create', { login: 'nigar', fullName: 'Nigar Həsənova', role: 'viewer', password: TEMPORARY });
    const list = await director.call('users.list', {});
    expect(list).toHaveLength(3);
    const text = JSON.stringify(list);
    expect(text).not.toContain('scrypt$');
    for (const secret of [TEMPORARY, USER_PASSWORD, sampleSetup.director.password]) {
      expect(text).not.toContain(secret);
    }
    for (const user of list) {
      expect(Object.keys(user).filter((key) => /hash|^password/i.test(key))).toEqual([]);
    }
  });
});
