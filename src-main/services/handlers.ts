import type { ProcedureName } from '../contract/procedures';
import { assessmentsHandlers } from './assessments/handlers';
import { attachmentsHandlers } from './attachments/handlers';
import { auditHandlers } from './audit/handlers';
import { authHandlers } from './auth/handlers';
import { backupHandlers } from './backup/handlers';
import { bundlesHandlers } from './bundles/handlers';
import { caseFileHandlers } from './case-file/handlers';
import { contactsHandlers } from './contacts/handlers';
import type { Handler, HandlerMap } from './context';
import { familyHandlers } from './family/handlers';
import { gatekeepingHandlers } from './gatekeeping/handlers';
import { indicatorsHandlers } from './indicators/handlers';
import { institutionHandlers } from './institution/handlers';
import { ministryHandlers } from './ministry/handlers';
import { notesHandlers } from './notes/handlers';
import { placementsHandlers } from './placements/handlers';
import { plansHandlers } from './plans/handlers';
import { referenceHandlers } from './reference/handlers';
import { referralsHandlers, servicesHandlers } from './referrals/handlers';
import { residentsHandlers } from './residents/handlers';
import { settingsHandlers } from './settings/handlers';
import { setupHandlers } from './setup/handlers';
import { timelineHandlers } from './timeline/handlers';
import { transformationHandlers } from './transformation/handlers';
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
  assessmentsHandlers,
  plansHandlers,
  timelineHandlers,
  gatekeepingHandlers,
  servicesHandlers,
  referralsHandlers,
  placementsHandlers,
  transformationHandlers,
  indicatorsHandlers,
  bundlesHandlers,
  ministryHandlers,
  backupHandlers,
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
  ...assessmentsHandlers,
  ...plansHandlers,
  ...timelineHandlers,
  ...gatekeepingHandlers,
  ...servicesHandlers,
  ...referralsHandlers,
  ...placementsHandlers,
  ...transformationHandlers,
  ...indicatorsHandlers,
  ...bundlesHandlers,
  ...ministryHandlers,
  ...backupHandlers,
};

/** The handler of one procedure. */
export function handlerOf<K extends ProcedureName>(name: K): Handler<K> {
  return handlers[name];
}
