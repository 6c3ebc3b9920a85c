import { z } from 'zod';

import { optionalText, requiredText } from './common';
import { optionalDateSchema } from './dates';
import { indicatorCatalogue, planIndicatorCodes, recordIndicatorCodes } from './indicator-catalogue';

/**
 * The transformation plan's indicators as the screens show them: each computed one with its
 * baseline (the plan's baseline month), the director's target and target date, the value now,
 * and a monthly series computed from the records' history; manual ones (typed in, marked as such).
 */

const indicatorCodes = [...recordIndicatorCodes, ...planIndicatorCodes] as const;
export const indicatorCodeSchema = z.enum(indicatorCodes, { error: 'validation.notAllowed' });

/** A month `YYYY-MM`. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.month');

export const monthValueSchema = z.strictObject({ month: z.string(), value: z.number().nullable() });

/** A number the director aims for, by a date; null while none is set. */
export const indicatorTargetSchema = z.strictObject({ value: z.number(), date: z.string().nullable() }).nullable();

/** One computed indicator of the plan. */
export const computedIndicatorSchema = z.strictObject({
  code: indicatorCodeSchema,
  kind: z.enum(['records', 'plan']),
  unit: z.enum(['children', 'requests', 'placements', 'percent', 'days', 'staff', 'places']),
  period: z.enum(['month_end', 'during_month', 'to_date']),
  higherIsBetter: z.boolean().nullable(),
  /** The value in the month the plan's baseline was counted. */
  baseline: z.number().nullable(),
  target: indicatorTargetSchema,
  /** The value in the current month (so far). */
  current: z.number().nullable(),
  series: z.array(monthValueSchema),
});
export type ComputedIndicator = z.infer<typeof computedIndicatorSchema>;

/** An indicator the director keeps by hand (what the records cannot show); always marked manual. */
export const manualIndicatorSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  higherIsBetter: z.boolean().nullable(),
  baseline: z.number().nullable(),
  target: indicatorTargetSchema,
  /** The value of the latest month that has one (null while none), and that month. */
  current: z.number().nullable(),
  currentMonth: z.string().nullable(),
  series: z.array(monthValueSchema),
});
export type ManualIndicator = z.infer<typeof manualIndicatorSchema>;

/** Exits per month by exit type, with the type's placement kind (transfers apart from family placements). */
export const exitsByTypeSchema = z.array(
  z.strictObject({
    month: z.string(),
    types: z.array(z.strictObject({ code: z.string(), placement: z.enum(['family', 'transfer', 'none']), count: z.number().int() })),
  }),
);

/** The indicator dashboard of a plan, from `fromMonth` to `toMonth`. */
export const indicatorDashboardSchema = z.strictObject({
  planId: z.string(),
  fromMonth: z.string(),
  toMonth: z.string(),
  baselineMonth: z.string(),
  computed: z.array(computedIndicatorSchema),
  manual: z.array(manualIndicatorSchema),
  exitsByType: exitsByTypeSchema,
});
export type IndicatorDashboard = z.infer<typeof indicatorDashboardSchema>;

/** Which plan, and optionally which months (default: from the plan's start, or its baseline, to this month). */
export const indicatorDashboardInputSchema = z.strictObject({
  planId: z.string().min(1),
  fromMonth: monthSchema.optional(),
  toMonth: monthSchema.optional(),
});

const targetValueSchema = z.number({ error: 'validation.number' }).min(0, 'validation.tooSmall').max(1_000_000, 'validation.tooBig');

/** Sets (or, with `target: null`, clears) a computed indicator's target and target date. */
export const setIndicatorTargetInputSchema = z.strictObject({
  planId: z.string().min(1),
  code: indicatorCodeSchema,
  target: z.strictObject({ value: targetValueSchema, date: optionalDateSchema }).nullable(),
});

/** Adds or changes a manual indicator (`id: null` adds). */
export const saveManualIndicatorInputSchema = z.strictObject({
  planId: z.string().min(1),
  id: z.string().min(1).nullable(),
  name: requiredText(200),
  unit: optionalText(40),
  higherIsBetter: z.boolean().nullable(),
  baseline: targetValueSchema.nullable(),
  target: z.strictObject({ value: targetValueSchema, date: optionalDateSchema }).nullable(),
});

/** Records (or, with `value: null`, removes) a manual indicator's value for a month. */
export const recordManualValueInputSchema = z.strictObject({
  id: z.string().min(1),
  month: monthSchema,
  value: z.number({ error: 'validation.number' }).min(-1_000_000, 'validation.tooSmall').max(1_000_000, 'validation.tooBig').nullable(),
});

/** The catalogue, for a screen that lists indicators before any value is computed. */
export const indicatorDefinitions = indicatorCatalogue;
