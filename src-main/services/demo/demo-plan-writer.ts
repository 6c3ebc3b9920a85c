import type { PlanComponent } from '../../contract/transformation';
import type { TransformationPlan } from '../../contract/transformation-views';
import type { Actor, CoreDeps } from '../context';
import { setIndicatorTarget } from '../indicators/dashboard';
import { getProfile } from '../institution/institution-service';
import { saveService } from '../referrals/services-service';
import { saveAction, setActionProgress } from '../transformation/actions-service';
import { addEvidenceNote } from '../transformation/evidence-service';
import { openNewService, saveBudgetLine, saveBuildingItem, saveNewService, saveTraining } from '../transformation/items-service';
import { approveTransformation, createTransformation, getTransformation, saveFacts, startTransformation, updateTransformation } from '../transformation/plan-service';
import { parsedInput } from './demo-input';
import type { DemoPlanScript, DemoPlanStart } from './demo-plan';
import type { PlanStep } from './demo-plan-steps';
import type { PastMoment } from './demo-timeline';

/** What the demo plan holds today, for the CLI's summary. */
export type DemoPlanSummary = {
  /** The latest approved revision. */
  revision: number;
  actionsDone: number;
  actionsTotal: number;
  overdue: number;
  servicesOpened: number;
  servicesPlanned: number;
  /** People with a completed retraining. */
  staffRetrained: number;
  /** Money moved to new services, as a whole percentage of all the budget lines plan to move. */
  budgetMovedPercent: number;
};

/**
 * Makes the demo plan on its first day through `transformation.create`, whose baseline counts the
 * children in the records as they stand: call it once the exits up to that day are written and
 * before the later ones, so it counts the children who were there that day. Null when the
 * installation has a plan not yet completed (the core allows one at a time): the demo leaves it be.
 */
export function createDemoPlan(at: PastMoment, actor: Actor, start: DemoPlanStart): TransformationPlan | null {
  const deps = at(start.createdOn);
  if (getTransformation(deps, undefined) !== null) {
    return null;
  }
  return createTransformation(deps, actor, parsedInput('transformation.create', start.fields));
}

/** The one id in `after` that is not in `before`: what a save with a null id added. */
function addedId(before: readonly { id: string }[], after: readonly { id: string }[]): string {
  const known = new Set(before.map((item) => item.id));
  const added = after.find((item) => !known.has(item.id));
  if (added === undefined) {
    throw new Error('demo: the plan item just added is missing');
  }
  return added.id;
}

const actionsOf = (plan: TransformationPlan) => plan.phases.flatMap((phase) => phase.actions);

/** The writer's memory: the core's ids of what the script names by demo key, by section. */
class Ids {
  private readonly ids = new Map<string, string>();
  get(section: string, key: string): string {
    const id = this.ids.get(`${section}:${key}`);
    if (id === undefined) {
      throw new Error(`demo: ${section} ${key} is not in the plan yet`);
    }
    return id;
  }
  find(section: string, key: string): string | null {
    return this.ids.get(`${section}:${key}`) ?? null;
  }
  set(section: string, key: string, id: string): void {
    this.ids.set(`${section}:${key}`, id);
  }
}

/**
 * Writes the plan's history through the transformation services (and the services register), each
 * step on its own day with the clock pinned there (`at`), so the core's rules (dates not in the
 * future, versions, approvals) and the audit trail hold as they would have. Returns the plan as
 * it stands today.
 */
export function writeDemoPlan(deps: CoreDeps, at: PastMoment, actor: Actor, created: TransformationPlan, script: DemoPlanScript): TransformationPlan {
  const ids = new Ids();
  const phaseOf = (component: PlanComponent) => created.phases.find((phase) => phase.componentCode === component)!;
  for (const { key, component, position } of script.templateKeys) {
    ids.set('action', key, phaseOf(component).actions[position]!.id);
  }
  const region = getProfile(deps.db).regionCode;
  let plan = created;
  for (const step of script.steps) {
    plan = writeStep(at(step.on), actor, plan, step, { ids, phaseOf, region });
  }
  return getTransformation(deps, plan.id)!;
}

type StepContext = { ids: Ids; phaseOf: (component: PlanComponent) => TransformationPlan['phases'][number]; region: string | null };

