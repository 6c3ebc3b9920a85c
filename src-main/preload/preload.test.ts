import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { KorpuBridge } from '../contract/bridge';
import type { ProcedureName } from '../contract/procedures';

const fake = vi.hoisted(() => {
  type Listener = (event: unknown, ...args: unknown[]) => void;
  const listeners = new Map<string, Set<Listener>>();
  return {
    // Plain records, not vi.fn(): the preload runs once at import, before any test's mock bookkeeping.
    exposed: [] as [string, unknown][],
    invoke: vi.fn((_channel: string, _input: unknown): Promise<unknown> => Promise.resolve({ ok: true, value: 'from main' })),
    listeners,
    on: vi.fn((channel: string, listener: Listener) => {
      const set = listeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(channel, set);
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
    }),
    /** What main's `webContents.send(channel, ...args)` does to the renderer. */
    send(channel: string, ...args: unknown[]) {
      const ipcEvent = { sender: 'the ipcRenderer, which must not leak', ports: [] };
      for (const listener of listeners.get(channel) ?? []) {
        listener(ipcEvent, ...args);
      }
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => {
      fake.exposed.push([key, api]);
    },
  },
  ipcRenderer: { invoke: fake.invoke, on: fake.on, removeListener: fake.removeListener },
}));

await import('./index');

const bridge = fake.exposed[0]?.[1] as KorpuBridge;
const session = {
  user: { id: 'u1', login: 'aynur', fullName: 'Aynur Məmmədova', role: 'director' as const, language: 'az' as const },
  locked: false,
  mustChangePassword: false,
  idleLockMinutes: 10,
};

describe('preload bridge', () => {
  beforeEach(() => {
    fake.invoke.mockClear();
  });

  it('exposes exactly one object, window.korpu, with exactly invoke and on', () => {
    expect(fake.exposed.map(([key]) => key)).toEqual(['korpu']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    expect(typeof bridge.invoke).toBe('function');
    expect(typeof bridge.on).toBe('function');
  });

  it('refuses a name outside the contract without touching IPC', async () => {
    for (const name of ['evil.channel', 'event', '__proto__', 'toString']) {
      const reply = await bridge.invoke(name as ProcedureName, {}, null);
      expect(reply).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
    }
    expect(fake.invoke).not.toHaveBeenCalled();
  });

  it('sends a contract procedure to main on korpu:<name> with the session id and returns main’s envelope', async () => {
    const input = {};
    await expect(bridge.invoke('app.info', input, 'opaque-session-id')).resolves.toEqual({ ok: true, value: 'from main' });
    expect(fake.invoke).toHaveBeenCalledWith('korpu:app.info', { input, sessionId: 'opaque-session-id' });
    await bridge.invoke('app.info', input, null);
    expect(fake.invoke).toHaveBeenLastCalledWith('korpu:app.info', { input, sessionId: null });
  });

  it('turns a broken IPC channel into an envelope, never an exception', async () => {
    fake.invoke.mockRejectedValueOnce(new Error("No handler registered for 'korpu:app.info'"));
    await expect(bridge.invoke('app.info', {}, null)).resolves.toMatchObject({ ok: false, error: { code: 'TRANSPORT_FAILED' } });
  });

  it('forwards only the payload of its own event, and stops after unsubscribing', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.on('session.changed', listener);
    fake.send('korpu:event', 'something.else', { secret: true });
    expect(listener).not.toHaveBeenCalled();
    fake.send('korpu:event', 'session.changed', session);
    expect(listener).toHaveBeenCalledTimes(1);
    // The payload alone: never the IPC event (its `sender` would open every channel to the page).
    expect(listener.mock.calls[0]).toEqual([session]);
    unsubscribe();
    expect(fake.removeListener).toHaveBeenCalledWith('korpu:event', expect.any(Function));
    fake.send('korpu:event', 'session.changed', null);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('listens only on the event channel', () => {
    const listener = vi.fn();
    bridge.on('session.changed', listener);
    fake.send('korpu:app.info', 'session.changed', session);
    expect(listener).not.toHaveBeenCalled();
    expect(fake.on.mock.calls.every(([channel]) => channel === 'korpu:event')).toBe(true);
  });

  it('refuses to subscribe to a name that is not a contract event', () => {
    expect(() => bridge.on('korpu:app.info' as 'session.changed', vi.fn())).toThrow(/No such event/);
  });
});
