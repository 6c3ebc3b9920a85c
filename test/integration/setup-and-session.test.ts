import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';

import { referenceItems, users } from '../../src-main/db/schema';
import type { TestCore } from '../helpers/temp-core';
import { openTestCore, sampleSetup, tempDir, TEST_NOW } from '../helpers/temp-core';

const opened: TestCore[] = [];
const dirs: { cleanup(): void }[] = [];
async function fresh(path?: string): Promise<TestCore> {
  let dir = path;
  if (dir === undefined) {
    const made = tempDir();
    dirs.push(made);
    dir = made.path;
  }
  const core = await openTestCore(dir);
  opened.push(core);
  return core;
}
afterEach(() => {
  opened.splice(0).forEach((core) => core.close());
  dirs.splice(0).forEach((dir) => dir.cleanup());
});

const errorOf = async (promise: Promise<{ ok: boolean; error?: { code: string; details?: { issues?: { path: string; message: string }[] } } }>) => {
  const envelope = await promise;
  expect(envelope.ok).toBe(false);
  return envelope.error!;
};

describe('first-run setup through dispatch', () => {
  it('starts unset, and refuses to show the profile to nobody', async () => {
    const core = await fresh();
    const window = core.connection();
    expect(await window.call('app.info', {})).toMatchObject({ setupComplete: false, institutionName: null, version: '0.1.0' });
    expect((await errorOf(window.invoke('institution.get', {}))).code).toBe('UNAUTHENTICATED');
    expect((await errorOf(window.invoke('auth.login', { login: 'aynur', password: 'x' }))).code).toBe('INVALID_CREDENTIALS');
  });

  it('writes nothing when any field is invalid, and names each field', async () => {
    const core = await fresh();
    const window = core.connection();
    const error = await errorOf(
      window.invoke('setup.complete', {
        ...sampleSetup,
        institution: { ...sampleSetup.institution, code: 'x', regionCode: 'baku' },
        director: { ...sampleSetup.director, password: 'short' },
      }),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details?.issues?.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['institution.code', 'director.password']),
    );
    expect(core.core.deps.db.select().from(users).all()).toHaveLength(0);
    expect(await window.call('app.info', {})).toMatchObject({ setupComplete: false });
  });

  it('refuses a region that is not in the reference data', async () => {
    const core = await fresh();
    const error = await errorOf(
      core.connection().invoke('setup.complete', { ...sampleSetup, institution: { ...sampleSetup.institution, regionCode: 'atlantis' } }),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details?.issues).toEqual([{ path: 'institution.regionCode', message: 'validation.unknownCode' }]);
    expect(core.core.deps.db.select().from(users).all()).toHaveLength(0);
  });

  it('creates the institution and the director once; a second setup is refused', async () => {
    const core = await fresh();
    const window = core.connection();
    await window.call('setup.complete', sampleSetup);
    expect(await window.call('app.info', {})).toMatchObject({ setupComplete: true, institutionName: sampleSetup.institution.name });
    const again = await errorOf(
      window.invoke('setup.complete', { ...sampleSetup, director: { ...sampleSetup.director, login: 'intruder' } }),
    );
    expect(again.code).toBe('ALREADY_SET_UP');
    expect(core.core.deps.db.select().from(users).all().map((user) => user.login)).toEqual(['aynur']);
  });

  it('stores a scrypt hash, never the password, and never logs it', async () => {
    const core = await fresh();
    const window = core.connection();
    await window.call('setup.complete', sampleSetup);
    await window.invoke('auth.login', { login: 'aynur', password: 'wrong-password-1' });
    await window.signIn('aynur', sampleSetup.director.password);
    const [director] = core.core.deps.db.select().from(users).all();
    expect(director?.passwordHash).toMatch(/^scrypt\$/);
    expect(director?.passwordHash).not.toContain(sampleSetup.director.password);
    expect(JSON.stringify(core.logger.entries)).not.toContain(sampleSetup.director.password);
    expect(JSON.stringify(core.logger.entries)).not.toContain('wrong-password-1');
    expect(core.logger.entries.map((entry) => entry.event)).toEqual(
      expect.arrayContaining(['setup.completed', 'auth.login.failed', 'auth.login.ok']),
    );
  });
});

