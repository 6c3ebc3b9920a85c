import type { HandlerMap } from '../context';
import { seesSecrets } from '../residents/handlers';
import { createReferral, listReferrals, setReferralStatus } from './referrals-service';
import { listServices, saveService, unreferredDisabled } from './services-service';

/** The register of services children can be referred to, with capacity and load. */
export const servicesHandlers: HandlerMap<'services.list' | 'services.save' | 'services.unreferredDisabled'> = {
  'services.list': (input, { deps }) => listServices(deps.db, input.includeInactive === true),
  'services.save': (input, { deps, actor }) => saveService(deps, actor, input.id, input.service),
  'services.unreferredDisabled': (_input, { deps, caller }) => unreferredDisabled(deps, seesSecrets(caller)),
};

/** Children's referrals to services, from request to the end. */
export const referralsHandlers: HandlerMap<'referrals.list' | 'referrals.create' | 'referrals.setStatus'> = {
  'referrals.list': (input, { deps, caller }) => listReferrals(deps, input, seesSecrets(caller)),
  'referrals.create': (input, { deps, actor, caller }) => createReferral(deps, actor, input, seesSecrets(caller)),
  'referrals.setStatus': (input, { deps, actor, caller }) => setReferralStatus(deps, actor, input, seesSecrets(caller)),
};
