import { z } from 'zod';

import { exportProfileSchema } from './bundle-payload';
import { codeSchema, countSchema, dateSchema, dateTimeSchema, monthSchema } from './bundle-payload-fields';
import { referenceMetaSchema } from './reference';
import { transformationStatusSchema } from './transformation';

/*
 * The ministry's national overview (issue 8, item 5), computed in the core from the imported
 * bundles. Aggregates only: counts by institution, region and nation, never a child-level row, a
 * name or an id of a child. Definitions (services/ministry/overview/national-overview.ts):
 * - an institution's *snapshot* is its newest bundle with child data (named or statistical), its
 *   *plan* figures those of its newest bundle with the plan tables (named or plan);
 * - events (admissions, diversions, exits) count in the calendar months `fromMonth`–`toMonth`: the
 *   month of `today` and the eleven before it (a statistical bundle knows only months);
 * - exits are classed by their exit type's placement kind in the institution's own reference data:
 *   family, transfer to another institution (never a family exit), or neither (`other`).
 */

/** The longest trend asked for at once: twenty years of months, as the institution's indicators. */
export const NATIONAL_OVERVIEW_MAX_MONTHS = 240;

/** What the overview is asked for: the day it is computed on and how many months of trend. */
export const nationalOverviewInputSchema = z.strictObject({
  today: dateSchema,
  months: z.number().int().min(1).max(NATIONAL_OVERVIEW_MAX_MONTHS),
});
export type NationalOverviewInput = z.infer<typeof nationalOverviewInputSchema>;

/** Where an exit type sends a child: a family, another institution (transfer), or neither. */
export const exitPlacementSchema = referenceMetaSchema.shape.placement.unwrap();

/** A reference item's labels as the institution's bundle carried them (codes it made itself too). */
export const overviewLabelsSchema = z.strictObject({ az: z.string(), ru: z.string(), en: z.string() });

/** Exits of one exit type (`code` null: an exit recorded without a type, counted as `other`). */
export const exitTypeCountSchema = z.strictObject({
  code: codeSchema.nullable(),
  placement: exitPlacementSchema,
  labels: overviewLabelsSchema.nullable(),
  count: countSchema,
});

/** Exits in the period: family placements, transfers (apart, never progress), the rest, and by type. */
export const overviewExitsSchema = z.strictObject({
  family: countSchema,
  transfer: countSchema,
  other: countSchema,
  byType: z.array(exitTypeCountSchema),
});

/** The figures of one snapshot, or their sum over institutions. */
export const overviewFiguresSchema = z.strictObject({
  /** Children with a stay not exited (temporarily absent ones included), each once. */
  childrenInResidence: countSchema,
  /** Of those, children whose disability status is `disability` (not those still being assessed). */
  childrenWithDisability: countSchema,
  /** Of those, children whose education type is flagged inclusive in the institution's reference data. */
  childrenInInclusiveEducation: countSchema,
  /** Stays admitted in the period (a re-admission is an admission). */
  admissions: countSchema,
  /** Admission requests decided as a diversion in the period, by month of the decision. */
  diversions: countSchema,
  exits: overviewExitsSchema,
});
export type OverviewFigures = z.infer<typeof overviewFiguresSchema>;

/** Which imported bundle a figure comes from. */
export const overviewBundleSchema = z.strictObject({
  sequence: z.number().int().positive(),
  profile: exportProfileSchema,
  createdAt: dateTimeSchema,
});
export type OverviewBundle = z.infer<typeof overviewBundleSchema>;

/** Where an institution's transformation plan stands, as its newest plan-carrying bundle says. */
export const planProgressSchema = z.strictObject({
  bundle: overviewBundleSchema,
  status: transformationStatusSchema,
  periodStart: dateSchema,
  periodEnd: dateSchema,
  actionsDone: countSchema,
  actionsTotal: countSchema,
  /** Actions overdue on the day the bundle was made. */
  actionsOverdue: countSchema,
  /** Average progress of the actions (0–100, rounded), as the institution's plan report shows it; null without actions. */
  progressPercent: z.number().int().min(0).max(100).nullable(),
});
export type PlanProgress = z.infer<typeof planProgressSchema>;

/** One enrolled institution: registry entry, bundles, snapshot figures and plan progress. */
export const institutionOverviewSchema = z.strictObject({
  code: z.string().min(1),
  name: z.string(),
  regionCode: z.string().nullable(),
  typeCode: z.string().nullable(),
  /** The newest bundle imported, of any profile, and when it was imported; null before the first. */
  lastBundle: overviewBundleSchema.extend({ importedAt: dateTimeSchema }).nullable(),
  /** The snapshot the figures come from; null (and `figures` null) without a bundle with child data. */
  snapshot: overviewBundleSchema.nullable(),
  figures: overviewFiguresSchema.nullable(),
  /** Null without a plan-carrying bundle, or when that bundle holds no plan. */
  plan: planProgressSchema.nullable(),
});
export type InstitutionOverview = z.infer<typeof institutionOverviewSchema>;

/** A sum over institutions: how many there are, how many have a snapshot, and their figures summed. */
export const overviewSumSchema = z.strictObject({
  institutions: countSchema,
  reporting: countSchema,
  figures: overviewFiguresSchema,
});
export type OverviewSum = z.infer<typeof overviewSumSchema>;

/** The sum over the institutions of one region of the registry (null: region not recorded). */
export const regionOverviewSchema = overviewSumSchema.extend({ regionCode: z.string().nullable() });
export type RegionOverview = z.infer<typeof regionOverviewSchema>;

/** One month of the national trend. */
export const trendPointSchema = z.strictObject({
  month: monthSchema,
  /** Institutions with a snapshot made by the month's end: those whose children in residence count. */
  reporting: countSchema,
  /** Sum of each institution's children in residence in its snapshot in force at the month's end. */
  childrenInResidence: countSchema,
  /** Exits in the month, from each institution's newest snapshot. */
  familyExits: countSchema,
  transfers: countSchema,
  otherExits: countSchema,
});
export type TrendPoint = z.infer<typeof trendPointSchema>;

/** The national overview: totals, regions, institutions and the monthly trend. */
export const nationalOverviewSchema = z.strictObject({
  today: dateSchema,
  /** The period of the events counted (admissions, diversions, exits): twelve calendar months. */
  fromMonth: monthSchema,
  toMonth: monthSchema,
  totals: overviewSumSchema,
  /** By region code, null (region unknown) last. */
  regions: z.array(regionOverviewSchema),
  /** By institution code. */
  institutions: z.array(institutionOverviewSchema),
  /** The last `months` months, the month of `today` last. */
  trends: z.array(trendPointSchema),
});
export type NationalOverview = z.infer<typeof nationalOverviewSchema>;
