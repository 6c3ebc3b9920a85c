import type { HandlerMap } from '../context';
import { seesSecrets } from '../residents/handlers';
import { createRequest, decideRequest, getRequest, listRequests, summary, updateRequest } from './gatekeeping-service';

/** The gatekeeping register: every request to admit a child and what was decided. */
export const gatekeepingHandlers: HandlerMap<
  'gatekeeping.list' | 'gatekeeping.get' | 'gatekeeping.create' | 'gatekeeping.update' | 'gatekeeping.decide' | 'gatekeeping.summary'
> = {
  'gatekeeping.list': (input, { deps, caller }) => listRequests(deps.db, input, seesSecrets(caller)),
  'gatekeeping.get': (input, { deps, caller }) => getRequest(deps.db, input.id, seesSecrets(caller)),
  'gatekeeping.create': (input, { deps, actor }) => createRequest(deps, actor, input.request),
  'gatekeeping.update': (input, { deps, actor }) => updateRequest(deps, actor, input.id, input.request),
  'gatekeeping.decide': (input, { deps, actor }) => {
    const { id, ...decision } = input;
    return decideRequest(deps, actor, id, decision);
  },
  'gatekeeping.summary': (input, { deps }) => summary(deps.db, input.fromMonth, input.toMonth),
};
