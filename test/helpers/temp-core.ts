import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Role } from '../../src-main/contract/common';
import type { Envelope } from '../../src-main/contract/errors';
import type { ProcedureName, ProcedureOutput } from '../../src-main/contract/procedures';
import { dispatch } from '../../src-main/ipc/dispatch';
import { fixedClock } from '../../src-main/platform/clock';
import { sequentialIds } from '../../src-main/platform/ids';
import { memoryLogger } from '../../src-main/platform/logger';
import type { CallContext } from '../../src-main/services/context';
import type { Core } from '../../src-main/services/core';
import { openNodeCore } from '../../src-main/services/node-host';

/** A fresh temp data dir; removed by `cleanup`. */
export function tempDir(prefix = 'korpu-test-'): { path: string; cleanup(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

export const TEST_NOW = new Date('2026-11-25T09:00:00.000Z');

/** A valid first-run input (the wizard's), for tests that need a set-up installation. */
export const sampleSetup = {
  institution: {
    code: 'BAK-UE-01',
    name: 'Bakı şəhəri 1 nömrəli uşaq evi',
    typeCode: 'children_home',
    regionCode: 'baku',
    address: 'Bakı, Nəsimi rayonu, Azadlıq prospekti 1',
    capacity: 120,
    phone: '+994 12 555 12 34',
    directorName: 'Aynur Məmmədova',
  },
  director: { login: 'aynur', fullName: 'Aynur Məmmədova', password: 'Qarabağ2026!' },
  language: 'az',
} as const;

/** The password every user made by `addUser` ends up with. */
export const USER_PASSWORD = 'Gəncə2026-yeni';

export type TestConnection = {
  ctx: CallContext;
  invoke(name: string, input: unknown): Promise<Envelope<unknown>>;
  call<K extends ProcedureName>(name: K, input: unknown): Promise<ProcedureOutput<K>>;
  /** Signs in on this connection; the session id is sent with every later call. */
  signIn(login: string, password: string): Promise<ProcedureOutput<'auth.login'>>;
};

export type TestCore = {
  core: Core;
  clock: ReturnType<typeof fixedClock>;
  logger: ReturnType<typeof memoryLogger>;
  events: { name: string; payload: unknown }[];
  /** A new connection (window) with its own session. */
  connection(): TestConnection;
  /** Runs first-run setup and returns a connection signed in as the director. */
  setUp(): Promise<TestConnection>;
  /** Has the director create a user with `role`, who then signs in and sets their own password. */
  addUser(director: TestConnection, login: string, role: Role): Promise<TestConnection>;
  close(): void;
};

let connections = 0;

/** Opens a real encrypted core on `dataDir` with a pinned clock and ids and an in-memory log. */
export async function openTestCore(dataDir: string): Promise<TestCore> {
  const logger = memoryLogger();
  const clock = fixedClock(TEST_NOW);
  const core = await openNodeCore(dataDir, { logger, clock, ids: sequentialIds(`u${connections}`) });
  const events: { name: string; payload: unknown }[] = [];
  const connection = (): TestConnection => {
    connections++;
    const ctx: CallContext = {
      deps: core.deps,
      sessionId: null,
      connectionId: `test:${connections}`,
      emit: (name, payload) => events.push({ name, payload }),
    };
    const call = async <K extends ProcedureName>(name: K, input: unknown): Promise<ProcedureOutput<K>> => {
      const envelope = await dispatch(name, input, ctx);
      if (!envelope.ok) {
        throw new Error(`${name} failed: ${JSON.stringify(envelope.error)}`);
      }
      return envelope.value as ProcedureOutput<K>;
    };
    return {
      ctx,
      invoke: (name, input) => dispatch(name, input, ctx),
      call,
      async signIn(login, password) {
        const result = await call('auth.login', { login, password });
        ctx.sessionId = result.sessionId;
        return result;
      },
    };
  };
  return {
    core,
    clock,
    logger,
    events,
    connection,
    async setUp() {
      const window = connection();
      await window.call('setup.complete', sampleSetup);
      await window.signIn(sampleSetup.director.login, sampleSetup.director.password);
      return window;
    },
    async addUser(director, login, role) {
      const temporary = 'Vaxtlı-parol-2026';
      await director.call('users.create', { login, fullName: `User ${login}`, role, password: temporary });
      const window = connection();
      await window.signIn(login, temporary);
      await window.call('account.changePassword', { currentPassword: temporary, newPassword: USER_PASSWORD });
      return window;
    },
    close: () => core.close(),
  };
}
