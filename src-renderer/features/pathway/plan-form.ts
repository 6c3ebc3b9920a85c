import { isAllowed } from '@contract/access';
import type { Role } from '@contract/common';
import type { CarePlan } from '@contract/plans';
import { createPlanInputSchema, reviewInputSchema } from '@contract/plans';
import type { ProcedureName } from '@contract/procedures';

export type PlanGoal = CarePlan['goals'][number];
export type PlanAction = PlanGoal['actions'][number];
export type PlanReview = CarePlan['reviews'][number];
export type GoalStatus = PlanGoal['status'];

/** What starting a plan or recording a review makes stale: the plan, the timeline, the reminders, the trail. */
export const PLAN_CHANGE_REFRESH = ['plans.get', 'residents.timeline', 'dashboard.get', 'audit.list'] as const satisfies readonly ProcedureName[];

/** What a goal or an action changes: the plan and the trail (neither is on the timeline or the reminders). */
export const PLAN_PART_CHANGE_REFRESH = ['plans.get', 'audit.list'] as const satisfies readonly ProcedureName[];

/** Badge colours of the goal statuses. */
export const GOAL_STATUS_COLORS: Readonly<Record<GoalStatus, string>> = {
  planned: 'blue',
  in_progress: 'yellow',
  achieved: 'teal',
  dropped: 'gray',
};

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: unknown): value is string => typeof value === 'string' && CALENDAR_DATE.test(value);

/**
 * The form field a problem reported at `<prefix><field>` belongs to (e.g. `goal.text` → `text`), or
 * null when no input of the form shows it (it is then said above the buttons).
 */
export function fieldsUnder(prefix: string, fields: readonly string[]): (path: string) => string | null {
  const known = new Set(fields);
  return (path) => {
    const field = path.startsWith(prefix) ? path.slice(prefix.length) : null;
    return field !== null && known.has(field) ? field : null;
  };
}

export type GoalValues = { domainCode: string | null; text: string; targetDate: string; status: GoalStatus };
export const GOAL_FIELDS = ['domainCode', 'text', 'targetDate', 'status'] as const;

/** The goal inputs: empty for a new goal (planned), or filled from the goal being changed. */
export function goalValuesOf(goal: PlanGoal | null): GoalValues {
  return goal === null
    ? { domainCode: null, text: '', targetDate: '', status: 'planned' }
    : { domainCode: goal.domainCode, text: goal.text, targetDate: goal.targetDate ?? '', status: goal.status };
}

export type ActionValues = { text: string; ownerName: string; dueDate: string; done: boolean };
export const ACTION_FIELDS = ['text', 'ownerName', 'dueDate', 'done'] as const;

/** The action inputs: empty for a new action, or filled from the action being changed. */
export function actionValuesOf(action: PlanAction | null): ActionValues {
  return action === null
    ? { text: '', ownerName: '', dueDate: '', done: false }
    : { text: action.text, ownerName: action.ownerName ?? '', dueDate: action.dueDate ?? '', done: action.doneAt !== null };
}

/** The same action, done: what "Mark done" sends (the core dates it today). */
export function doneActionInput(action: PlanAction) {
  return { actionId: action.id, action: { text: action.text, ownerName: action.ownerName, dueDate: action.dueDate, done: true } };
}

/** The core's rule for a new plan, shown before sending: the first review is not before `today`. */
export function createPlanFormSchema(today: string) {
  return createPlanInputSchema.superRefine(
    (input, ctx) => {
      const { firstReviewDate } = input as { firstReviewDate: unknown };
      if (isDay(firstReviewDate) && firstReviewDate < today) {
        ctx.addIssue({ code: 'custom', path: ['firstReviewDate'], message: 'validation.dateInPast' });
      }
    },
    { when: () => true },
  );
}

export type ReviewValues = { date: string; participants: string; decisions: string; nextReviewDate: string };
export const REVIEW_FIELDS = ['date', 'participants', 'decisions', 'nextReviewDate'] as const;

/**
 * The contract's review with the core's date rules, so they show before sending: the meeting is not
 * after `today`, and the next one comes after it. They run even when other fields failed.
 */
export function reviewFormSchema(today: string) {
  return reviewInputSchema.superRefine(
    (review, ctx) => {
      const { date, nextReviewDate } = review as { date: unknown; nextReviewDate: unknown };
      if (isDay(date) && date > today) {
        ctx.addIssue({ code: 'custom', path: ['date'], message: 'validation.dateInFuture' });
      }
      if (isDay(date) && isDay(nextReviewDate) && nextReviewDate <= date) {
        ctx.addIssue({ code: 'custom', path: ['nextReviewDate'], message: 'validation.nextReviewAfter' });
      }
    },
    { when: () => true },
  );
}

/** What a role may do to a plan (the core checks the same table on every call). */
export type PlanPermissions = {
  create: boolean;
  addGoal: boolean;
  updateGoal: boolean;
  addAction: boolean;
  updateAction: boolean;
  addReview: boolean;
};

/** The plan's buttons a role sees, from the contract's permission table. */
export function planPermissions(role: Role, closed = false): PlanPermissions {
  if (closed) {
    // The stay has ended: its plan is a record now, changed by no one.
    return { create: false, addGoal: false, updateGoal: false, addAction: false, updateAction: false, addReview: false };
  }
  return {
    create: isAllowed('plans.create', role),
    addGoal: isAllowed('plans.addGoal', role),
    updateGoal: isAllowed('plans.updateGoal', role),
    addAction: isAllowed('plans.addAction', role),
    updateAction: isAllowed('plans.updateAction', role),
    addReview: isAllowed('plans.addReview', role),
  };
}
