import type { ProcedureName } from '../contract/procedures';
import { attachmentsHandlers } from './attachments/handlers';
import { auditHandlers } from './audit/handlers';
import { authHandlers } from './auth/handlers';
import { caseFileHandlers } from './case-file/handlers';
import { contactsHandlers } from './contacts/handlers';
import type { Handler, HandlerMap } from './context';
import { familyHandlers } from './family/handlers';
import { institutionHandlers } from './institution/handlers';
import { notesHandlers } from './notes/handlers';
import { referenceHandlers } from './reference/handlers';
import { residentsHandlers } from './residents/handlers';
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
  residentsHandlers,
  caseFileHandlers,
  familyHandlers,
  contactsHandlers,
  notesHandlers,
  attachmentsHandlers,
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
  ...residentsHandlers,
  ...caseFileHandlers,
  ...familyHandlers,
  ...contactsHandlers,
  ...notesHandlers,
  ...attachmentsHandlers,
};

/** The handler of one procedure. */
export function handlerOf<K extends ProcedureName>(name: K): Handler<K> {
  return handlers[name];
}
