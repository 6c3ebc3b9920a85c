import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

import { transformationPlans } from './transformation';

/*
 * The plan's monitoring (issue 6, indicators): the values of the computed indicators are never
 * stored (they come from the records' and the plan's own dates); only what the director decides or
 * types in is. None of it is plan content: it is not in a revision and needs no approval.
 */

/** The director's target for a computed indicator of a plan (catalogue `code`); no row: no target. */
export const planIndicatorTargets = sqliteTable(
  'plan_indicator_targets',
  {
    planId: text('plan_id')
      .notNull()
      .references(() => transformationPlans.id),
    code: text('code').notNull(),
    value: real('value').notNull(),
    targetDate: text('target_date'),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.planId, table.code] })],
);

/**
 * An indicator the records cannot show, kept by hand (e.g. families supported, staff satisfaction).
 * `higher_is_better` null: neither direction is progress. A target date needs a target value.
 */
export const planManualIndicators = sqliteTable(
  'plan_manual_indicators',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => transformationPlans.id),
    name: text('name').notNull(),
    unit: text('unit'),
    higherIsBetter: integer('higher_is_better', { mode: 'boolean' }),
    baseline: real('baseline'),
    targetValue: real('target_value'),
    targetDate: text('target_date'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    index('plan_manual_indicators_plan').on(table.planId),
    check('plan_manual_indicators_target', sql`${table.targetValue} is not null or ${table.targetDate} is null`),
  ],
);

/** A manual indicator's value for a month (`YYYY-MM`): one per month; removing it deletes the row. */
export const planManualIndicatorValues = sqliteTable(
  'plan_manual_indicator_values',
  {
    indicatorId: text('indicator_id')
      .notNull()
      .references(() => planManualIndicators.id),
    month: text('month').notNull(),
    value: real('value').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.indicatorId, table.month] })],
);
