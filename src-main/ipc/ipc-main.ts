import type { IpcMain, IpcMainInvokeEvent } from 'electron';

import { IPC_EVENT_CHANNEL, IPC_PREFIX, ipcRequestSchema } from '../contract/bridge';
import type { Envelope } from '../contract/errors';
import { AppError, failed } from '../contract/errors';
import { events } from '../contract/events';
import { procedureNames } from '../contract/procedures';
import type { CoreDeps, Emit } from '../services/context';
import { dispatch } from './dispatch';
import type { TrustedOrigin } from './trusted-sender';
import { isTrustedFrame } from './trusted-sender';

export type IpcBindingOptions = {
  deps: CoreDeps;
  trustedOrigins: readonly TrustedOrigin[];
  /** Called after an event was sent to a window (main uses it to follow the UI language). */
  onEvent?: Emit;
};

/** The connection id of a window: its sessions are valid only for calls from that window. */
export function windowConnectionId(webContentsId: number): string {
  return `window:${webContentsId}`;
}

/**
 * Registers one `ipcMain.handle` per contract procedure (`korpu:<name>`). Each call's sender frame
 * must be the top frame of our own page; the request is `{ input, sessionId }` (the opaque id the
 * window got at sign-in); then the call goes through the shared dispatch.
 * Returns a function that removes every handler.
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, options: IpcBindingOptions): () => void {
  for (const name of procedureNames) {
    ipcMain.handle(`${IPC_PREFIX}${name}`, (event: IpcMainInvokeEvent, request: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedFrame(event.senderFrame, options.trustedOrigins)) {
        options.deps.logger.log('warn', 'ipc.sender-refused', { procedure: name });
        return Promise.resolve(failed(new AppError('FORBIDDEN', 'The caller is not a Körpü window')));
      }
      const parsed = ipcRequestSchema.safeParse(request);
      if (!parsed.success) {
        return Promise.resolve(failed(new AppError('VALIDATION_FAILED', 'The request is not a Körpü call')));
      }
      const emit: Emit = (eventName, payload) => {
        event.sender.send(IPC_EVENT_CHANNEL, eventName, events[eventName].parse(payload));
        options.onEvent?.(eventName, payload);
      };
      return dispatch(name, parsed.data.input, {
        deps: options.deps,
        sessionId: parsed.data.sessionId,
        connectionId: windowConnectionId(event.sender.id),
        emit,
      });
    });
  }
  return () => {
    for (const name of procedureNames) {
      ipcMain.removeHandler(`${IPC_PREFIX}${name}`);
    }
  };
}
