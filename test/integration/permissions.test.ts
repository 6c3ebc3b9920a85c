import { afterEach, describe, expect, it } from 'vitest';

import { access, isAllowed } from '../../src-main/contract/access';
import type { Role } from '../../src-main/contract/common';
import { roles } from '../../src-main/contract/common';
import type { Envelope, ErrorCode } from '../../src-main/contract/errors';
import type { ProcedureName } from '../../src-main/contract/procedures';
import { procedureNames } from '../../src-main/contract/procedures';
import { DEFAULT_SETTINGS } from '../../src-main/contract/settings';
import type { TestConnection, TestCore } from '../helpers/temp-core';
import { openTestCore, sampleSetup, tempDir, USER_PASSWORD } from '../helpers/temp-core';

type CallerKind = 'anonymous' | Role;

const opened: TestCore[] = [];
const dirs: { cleanup(): void }[] = [];
afterEach(() => {
  opened.splice(0).forEach((core) => core.close());
  dirs.splice(0).forEach((dir) => dir.cleanup());
});

async function fresh(): Promise<TestCore> {
  const dir = tempDir('korpu-permissions-');
  dirs.push(dir);
  const core = await openTestCore(dir.path);
  opened.push(core);
  return core;
}

const credentials: Record<Role, { login: string; password: string }> = {
  director: { login: sampleSetup.director.login, password: sampleSetup.director.password },
  staff: { login: 'kamran', password: USER_PASSWORD },
  viewer: { login: 'nigar', password: USER_PASSWORD },
  ministry_admin: { login: 'nazim', password: 'Nazirlik-2026-açar' },
  analyst: { login: 'leyla', password: USER_PASSWORD },
};

/** The callers of each kind of installation. */
const INSTITUTION_CALLERS = ['anonymous', 'director', 'staff', 'viewer'] as const;
const MINISTRY_CALLERS = ['anonymous', 'ministry_admin', 'analyst'] as const;

/** A set-up installation of `kind` with a window for each of its callers, and a way to open more. */
async function installation(kind: 'institution' | 'ministry' = 'institution') {
  const core = await fresh();
  const windows: Partial<Record<CallerKind, TestConnection>> = { anonymous: core.connection() };
  if (kind === 'institution') {
    const director = await core.setUp();
    windows.director = director;
    windows.staff = await core.addUser(director, credentials.staff.login, 'staff');
    windows.viewer = await core.addUser(director, credentials.viewer.login, 'viewer');
  } else {
    const admin = core.connection();
    const { login, password } = credentials.ministry_admin;
    await admin.call('setup.ministry', { name: 'Şöbə', admin: { login, password, fullName: 'Nazim Əliyev' }, language: 'az' });
    await admin.signIn(login, password);
    windows.ministry_admin = admin;
    windows.analyst = await core.addUser(admin, credentials.analyst.login, 'analyst');
  }
  /** Another window signed in as `caller`, for a call that ends or locks the caller's own session. */
  const extraWindow = async (caller: CallerKind): Promise<TestConnection> => {
    const window = core.connection();
    if (caller !== 'anonymous') {
      await window.signIn(credentials[caller].login, credentials[caller].password);
    }
    return window;
  };
  const windowOf = (caller: CallerKind): TestConnection => windows[caller]!;
  return { core, windows: windowOf, extraWindow };
}

/** The refusal's code, or null when the call went through. */
async function codeOf(reply: Promise<Envelope<unknown>>): Promise<ErrorCode | null> {
  const envelope = await reply;
  return envelope.ok ? null : envelope.error.code;
}

/** Calls that change the caller's own session; each runs on a window signed in just for it. */
const SESSION_CHANGING: ReadonlySet<ProcedureName> = new Set(['auth.logout', 'auth.lock']);
/** What dispatch's gate answers before a handler runs; an allowed caller must get none of these. */
const GATE_CODES: readonly (ErrorCode | null)[] = ['UNAUTHENTICATED', 'FORBIDDEN', 'SESSION_LOCKED', 'PASSWORD_CHANGE_REQUIRED'];

describe('the access table', () => {
  it('has exactly one entry for every procedure, and no entry for a procedure that does not exist', () => {
    expect(Object.keys(access).sort()).toEqual([...procedureNames].sort());
  });

  it('names only real roles, and never an empty list (which would make a procedure unreachable)', () => {
    for (const name of procedureNames) {
      const rule = access[name].roles;
      if (rule !== 'public') {
        expect(rule.length, name).toBeGreaterThan(0);
        expect(roles, name).toEqual(expect.arrayContaining([...rule]));
      }
    }
  });
});

