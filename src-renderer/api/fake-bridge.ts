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

/**
 * A bridge for component tests: each procedure answers from a plain function; calls are recorded.
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
        return Promise.resolve({ ok: true, value: handler(input) } as Envelope<never>);
      } catch (error) {
        if (error instanceof FakeFailure) {
          return Promise.resolve({ ok: false, error: error.error } as never);
        }
        throw error;
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
