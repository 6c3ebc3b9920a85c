import { isAllowed } from '@contract/access';
import { azLower } from '@contract/az-text';
import type { Role } from '@contract/common';
import type { ProcedureName } from '@contract/procedures';
import type { TransformationPlan } from '@contract/transformation-views';

export type PlanNewService = TransformationPlan['newServices'][number];
export type PlanTraining = TransformationPlan['trainings'][number];
export type PlanBudgetLine = TransformationPlan['budgetLines'][number];
export type PlanBuildingItem = TransformationPlan['buildingItems'][number];

/**
 * What a change to the plan's items makes stale: the plan, the trail that recorded it, and the
 * dashboard (its indicators count services opened, staff retrained and money moved).
 */
export const ITEM_CHANGE_REFRESH = ['transformation.get', 'dashboard.get', 'audit.list'] as const satisfies readonly ProcedureName[];

/** Opening a service also adds to, or links, the services register. */
export const OPEN_SERVICE_REFRESH = [...ITEM_CHANGE_REFRESH, 'services.list'] as const satisfies readonly ProcedureName[];

/** What a role may do with the plan's items (the core checks the same table on every call). */
export type ItemPermissions = {
  newService: boolean;
  openService: boolean;
  training: boolean;
  budgetLine: boolean;
  buildingItem: boolean;
  remove: boolean;
};

/** The buttons a role sees; a completed plan is a record, changed by no one. */
export function itemPermissions(role: Role, plan: Pick<TransformationPlan, 'status'>): ItemPermissions {
  const open = plan.status !== 'completed';
  return {
    newService: open && isAllowed('transformation.saveNewService', role),
    openService: open && isAllowed('transformation.openNewService', role),
    training: open && isAllowed('transformation.saveTraining', role),
    budgetLine: open && isAllowed('transformation.saveBudgetLine', role),
    buildingItem: open && isAllowed('transformation.saveBuildingItem', role),
    remove: open && isAllowed('transformation.removeItem', role),
  };
}

/**
 * The form field a problem reported at `<prefix><field>` belongs to (e.g. `line.movedQepik` →
 * `movedQepik`), or null when no input of the form shows it (it is then said above the buttons).
 */
export function fieldsUnder(prefix: string, fields: readonly string[]): (path: string) => string | null {
  const known = new Set(fields);
  return (path) => {
    const field = path.startsWith(prefix) ? path.slice(prefix.length) : null;
    return field !== null && known.has(field) ? field : null;
  };
}

/** Distinct people among the trainings: a name typed twice with other spacing or case is one person. */
export function distinctPeople(trainings: readonly Pick<PlanTraining, 'person'>[]): number {
  return new Set(trainings.map((training) => azLower(training.person.trim().replace(/\s+/g, ' ')))).size;
}
