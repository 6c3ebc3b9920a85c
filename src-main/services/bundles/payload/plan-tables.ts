import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';

import { planTables } from '../../../contract/bundle-payload-plan';
import type { Db } from '../../../db/client';
import { planManualIndicators, planManualIndicatorValues, planRevisions, transformationPlans } from '../../../db/schema';
import { indicatorDashboard } from '../../indicators/dashboard';
import { baselineOf, componentOf, factsOf, isOverdue, latestRevision, loadPlanData, workingRevision } from '../../transformation/plan-data';
import { monthOf } from './anonymise';
import type { PayloadTable } from './payload-table';
import { listTables } from './payload-table';

/*
 * The transformation plans and their monitoring (contract bundle-payload-plan). Small: read whole,
 * through the plan and indicator services themselves, so the ministry gets what the plan page and
 * the dashboard show on `today`. People are left out (trainings' persons, approvers, authors).
 */

type Row<K extends keyof typeof planTables> = z.input<(typeof planTables)[K]>;
type Rows = { [K in keyof typeof planTables]: Row<K>[] };

/** One plan's rows, table by table. */
function planRows(db: Db, planId: string, today: string, into: Rows): void {
  const data = loadPlanData(db, planId);
  const { plan } = data;
  const latest = latestRevision(db, planId);
  into.transformation_plans.push({
    id: plan.id,
    title: plan.title,
    status: plan.status,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    targetModelCodes: data.targetModelCodes,
    baseline: baselineOf(plan),
    facts: factsOf(plan),
    ...workingRevision(data, latest),
    approvedRevision: latest?.number ?? null,
    approvedAt: latest?.approvedAt ?? null,
    createdAt: plan.createdAt,
    startedAt: plan.startedAt,
    completedAt: plan.completedAt,
  });
  into.plan_revisions.push(
    ...db
      .select({ planId: planRevisions.planId, number: planRevisions.number, approvedAt: planRevisions.approvedAt })
      .from(planRevisions)
      .where(eq(planRevisions.planId, planId))
      .orderBy(asc(planRevisions.number))
      .all(),
  );
  into.plan_phases.push(
    ...data.phases.map((phase) => ({ id: phase.id, planId, componentCode: componentOf(phase), customTitle: phase.customTitle, position: phase.sortOrder })),
  );
  into.plan_phase_actions.push(
    ...data.actions.map((action) => ({
      id: action.id,
      planId,
      phaseId: action.phaseId,
      title: action.title,
      owner: action.owner,
      startDate: action.startDate,
      dueDate: action.dueDate,
      milestone: action.milestone,
      dependsOn: data.dependsOn.get(action.id) ?? [],
      status: action.status,
      progress: action.progress,
      doneDate: action.doneDate,
      overdue: isOverdue(action, today),
    })),
  );
  // Fields named one by one: a column added to the database later never leaves unnoticed.
  into.plan_new_services.push(
    ...data.newServices.map((service) => ({
      id: service.id,
      planId,
      name: service.name,
      serviceTypeCode: service.serviceTypeCode,
      capacity: service.capacity,
      plannedOpeningDate: service.plannedOpeningDate,
      openedDate: service.openedDate,
      openedCapacity: service.openedCapacity,
      serviceId: service.serviceId,
    })),
  );
  // The person is left out: a staff member's retraining is theirs; the plan needs the training.
  into.plan_trainings.push(
    ...data.trainings.map((training) => ({
      id: training.id,
      planId,
      training: training.training,
      newRole: training.newRole,
      completedDate: training.completedDate,
      hours: training.hours,
    })),
  );
  into.plan_budget_lines.push(
    ...data.budgetLines.map((line) => ({ id: line.id, planId, title: line.title, plannedQepik: line.plannedQepik, movedQepik: line.movedQepik, movedDate: line.movedDate })),
  );
  into.plan_building_items.push(
    ...data.buildingItems.map((item) => ({ id: item.id, planId, space: item.space, currentUse: item.currentUse, newUse: item.newUse, status: item.status, dueDate: item.dueDate })),
  );
  monitoringRows(db, planId, today, into);
}

/** The plan's indicators on `today` (the dashboard's default months) and the ones kept by hand. */
function monitoringRows(db: Db, planId: string, today: string, into: Rows): void {
  const dashboard = indicatorDashboard(db, planId, today);
  for (const indicator of dashboard.computed) {
    into.plan_indicators.push({
      planId,
      code: indicator.code,
      baselineMonth: dashboard.baselineMonth,
      baseline: indicator.baseline,
      currentMonth: monthOf(today),
      current: indicator.current,
      targetValue: indicator.target?.value ?? null,
      targetDate: indicator.target?.date ?? null,
    });
    into.plan_indicator_values.push(...indicator.series.map((point) => ({ planId, code: indicator.code, ...point })));
  }
  for (const { month, types } of dashboard.exitsByType) {
    into.plan_indicator_exits.push(...types.map((type) => ({ planId, month, exitTypeCode: type.code, placement: type.placement, count: type.count })));
  }
  const manual = db
    .select()
    .from(planManualIndicators)
    .where(eq(planManualIndicators.planId, planId))
    .orderBy(asc(planManualIndicators.createdAt), asc(sql`${planManualIndicators}.rowid`))
    .all();
  for (const indicator of manual) {
    into.plan_manual_indicators.push({
      id: indicator.id,
      planId,
      name: indicator.name,
      unit: indicator.unit,
      higherIsBetter: indicator.higherIsBetter,
      baseline: indicator.baseline,
      targetValue: indicator.targetValue,
      targetDate: indicator.targetDate,
    });
    into.plan_manual_indicator_values.push(
      ...db
        .select({ indicatorId: planManualIndicatorValues.indicatorId, month: planManualIndicatorValues.month, value: planManualIndicatorValues.value })
        .from(planManualIndicatorValues)
        .where(eq(planManualIndicatorValues.indicatorId, indicator.id))
        .orderBy(asc(planManualIndicatorValues.month))
        .all(),
    );
  }
}

/** Every transformation plan (oldest first) with its monitoring, as the plan tables in contract order. */
export function planPayload(db: Db, today: string): PayloadTable[] {
  const rows: Rows = {
    transformation_plans: [],
    plan_revisions: [],
    plan_phases: [],
    plan_phase_actions: [],
    plan_new_services: [],
    plan_trainings: [],
    plan_budget_lines: [],
    plan_building_items: [],
    plan_indicators: [],
    plan_indicator_values: [],
    plan_indicator_exits: [],
    plan_manual_indicators: [],
    plan_manual_indicator_values: [],
  };
  const plans = db
    .select({ id: transformationPlans.id })
    .from(transformationPlans)
    .orderBy(asc(transformationPlans.createdAt), asc(sql`${transformationPlans}.rowid`))
    .all();
  for (const plan of plans) {
    planRows(db, plan.id, today, rows);
  }
  return listTables(planTables, rows);
}
