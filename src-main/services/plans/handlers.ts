import type { HandlerMap } from '../context';
import { addAction, addGoal, addReview, createPlan, getPlan, updateAction, updateGoal } from './plans-service';

/** The individual care plan of a child's current stay: goals, actions, review meetings. */
export const plansHandlers: HandlerMap<
  'plans.get' | 'plans.create' | 'plans.addGoal' | 'plans.updateGoal' | 'plans.addAction' | 'plans.updateAction' | 'plans.addReview'
> = {
  'plans.get': (input, { deps }) => getPlan(deps.db, input.residentId),
  'plans.create': (input, { deps, actor }) => createPlan(deps, actor, input.residentId, input.firstReviewDate),
  'plans.addGoal': (input, { deps, actor }) => addGoal(deps, actor, input.planId, input.goal),
  'plans.updateGoal': (input, { deps, actor }) => updateGoal(deps, actor, input.goalId, input.goal),
  'plans.addAction': (input, { deps, actor }) => addAction(deps, actor, input.goalId, input.action),
  'plans.updateAction': (input, { deps, actor }) => updateAction(deps, actor, input.actionId, input.action),
  'plans.addReview': (input, { deps, actor }) => addReview(deps, actor, input.planId, input.review),
};
