import { and, asc, desc, eq, max, sql } from 'drizzle-orm';

import { AppError, validationError } from '../../contract/errors';
import type { FieldIssue } from '../../contract/errors';
import type { ParsedInput, ProcedureOutput } from '../../contract/procedures';
import { compareSnapshots, isUnchanged } from '../../contract/transformation-compare';
import type { PlanDiff, PlanFacts, PlanRevisionSummary, TransformationPlan } from '../../contract/transformation-views';
import type { Db } from '../../db/client';
import { planPhaseActions, planPhases, planRevisions, planTargetModels, transformationPlans } from '../../db/schema';
import { appendAudit, changesBetween } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import { referenceCodeIssue } from '../reference/reference-service';
import { captureBaseline } from './baseline';
import type { PlanRow } from './plan-data';
import { factsOf, latestRevision, loadPlanData, openPlanRow, planRow, planView, revisionSummary, snapshotIn, snapshotOf, targetModelsOf } from './plan-data';
import { changePlan, fail, todayOf } from './plan-write';
import { PLAN_TEMPLATE, templateDates } from './template';

type PlanFields = ParsedInput<'transformation.create'>;

/** Problems with target model codes (reference kind `service_model`); `kept` are codes the plan already has, retired or not. */
function modelIssues(db: Db, codes: readonly string[], kept: readonly string[], path: string): FieldIssue[] {
  const issue = codes.map((code) => referenceCodeIssue(db, 'service_model', code, path, kept)).find((found) => found !== null);
  return issue === undefined || issue === null ? [] : [issue];
}

/** Every plan, newest first, with the number of its latest approval. */
export function listTransformations(db: Db): ProcedureOutput<'transformation.list'> {
  const approved = new Map(
    db
      .select({ planId: planRevisions.planId, number: max(planRevisions.number) })
      .from(planRevisions)
      .groupBy(planRevisions.planId)
      .all()
      .map((row) => [row.planId, row.number]),
  );
  return db
    .select()
    .from(transformationPlans)
    .orderBy(desc(transformationPlans.createdAt), desc(sql`${transformationPlans}.rowid`))
    .all()
    .map((plan) => ({
      id: plan.id,
      title: plan.title,
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      status: plan.status,
      createdAt: plan.createdAt,
      approvedRevision: approved.get(plan.id) ?? null,
    }));
}

/** One plan whole; without an id, the plan not yet completed, or null when there is none. */
export function getTransformation(deps: CoreDeps, id: string | undefined): TransformationPlan | null {
  const planId = id ?? openPlanRow(deps.db)?.id;
  return planId === undefined ? null : planView(deps.db, planId, todayOf(deps));
}

/**
 * Starts the institution's transformation plan (a draft): the baseline is counted from the records
 * as of today and kept as it is, and the phases and actions of the nine-component template are added.
 * Refused while another plan is not completed. Audited.
 */
export function createTransformation(deps: CoreDeps, actor: Actor, fields: PlanFields): TransformationPlan {
  fail(modelIssues(deps.db, fields.targetModelCodes, [], 'targetModelCodes'));
  const today = todayOf(deps);
  const now = deps.clock.now();
  const id = deps.ids.newId();
  deps.db.transaction((tx) => {
    if (openPlanRow(tx) !== undefined) {
      throw validationError([{ path: '', message: 'validation.transformationPlanOpen' }]);
    }
    const baseline = captureBaseline(tx, today);
    const at = now.toISOString();
    tx.insert(transformationPlans)
      .values({
        id,
        title: fields.title,
        periodStart: fields.periodStart,
        periodEnd: fields.periodEnd,
        status: 'draft',
        baselineAsOf: today,
        baseline: JSON.stringify(baseline),
        createdBy: actor.userId,
        createdAt: at,
        updatedAt: at,
      })
      .run();
    for (const modelCode of fields.targetModelCodes) {
      tx.insert(planTargetModels).values({ planId: id, modelCode }).run();
    }
    let actionOrder = 0;
    PLAN_TEMPLATE.forEach((phase, index) => {
      const phaseId = deps.ids.newId();
      tx.insert(planPhases)
        .values({ id: phaseId, planId: id, componentCode: phase.component, customTitle: null, sortOrder: index + 1, createdAt: at })
        .run();
      for (const action of phase.actions) {
        actionOrder += 1;
        tx.insert(planPhaseActions)
          .values({
            id: deps.ids.newId(),
            planId: id,
            phaseId,
            title: action.title,
            ...templateDates(fields.periodStart, fields.periodEnd, action.window),
            milestone: action.milestone === true,
            sortOrder: actionOrder,
            createdAt: at,
            updatedAt: at,
          })
          .run();
      }
    });
    appendAudit(tx, actor, now, {
      action: 'create',
      entityType: 'transformation_plan',
      entityId: id,
      changes: changesBetween(null, {
        ...fields,
        status: 'draft',
        baseline,
        templatePhases: PLAN_TEMPLATE.map((phase) => phase.component),
        templateActions: actionOrder,
      }),
    });
  });
  deps.logger.log('info', 'transformation.created', { planId: id });
  return planView(deps.db, id, today);
}

