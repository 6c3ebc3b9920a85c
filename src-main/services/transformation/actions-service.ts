import { and, eq, max } from 'drizzle-orm';

import { AppError } from '../../contract/errors';
import type { FieldIssue } from '../../contract/errors';
import type { ParsedInput } from '../../contract/procedures';
import type { TransformationPlan } from '../../contract/transformation-views';
import type { Db } from '../../db/client';
import { planActionDependencies, planEvidenceFiles, planEvidenceNotes, planPhaseActions, planPhases } from '../../db/schema';
import { appendAudit, changesBetween } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import type { ActionRow, PhaseRow } from './plan-data';
import { loadPlanData } from './plan-data';
import { changePlan, fail, removalChanges, todayOf, trackPlan } from './plan-write';

type ActionFields = ParsedInput<'transformation.saveAction'>['action'];

function phaseOfPlan(db: Db, planId: string, id: string): PhaseRow {
  const row = db
    .select()
    .from(planPhases)
    .where(and(eq(planPhases.id, id), eq(planPhases.planId, planId)))
    .get();
  if (row === undefined) {
    throw new AppError('NOT_FOUND', 'No such phase of this plan');
  }
  return row;
}

/** The action with this id; NOT_FOUND otherwise. */
export function actionRow(db: Db, id: string): ActionRow {
  const row = db.select().from(planPhaseActions).where(eq(planPhaseActions.id, id)).get();
  if (row === undefined) {
    throw new AppError('NOT_FOUND', 'No such plan action');
  }
  return row;
}

function actionOfPlan(db: Db, planId: string, id: string): ActionRow {
  const row = actionRow(db, id);
  if (row.planId !== planId) {
    throw new AppError('NOT_FOUND', 'No such action of this plan');
  }
  return row;
}

/** Adds a phase at the end of the plan (`id` null) or renames one; plan content, audited. */
export function savePhase(deps: CoreDeps, actor: Actor, input: ParsedInput<'transformation.savePhase'>): TransformationPlan {
  return changePlan(deps, input.planId, input.version, 'planId', (tx, plan, now) => {
    if (input.id === null) {
      const last = tx.select({ top: max(planPhases.sortOrder) }).from(planPhases).where(eq(planPhases.planId, plan.id)).get();
      const row = { id: deps.ids.newId(), planId: plan.id, componentCode: null, customTitle: input.title, sortOrder: (last?.top ?? 0) + 1, createdAt: now.toISOString() };
      tx.insert(planPhases).values(row).run();
      appendAudit(tx, actor, now, {
        action: 'create',
        entityType: 'plan_phase',
        entityId: row.id,
        changes: changesBetween(null, { planId: plan.id, customTitle: row.customTitle, position: row.sortOrder }),
      });
      return true;
    }
    const phase = phaseOfPlan(tx, plan.id, input.id);
    // A phase of the director's own has no template name to fall back on.
    fail([phase.componentCode === null && input.title === null ? { path: 'title', message: 'validation.required' } : null]);
    const changes = changesBetween({ customTitle: phase.customTitle }, { customTitle: input.title });
    if (Object.keys(changes).length === 0) {
      return false;
    }
    tx.update(planPhases).set({ customTitle: input.title }).where(eq(planPhases.id, phase.id)).run();
    appendAudit(tx, actor, now, { action: 'update', entityType: 'plan_phase', entityId: phase.id, changes });
    return true;
  });
}

/** Puts every phase of the plan in the order given (each exactly once); plan content, audited on the plan. */
export function reorderPhases(deps: CoreDeps, actor: Actor, input: ParsedInput<'transformation.reorderPhases'>): TransformationPlan {
  return changePlan(deps, input.planId, input.version, 'planId', (tx, plan, now) => {
    const phases = loadPlanData(tx, plan.id).phases;
    const given = new Set(input.phaseIds);
    fail([
      given.size !== input.phaseIds.length || given.size !== phases.length || phases.some((phase) => !given.has(phase.id))
        ? { path: 'phaseIds', message: 'validation.phaseOrder' }
        : null,
    ]);
    const before = phases.map((phase) => phase.id);
    if (before.join() === input.phaseIds.join()) {
      return false;
    }
    input.phaseIds.forEach((id, index) => {
      tx.update(planPhases).set({ sortOrder: index + 1 }).where(eq(planPhases.id, id)).run();
    });
    appendAudit(tx, actor, now, { action: 'update', entityType: 'transformation_plan', entityId: plan.id, changes: { phaseOrder: { before, after: input.phaseIds } } });
    return true;
  });
}

