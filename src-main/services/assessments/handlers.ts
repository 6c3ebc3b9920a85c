import type { HandlerMap } from '../context';
import { addAssessment, listAssessments } from './assessments-service';

/** Periodic assessments of each child, scored by domain. */
export const assessmentsHandlers: HandlerMap<'assessments.list' | 'assessments.add'> = {
  'assessments.list': (input, { deps }) => listAssessments(deps.db, input.residentId),
  'assessments.add': (input, { deps, actor }) => {
    const { residentId, ...fields } = input;
    return addAssessment(deps, actor, residentId, fields);
  },
};
