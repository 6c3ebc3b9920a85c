import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { isAllowed } from '../../src-main/contract/access';
import type { Role } from '../../src-main/contract/common';
import { appErrorSchema } from '../../src-main/contract/errors';
import type { ProcedureName } from '../../src-main/contract/procedures';
import { isProcedureName, procedureNames, procedures } from '../../src-main/contract/procedures';
import { fingerprint } from '../helpers/fingerprint';
import { anyHostile, invalidFor, POLLUTING_KEYS } from '../helpers/hostile-values';
import type { TestConnection, TestCore } from '../helpers/temp-core';
import { openTestCore, tempDir } from '../helpers/temp-core';

/*
 * Every procedure of the contract called with input its schema refuses — wrong types, missing and
 * extra keys, huge and odd strings, odd numbers, prototype-polluting keys, deep nesting, arrays for
 * objects — by a signed-in director of an institution, the ministry's admin and a window nobody
 * signed in to. Each call must be refused the way the window can show (VALIDATION_FAILED with field
 * issues, or the caller's FORBIDDEN / UNAUTHENTICATED), never crash or answer INTERNAL, and leave
 * the installation exactly as it was: every table, the audit trail, every file of the data folder.
 */

/** Calls per procedure: enough to reach every field of each input, few enough for a slow two-core machine. */
const RUNS = 40;

type Caller = { name: string; role: Role | null; window: TestConnection; core: TestCore };

const dirs: { cleanup(): void }[] = [];
const opened: TestCore[] = [];
let callers: { director: Caller; ministryAdmin: Caller; anonymous: Caller };

beforeAll(async () => {
  const open = async (prefix: string): Promise<TestCore> => {
    const dir = tempDir(prefix);
    dirs.push(dir);
    const core = await openTestCore(dir.path);
    opened.push(core);
    return core;
  };
  const institution = await open('korpu-hostile-inst-');
  const ministry = await open('korpu-hostile-min-');
  const director = await institution.setUp();
  const admin = ministry.connection();
  const credentials = { login: 'nazim', fullName: 'Nazim Əliyev', password: 'Nazirlik-2026-açar' };
  await admin.call('setup.ministry', { name: 'Deinstitusionalizasiya şöbəsi', admin: credentials, language: 'az' });
  await admin.signIn(credentials.login, credentials.password);
  callers = {
    director: { name: 'director', role: 'director', window: director, core: institution },
    ministryAdmin: { name: 'ministry admin', role: 'ministry_admin', window: admin, core: ministry },
    anonymous: { name: 'anonymous', role: null, window: institution.connection(), core: institution },
  };
}, 120_000);

afterAll(() => {
  opened.splice(0).forEach((core) => core.close());
  dirs.splice(0).forEach((dir) => dir.cleanup());
});

/** What the core must answer `caller` for input the schema refuses. */
function expectedCode(name: ProcedureName, caller: Caller): string {
  if (isAllowed(name, caller.role)) {
    return 'VALIDATION_FAILED';
  }
  return caller.role === null ? 'UNAUTHENTICATED' : 'FORBIDDEN';
}

/** The caller a procedure is meant for, most often; the others, less often. */
function callerFor(name: ProcedureName): fc.Arbitrary<Caller> {
  const home = name.startsWith('ministry.') ? callers.ministryAdmin : callers.director;
  const others = [callers.director, callers.ministryAdmin, callers.anonymous].filter((caller) => caller !== home);
  return fc.oneof({ arbitrary: fc.constant(home), weight: 4 }, ...others.map((caller) => ({ arbitrary: fc.constant(caller), weight: 1 })));
}

/** No input may have added anything to what every object inherits. */
function prototypesUntouched(): boolean {
  const probe: Record<string, unknown> = {};
  return Object.keys(Object.prototype).length === 0 && probe['polluted'] === undefined && probe['isAdmin'] === undefined;
}

describe('a procedure called with input its schema refuses', () => {
  it.for(procedureNames)('%s: refused cleanly, nothing written', { timeout: 120_000 }, async (name) => {
    const schema = procedures[name].input;
    const cores = [callers.director.core, callers.ministryAdmin.core];
    const before = new Map(cores.map((core) => [core, { quick: fingerprint(core, false), full: fingerprint(core) }]));
    await fc.assert(
      fc.asyncProperty(callerFor(name), invalidFor(schema), async (caller, input) => {
        const envelope = await caller.window.invoke(name, input);

        expect(envelope.ok).toBe(false);
        const error = envelope.ok ? null : envelope.error;
        expect(appErrorSchema.safeParse(error).success).toBe(true);
        expect(error?.code).toBe(expectedCode(name, caller));
        if (error?.code === 'VALIDATION_FAILED') {
          // The window shows each problem beside its field, in the user's language.
          const issues = error.details?.issues ?? [];
          expect(issues.length).toBeGreaterThan(0);
          expect(issues.every((issue) => /^validation\.[A-Za-z]+$/.test(issue.message))).toBe(true);
        }
        expect(fingerprint(caller.core, false)).toEqual(before.get(caller.core)?.quick);
        expect(prototypesUntouched()).toBe(true);
      }),
      { numRuns: RUNS },
    );
    for (const core of cores) {
      expect(fingerprint(core)).toEqual(before.get(core)?.full);
    }
  });
});

describe('a call of a procedure that does not exist', () => {
  it('is refused as unknown, even under a name every object inherits, and writes nothing', async () => {
    const near = fc.constantFrom(...procedureNames).chain((name) => fc.constantFrom(` ${name}`, name.toUpperCase(), `${name}\u0000`, name.replace('.', '/'), `${name}.x`));
    const names = fc.oneof(fc.constantFrom(...POLLUTING_KEYS, 'procedures', '', '.', 'residents'), near, fc.string(), anyHostile).filter((name) => !isProcedureName(name));
    const before = fingerprint(callers.director.core, false);
    await fc.assert(
      fc.asyncProperty(names, anyHostile, async (name, input) => {
        const envelope = await callers.director.window.invoke(name as string, input);
        expect(envelope).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
        expect(fingerprint(callers.director.core, false)).toEqual(before);
        expect(prototypesUntouched()).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
