import type { IpcMainInvokeEvent } from 'electron';
import type { Mock } from 'vitest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { TestCore } from '../../test/helpers/temp-core';
import { sampleSetup, tempDir } from '../../test/helpers/temp-core';
import { openTestCore } from '../../test/helpers/temp-core';
import { IPC_EVENT_CHANNEL } from '../contract/bridge';
import type { Envelope } from '../contract/errors';
import { procedureNames } from '../contract/procedures';
import type { Emit } from '../services/context';
import { registerIpc, windowConnectionId } from './ipc-main';
import { APP_ORIGIN } from './trusted-sender';

type Handler = (event: IpcMainInvokeEvent, input: unknown) => Promise<Envelope<unknown>>;
type Frame = { url: string; parent: unknown } | null;

/** An ipcMain that keeps the handlers, so a test can call them as Electron would. */
function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle: vi.fn((channel: string, handler: Handler) => {
      if (handlers.has(channel)) {
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      }
      handlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => {
      handlers.delete(channel);
    }),
  };
}

const OWN_PAGE: Frame = { url: 'app://korpu/index.html', parent: null };

describe('IPC binding', () => {
  let dir: ReturnType<typeof tempDir>;
  let test: TestCore;
  let ipc: ReturnType<typeof fakeIpcMain>;
  let onEvent: Mock<Emit>;
  let unregister: () => void;

  /** Calls a procedure as the window `senderId` whose frame is `frame`, with the window's session id. */
  const call = (name: string, input: unknown, options: { frame?: Frame; senderId?: number; sessionId?: string | null } = {}) => {
    const sender = { id: options.senderId ?? 1, send: vi.fn<(channel: string, ...args: unknown[]) => void>() };
    const event = { senderFrame: options.frame === undefined ? OWN_PAGE : options.frame, sender } as unknown as IpcMainInvokeEvent;
    const handler = ipc.handlers.get(`korpu:${name}`);
    if (handler === undefined) {
      throw new Error(`no handler for ${name}`);
    }
    return { reply: handler(event, { input, sessionId: options.sessionId ?? null }), sender };
  };

  beforeEach(async () => {
    dir = tempDir('korpu-ipc-');
    test = await openTestCore(dir.path);
    ipc = fakeIpcMain();
    onEvent = vi.fn<Emit>();
    unregister = registerIpc(ipc, { deps: test.core.deps, trustedOrigins: [APP_ORIGIN], onEvent });
  });

  afterEach(() => {
    test.close();
    dir.cleanup();
  });

  it('registers one korpu:<name> handler per contract procedure, and removes them all', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual(procedureNames.map((name) => `korpu:${name}`).sort());
    unregister();
    expect(ipc.handlers.size).toBe(0);
  });

  it.each<[string, Frame]>([
    ['a foreign page', { url: 'https://evil.example/', parent: null }],
    ['an iframe inside our page', { url: 'app://korpu/index.html', parent: { url: 'app://korpu/index.html' } }],
    ['a look-alike host', { url: 'app://korpu.evil.example/index.html', parent: null }],
    ['a file: page', { url: 'file:///home/user/index.html', parent: null }],
    ['a frame that is gone', null],
  ])('refuses a call from %s with FORBIDDEN', async (_what, frame) => {
    const { reply } = call('app.info', {}, { frame });
    await expect(reply).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(test.logger.entries).toContainEqual({ level: 'warn', event: 'ipc.sender-refused', fields: { procedure: 'app.info' } });
  });

  it('answers our own page', async () => {
    const { reply } = call('app.info', {});
    await expect(reply).resolves.toMatchObject({ ok: true, value: { setupComplete: false, defaultLanguage: 'az' } });
  });

  it('refuses a request that is not shaped like a Körpü call', async () => {
    const handler = ipc.handlers.get('korpu:app.info')!;
    const event = { senderFrame: OWN_PAGE, sender: { id: 1, send: vi.fn() } } as unknown as IpcMainInvokeEvent;
    await expect(handler(event, { input: {}, sessionId: 42 })).resolves.toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    await expect(handler(event, 'app.info')).resolves.toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });

  it('refuses invalid input from our own page with VALIDATION_FAILED', async () => {
    await expect(call('app.info', { extra: 1 }).reply).resolves.toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const reply = await call('setup.complete', { institution: {} }).reply;
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    // Field-level issues reach the page, so a form can mark the field.
    expect(reply.ok ? [] : (reply.error.details?.issues ?? []).map((issue) => issue.path)).toContain('director');
  });

  it('gives the window an opaque session id, valid only from that window, and sends it its events', async () => {
    await expect(call('setup.complete', sampleSetup).reply).resolves.toMatchObject({ ok: true });
    const login = call('auth.login', { login: 'aynur', password: sampleSetup.director.password }, { senderId: 1 });
    const reply = await login.reply;
    expect(reply).toMatchObject({ ok: true, value: { session: { user: { login: 'aynur' } } } });
    const sessionId = reply.ok ? (reply.value as { sessionId: string }).sessionId : '';
    expect(sessionId).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const [channel, eventName, payload] = login.sender.send.mock.calls[0] ?? [];
    expect([channel, eventName]).toEqual([IPC_EVENT_CHANNEL, 'session.changed']);
    expect(payload).toMatchObject({ user: { login: 'aynur' } });
    expect(onEvent.mock.calls[0]).toMatchObject(['session.changed', { user: { login: 'aynur', language: 'az' } }]);

    await expect(call('auth.session', {}, { senderId: 1, sessionId }).reply).resolves.toMatchObject({
      ok: true,
      value: { user: { login: 'aynur' } },
    });
    // Without the id, or with it from another window, nobody is signed in.
    await expect(call('auth.session', {}, { senderId: 1 }).reply).resolves.toEqual({ ok: true, value: null });
    await expect(call('institution.get', {}, { senderId: 2, sessionId }).reply).resolves.toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });

    test.core.deps.sessions.dropConnection(windowConnectionId(1));
    await expect(call('auth.session', {}, { senderId: 1, sessionId }).reply).resolves.toEqual({ ok: true, value: null });
  });
});
