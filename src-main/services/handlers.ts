import type { ProcedureName } from '../contract/procedures';
import { auditHandlers } from './audit/handlers';
import { authHandlers } from './auth/handlers';
import type { Handler, HandlerMap } from './context';
import { institutionHandlers } from './institution/handlers';
import { referenceHandlers } from './reference/handlers';
import { settingsHandlers } from './settings/handlers';
import { setupHandlers } from './setup/handlers';
import { usersHandlers } from './users/handlers';

/** Each feature's handler map; a test checks that no procedure is implemented twice. */
export const featureHandlers: readonly object[] = [
  setupHandlers,
  authHandlers,
  institutionHandlers,
  referenceHandlers,
  settingsHandlers,
  usersHandlers,
  auditHandlers,
];

/** Every procedure's implementation; the type demands one for each procedure of the contract. */
export const handlers: HandlerMap<ProcedureName> = {
  ...setupHandlers,
  ...authHandlers,
  ...institutionHandlers,
  ...referenceHandlers,
  ...settingsHandlers,
  ...usersHandlers,
  ...auditHandlers,
};

/** The handler of one procedure. */
export function handlerOf<K extends ProcedureName>(name: K): Handler<K> {
  return handlers[name];
}