/** Removes a phase that has no actions (move or remove them first); plan content, audited in full. */
export function removePhase(deps: CoreDeps, actor: Actor, input: ParsedInput<'transformation.removePhase'>): TransformationPlan {
  return changePlan(deps, input.planId, input.version, 'planId', (tx, plan, now) => {
    const phase = phaseOfPlan(tx, plan.id, input.id);
    const used = tx.select({ id: planPhaseActions.id }).from(planPhaseActions).where(eq(planPhaseActions.phaseId, phase.id)).limit(1).get();
    fail([used === undefined ? null : { path: 'id', message: 'validation.phaseNotEmpty' }]);
    tx.delete(planPhases).where(eq(planPhases.id, phase.id)).run();
    appendAudit(tx, actor, now, {
      action: 'delete',
      entityType: 'plan_phase',
      entityId: phase.id,
      changes: removalChanges({ planId: plan.id, componentCode: phase.componentCode, customTitle: phase.customTitle, position: phase.sortOrder }),
    });
    return true;
  });
}

/**
 * What is wrong with an action's phase and dependencies: the phase must be the plan's; each
 * dependency another action of the plan, never the action itself, and never one that (through
 * others) already waits for this action — that would be a cycle.
 */
function actionIssues(db: Db, planId: string, id: string | null, action: ActionFields): FieldIssue[] {
  const data = loadPlanData(db, planId);
  const issues: FieldIssue[] = [];
  if (!data.phases.some((phase) => phase.id === action.phaseId)) {
    issues.push({ path: 'action.phaseId', message: 'validation.unknownPhase' });
  }
  const known = new Set(data.actions.map((row) => row.id));
  if (id !== null && action.dependsOn.includes(id)) {
    issues.push({ path: 'action.dependsOn', message: 'validation.dependsOnSelf' });
  } else if (action.dependsOn.some((dependency) => !known.has(dependency))) {
    issues.push({ path: 'action.dependsOn', message: 'validation.unknownAction' });
  } else if (id !== null && action.dependsOn.some((dependency) => waitsFor(data.dependsOn, dependency, id))) {
    issues.push({ path: 'action.dependsOn', message: 'validation.dependencyCycle' });
  }
  return issues;
}

/** Whether `from` depends, directly or through other actions, on `target`. */
function waitsFor(dependsOn: ReadonlyMap<string, readonly string[]>, from: string, target: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next === target) {
      return true;
    }
    if (!seen.has(next)) {
      seen.add(next);
      stack.push(...(dependsOn.get(next) ?? []));
    }
  }
  return false;
}

/**
 * Adds an action (`id` null; not started, at the end of its phase) or changes an action's planned
 * fields — plan content; its status and progress are execution and change only through
 * `setActionProgress`. Audited with what changed.
 */