/**
 * The roles policy as a reviewer states it, independently of the access table: what the table says
 * must agree. A new procedure falls under a rule by its name, so an entry that lets a viewer write,
 * or staff administer, fails here even though the table itself is complete.
 */
const PUBLIC: ReadonlySet<ProcedureName> = new Set(['app.info', 'setup.complete', 'setup.ministry', 'setup.uploadBackup', 'setup.restore', 'auth.login', 'auth.logout', 'auth.session', 'reference.list']);
/**
 * Administration: users, the audit trail, the institution's profile, settings, reference data. And
 * the transformation plan, which is the director's to make, approve and steer: every call of it but
 * reading it (its report too) and recording how its actions go (progress, evidence), which staff
 * do too. Its indicators likewise: everyone reads them; targets and the indicators kept by hand are
 * the director's. And everything about the bundles sent to the ministry: the keys, every export and
 * its history (data leaving the institution), receipts.
 */
const DIRECTOR_ONLY =
  /^(bundles\.|institution\.update$|settings\.update$|reference\.(save|setRetired)$|transformation\.(?!(list|get|revisions|revision|compare|getEvidenceFile|report|setActionProgress|addEvidenceNote|addEvidenceFile)$)|indicators\.(?!get$))/;
/** Accounts, the audit trail and backups: each installation's administrator (the director, the ministry's admin). */
const ADMINISTRATION = /^(users|audit|backup)\./;
/** Every signed-in user, of either installation, manages their own session and account and reads the settings. */
const OWN_SESSION = /^((auth|account)\.|settings\.get$)/;
/** The ministry's keys and registry changes are its admin's; importing and reading, its analysts' too. */
const MINISTRY_ADMIN_ONLY = /^ministry\.(exportKeyFile|inspectPublicKey|enrol|rotateKey|revokeKey)$/;
const MINISTRY = /^ministry\./;
/** Reading: allowed to everyone signed in, a viewer (inspector) included. */
const READS = /\.(get|list|search|summary|timeline|caseFile|report|unreferredDisabled|revisions|revision|compare|getEvidenceFile)$/;

function expectedRoles(name: ProcedureName): 'public' | readonly Role[] {
  if (PUBLIC.has(name)) {
    return 'public';
  }
  if (MINISTRY_ADMIN_ONLY.test(name)) {
    return ['ministry_admin'];
  }
  if (MINISTRY.test(name)) {
    return ['ministry_admin', 'analyst'];
  }
  if (ADMINISTRATION.test(name)) {
    return ['director', 'ministry_admin'];
  }
  if (DIRECTOR_ONLY.test(name)) {
    return ['director'];
  }
  if (OWN_SESSION.test(name)) {
    return roles;
  }
  if (READS.test(name)) {
    return ['director', 'staff', 'viewer'];
  }
  // Everything else records or changes children's data: the director and staff, never a viewer.
  return ['director', 'staff'];
}

describe('the access table against the roles policy', () => {
  it.each([...procedureNames])('%s is open to exactly the roles the policy names', (name) => {
    const sorted = (rule: 'public' | readonly Role[]) => (rule === 'public' ? rule : [...rule].sort());
    expect(sorted(access[name].roles)).toEqual(sorted(expectedRoles(name)));
  });
});

describe('the permission matrix: every procedure as every caller', () => {
  it.each([
    ...INSTITUTION_CALLERS.map((caller) => ['institution', caller] as const),
    ...MINISTRY_CALLERS.map((caller) => ['ministry', caller] as const),
  ])('in an installation of an %s, as %s, refuses exactly what the table forbids', async (installationKind, kind) => {
    const { windows, extraWindow } = await installation(installationKind);
    const role = kind === 'anonymous' ? null : kind;
    const refusedAs = kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
    for (const name of procedureNames) {
      const window = SESSION_CHANGING.has(name) ? await extraWindow(kind) : windows(kind);
      // `{}` is enough: the role is checked before the input is validated.
      const code = await codeOf(window.invoke(name, {}));
      if (isAllowed(name, role)) {
        expect(GATE_CODES, `${name} as ${kind} answered ${code}`).not.toContain(code);
      } else {
        expect(code, `${name} as ${kind}`).toBe(refusedAs);
      }
    }
    // The caller's own window was never signed out or locked along the way.
    const session = await windows(kind).call('auth.session', {});
    expect(session?.user.role ?? null).toBe(role);
    expect(session?.locked ?? false).toBe(false);
  });
});