describe('sessions', () => {
  it('signs in one window only, with the login in any case', async () => {
    const core = await fresh();
    const first = core.connection();
    const second = core.connection();
    await first.call('setup.complete', sampleSetup);
    const { session, sessionId } = await first.signIn('  AYNUR ', sampleSetup.director.password);
    expect(session.user).toMatchObject({ login: 'aynur', role: 'director', fullName: 'Aynur Məmmədova', language: 'az' });
    expect(await first.call('auth.session', {})).toMatchObject({ user: { login: 'aynur' }, locked: false });
    expect(await second.call('auth.session', {})).toBeNull();
    // The id is only good on the window that signed in.
    second.ctx.sessionId = sessionId;
    expect(await second.call('auth.session', {})).toBeNull();
    expect(core.events).toContainEqual({ name: 'session.changed', payload: session });
    await first.call('auth.logout', {});
    expect(await first.call('auth.session', {})).toBeNull();
    expect((await errorOf(first.invoke('institution.get', {}))).code).toBe('UNAUTHENTICATED');
  });

  it('gives the same answer for an unknown login and a wrong password', async () => {
    const core = await fresh();
    const window = core.connection();
    await window.call('setup.complete', sampleSetup);
    const unknown = await errorOf(window.invoke('auth.login', { login: 'nobody', password: sampleSetup.director.password }));
    const wrong = await errorOf(window.invoke('auth.login', { login: 'aynur', password: 'Qarabağ2027!' }));
    expect(unknown).toEqual(wrong);
    expect(unknown.code).toBe('INVALID_CREDENTIALS');
  });

  it("remembers the user's language across restarts", async () => {
    const dir = tempDir();
    dirs.push(dir);
    const first = await fresh(dir.path);
    const window = first.connection();
    await window.call('setup.complete', sampleSetup);
    await window.signIn('aynur', sampleSetup.director.password);
    await window.call('account.setLanguage', { language: 'ru' });
    expect(first.events.at(-1)).toMatchObject({ name: 'session.changed', payload: { user: { language: 'ru' } } });
    first.close();
    opened.splice(opened.indexOf(first), 1);
    const second = await fresh(dir.path);
    const { session } = await second.connection().signIn('aynur', sampleSetup.director.password);
    expect(session.user.language).toBe('ru');
  });
});

describe('the institution profile', () => {
  async function signedInDirector() {
    const core = await fresh();
    const window = await core.setUp();
    return { core, window };
  }

  it('is changed by the director and stamped with the time', async () => {
    const { core, window } = await signedInDirector();
    core.clock.set(new Date('2026-11-25T09:05:00.000Z'));
    const saved = await window.call('institution.update', {
      ...sampleSetup.institution,
      phone: '+994 50 123 45 67',
      capacity: 90,
      address: '',
    });
    expect(saved).toMatchObject({ phone: '+994 50 123 45 67', capacity: 90, address: null, createdAt: TEST_NOW.toISOString() });
    expect(saved.updatedAt).toBe('2026-11-25T09:05:00.000Z');
    expect(await window.call('institution.get', {})).toEqual(saved);
  });

  it('is unchanged after an invalid edit', async () => {
    const { window } = await signedInDirector();
    const before = await window.call('institution.get', {});
    const error = await errorOf(window.invoke('institution.update', { ...sampleSetup.institution, phone: '12', typeCode: 'castle' }));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details?.issues?.map((issue) => issue.path)).toContain('phone');
    const unknownCodes = await errorOf(
      window.invoke('institution.update', { ...sampleSetup.institution, typeCode: 'castle', regionCode: 'atlantis' }),
    );
    expect(unknownCodes.details?.issues).toEqual([
      { path: 'typeCode', message: 'validation.unknownCode' },
      { path: 'regionCode', message: 'validation.unknownCode' },
    ]);
    expect(await window.call('institution.get', {})).toEqual(before);
  });

  it('cannot be changed by staff or a viewer, only read', async () => {
    const { core, window } = await signedInDirector();
    const before = await window.call('institution.get', {});
    for (const role of ['staff', 'viewer'] as const) {
      const other = await core.addUser(window, role, role);
      expect(await other.call('institution.get', {})).toEqual(before);
      expect((await errorOf(other.invoke('institution.update', { ...sampleSetup.institution, name: 'Taken over' }))).code).toBe(
        'FORBIDDEN',
      );
    }
    expect(await window.call('institution.get', {})).toEqual(before);
  });
});

describe('reference data', () => {
  it('holds every city and district of Azerbaijan, with labels in three languages', async () => {
    const core = await fresh();
    const regions = await core.connection().call('reference.list', { kind: 'region' });
    expect(regions).toHaveLength(78);
    expect(regions.find((region) => region.code === 'sheki-district')?.labels).toEqual({
      az: 'Şəki rayonu',
      ru: 'Шекинский район',
      en: 'Shaki District',
    });
    expect(regions.every((region) => region.labels.az && region.labels.ru && region.labels.en)).toBe(true);
  });

  it("keeps a director's rename and retirement across restarts (seeding never overwrites)", async () => {
    const dir = tempDir();
    dirs.push(dir);
    const first = await fresh(dir.path);
    first.core.deps.db
      .update(referenceItems)
      .set({ labelAz: 'Uşaq evi (dövlət)' })
      .where(eq(referenceItems.code, 'children_home'))
      .run();
    first.core.deps.db.update(referenceItems).set({ retiredAt: TEST_NOW.toISOString() }).where(eq(referenceItems.code, 'other')).run();
    first.close();
    opened.splice(opened.indexOf(first), 1);
    const second = await fresh(dir.path);
    const types = await second.connection().call('reference.list', { kind: 'institution_type' });
    expect(types.find((type) => type.code === 'children_home')?.labels.az).toBe('Uşaq evi (dövlət)');
    expect(types.map((type) => type.code)).not.toContain('other');
    const all = await second.connection().call('reference.list', { kind: 'institution_type', includeRetired: true });
    expect(all.find((type) => type.code === 'other')?.retired).toBe(true);
  });
});