/** Changes the plan's title, period or target service models (plan content); audited. */
export function updateTransformation(deps: CoreDeps, actor: Actor, input: ParsedInput<'transformation.update'>): TransformationPlan {
  const kept = targetModelsOf(deps.db, planRow(deps.db, input.id).id);
  fail(modelIssues(deps.db, input.plan.targetModelCodes, kept, 'plan.targetModelCodes'));
  return changePlan(deps, input.id, input.version, 'id', (tx, plan, now) => {
    const before = { title: plan.title, periodStart: plan.periodStart, periodEnd: plan.periodEnd, targetModelCodes: targetModelsOf(tx, plan.id) };
    const changes = changesBetween(before, input.plan);
    if (Object.keys(changes).length === 0) {
      return false;
    }
    const { targetModelCodes, ...columns } = input.plan;
    tx.update(transformationPlans).set(columns).where(eq(transformationPlans.id, plan.id)).run();
    tx.delete(planTargetModels).where(eq(planTargetModels.planId, plan.id)).run();
    for (const modelCode of targetModelCodes) {
      tx.insert(planTargetModels).values({ planId: plan.id, modelCode }).run();
    }
    appendAudit(tx, actor, now, { action: 'update', entityType: 'transformation_plan', entityId: plan.id, changes });
    return true;
  });
}

/** Facts as `{ 'staff.total': 60, … }`, so the audit names each fact that changed. */
function flatFacts(facts: PlanFacts): Record<string, unknown> {
  return Object.fromEntries(Object.entries(facts).flatMap(([group, values]) => Object.entries(values).map(([field, value]) => [`${group}.${field}`, value])));
}

/** Changes the director's facts (staff, budget, building): plan content; audited. */
export function saveFacts(deps: CoreDeps, actor: Actor, input: ParsedInput<'transformation.saveFacts'>): TransformationPlan {
  return changePlan(deps, input.id, input.version, 'id', (tx, plan, now) => {
    const changes = changesBetween(flatFacts(factsOf(plan)), flatFacts(input.facts));
    if (Object.keys(changes).length === 0) {
      return false;
    }
    const { staff, budget, building } = input.facts;
    tx.update(transformationPlans)
      .set({
        staffTotal: staff.total,
        staffCare: staff.care,
        staffTeachers: staff.teachers,
        staffMedical: staff.medical,
        staffOther: staff.other,
        budgetYear: budget.year,
        budgetAnnualQepik: budget.annualQepik,
        buildingPlaces: building.places,
        buildingFloorAreaM2: building.floorAreaM2,
        buildingCount: building.buildings,
        buildingCondition: building.condition,
      })
      .where(eq(transformationPlans.id, plan.id))
      .run();
    appendAudit(tx, actor, now, { action: 'update', entityType: 'transformation_plan', entityId: plan.id, changes });
    return true;
  });
}

/**
 * Approves the working revision: its content is frozen as the next numbered revision (by whom,
 * when). A draft becomes approved; an approved plan or one in progress keeps its status (a newer
 * revision of a plan being carried out). Refused when nothing changed since the last approval.
 */
