import type { PlanProgress } from '../../../contract/national-overview';
import { planProgressSchema } from '../../../contract/national-overview';
import type { SqliteHandle } from '../../../db/client';
import type { BundleRow } from './bundle-history';
import { bundleRef } from './bundle-history';

/*
 * Where an institution's transformation plan stands, from its newest bundle with the plan tables.
 * The institution keeps one plan at a time (a new one only after completing the last), so the plan
 * created last is the current one. Actions done and average progress are counted as the
 * institution's own plan report counts them (transformation/report-plan-sections): done = status
 * `done`; progress = the actions' progress averaged and rounded, none when there are no actions.
 */

const PLAN = `SELECT json_extract(record, '$.id') AS id, json_extract(record, '$.status') AS status,
    json_extract(record, '$.periodStart') AS periodStart, json_extract(record, '$.periodEnd') AS periodEnd
  FROM imported_records WHERE bundle_id = ? AND table_name = 'transformation_plans'
  ORDER BY json_extract(record, '$.createdAt') DESC, line DESC LIMIT 1`;

const ACTIONS = `SELECT count(*) AS total,
    coalesce(sum(json_extract(record, '$.status') = 'done'), 0) AS done,
    coalesce(sum(json_extract(record, '$.overdue')), 0) AS overdue,
    avg(json_extract(record, '$.progress')) AS progress
  FROM imported_records WHERE bundle_id = ? AND table_name = 'plan_phase_actions' AND json_extract(record, '$.planId') = ?`;

/** The queries' text, for their query-plan test. */
export const PLAN_SQL = { PLAN, ACTIONS } as const;

type PlanRow = { id: string; status: string; periodStart: string; periodEnd: string };
type ActionsRow = { total: number; done: number; overdue: number; progress: number | null };

/** Reads plan progress from a plan-carrying bundle; prepared once. */
export type PlanProgressQuery = (bundle: BundleRow) => PlanProgress | null;

/** Prepares the plan-progress query; it answers null when the bundle holds no plan. */
export function planProgressQuery(sqlite: SqliteHandle): PlanProgressQuery {
  const plan = sqlite.prepare(PLAN);
  const actions = sqlite.prepare(ACTIONS);
  return (bundle) => {
    const row = plan.get(bundle.id) as PlanRow | undefined;
    if (row === undefined) {
      return null;
    }
    const counted = actions.get(bundle.id, row.id) as ActionsRow;
    return planProgressSchema.parse({
      bundle: bundleRef(bundle),
      status: row.status,
      periodStart: row.periodStart,
      periodEnd: row.periodEnd,
      actionsDone: counted.done,
      actionsTotal: counted.total,
      actionsOverdue: counted.overdue,
      progressPercent: counted.progress === null ? null : Math.round(counted.progress),
    });
  };
}
