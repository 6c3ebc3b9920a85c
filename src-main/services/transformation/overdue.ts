import { and, asc, eq, isNotNull, lt, ne, sql } from 'drizzle-orm';

import type { OverduePlanAction } from '../../contract/transformation-views';
import type { Db } from '../../db/client';
import { planPhaseActions, planPhases, transformationPlans } from '../../db/schema';
import { componentOf } from './plan-data';

/**
 * The actions of the plan not yet completed that are overdue on `today` — due before it and not
 * done — earliest due first, for the dashboard. Empty when there is no such plan.
 */
export function overduePlanActions(db: Db, today: string): OverduePlanAction[] {
  return db
    .select({ action: planPhaseActions, phase: planPhases })
    .from(planPhaseActions)
    .innerJoin(transformationPlans, eq(transformationPlans.id, planPhaseActions.planId))
    .innerJoin(planPhases, eq(planPhases.id, planPhaseActions.phaseId))
    .where(
      and(
        ne(transformationPlans.status, 'completed'),
        isNotNull(planPhaseActions.dueDate),
        lt(planPhaseActions.dueDate, today),
        ne(planPhaseActions.status, 'done'),
      ),
    )
    .orderBy(asc(planPhaseActions.dueDate), asc(planPhases.sortOrder), asc(planPhaseActions.sortOrder), asc(sql`${planPhaseActions}.rowid`))
    .all()
    .map(({ action, phase }) => ({
      planId: action.planId,
      actionId: action.id,
      phaseId: phase.id,
      phaseComponentCode: componentOf(phase),
      phaseTitle: phase.customTitle,
      title: action.title,
      owner: action.owner,
      dueDate: action.dueDate!,
      status: action.status,
      milestone: action.milestone,
    }));
}
