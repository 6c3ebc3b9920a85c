import type { KorpuBridge } from '@contract/bridge';
import type { AppErrorShape, ErrorCode, FieldIssue } from '@contract/errors';
import { envelopeSchema } from '@contract/errors';
import type { EventName, EventPayload } from '@contract/events';
import { events } from '@contract/events';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '@contract/procedures';
import { procedures } from '@contract/procedures';
import { parseWithKeys } from '@contract/zod-issues';

/** A failed call as the UI sees it: a stable code to translate, and the fields at fault if any. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  readonly details: AppErrorShape['details'];

  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.issues = shape.details?.issues ?? [];
    this.details = shape.details;
  }
}

/** Answers that mean the session itself changed (ended, locked, must change password). */
const SESSION_PROBLEMS: ReadonlySet<ErrorCode> = new Set(['UNAUTHENTICATED', 'SESSION_LOCKED', 'PASSWORD_CHANGE_REQUIRED']);

/** The renderer's only way to the core: typed calls and events, validated against the contract. */
export type Api = {
  call<K extends ProcedureName>(name: K, input: ProcedureInput<K>): Promise<ProcedureOutput<K>>;
  on<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): () => void;
  /** Called when a call reveals that the session ended, locked or needs a new password. */
  onSessionProblem(listener: (code: ErrorCode) => void): () => void;
};

/**
 * Wraps the bridge (Electron preload or preview script). Input is checked before it leaves, so a
 * form error never needs a round trip; the reply is checked against the contract on arrival.
 * The session id from sign-in is kept here, in memory only, and sent with every call: the page
 * holds nothing else about who is signed in.
 */
export function createApi(bridge: KorpuBridge): Api {
  let sessionId: string | null = null;
  const problemListeners = new Set<(code: ErrorCode) => void>();
  return {
    async call(name, input) {
      const definition = procedures[name];
      const checked = parseWithKeys(definition.input, input);
      if (!checked.success) {
        throw new ApiError({ code: 'VALIDATION_FAILED', message: 'Invalid input', details: { issues: checked.issues } });
      }
      const reply = envelopeSchema(definition.output).safeParse(await bridge.invoke(name, input, sessionId));
      if (!reply.success) {
        throw new ApiError({ code: 'INTERNAL', message: `The reply to ${name} does not match the contract` });
      }
      if (!reply.data.ok) {
        const error = new ApiError(reply.data.error);
        if (error.code === 'UNAUTHENTICATED') {
          sessionId = null;
        }
        if (SESSION_PROBLEMS.has(error.code) && name !== 'auth.login') {
          problemListeners.forEach((listener) => listener(error.code));
        }
        throw error;
      }
      if (name === 'auth.login') {
        sessionId = (reply.data.value as ProcedureOutput<'auth.login'>).sessionId;
      } else if (name === 'auth.logout') {
        sessionId = null;
      }
      return reply.data.value as ProcedureOutput<typeof name>;
    },
    on(name, listener) {
      return bridge.on(name, (payload) => {
        const parsed = events[name].safeParse(payload);
        if (parsed.success) {
          // Each event's schema parses to its payload; TypeScript cannot narrow the union by `name`.
          listener(parsed.data as EventPayload<typeof name>);
        }
      });
    },
    onSessionProblem(listener) {
      problemListeners.add(listener);
      return () => problemListeners.delete(listener);
    },
  };
}

/** The bridge the host put on the window, or null when the page runs outside Körpü. */
export function windowBridge(): KorpuBridge | null {
  const candidate = (window as { korpu?: KorpuBridge }).korpu;
  return candidate ?? null;
}