export function saveAction(deps: CoreDeps, actor: Actor, input: ParsedInput<'transformation.saveAction'>): TransformationPlan {
  return changePlan(deps, input.planId, input.version, 'planId', (tx, plan, now) => {
    const before = input.id === null ? null : actionOfPlan(tx, plan.id, input.id);
    fail(actionIssues(tx, plan.id, input.id, input.action));
    const { dependsOn, ...columns } = input.action;
    const at = now.toISOString();
    const id = before?.id ?? deps.ids.newId();
    let changes;
    if (before === null) {
      const last = tx.select({ top: max(planPhaseActions.sortOrder) }).from(planPhaseActions).where(eq(planPhaseActions.planId, plan.id)).get();
      tx.insert(planPhaseActions)
        .values({ id, planId: plan.id, ...columns, sortOrder: (last?.top ?? 0) + 1, createdAt: at, updatedAt: at })
        .run();
      changes = changesBetween(null, { planId: plan.id, ...input.action });
    } else {
      const previous = loadPlanData(tx, plan.id).dependsOn.get(id) ?? [];
      const { phaseId, title, owner, startDate, dueDate, milestone } = before;
      changes = changesBetween({ phaseId, title, owner, startDate, dueDate, milestone, dependsOn: previous }, input.action);
      if (Object.keys(changes).length === 0) {
        return false;
      }
      tx.update(planPhaseActions)
        .set({ ...columns, updatedAt: at })
        .where(eq(planPhaseActions.id, id))
        .run();
      tx.delete(planActionDependencies).where(eq(planActionDependencies.actionId, id)).run();
    }
    for (const dependsOnId of dependsOn) {
      tx.insert(planActionDependencies).values({ actionId: id, dependsOnId }).run();
    }
    appendAudit(tx, actor, now, { action: before === null ? 'create' : 'update', entityType: 'plan_action', entityId: id, changes });
    return true;
  });
}

/**
 * Records how an action stands (execution: never needs approval). Done sets the progress to 100
 * and keeps the day it was first marked done while it stays done. Audited.
 */
export function setActionProgress(deps: CoreDeps, actor: Actor, input: ParsedInput<'transformation.setActionProgress'>): TransformationPlan {
  const { planId } = actionRow(deps.db, input.actionId);
  return trackPlan(deps, planId, 'actionId', (tx, _plan, now) => {
    const before = actionRow(tx, input.actionId);
    const done = input.status === 'done';
    const after = { status: input.status, progress: done ? 100 : input.progress, doneDate: done ? (before.doneDate ?? todayOf(deps)) : null };
    const changes = changesBetween({ status: before.status, progress: before.progress, doneDate: before.doneDate }, after);
    if (Object.keys(changes).length === 0) {
      return;
    }
    tx.update(planPhaseActions)
      .set({ ...after, updatedAt: now.toISOString() })
      .where(eq(planPhaseActions.id, before.id))
      .run();
    appendAudit(tx, actor, now, { action: 'update', entityType: 'plan_action', entityId: before.id, changes });
  });
}

/**
 * Removes an action entered in error, inside a plan change: refused when evidence was added to it
 * or other actions depend on it. Audited in full.
 */
export function removeAction(tx: Db, actor: Actor, now: Date, planId: string, id: string): void {
  const action = actionOfPlan(tx, planId, id);
  const evidence =
    tx.select({ id: planEvidenceNotes.id }).from(planEvidenceNotes).where(eq(planEvidenceNotes.actionId, id)).limit(1).get() ??
    tx.select({ id: planEvidenceFiles.id }).from(planEvidenceFiles).where(eq(planEvidenceFiles.actionId, id)).limit(1).get();
  const dependant = tx.select({ id: planActionDependencies.actionId }).from(planActionDependencies).where(eq(planActionDependencies.dependsOnId, id)).limit(1).get();
  fail([
    evidence === undefined ? null : { path: 'id', message: 'validation.actionHasEvidence' },
    dependant === undefined ? null : { path: 'id', message: 'validation.actionHasDependants' },
  ]);
  const dependsOn = loadPlanData(tx, planId).dependsOn.get(id) ?? [];
  tx.delete(planActionDependencies).where(eq(planActionDependencies.actionId, id)).run();
  tx.delete(planPhaseActions).where(eq(planPhaseActions.id, id)).run();
  const { phaseId, title, owner, startDate, dueDate, milestone, status, progress } = action;
  appendAudit(tx, actor, now, {
    action: 'delete',
    entityType: 'plan_action',
    entityId: id,
    changes: removalChanges({ planId, phaseId, title, owner, startDate, dueDate, milestone, dependsOn, status, progress }),
  });
}
