import { eq } from 'drizzle-orm';

import type { FieldChange } from '../../contract/audit';
import { calendarDate } from '../../contract/dates';
import { AppError, validationError } from '../../contract/errors';
import type { FieldIssue } from '../../contract/errors';
import type { TransformationPlan } from '../../contract/transformation-views';
import type { Db } from '../../db/client';
import { transformationPlans } from '../../db/schema';
import type { CoreDeps } from '../context';
import type { PlanRow } from './plan-data';
import { planRow, planView } from './plan-data';

/** Today in the institution's calendar. */
export function todayOf(deps: CoreDeps): string {
  return calendarDate(deps.clock.now());
}

/** Throws one validation error naming every problem found, if any. */
export function fail(issues: readonly (FieldIssue | null)[]): void {
  const found = issues.filter((issue): issue is FieldIssue => issue !== null);
  if (found.length > 0) {
    throw validationError(found);
  }
}

/** A date that must not be after today (something that happened), or null. */
export function futureIssue(date: string | null, today: string, path: string): FieldIssue | null {
  return date !== null && date > today ? { path, message: 'validation.dateInFuture' } : null;
}

/** Every field's value before and after, for an entry that records a removal in full. */
export function removalChanges(fields: Record<string, unknown>): Record<string, FieldChange> {
  return {
    removed: { before: false, after: true },
    ...Object.fromEntries(Object.entries(fields).map(([field, value]) => [field, { before: value, after: null }])),
  };
}

/** The plan about to change, refused (VALIDATION_FAILED at `path`) once it is completed. */
function changeablePlan(db: Db, planId: string, path: string): PlanRow {
  const plan = planRow(db, planId);
  if (plan.status === 'completed') {
    throw validationError([{ path, message: 'validation.planCompleted' }]);
  }
  return plan;
}

/**
 * A change of the plan's content or status, in one transaction: refused when the plan is completed
 * or was changed since `version` was read (CONFLICT). `change` writes and audits, and answers whether
 * anything changed; if so the plan's version rises. Returns the plan as it is then.
 */
export function changePlan(
  deps: CoreDeps,
  planId: string,
  version: number,
  path: string,
  change: (tx: Db, plan: PlanRow, now: Date) => boolean,
): TransformationPlan {
  changeablePlan(deps.db, planId, path);
  deps.db.transaction((tx) => {
    const plan = changeablePlan(tx, planId, path);
    if (plan.version !== version) {
      throw new AppError('CONFLICT', 'The plan was changed meanwhile', { currentVersion: plan.version });
    }
    const now = deps.clock.now();
    if (change(tx, plan, now)) {
      tx.update(transformationPlans)
        .set({ version: plan.version + 1, updatedAt: now.toISOString() })
        .where(eq(transformationPlans.id, planId))
        .run();
    }
  });
  return planView(deps.db, planId, todayOf(deps));
}

/**
 * Execution tracking of a plan (progress, evidence, a service opened), in one transaction: refused
 * once the plan is completed; the plan's version is neither checked nor raised, so recording how an
 * action goes never makes the director's open copy of the plan outdated. Returns the plan.
 */
export function trackPlan(deps: CoreDeps, planId: string, path: string, track: (tx: Db, plan: PlanRow, now: Date) => void): TransformationPlan {
  changeablePlan(deps.db, planId, path);
  deps.db.transaction((tx) => {
    track(tx, changeablePlan(tx, planId, path), deps.clock.now());
  });
  return planView(deps.db, planId, todayOf(deps));
}
