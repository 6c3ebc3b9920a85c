import { z } from 'zod';

import { codeListSchema, codeSchema, countSchema, dateSchema, dateTimeSchema, monthSchema, recordIdSchema, textSchema } from './bundle-payload-fields';
import { indicatorCodeSchema } from './indicators';
import { buildingItemStatusSchema, planActionStatusSchema, planComponentSchema, transformationStatusSchema } from './transformation';
import { planBaselineSchema, planFactsViewSchema } from './transformation-views';

/*
 * The transformation plan and its monitoring, in the *plan* profile (alone) and the *named* one.
 * Plan content and execution as the plan page shows them, without people: no staff member's name
 * in trainings, no approver's or author's name, no evidence notes or files (their text may be about
 * a child). Indicator values are computed from the records on the export day, as the dashboard
 * computes them: counts only, never a child-level row.
 */

const optionalText = textSchema.nullable();

/**
 * A transformation plan: title, period, status, target models, the baseline counted when it was
 * made, the director's facts, and its approval state (`revision`: the working revision's number;
 * `approvedRevision`: the latest approved one, null before the first approval).
 */
export const planRowSchema = z.strictObject({
  id: recordIdSchema,
  title: textSchema,
  status: transformationStatusSchema,
  periodStart: dateSchema,
  periodEnd: dateSchema,
  targetModelCodes: codeListSchema,
  baseline: planBaselineSchema,
  facts: planFactsViewSchema,
  revision: z.number().int().positive(),
  unapprovedChanges: z.boolean(),
  approvedRevision: z.number().int().positive().nullable(),
  approvedAt: dateTimeSchema.nullable(),
  createdAt: dateTimeSchema,
  startedAt: dateTimeSchema.nullable(),
  completedAt: dateTimeSchema.nullable(),
});

/** An approval of a plan: which revision, when (the frozen content stays at the institution). */
export const planRevisionRowSchema = z.strictObject({
  planId: recordIdSchema,
  number: z.number().int().positive(),
  approvedAt: dateTimeSchema,
});

/** A phase: a template component (`customTitle` null: its standard name) or one the director added. */
export const planPhaseRowSchema = z.strictObject({
  id: recordIdSchema,
  planId: recordIdSchema,
  componentCode: planComponentSchema.nullable(),
  customTitle: optionalText,
  position: z.number().int(),
});

/** An action of a phase: planned fields and execution; `overdue` on the export day. */
export const planPhaseActionRowSchema = z.strictObject({
  id: recordIdSchema,
  planId: recordIdSchema,
  phaseId: recordIdSchema,
  title: textSchema,
  owner: optionalText,
  startDate: dateSchema.nullable(),
  dueDate: dateSchema.nullable(),
  milestone: z.boolean(),
  dependsOn: z.array(recordIdSchema),
  status: planActionStatusSchema,
  progress: z.number().int().min(0).max(100),
  doneDate: dateSchema.nullable(),
  overdue: z.boolean(),
});

/** A new service the plan opens; once opened, its places and its entry in the services register. */
export const planNewServiceRowSchema = z.strictObject({
  id: recordIdSchema,
  planId: recordIdSchema,
  name: textSchema,
  serviceTypeCode: codeSchema,
  capacity: countSchema,
  plannedOpeningDate: dateSchema.nullable(),
  openedDate: dateSchema.nullable(),
  openedCapacity: countSchema.nullable(),
  serviceId: recordIdSchema.nullable(),
});

/** A staff retraining, without the person: training, new role, when completed, hours. */
export const planTrainingRowSchema = z.strictObject({
  id: recordIdSchema,
  planId: recordIdSchema,
  training: textSchema,
  newRole: optionalText,
  completedDate: dateSchema.nullable(),
  hours: countSchema.nullable(),
});

/** A budget line in qəpik: planned, moved to new services, when. */
export const planBudgetLineRowSchema = z.strictObject({
  id: recordIdSchema,
  planId: recordIdSchema,
  title: textSchema,
  plannedQepik: countSchema,
  movedQepik: countSchema,
  movedDate: dateSchema.nullable(),
});

/** Repurposing a part of the building. */
export const planBuildingItemRowSchema = z.strictObject({
  id: recordIdSchema,
  planId: recordIdSchema,
  space: textSchema,
  currentUse: optionalText,
  newUse: textSchema,
  status: buildingItemStatusSchema,
  dueDate: dateSchema.nullable(),
});

/**
 * A computed indicator of a plan (catalogue code): its value in the baseline month and in the export
 * month (so far), and the director's target.
 */
export const planIndicatorRowSchema = z.strictObject({
  planId: recordIdSchema,
  code: indicatorCodeSchema,
  baselineMonth: monthSchema,
  baseline: z.number().nullable(),
  currentMonth: monthSchema,
  current: z.number().nullable(),
  targetValue: z.number().nullable(),
  targetDate: dateSchema.nullable(),
});

/** A computed indicator's value in one month (null: undefined that month, e.g. a median of nobody). */
export const planIndicatorValueRowSchema = z.strictObject({
  planId: recordIdSchema,
  code: indicatorCodeSchema,
  month: monthSchema,
  value: z.number().nullable(),
});

/** Exits in a month by exit type, with the type's placement kind (transfers apart from family placements). */
export const planIndicatorExitRowSchema = z.strictObject({
  planId: recordIdSchema,
  month: monthSchema,
  exitTypeCode: codeSchema,
  placement: z.enum(['family', 'transfer', 'none']),
  count: countSchema,
});

/** An indicator the director keeps by hand. */
export const planManualIndicatorRowSchema = z.strictObject({
  id: recordIdSchema,
  planId: recordIdSchema,
  name: textSchema,
  unit: optionalText,
  higherIsBetter: z.boolean().nullable(),
  baseline: z.number().nullable(),
  targetValue: z.number().nullable(),
  targetDate: dateSchema.nullable(),
});

/** A manual indicator's value for a month. */
export const planManualIndicatorValueRowSchema = z.strictObject({
  indicatorId: recordIdSchema,
  month: monthSchema,
  value: z.number(),
});

/** The plan's tables, parents first. */
export const planTables = {
  transformation_plans: planRowSchema,
  plan_revisions: planRevisionRowSchema,
  plan_phases: planPhaseRowSchema,
  plan_phase_actions: planPhaseActionRowSchema,
  plan_new_services: planNewServiceRowSchema,
  plan_trainings: planTrainingRowSchema,
  plan_budget_lines: planBudgetLineRowSchema,
  plan_building_items: planBuildingItemRowSchema,
  plan_indicators: planIndicatorRowSchema,
  plan_indicator_values: planIndicatorValueRowSchema,
  plan_indicator_exits: planIndicatorExitRowSchema,
  plan_manual_indicators: planManualIndicatorRowSchema,
  plan_manual_indicator_values: planManualIndicatorValueRowSchema,
} as const;
