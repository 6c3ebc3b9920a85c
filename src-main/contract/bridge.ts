import { z } from 'zod';

import type { Envelope } from './errors';
import type { EventName, EventPayload } from './events';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from './procedures';

/**
 * The one object a window sees (`window.korpu`), provided by the Electron preload or the preview
 * bridge script. `sessionId` is the opaque id from `auth.login` (null before sign-in). Both speak
 * envelopes and never throw for a failed call.
 */
export type KorpuBridge = {
  invoke<K extends ProcedureName>(
    name: K,
    input: ProcedureInput<K>,
    sessionId: string | null,
  ): Promise<Envelope<ProcedureOutput<K>>>;
  on<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): () => void;
};

/** IPC channel prefix for procedures and the single channel for events. */
export const IPC_PREFIX = 'korpu:';
export const IPC_EVENT_CHANNEL = 'korpu:event';

/** What travels over IPC for one call: the input (validated later by the procedure) and the session id. */
export const ipcRequestSchema = z.strictObject({
  input: z.unknown(),
  sessionId: z.string().min(1).max(200).nullable(),
});

/** The HTTP header carrying the session id over the preview bridge. */
export const SESSION_HEADER = 'x-korpu-session';
