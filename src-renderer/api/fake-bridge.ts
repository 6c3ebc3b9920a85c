import type { KorpuBridge } from '@contract/bridge';
import type { Envelope } from '@contract/errors';
import type { EventName } from '@contract/events';

type FakeHandler = (input: unknown) => unknown;

/** Thrown by a fake handler to answer with an error envelope. */
export class FakeFailure extends Error {
  constructor(readonly error: { code: string; message: string; details?: unknown }) {
    super(error.message);
  }
}

/** The error envelope for a FakeFailure; anything else is a bug in the test and fails the call. */
function failureEnvelope(error: unknown): Promise<never> {
  if (error instanceof FakeFailure) {
    return Promise.resolve({ ok: false, error: error.error } as never);
  }
  return Promise.reject(error instanceof Error ? error : new Error(String(error)));
}

/**
 * A bridge for component tests: each procedure answers from a plain function (or a promise of its
 * answer); calls are recorded; `emit` pushes an event as the core would.
 * Unknown procedures answer UNKNOWN_PROCEDURE, like the real core.
 */
export function fakeBridge(handlers: Record<string, FakeHandler>) {
  const calls: { name: string; input: unknown; sessionId: string | null }[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const bridge: KorpuBridge = {
    invoke(name, input, sessionId) {
      calls.push({ name, input, sessionId });
      const handler = handlers[name];
      if (handler === undefined) {
        return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_PROCEDURE', message: name } } as never);
      }
      try {
        const value = handler(input);
        // A handler may answer later (a long job a test finishes or fails when it chooses).
        if (value instanceof Promise) {
          return value.then((settled: unknown) => ({ ok: true, value: settled }) as Envelope<never>, failureEnvelope);
        }
        return Promise.resolve({ ok: true, value } as Envelope<never>);
      } catch (error) {
        return failureEnvelope(error);
      }
    },
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(name, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
  return {
    bridge,
    calls,
    emit(name: EventName, payload: unknown) {
      listeners.get(name)?.forEach((listener) => listener(payload));
    },
  };
}
