import type { HandlerMap } from '../context';
import { seesSecrets } from '../residents/handlers';
import { recordFollowUp } from './follow-ups-service';
import { changePlacement, exitResident, listPlacements, readmitResident } from './placements-service';

/** Leaving care: exits, placements and their follow-up visits, re-admission. */
export const placementsHandlers: HandlerMap<
  'placements.exit' | 'placements.list' | 'placements.change' | 'placements.readmit' | 'followUps.record'
> = {
  'placements.exit': (input, { deps, actor, caller }) => exitResident(deps, actor, input, seesSecrets(caller)),
  'placements.list': (input, { deps, caller }) => listPlacements(deps.db, input.residentId, seesSecrets(caller)),
  'placements.change': (input, { deps, actor, caller }) => changePlacement(deps, actor, input, seesSecrets(caller)),
  'placements.readmit': (input, { deps, actor, caller }) => readmitResident(deps, actor, input, seesSecrets(caller)),
  'followUps.record': (input, { deps, actor, caller }) => recordFollowUp(deps, actor, input, seesSecrets(caller)),
};
