import { asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';

import type { FieldChange } from '../../contract/audit';
import type { ResidentAlert } from '../../contract/dashboard';
import { addDays, calendarDate } from '../../contract/dates';
import { AppError, validationError } from '../../contract/errors';
import type { FieldIssue } from '../../contract/errors';
import type { CarePlan } from '../../contract/plans';
import type { ParsedInput } from '../../contract/procedures';
import { fullNameOf } from '../../contract/residents';
import type { Db } from '../../db/client';
import { carePlans, planActions, planGoals, planReviews, stays } from '../../db/schema';
import { appendAudit, changesBetween } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import { referenceCodeIssue } from '../reference/reference-service';
import type { IndexEntry } from '../residents/resident-index';
import { residentRow, staysOf } from '../residents/resident-record';

/** A goal, an action and a review as the forms send them (after parsing). */
export type GoalFields = ParsedInput<'plans.addGoal'>['goal'];
export type ActionFields = ParsedInput<'plans.addAction'>['action'];
export type ReviewFields = ParsedInput<'plans.addReview'>['review'];

type PlanRow = typeof carePlans.$inferSelect;
type GoalRow = typeof planGoals.$inferSelect;
type ActionRow = typeof planActions.$inferSelect;

// rowid breaks ties of the same instant in insertion order.
const inserted = (table: typeof planGoals | typeof planActions | typeof planReviews) => sql`${table}.rowid`;

function today(deps: CoreDeps): string {
  return calendarDate(deps.clock.now());
}

function fail(issues: readonly FieldIssue[]): void {
  if (issues.length > 0) {
    throw validationError([...issues]);
  }
}

/** `changes` with every field named `<prefix>.<field>`, so one plan entry can tell its goals apart. */
function prefixed(prefix: string, changes: Record<string, FieldChange>): Record<string, FieldChange> {
  return Object.fromEntries(Object.entries(changes).map(([field, change]) => [`${prefix}.${field}`, change]));
}

function planRow(db: Db, id: string): PlanRow {
  const row = db.select().from(carePlans).where(eq(carePlans.id, id)).get();
  if (row === undefined) {
    throw new AppError('NOT_FOUND', 'No such care plan');
  }
  return row;
}

/** True when the plan's stay has ended: the plan is then a record of that stay, no longer changed. */
function isClosed(db: Db, plan: PlanRow): boolean {
  const stay = db.select({ exitDate: stays.exitDate }).from(stays).where(eq(stays.id, plan.stayId)).get();
  return stay !== undefined && stay.exitDate !== null;
}

/** The plan about to change, refused (VALIDATION_FAILED) once its stay has ended. */
function openPlanRow(db: Db, id: string): PlanRow {
  const row = planRow(db, id);
  if (isClosed(db, row)) {
    throw validationError([{ path: 'planId', message: 'validation.planClosed' }]);
  }
  return row;
}

function goalRow(db: Db, id: string): GoalRow {
  const row = db.select().from(planGoals).where(eq(planGoals.id, id)).get();
  if (row === undefined) {
    throw new AppError('NOT_FOUND', 'No such goal');
  }
  return row;
}

function actionRow(db: Db, id: string): ActionRow {
  const row = db.select().from(planActions).where(eq(planActions.id, id)).get();
  if (row === undefined) {
    throw new AppError('NOT_FOUND', 'No such action');
  }
  return row;
}

/**
 * The whole plan: goals and their actions in the order they were added, reviews newest first.
 */
function planView(db: Db, plan: PlanRow): CarePlan {
  const goals = db.select().from(planGoals).where(eq(planGoals.planId, plan.id)).orderBy(asc(planGoals.createdAt), asc(inserted(planGoals))).all();
  const actions =
    goals.length === 0
      ? []
      : db
          .select()
          .from(planActions)
          .where(inArray(planActions.goalId, goals.map((goal) => goal.id)))
          .orderBy(asc(planActions.createdAt), asc(inserted(planActions)))
          .all();
  const reviews = db
    .select()
    .from(planReviews)
    .where(eq(planReviews.planId, plan.id))
    .orderBy(desc(planReviews.date), desc(planReviews.createdAt), desc(inserted(planReviews)))
    .all();
  return {
    id: plan.id,
    residentId: plan.residentId,
    stayId: plan.stayId,
    closed: isClosed(db, plan),
    createdAt: plan.createdAt,
    nextReviewDate: plan.nextReviewDate,
    goals: goals.map((goal) => ({
      id: goal.id,
      domainCode: goal.domainCode,
      text: goal.text,
      targetDate: goal.targetDate,
      status: goal.status,
      actions: actions
        .filter((action) => action.goalId === goal.id)
        .map((action) => ({ id: action.id, text: action.text, ownerName: action.ownerName, dueDate: action.dueDate, doneAt: action.doneAt })),
    })),
    reviews: reviews.map((review) => ({
      id: review.id,
      date: review.date,
      participants: review.participants,
      decisions: review.decisions,
      nextReviewDate: review.nextReviewDate,
    })),
  };
}

/** The id of the child's current (not ended) stay, or null when the child has left. NOT_FOUND for no child. */
function currentStayId(db: Db, residentId: string): string | null {
  residentRow(db, residentId);
  const current = staysOf(db, residentId).at(-1);
  return current === undefined || current.exitDate !== null ? null : current.id;
}

/**
 * The plan of the child's latest stay, or null when it has none: while the child is here, the plan
 * being worked on; after the child left, the plan of that stay as it ended (closed, read-only).
 */
export function getPlan(db: Db, residentId: string): CarePlan | null {
  residentRow(db, residentId);
  const latest = staysOf(db, residentId).at(-1);
  const plan = latest === undefined ? undefined : db.select().from(carePlans).where(eq(carePlans.stayId, latest.id)).get();
  return plan === undefined ? null : planView(db, plan);
}

/** Starts the individual care plan of the child's current stay, first review on `firstReviewDate`; audited. */
export function createPlan(deps: CoreDeps, actor: Actor, residentId: string, firstReviewDate: string): CarePlan {
  const stayId = currentStayId(deps.db, residentId);
  const inPast = firstReviewDate < today(deps);
  if (stayId === null || inPast) {
    throw validationError([
      ...(stayId === null ? [{ path: 'residentId', message: 'validation.noCurrentStay' }] : []),
      ...(inPast ? [{ path: 'firstReviewDate', message: 'validation.dateInPast' }] : []),
    ]);
  }
  const now = deps.clock.now();
  const row: PlanRow = { id: deps.ids.newId(), residentId, stayId, nextReviewDate: firstReviewDate, createdBy: actor.userId, createdAt: now.toISOString() };
  deps.db.transaction((tx) => {
    if (tx.select({ id: carePlans.id }).from(carePlans).where(eq(carePlans.stayId, stayId)).get() !== undefined) {
      throw validationError([{ path: 'residentId', message: 'validation.planExists' }]);
    }
    tx.insert(carePlans).values(row).run();
    appendAudit(tx, actor, now, {
      action: 'create',
      entityType: 'plan',
      entityId: row.id,
      changes: changesBetween(null, { residentId, stayId, nextReviewDate: firstReviewDate }),
    });
  });
  return planView(deps.db, row);
}

/** What is wrong with a goal; `keptDomain` is a since-retired domain the goal already has. */
function goalIssues(db: Db, goal: GoalFields, keptDomain: string | null): FieldIssue[] {
  const domain = referenceCodeIssue(db, 'assessment_domain', goal.domainCode, 'goal.domainCode', keptDomain);
  return domain === null ? [] : [domain];
}

/** Adds a goal in one of the assessment domains; audited as a change of the plan. */
export function addGoal(deps: CoreDeps, actor: Actor, planId: string, goal: GoalFields): CarePlan {
  openPlanRow(deps.db, planId);
  fail(goalIssues(deps.db, goal, null));
  const now = deps.clock.now();
  const row: GoalRow = { id: deps.ids.newId(), planId, ...goal, createdAt: now.toISOString() };
  deps.db.transaction((tx) => {
    tx.insert(planGoals).values(row).run();
    appendAudit(tx, actor, now, { action: 'update', entityType: 'plan', entityId: planId, changes: prefixed(`goals.${row.id}`, changesBetween(null, goal)) });
  });
  return planView(deps.db, planRow(deps.db, planId));
}

/** Changes a goal's domain, text, target date or status; audited with what changed. */
export function updateGoal(deps: CoreDeps, actor: Actor, goalId: string, goal: GoalFields): CarePlan {
  const current = goalRow(deps.db, goalId);
  openPlanRow(deps.db, current.planId);
  fail(goalIssues(deps.db, goal, current.domainCode));
  deps.db.transaction((tx) => {
    const before = goalRow(tx, goalId);
    const changes = changesBetween({ domainCode: before.domainCode, text: before.text, targetDate: before.targetDate, status: before.status }, goal);
    if (Object.keys(changes).length === 0) {
      return;
    }
    tx.update(planGoals).set(goal).where(eq(planGoals.id, goalId)).run();
    appendAudit(tx, actor, deps.clock.now(), { action: 'update', entityType: 'plan', entityId: before.planId, changes: prefixed(`goals.${goalId}`, changes) });
  });
  return planView(deps.db, planRow(deps.db, current.planId));
}

/** An action's stored fields: done becomes the day it was first marked done (kept while it stays done). */
function actionFields(action: ActionFields, doneAt: string | null, day: string) {
  return { text: action.text, ownerName: action.ownerName, dueDate: action.dueDate, doneAt: action.done ? (doneAt ?? day) : null };
}

/** Adds an action towards a goal; audited as a change of the plan. */
export function addAction(deps: CoreDeps, actor: Actor, goalId: string, action: ActionFields): CarePlan {
  const goal = goalRow(deps.db, goalId);
  openPlanRow(deps.db, goal.planId);
  const now = deps.clock.now();
  const fields = actionFields(action, null, today(deps));
  const row: ActionRow = { id: deps.ids.newId(), goalId, ...fields, createdAt: now.toISOString() };
  deps.db.transaction((tx) => {
    tx.insert(planActions).values(row).run();
    appendAudit(tx, actor, now, {
      action: 'update',
      entityType: 'plan',
      entityId: goal.planId,
      changes: prefixed(`actions.${row.id}`, changesBetween(null, { goalId, ...fields })),
    });
  });
  return planView(deps.db, planRow(deps.db, goal.planId));
}

/** Changes an action or marks it done (today) or not done; audited with what changed. */
export function updateAction(deps: CoreDeps, actor: Actor, actionId: string, action: ActionFields): CarePlan {
  const goal = goalRow(deps.db, actionRow(deps.db, actionId).goalId);
  openPlanRow(deps.db, goal.planId);
  deps.db.transaction((tx) => {
    const before = actionRow(tx, actionId);
    const fields = actionFields(action, before.doneAt, today(deps));
    const changes = changesBetween({ text: before.text, ownerName: before.ownerName, dueDate: before.dueDate, doneAt: before.doneAt }, fields);
    if (Object.keys(changes).length === 0) {
      return;
    }
    tx.update(planActions).set(fields).where(eq(planActions.id, actionId)).run();
    appendAudit(tx, actor, deps.clock.now(), { action: 'update', entityType: 'plan', entityId: goal.planId, changes: prefixed(`actions.${actionId}`, changes) });
  });
  return planView(deps.db, planRow(deps.db, goal.planId));
}

/**
 * Records a review meeting. The plan's next review becomes the one the latest review (by date) set,
 * so entering an older meeting afterwards does not move it back. Audited.
 */
export function addReview(deps: CoreDeps, actor: Actor, planId: string, review: ReviewFields): CarePlan {
  openPlanRow(deps.db, planId);
  const issues: FieldIssue[] = [];
  if (review.date > today(deps)) {
    issues.push({ path: 'review.date', message: 'validation.dateInFuture' });
  }
  if (review.nextReviewDate <= review.date) {
    issues.push({ path: 'review.nextReviewDate', message: 'validation.nextReviewAfter' });
  }
  fail(issues);
  const now = deps.clock.now();
  const id = deps.ids.newId();
  deps.db.transaction((tx) => {
    const before = planRow(tx, planId);
    tx.insert(planReviews)
      .values({ id, planId, ...review, createdAt: now.toISOString() })
      .run();
    const latest = tx
      .select({ nextReviewDate: planReviews.nextReviewDate })
      .from(planReviews)
      .where(eq(planReviews.planId, planId))
      .orderBy(desc(planReviews.date), desc(planReviews.createdAt), desc(inserted(planReviews)))
      .limit(1)
      .get();
    const nextReviewDate = latest?.nextReviewDate ?? before.nextReviewDate;
    tx.update(carePlans).set({ nextReviewDate }).where(eq(carePlans.id, planId)).run();
    appendAudit(tx, actor, now, {
      action: 'update',
      entityType: 'plan',
      entityId: planId,
      changes: {
        ...prefixed(`reviews.${id}`, changesBetween(null, review)),
        ...changesBetween({ nextReviewDate: before.nextReviewDate }, { nextReviewDate }),
      },
    });
  });
  return planView(deps.db, planRow(deps.db, planId));
}

/**
 * 'noPlan' for children in residence admitted more than `planDueDays` ago whose current stay has no
 * plan (due `planDueDays` after admission), and 'reviewOverdue' for plans whose next review is
 * before `today`. One query for the whole institution, not one per child.
 */
export function planAlerts(db: Db, entries: readonly IndexEntry[], today: string, planDueDays: number): ResidentAlert[] {
  // A stay without an exit date is the child's current one: the plans of children still here.
  const current = new Map(
    db
      .select({ residentId: carePlans.residentId, nextReviewDate: carePlans.nextReviewDate })
      .from(carePlans)
      .innerJoin(stays, eq(stays.id, carePlans.stayId))
      .where(isNull(stays.exitDate))
      .all()
      .map((row) => [row.residentId, row.nextReviewDate]),
  );
  const alerts: ResidentAlert[] = [];
  for (const entry of entries) {
    if (entry.status === 'exited') {
      continue;
    }
    const alert = (kind: ResidentAlert['kind'], dueDate: string): ResidentAlert => ({
      kind,
      residentId: entry.id,
      fullName: fullNameOf(entry),
      birthDate: entry.birthDate,
      dueDate,
      missing: [],
    });
    if (!current.has(entry.id)) {
      const due = addDays(entry.admissionDate, planDueDays);
      if (due < today) {
        alerts.push(alert('noPlan', due));
      }
      continue;
    }
    const nextReview = current.get(entry.id) ?? null;
    if (nextReview !== null && nextReview < today) {
      alerts.push(alert('reviewOverdue', nextReview));
    }
  }
  return alerts.sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.fullName.localeCompare(b.fullName));
}
