import { isAllowed } from '@contract/access';
import type { Role } from '@contract/common';
import type { ProcedureName } from '@contract/procedures';
import type { PlanActionStatus, TransformationStatus } from '@contract/transformation';
import type { PlanAction, PlanPhase, TransformationPlan } from '@contract/transformation-views';

export type { PlanAction, PlanPhase, TransformationPlan };

/** What a change of the plan's content makes stale: the plan, the list, a comparison with the working revision, the dashboard, the trail. */
export const PLAN_CHANGE_REFRESH = [
  'transformation.get',
  'transformation.list',
  'transformation.compare',
  'dashboard.get',
  'audit.list',
] as const satisfies readonly ProcedureName[];

/** An approval (or a status step) also adds to the list of revisions. */
export const PLAN_STEP_REFRESH = [...PLAN_CHANGE_REFRESH, 'transformation.revisions'] as const satisfies readonly ProcedureName[];

/** Execution tracking (progress, evidence): the plan, the dashboard's overdue actions, the trail. */
export const PLAN_TRACK_REFRESH = ['transformation.get', 'dashboard.get', 'audit.list'] as const satisfies readonly ProcedureName[];

/** Badge colours of the plan's statuses. */
export const PLAN_STATUS_COLORS: Readonly<Record<TransformationStatus, string>> = {
  draft: 'gray',
  approved: 'blue',
  in_progress: 'yellow',
  completed: 'teal',
};

/** Badge colours of the actions' statuses. */
export const ACTION_STATUS_COLORS: Readonly<Record<PlanActionStatus, string>> = {
  not_started: 'gray',
  in_progress: 'yellow',
  done: 'teal',
  blocked: 'red',
};

/** What a role may do with the plan shown (the core checks the same table on every call). */
export type PlanPermissions = {
  /** Change the plan's content: title, facts, phases, actions. */
  edit: boolean;
  approve: boolean;
  start: boolean;
  complete: boolean;
  /** Record how actions go: status, progress, evidence. */
  track: boolean;
};

/** The buttons a role sees for the plan as it stands; a completed plan only reads. */
export function planPermissions(role: Role, plan: Pick<TransformationPlan, 'status' | 'unapprovedChanges'>): PlanPermissions {
  const open = plan.status !== 'completed';
  return {
    edit: open && isAllowed('transformation.update', role),
    approve: open && plan.unapprovedChanges && isAllowed('transformation.approve', role),
    start: plan.status === 'approved' && isAllowed('transformation.start', role),
    complete: plan.status === 'in_progress' && isAllowed('transformation.complete', role),
    track: open && isAllowed('transformation.setActionProgress', role),
  };
}

/**
 * The form field a problem reported at `<prefix><field>` belongs to (e.g. `action.title` → `title`),
 * or null when no input of the form shows it (it is then said above the buttons).
 */
export function fieldsUnder(prefix: string, fields: readonly string[]): (path: string) => string | null {
  const known = new Set(fields);
  return (path) => {
    const field = path.startsWith(prefix) ? path.slice(prefix.length) : null;
    return field !== null && known.has(field) ? field : null;
  };
}

/** The plan's own fields as the inputs hold them. */
export type PlanFieldsValues = { title: string; periodStart: string; periodEnd: string; targetModelCodes: string[] };
export const PLAN_FIELDS = ['title', 'periodStart', 'periodEnd', 'targetModelCodes'] as const;

/** Empty inputs for a new plan, or the plan's fields to change. */
export function planFieldsValuesOf(plan: TransformationPlan | null): PlanFieldsValues {
  return plan === null
    ? { title: '', periodStart: '', periodEnd: '', targetModelCodes: [] }
    : { title: plan.title, periodStart: plan.periodStart, periodEnd: plan.periodEnd, targetModelCodes: [...plan.targetModelCodes] };
}

/** An action's planned fields as the inputs hold them. */
export type ActionValues = {
  phaseId: string | null;
  title: string;
  owner: string;
  startDate: string;
  dueDate: string;
  milestone: boolean;
  dependsOn: string[];
};
export const ACTION_FIELDS = ['phaseId', 'title', 'owner', 'startDate', 'dueDate', 'milestone', 'dependsOn'] as const;

/** Empty inputs for a new action in `phaseId`, or the action's planned fields to change. */
export function actionValuesOf(action: PlanAction | null, phaseId: string | null): ActionValues {
  return action === null
    ? { phaseId, title: '', owner: '', startDate: '', dueDate: '', milestone: false, dependsOn: [] }
    : {
        phaseId: action.phaseId,
        title: action.title,
        owner: action.owner ?? '',
        startDate: action.startDate ?? '',
        dueDate: action.dueDate ?? '',
        milestone: action.milestone,
        dependsOn: [...action.dependsOn],
      };
}

/** Every action of the plan, phase by phase. */
export function actionsOf(plan: Pick<TransformationPlan, 'phases'>): PlanAction[] {
  return plan.phases.flatMap((phase) => phase.actions);
}

/** A phase's actions done, how many there are, and their average progress (null without actions). */
export function phaseProgress(phase: Pick<PlanPhase, 'actions'>): { done: number; total: number; average: number | null } {
  const total = phase.actions.length;
  const done = phase.actions.filter((action) => action.status === 'done').length;
  const average = total === 0 ? null : Math.round(phase.actions.reduce((sum, action) => sum + action.progress, 0) / total);
  return { done, total, average };
}