export function approveTransformation(deps: CoreDeps, actor: Actor, input: ParsedInput<'transformation.approve'>): TransformationPlan {
  return changePlan(deps, input.id, input.version, 'id', (tx, plan, now) => {
    const current = snapshotOf(loadPlanData(tx, plan.id));
    const latest = latestRevision(tx, plan.id);
    if (latest !== undefined && isUnchanged(compareSnapshots(snapshotIn(latest), current, latest.number, 'current'))) {
      throw validationError([{ path: 'id', message: 'validation.nothingToApprove' }]);
    }
    const number = (latest?.number ?? 0) + 1;
    tx.insert(planRevisions)
      .values({ planId: plan.id, number, approvedBy: actor.userId, approvedAt: now.toISOString(), snapshot: JSON.stringify(current) })
      .run();
    const status = plan.status === 'draft' ? 'approved' : plan.status;
    tx.update(transformationPlans).set({ status }).where(eq(transformationPlans.id, plan.id)).run();
    appendAudit(tx, actor, now, {
      action: 'approve',
      entityType: 'transformation_plan',
      entityId: plan.id,
      changes: changesBetween<Record<string, unknown>>({ revision: latest?.number ?? null, status: plan.status }, { revision: number, status }),
    });
    return true;
  });
}

/** Moves the plan from one status to the next (start: approved → in_progress; complete: in_progress → completed); audited. */
function step(deps: CoreDeps, actor: Actor, input: { id: string; version: number }, from: PlanRow['status'], to: PlanRow['status']): TransformationPlan {
  return changePlan(deps, input.id, input.version, 'id', (tx, plan, now) => {
    if (plan.status !== from) {
      throw validationError([{ path: 'id', message: 'validation.planStatus' }]);
    }
    const at = now.toISOString();
    tx.update(transformationPlans)
      .set(to === 'in_progress' ? { status: to, startedAt: at } : { status: to, completedAt: at })
      .where(eq(transformationPlans.id, plan.id))
      .run();
    appendAudit(tx, actor, now, { action: 'update', entityType: 'transformation_plan', entityId: plan.id, changes: { status: { before: from, after: to } } });
    return true;
  });
}

/** Starts carrying out an approved plan. */
export function startTransformation(deps: CoreDeps, actor: Actor, input: ParsedInput<'transformation.start'>): TransformationPlan {
  return step(deps, actor, input, 'approved', 'in_progress');
}

/** Completes a plan in progress; from then on it only reads, and a new plan may be started. */
export function completeTransformation(deps: CoreDeps, actor: Actor, input: ParsedInput<'transformation.complete'>): TransformationPlan {
  return step(deps, actor, input, 'in_progress', 'completed');
}

/** The plan's approvals, oldest first. */
export function listRevisions(db: Db, planId: string): PlanRevisionSummary[] {
  planRow(db, planId);
  return db
    .select()
    .from(planRevisions)
    .where(eq(planRevisions.planId, planId))
    .orderBy(asc(planRevisions.number))
    .all()
    .map((revision) => revisionSummary(db, revision));
}

function revisionRow(db: Db, planId: string, number: number) {
  planRow(db, planId);
  const row = db
    .select()
    .from(planRevisions)
    .where(and(eq(planRevisions.planId, planId), eq(planRevisions.number, number)))
    .get();
  if (row === undefined) {
    throw new AppError('NOT_FOUND', 'No such revision of this plan');
  }
  return row;
}

/** One approved revision with its frozen content. */
export function getRevision(db: Db, planId: string, number: number): ProcedureOutput<'transformation.revision'> {
  const row = revisionRow(db, planId, number);
  return { ...revisionSummary(db, row), snapshot: snapshotIn(row) };
}

/** What changed from revision `from` to revision `to`, or to the working content ('current'). */
export function compareRevisions(db: Db, planId: string, from: number, to: number | 'current'): PlanDiff {
  const before = snapshotIn(revisionRow(db, planId, from));
  const after = to === 'current' ? snapshotOf(loadPlanData(db, planId)) : snapshotIn(revisionRow(db, planId, to));
  return compareSnapshots(before, after, from, to);
}
