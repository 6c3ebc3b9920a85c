import { and, asc, eq, inArray, sql } from 'drizzle-orm';

import { azLower } from '../../contract/az-text';
import { calendarDate } from '../../contract/dates';
import { AppError, validationError } from '../../contract/errors';
import type { FieldIssue } from '../../contract/errors';
import type { IndicatorCode, MonthValue } from '../../contract/indicator-catalogue';
import { indicatorCatalogue, planIndicatorCodes, recordIndicatorCodes } from '../../contract/indicator-catalogue';
import type { ComputedIndicator, IndicatorDashboard, ManualIndicator } from '../../contract/indicators';
import type { ParsedInput } from '../../contract/procedures';
import type { Db } from '../../db/client';
import { planBudgetLines, planIndicatorTargets, planManualIndicators, planManualIndicatorValues, planNewServices, planTrainings } from '../../db/schema';
import { appendAudit, changesBetween } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import type { PlanRow } from '../transformation/plan-data';
import { planRow } from '../transformation/plan-data';
import { monthOf, months } from './months';
import { budgetMovedShareSeries, serviceCapacityOpenedSeries, staffRetrainedSeries } from './plan-series';
import { allRecordSeries, exitsByType } from './record-series';

/*
 * The plan's indicator dashboard, and what the director sets on it (targets, indicators kept by hand).
 * - Months: by default from the plan's baseline month (the month of `baseline_as_of`) or the month
 *   its period starts, whichever is earlier, to the current month of the core's clock; at most
 *   DEFAULT_SPAN_MONTHS of them, the latest. A range asked for explicitly may be as long as the
 *   engine allows (INDICATOR_MAX_MONTHS).
 * - Baseline: the indicator's value in the baseline month, as the series computes it (a stock at
 *   that month's end, the month's events, or everything done by its end), from the records as they
 *   stand now: it follows a later correction of a past record. It is computed even when the baseline
 *   month lies outside the months shown.
 * - Current: the value in the current month (so far), likewise computed whatever the months shown.
 * - A completed plan still reads; only its targets and manual indicators no longer change.
 */

/** How many months the dashboard shows when none are asked for: five years, a plan's usual span. */
export const DEFAULT_SPAN_MONTHS = 60;

const computedCodes: readonly IndicatorCode[] = [...recordIndicatorCodes, ...planIndicatorCodes];