/** One step of the plan's history; returns the plan after it. */
function writeStep(deps: CoreDeps, actor: Actor, plan: TransformationPlan, step: PlanStep, { ids, phaseOf, region }: StepContext): TransformationPlan {
  const planId = plan.id;
  const version = plan.version;
  switch (step.kind) {
    case 'plan':
      return updateTransformation(deps, actor, parsedInput('transformation.update', { id: planId, version, plan: step.fields }));
    case 'facts':
      return saveFacts(deps, actor, parsedInput('transformation.saveFacts', { id: planId, version, facts: step.facts }));
    case 'target':
      setIndicatorTarget(deps, actor, parsedInput('indicators.setTarget', { planId, code: step.code, target: { value: step.value, date: step.date } }));
      return plan;
    case 'approve':
      return approveTransformation(deps, actor, parsedInput('transformation.approve', { id: planId, version }));
    case 'start':
      return startTransformation(deps, actor, parsedInput('transformation.start', { id: planId, version }));
    case 'action': {
      const id = ids.find('action', step.key);
      const { component, title, dependsOn, ...fields } = step.fields;
      const current = id === null ? undefined : actionsOf(plan).find((action) => action.id === id);
      const action = { ...fields, phaseId: phaseOf(component).id, title: title ?? current?.title ?? '', dependsOn: dependsOn.map((key) => ids.get('action', key)) };
      const after = saveAction(deps, actor, parsedInput('transformation.saveAction', { planId, version, id, action }));
      if (id === null) {
        ids.set('action', step.key, addedId(actionsOf(plan), actionsOf(after)));
      }
      return after;
    }
    case 'progress': {
      const { status, progress } = step;
      return setActionProgress(deps, actor, parsedInput('transformation.setActionProgress', { actionId: ids.get('action', step.key), status, progress }));
    }
    case 'evidence':
      return addEvidenceNote(deps, actor, parsedInput('transformation.addEvidenceNote', { actionId: ids.get('action', step.key), date: step.on, text: step.text }));
    case 'newService': {
      const id = ids.find('newService', step.key);
      const after = saveNewService(deps, actor, parsedInput('transformation.saveNewService', { planId, version, id, service: step.service }));
      if (id === null) {
        ids.set('newService', step.key, addedId(plan.newServices, after.newServices));
      }
      return after;
    }
    case 'register':
      // Entered by staff in the institution's own region.
      ids.set('register', step.key, saveService(deps, actor, null, parsedInput('services.save', { id: null, service: { ...step.service, regionCode: region } }).service).id);
      return plan;
    case 'open': {
      const serviceId = step.register === null ? null : ids.get('register', step.register);
      return openNewService(deps, actor, parsedInput('transformation.openNewService', { id: ids.get('newService', step.key), openedDate: step.on, serviceId }));
    }
    case 'training': {
      const id = ids.find('training', step.key);
      const after = saveTraining(deps, actor, parsedInput('transformation.saveTraining', { planId, version, id, training: step.training }));
      if (id === null) {
        ids.set('training', step.key, addedId(plan.trainings, after.trainings));
      }
      return after;
    }
    case 'budgetLine': {
      const id = ids.find('budgetLine', step.key);
      const after = saveBudgetLine(deps, actor, parsedInput('transformation.saveBudgetLine', { planId, version, id, line: step.line }));
      if (id === null) {
        ids.set('budgetLine', step.key, addedId(plan.budgetLines, after.budgetLines));
      }
      return after;
    }
    case 'buildingItem': {
      const id = ids.find('buildingItem', step.key);
      const after = saveBuildingItem(deps, actor, parsedInput('transformation.saveBuildingItem', { planId, version, id, item: step.item }));
      if (id === null) {
        ids.set('buildingItem', step.key, addedId(plan.buildingItems, after.buildingItems));
      }
      return after;
    }
  }
}

/** What the plan holds today, counted for the CLI. */
export function summarisePlan(plan: TransformationPlan): DemoPlanSummary {
  const actions = actionsOf(plan);
  const planned = plan.budgetLines.reduce((sum, line) => sum + line.plannedQepik, 0);
  const moved = plan.budgetLines.reduce((sum, line) => sum + line.movedQepik, 0);
  return {
    revision: plan.approval?.number ?? 0,
    actionsDone: actions.filter((action) => action.status === 'done').length,
    actionsTotal: actions.length,
    overdue: actions.filter((action) => action.overdue).length,
    servicesOpened: plan.newServices.filter((service) => service.openedDate !== null).length,
    servicesPlanned: plan.newServices.length,
    staffRetrained: new Set(plan.trainings.filter((training) => training.completedDate !== null).map((training) => training.person)).size,
    budgetMovedPercent: planned === 0 ? 0 : Math.round((moved * 100) / planned),
  };
}
