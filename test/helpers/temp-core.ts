import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Envelope } from '../../src-main/contract/errors';
import type { ProcedureName, ProcedureOutput } from '../../src-main/contract/procedures';
import { dispatch } from '../../src-main/ipc/dispatch';
import { fixedClock } from '../../src-main/platform/clock';
import { sequentialIds } from '../../src-main/platform/ids';
import { memoryLogger } from '../../src-main/platform/logger';
import type { CallContext, Session } from '../../src-main/services/context';
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

export type TestCore = {
  core: Core;
  logger: ReturnType<typeof memoryLogger>;
  events: { name: string; payload: unknown }[];
  /** A connection (window) with its own session. */
  connection(): TestConnection;
  close(): void;
};

export type TestConnection = {
  ctx: CallContext;
  invoke(name: string, input: unknown): Promise<Envelope<unknown>>;
  call<K extends ProcedureName>(name: K, input: unknown): Promise<ProcedureOutput<K>>;
  signInAs(session: Session): void;
};

/** Opens a real encrypted core on `dataDir` with a pinned clock and ids and an in-memory log. */
export async function openTestCore(dataDir: string): Promise<TestCore> {
  const logger = memoryLogger();
  const core = await openNodeCore(dataDir, { logger, clock: fixedClock(TEST_NOW), ids: sequentialIds('u') });
  const events: { name: string; payload: unknown }[] = [];
  return {
    core,
    logger,
    events,
    connection() {
      const ctx: CallContext = {
        deps: core.deps,
        session: { current: null },
        emit: (name, payload) => events.push({ name, payload }),
      };
      return {
        ctx,
        invoke: (name, input) => dispatch(name, input, ctx),
        async call<K extends ProcedureName>(name: K, input: unknown): Promise<ProcedureOutput<K>> {
          const envelope = await dispatch(name, input, ctx);
          if (!envelope.ok) {
            throw new Error(`${name} failed: ${JSON.stringify(envelope.error)}`);
          }
          return envelope.value as ProcedureOutput<K>;
        },
        signInAs(session) {
          ctx.session.current = session;
        },
      };
    },
    close: () => core.close(),
  };
}
