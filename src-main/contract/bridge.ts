import type { Envelope } from './errors';
import type { EventName, EventPayload } from './events';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from './procedures';

/**
 * The one object a window sees (`window.korpu`), provided by the Electron preload or the preview
 * bridge script. Both speak envelopes, never throw for a failed call.
 */
export type KorpuBridge = {
  invoke<K extends ProcedureName>(name: K, input: ProcedureInput<K>): Promise<Envelope<ProcedureOutput<K>>>;
  on<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): () => void;
};

/** IPC channel prefix for procedures and the single channel for events. */
export const IPC_PREFIX = 'korpu:';
export const IPC_EVENT_CHANNEL = 'korpu:event';