describe('rows a reviewer checks by hand', () => {
  it('refuses staff and viewers every administration call, even with a valid input, and changes nothing', async () => {
    const { windows } = await installation();
    const director = windows('director');
    const usersBefore = await director.call('users.list', {});
    const entriesBefore = (await director.call('audit.verify', {})).checked;
    const attempts: [ProcedureName, unknown][] = [
      ['users.create', { login: 'intruder', fullName: 'Intruder', role: 'director', password: 'Parol-2026-yeni' }],
      ['users.list', {}],
      ['users.update', { id: usersBefore[0]!.id, fullName: 'Renamed', role: 'viewer' }],
      ['users.setActive', { id: usersBefore[0]!.id, active: false }],
      ['users.resetPassword', { id: usersBefore[0]!.id, password: 'Parol-2026-yeni' }],
      ['institution.update', { ...sampleSetup.institution, name: 'Taken over' }],
      ['settings.update', { idleLockMinutes: 240 }],
      ['audit.list', { filter: {} }],
      ['audit.get', { seq: 1 }],
      ['audit.verify', {}],
      ['audit.exportCsv', { filter: {} }],
    ];
    for (const kind of ['staff', 'viewer'] as const) {
      for (const [name, input] of attempts) {
        expect(await codeOf(windows(kind).invoke(name, input)), `${name} as ${kind}`).toBe('FORBIDDEN');
      }
    }
    expect(await director.call('users.list', {})).toEqual(usersBefore);
    expect(await director.call('institution.get', {})).toMatchObject({ name: sampleSetup.institution.name });
    expect(await director.call('settings.get', {})).toEqual(DEFAULT_SETTINGS);
    expect((await director.call('audit.verify', {})).checked).toBe(entriesBefore);
  });

  it('refuses a malformed administration call as FORBIDDEN, not with field errors that describe the form', async () => {
    const { windows } = await installation();
    expect(await codeOf(windows('staff').invoke('users.create', { login: 1 }))).toBe('FORBIDDEN');
    expect(await codeOf(windows('anonymous').invoke('users.create', { login: 1 }))).toBe('UNAUTHENTICATED');
    expect(await codeOf(windows('director').invoke('users.create', { login: 1 }))).toBe('VALIDATION_FAILED');
  });

  it('lets staff and viewers read the profile, the settings and reference data, and choose their language', async () => {
    const { windows } = await installation();
    for (const kind of ['staff', 'viewer'] as const) {
      const window = windows(kind);
      expect(await window.call('institution.get', {})).toMatchObject({ code: sampleSetup.institution.code });
      expect(await window.call('settings.get', {})).toEqual(DEFAULT_SETTINGS);
      expect(await window.call('reference.list', { kind: 'region' })).not.toHaveLength(0);
      expect(await window.call('account.setLanguage', { language: 'ru' })).toEqual({ language: 'ru' });
      expect(await window.call('auth.touch', {})).toEqual({ ok: true });
    }
  });

  it('serves the public procedures to a window nobody signed in to, and nothing else', async () => {
    const core = await fresh();
    const window = core.connection();
    expect(await window.call('app.info', {})).toMatchObject({ setupComplete: false });
    expect(await window.call('reference.list', { kind: 'institution_type' })).not.toHaveLength(0);
    expect(await window.call('auth.session', {})).toBeNull();
    expect(await window.call('auth.logout', {})).toEqual({ ok: true });
    await window.call('setup.complete', sampleSetup);
    expect(await window.call('app.info', {})).toMatchObject({ setupComplete: true });
    for (const name of ['institution.get', 'settings.get', 'auth.touch', 'auth.lock', 'users.list', 'audit.verify'] as const) {
      expect(await codeOf(window.invoke(name, {})), name).toBe('UNAUTHENTICATED');
    }
    const { session } = await window.signIn(sampleSetup.director.login, sampleSetup.director.password);
    expect(session.user.role).toBe('director');
    expect(await window.call('institution.get', {})).toMatchObject({ name: sampleSetup.institution.name });
  });
});
