import type { IpcRendererEvent } from 'electron';
import { contextBridge, ipcRenderer } from 'electron';

import type { KorpuBridge } from '../contract/bridge';
import { IPC_EVENT_CHANNEL, IPC_PREFIX } from '../contract/bridge';
import type { Envelope } from '../contract/errors';
import { AppError, failed } from '../contract/errors';
import type { EventName, EventPayload } from '../contract/events';
import { isEventName } from '../contract/events';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../contract/procedures';
import { isProcedureName } from '../contract/procedures';

/** Calls one procedure; a name outside the contract is refused here, without reaching main. */
function invoke<K extends ProcedureName>(
  name: K,
  input: ProcedureInput<K>,
  sessionId: string | null,
): Promise<Envelope<ProcedureOutput<K>>> {
  if (!isProcedureName(name)) {
    return Promise.resolve(failed(new AppError('UNKNOWN_PROCEDURE', `No such procedure: ${String(name).slice(0, 100)}`)));
  }
  // Main validates the output against the contract before answering.
  const request = { input, sessionId: typeof sessionId === 'string' ? sessionId : null };
  const reply = ipcRenderer.invoke(`${IPC_PREFIX}${name}`, request) as Promise<Envelope<ProcedureOutput<K>>>;
  // Main answers every call with an envelope; a rejection means IPC itself broke, and the bridge
  // promises envelopes, never exceptions.
  return reply.catch(() => failed(new AppError('TRANSPORT_FAILED', 'The Körpü core cannot be reached')));
}

/** Subscribes to one contract event; the listener gets the payload only, never the IPC event. */
function on<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): () => void {
  if (!isEventName(name)) {
    throw new TypeError(`No such event: ${String(name).slice(0, 100)}`);
  }
  const forward = (_event: IpcRendererEvent, eventName: unknown, payload: unknown): void => {
    if (eventName === name) {
      // Main parsed the payload with this event's contract schema before sending it.
      listener(payload as EventPayload<K>);
    }
  };
  ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
  return () => {
    ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
  };
}

/**
 * `window.korpu`: the page's only way to the core, exactly `invoke` and `on`. The page never sees
 * ipcRenderer or an IPC event object (whose `sender` would let it send on any channel).
 */
const bridge: KorpuBridge = { invoke, on };

contextBridge.exposeInMainWorld('korpu', bridge);