/** The month `count` months before `month` (both `YYYY-MM`). */
function monthsBefore(month: string, count: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 - count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The months the dashboard covers: those asked for, the rest by default (see above). When only
 * `toMonth` is given and it comes before the plan's first month, just that month.
 */
export function dashboardRange(
  plan: Pick<PlanRow, 'baselineAsOf' | 'periodStart'>,
  currentMonth: string,
  asked: { fromMonth?: string | undefined; toMonth?: string | undefined },
): { fromMonth: string; toMonth: string } {
  const toMonth = asked.toMonth ?? currentMonth;
  if (asked.fromMonth !== undefined) {
    return { fromMonth: asked.fromMonth, toMonth };
  }
  const planStart = [monthOf(plan.baselineAsOf), monthOf(plan.periodStart)].sort()[0]!;
  const earliest = monthsBefore(toMonth, DEFAULT_SPAN_MONTHS - 1);
  const fromMonth = planStart > earliest ? planStart : earliest;
  return { fromMonth: fromMonth > toMonth ? toMonth : fromMonth, toMonth };
}

/** Every computed indicator's series over a range, from the records and the plan's own entries. */
type SeriesOf = (fromMonth: string, toMonth: string) => Record<IndicatorCode, MonthValue[]>;

function seriesSource(db: Db, planId: string): SeriesOf {
  const trainings = db
    .select({ date: planTrainings.completedDate, person: planTrainings.person })
    .from(planTrainings)
    .where(eq(planTrainings.planId, planId))
    .all();
  const newServices = db
    .select({ openedDate: planNewServices.openedDate, capacity: sql<number>`coalesce(${planNewServices.openedCapacity}, ${planNewServices.capacity})` })
    .from(planNewServices)
    .where(eq(planNewServices.planId, planId))
    .all();
  const budgetLines = db
    .select({ planned: planBudgetLines.plannedQepik, moved: planBudgetLines.movedQepik, movedDate: planBudgetLines.movedDate })
    .from(planBudgetLines)
    .where(eq(planBudgetLines.planId, planId))
    .all();
  return (fromMonth, toMonth) => ({
    ...allRecordSeries(db, fromMonth, toMonth),
    staff_retrained: staffRetrainedSeries(trainings, fromMonth, toMonth),
    service_capacity_opened: serviceCapacityOpenedSeries(newServices, fromMonth, toMonth),
    budget_moved_share: budgetMovedShareSeries(budgetLines, fromMonth, toMonth),
  });
}

/** The plan's targets by indicator code (rows of codes no longer in the catalogue are left out). */
function targetsOf(db: Db, planId: string): Map<string, { value: number; date: string | null }> {
  return new Map(
    db
      .select()
      .from(planIndicatorTargets)
      .where(eq(planIndicatorTargets.planId, planId))
      .all()
      .map((row) => [row.code, { value: row.value, date: row.targetDate }]),
  );
}

type ManualRow = typeof planManualIndicators.$inferSelect;

/** The plan's manual indicators, as added. */
function manualRows(db: Db, planId: string): ManualRow[] {
  return db
    .select()
    .from(planManualIndicators)
    .where(eq(planManualIndicators.planId, planId))
    .orderBy(asc(planManualIndicators.createdAt), asc(sql`${planManualIndicators}.rowid`))
    .all();
}

/** The manual indicators with their values over `range` (null in a month without one) and their latest value. */
function manualIndicators(db: Db, planId: string, range: readonly string[]): ManualIndicator[] {
  const rows = manualRows(db, planId);
  const values =
    rows.length === 0
      ? []
      : db
          .select()
          .from(planManualIndicatorValues)
          .where(
            inArray(
              planManualIndicatorValues.indicatorId,
              rows.map((row) => row.id),
            ),
          )
          .orderBy(asc(planManualIndicatorValues.month))
          .all();
  return rows.map((row) => {
    const own = values.filter((value) => value.indicatorId === row.id);
    const byMonth = new Map(own.map((value) => [value.month, value.value]));
    const latest = own.at(-1);
    return {
      id: row.id,
      name: row.name,
      unit: row.unit,
      higherIsBetter: row.higherIsBetter,
      baseline: row.baseline,
      target: row.targetValue === null ? null : { value: row.targetValue, date: row.targetDate },
      current: latest?.value ?? null,
      currentMonth: latest?.month ?? null,
      series: range.map((month) => ({ month, value: byMonth.get(month) ?? null })),
    };
  });
}

/**
 * A plan's indicators over the months asked for (default: see above), each computed one with its
 * baseline, target and current value, the manual ones with their values, and exits by destination.
 * NOT_FOUND for an unknown plan; VALIDATION_FAILED (`fromMonth`/`toMonth`) for a bad range.
 */
export function indicatorDashboard(db: Db, planId: string, today: string, asked: { fromMonth?: string | undefined; toMonth?: string | undefined } = {}): IndicatorDashboard {
  const plan = planRow(db, planId);
  const currentMonth = monthOf(today);
  const { fromMonth, toMonth } = dashboardRange(plan, currentMonth, asked);
  const range = months(fromMonth, toMonth);
  const baselineMonth = monthOf(plan.baselineAsOf);
  const seriesOf = seriesSource(db, plan.id);
  const shown = seriesOf(fromMonth, toMonth);
  // A month outside the range shown costs one more pass over one month, only when it is needed.
  const single = new Map<string, Record<IndicatorCode, MonthValue[]>>();
  const valueIn = (code: IndicatorCode, month: string): number | null => {
    const index = range.indexOf(month);
    if (index >= 0) {
      return shown[code][index]!.value;
    }
    if (!single.has(month)) {
      single.set(month, seriesOf(month, month));
    }
    return single.get(month)![code][0]!.value;
  };
  const targets = targetsOf(db, plan.id);
  const computed: ComputedIndicator[] = computedCodes.map((code) => {
    const definition = indicatorCatalogue[code];
    return {
      code,
      kind: definition.kind,
      unit: definition.unit,
      period: definition.period,
      higherIsBetter: definition.higherIsBetter,
      baseline: valueIn(code, baselineMonth),
      target: targets.get(code) ?? null,
      current: valueIn(code, currentMonth),
      series: shown[code],
    };
  });
  return {
    planId: plan.id,
    fromMonth,
    toMonth,
    baselineMonth,
    computed,
    manual: manualIndicators(db, plan.id, range),
    exitsByType: exitsByType(db, fromMonth, toMonth),
  };
}

/** Today in the institution's calendar, by the core's clock. */
function todayOf(deps: CoreDeps): string {
  return calendarDate(deps.clock.now());
}

/** Throws one validation error naming every problem found, if any. */
function fail(issues: readonly (FieldIssue | null)[]): void {
  const found = issues.filter((issue): issue is FieldIssue => issue !== null);
  if (found.length > 0) {
    throw validationError(found);
  }
}

/** The plan whose monitoring is about to change; refused (VALIDATION_FAILED at `path`) once completed. */
function monitoredPlan(db: Db, planId: string, path: string): PlanRow {
  const plan = planRow(db, planId);
  fail([plan.status === 'completed' ? { path, message: 'validation.planCompleted' } : null]);
  return plan;
}

/** A target date before the day the plan's baseline was counted makes no sense. */
function targetDateIssue(plan: PlanRow, date: string | null, path: string): FieldIssue | null {
  return date !== null && date < plan.baselineAsOf ? { path, message: 'validation.targetBeforeBaseline' } : null;
}

/**
 * Sets (or, with `target: null`, clears) the director's target for a computed indicator of a plan
 * not yet completed. A percentage's target is at most 100; the date not before the baseline's day.
 * Audited (`indicator_target`, the plan's id, the fields as `<code>.value` / `<code>.date`).
 * Answers the plan's indicators over the default months.
 */
export function setIndicatorTarget(deps: CoreDeps, actor: Actor, input: ParsedInput<'indicators.setTarget'>): IndicatorDashboard {
  const { planId, code, target } = input;
  const plan = monitoredPlan(deps.db, planId, 'planId');
  fail([
    target !== null && indicatorCatalogue[code].unit === 'percent' && target.value > 100 ? { path: 'target.value', message: 'validation.percentRange' } : null,
    targetDateIssue(plan, target?.date ?? null, 'target.date'),
  ]);
  deps.db.transaction((tx) => {
    monitoredPlan(tx, planId, 'planId');
    const now = deps.clock.now();
    const where = and(eq(planIndicatorTargets.planId, planId), eq(planIndicatorTargets.code, code));
    const row = tx.select().from(planIndicatorTargets).where(where).get();
    const before = row === undefined ? null : { [`${code}.value`]: row.value, [`${code}.date`]: row.targetDate };
    const after = { [`${code}.value`]: target?.value ?? null, [`${code}.date`]: target?.date ?? null };
    const changes = changesBetween(before, after);
    if (Object.keys(changes).length === 0) {
      return;
    }
    if (target === null) {
      tx.delete(planIndicatorTargets).where(where).run();
    } else {
      const values = { value: target.value, targetDate: target.date, updatedAt: now.toISOString() };
      tx.insert(planIndicatorTargets)
        .values({ planId, code, ...values })
        .onConflictDoUpdate({ target: [planIndicatorTargets.planId, planIndicatorTargets.code], set: values })
        .run();
    }
    const action = row === undefined ? 'create' : target === null ? 'delete' : 'update';
    appendAudit(tx, actor, now, { action, entityType: 'indicator_target', entityId: planId, changes });
  });
  return indicatorDashboard(deps.db, planId, todayOf(deps));
}

/**
 * Adds (`id: null`) or changes an indicator the director keeps by hand, in a plan not yet
 * completed. Its name is unique in the plan (whatever the letter case); the target date not
 * before the baseline's day. Audited (`manual_indicator`). Answers the default months.
 */
export function saveManualIndicator(deps: CoreDeps, actor: Actor, input: ParsedInput<'indicators.saveManual'>): IndicatorDashboard {
  const plan = monitoredPlan(deps.db, input.planId, 'planId');
  const fields = {
    name: input.name,
    unit: input.unit,
    higherIsBetter: input.higherIsBetter,
    baseline: input.baseline,
    targetValue: input.target?.value ?? null,
    targetDate: input.target?.date ?? null,
  };
  deps.db.transaction((tx) => {
    monitoredPlan(tx, plan.id, 'planId');
    const others = manualRows(tx, plan.id);
    const row = input.id === null ? undefined : others.find((other) => other.id === input.id);
    if (input.id !== null && row === undefined) {
      throw new AppError('NOT_FOUND', 'No such manual indicator of this plan');
    }
    const taken = others.some((other) => other.id !== input.id && azLower(other.name) === azLower(fields.name));
    fail([taken ? { path: 'name', message: 'validation.indicatorNameTaken' } : null, targetDateIssue(plan, fields.targetDate, 'target.date')]);
    const now = deps.clock.now();
    const at = now.toISOString();
    if (row === undefined) {
      const id = deps.ids.newId();
      tx.insert(planManualIndicators)
        .values({ id, planId: plan.id, ...fields, createdAt: at, updatedAt: at })
        .run();
      appendAudit(tx, actor, now, { action: 'create', entityType: 'manual_indicator', entityId: id, changes: changesBetween(null, { planId: plan.id, ...fields }) });
      return;
    }
    const before = { name: row.name, unit: row.unit, higherIsBetter: row.higherIsBetter, baseline: row.baseline, targetValue: row.targetValue, targetDate: row.targetDate };
    const changes = changesBetween(before, fields);
    if (Object.keys(changes).length > 0) {
      tx.update(planManualIndicators)
        .set({ ...fields, updatedAt: at })
        .where(eq(planManualIndicators.id, row.id))
        .run();
      appendAudit(tx, actor, now, { action: 'update', entityType: 'manual_indicator', entityId: row.id, changes });
    }
  });
  return indicatorDashboard(deps.db, plan.id, todayOf(deps));
}

function manualRow(db: Db, id: string): ManualRow {
  const row = db.select().from(planManualIndicators).where(eq(planManualIndicators.id, id)).get();
  if (row === undefined) {
    throw new AppError('NOT_FOUND', 'No such manual indicator');
  }
  return row;
}

/**
 * Records (or, with `value: null`, removes) a manual indicator's value for a month not after the
 * current one, in a plan not yet completed. Audited (`manual_indicator_value`, the indicator's id,
 * the month as the field). Answers the plan's indicators over the default months.
 */
export function recordManualValue(deps: CoreDeps, actor: Actor, input: ParsedInput<'indicators.recordManualValue'>): IndicatorDashboard {
  const indicator = manualRow(deps.db, input.id);
  monitoredPlan(deps.db, indicator.planId, 'id');
  const today = todayOf(deps);
  fail([input.month > monthOf(today) ? { path: 'month', message: 'validation.monthInFuture' } : null]);
  deps.db.transaction((tx) => {
    monitoredPlan(tx, indicator.planId, 'id');
    const now = deps.clock.now();
    const where = and(eq(planManualIndicatorValues.indicatorId, indicator.id), eq(planManualIndicatorValues.month, input.month));
    const before = tx.select().from(planManualIndicatorValues).where(where).get()?.value ?? null;
    if (before === input.value) {
      return;
    }
    if (input.value === null) {
      tx.delete(planManualIndicatorValues).where(where).run();
    } else {
      const values = { value: input.value, updatedAt: now.toISOString() };
      tx.insert(planManualIndicatorValues)
        .values({ indicatorId: indicator.id, month: input.month, ...values })
        .onConflictDoUpdate({ target: [planManualIndicatorValues.indicatorId, planManualIndicatorValues.month], set: values })
        .run();
    }
    appendAudit(tx, actor, now, {
      action: before === null ? 'create' : input.value === null ? 'delete' : 'update',
      entityType: 'manual_indicator_value',
      entityId: indicator.id,
      changes: { [input.month]: { before, after: input.value } },
    });
  });
  return indicatorDashboard(deps.db, indicator.planId, today);
}
