import { join } from 'node:path';

import type { ProcedureName, ProcedureOutput } from '../../src-main/contract/procedures';
import { call } from '../../src-main/ipc/dispatch';
import { memoryLogger } from '../../src-main/platform/logger';
import type { CallContext, Emit } from '../../src-main/services/context';
import type { Core } from '../../src-main/services/core';
import { fillDemo } from '../../src-main/services/demo/demo-service';
import { initMinistry, ministryKeyFileText } from '../../src-main/services/ministry/installation';
import { enrol } from '../../src-main/services/ministry/registry';
import { openNodeCore } from '../../src-main/services/node-host';
import { sampleSetup } from '../helpers/temp-core';

/** The two data folders a crash run writes to: an institution, and the ministry it sends bundles to. */
export type CrashFolders = { institution: string; ministry: string };

/** Children in the demo installation: enough for every table of a bundle, small enough to export fast. */
const DEMO_RESIDENTS = 10;

/** The institution's code, as enrolled at the ministry. */
export const INSTITUTION_CODE = sampleSetup.institution.code;

/** A window of the app signed in as the institution's director, calling the core through dispatch. */
export type DirectorWindow = {
  ctx: CallContext;
  call<K extends ProcedureName>(name: K, input: unknown): Promise<ProcedureOutput<K>>;
};

/** Signs the director in on a new connection; `emit` receives the events the core sends it. */
export async function signInDirector(core: Core, emit: Emit = () => undefined): Promise<DirectorWindow> {
  const ctx: CallContext = { deps: core.deps, sessionId: null, connectionId: `crash:${process.pid}`, emit };
  const login = await call('auth.login', { login: sampleSetup.director.login, password: sampleSetup.director.password }, ctx);
  ctx.sessionId = login.sessionId;
  return { ctx, call: (name, input) => call(name, input, ctx) };
}

/**
 * Sets up both folders under `root` with the core's own services, as the first run and the
 * command line's `init`, `demo`, `ministry init`, `ministry enroll` and `ministry-recipient set` do:
 * an institution with demo children and the ministry's keys, and a ministry that enrolled it.
 */
export async function setUpFolders(root: string, seed: number): Promise<CrashFolders> {
  const folders = { institution: join(root, 'institution'), ministry: join(root, 'ministry') };
  const institution = await openNodeCore(folders.institution, { logger: memoryLogger() });
  const ministry = await openNodeCore(folders.ministry, { logger: memoryLogger() });
  try {
    await call('setup.complete', sampleSetup, { deps: institution.deps, sessionId: null, connectionId: 'crash:setup', emit: () => undefined });
    fillDemo(institution.deps, DEMO_RESIDENTS, seed);
    const director = await signInDirector(institution);

    await initMinistry(ministry.deps, 'Təhsil Nazirliyi — DUMİ');
    const { signingKey } = await director.call('bundles.keys', {});
    enrol(ministry.deps, { code: INSTITUTION_CODE, name: sampleSetup.institution.name, regionCode: null, typeCode: null, publicKeyFile: signingKey.publicKeyFile });

    const keyFile = ministryKeyFileText(ministry.deps.db);
    const inspected = await director.call('bundles.inspectMinistryKeys', { text: keyFile });
    await director.call('bundles.setMinistryKeys', { text: keyFile, confirmedFingerprint: inspected.fingerprint });
  } finally {
    institution.close();
    ministry.close();
  }
  return folders;
}
