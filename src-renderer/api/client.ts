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

  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.issues = shape.details?.issues ?? [];
  }
}

/** The renderer's only way to the core: typed calls and events, validated against the contract. */
export type Api = {
  call<K extends ProcedureName>(name: K, input: ProcedureInput<K>): Promise<ProcedureOutput<K>>;
  on<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): () => void;
};

/**
 * Wraps the bridge (Electron preload or preview script). Input is checked before it leaves, so a
 * form error never needs a round trip; the reply is checked against the contract on arrival.
 */
export function createApi(bridge: KorpuBridge): Api {
  return {
    async call(name, input) {
      const definition = procedures[name];
      const checked = parseWithKeys(definition.input, input);
      if (!checked.success) {
        throw new ApiError({ code: 'VALIDATION_FAILED', message: 'Invalid input', details: { issues: checked.issues } });
      }
      const reply = envelopeSchema(definition.output).safeParse(await bridge.invoke(name, input));
      if (!reply.success) {
        throw new ApiError({ code: 'INTERNAL', message: `The reply to ${name} does not match the contract` });
      }
      if (!reply.data.ok) {
        throw new ApiError(reply.data.error);
      }
      return reply.data.value as ProcedureOutput<typeof name>;
    },
    on(name, listener) {
      return bridge.on(name, (payload) => {
        const parsed = events[name].safeParse(payload);
        if (parsed.success) {
          listener(parsed.data);
        }
      });
    },
  };
}

/** The bridge the host put on the window, or null when the page runs outside Körpü. */
export function windowBridge(): KorpuBridge | null {
  const candidate = (window as { korpu?: KorpuBridge }).korpu;
  return candidate ?? null;
}
