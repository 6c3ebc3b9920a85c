import { addDays, addMonths } from '../../contract/dates';
import type { PlanComponent, PlanFieldsInput } from '../../contract/transformation';
import { dateBetween } from './demo-dates';
import { adultName } from './demo-family';
import type { ActionFields, ActionOutcome, PlanStep, TrainingFields } from './demo-plan-steps';
import { actionSteps, quarterlyNotes } from './demo-plan-steps';
import {
  budgetTitles,
  buildingCondition,
  buildingItems,
  currentRoles,
  extraActions,
  familySupportNote,
  groupHomeTrainings,
  newServiceNames,
  planTitle,
  trainings,
} from './demo-plan-texts';
import { reformStart } from './demo-timeline';
import type { Random } from './random';
import { seededRandom } from './random';

/** The demo plan as it was made: on the reform's first day (its baseline counted then), with its title, period and target models. */
export type DemoPlanStart = { createdOn: string; fields: PlanFieldsInput };

/** Every write of the plan after it was made, in date order, and the demo keys of the template's actions. */
export type DemoPlanScript = { steps: PlanStep[]; templateKeys: { key: string; component: PlanComponent; position: number }[] };

/** Who owns the plan's actions, by role; the director by name. */
type Owners = Record<'director' | 'deputy' | 'social' | 'psychologist' | 'accountant' | 'facilities', string>;

/**
 * An action of the plan: a template action (`template`: its position in the phase) or one the
 * director adds; months from the period's start; added in revision 2 (`late`), or re-dated then (`due2`).
 */
type ActionSpec = {
  key: string;
  component: PlanComponent;
  template: number | null;
  owner: keyof Owners;
  start: number;
  due: number;
  due2?: number;
  milestone?: true;
  dependsOn?: string[];
  outcome: ActionOutcome['kind'];
  revision2?: true;
};

const ACTIONS: readonly ActionSpec[] = [
  { key: 'records', component: 'baseline', template: 0, owner: 'social', start: 0, due: 2, outcome: 'on_time' },
  { key: 'facts', component: 'baseline', template: 1, owner: 'deputy', start: 0, due: 1, outcome: 'on_time' },
  { key: 'assessment', component: 'assessment_and_plans', template: 0, owner: 'psychologist', start: 1, due: 6, dependsOn: ['records'], outcome: 'late' },
  { key: 'carePlans', component: 'assessment_and_plans', template: 1, owner: 'social', start: 2, due: 12, milestone: true, dependsOn: ['assessment'], outcome: 'on_time' },
  { key: 'requests', component: 'gatekeeping', template: 0, owner: 'social', start: 0, due: 3, outcome: 'on_time' },
  { key: 'alternatives', component: 'gatekeeping', template: 1, owner: 'director', start: 2, due: 9, dependsOn: ['requests'], outcome: 'late' },
  { key: 'needs', component: 'new_services', template: 0, owner: 'deputy', start: 1, due: 4, dependsOn: ['facts'], outcome: 'on_time' },
  { key: 'firstService', component: 'new_services', template: 1, owner: 'director', start: 5, due: 11, milestone: true, dependsOn: ['needs', 'costs', 'dayCareStaff'], outcome: 'on_time' },
  { key: 'dayCareStaff', component: 'new_services', template: null, owner: 'deputy', start: 6, due: 9, dependsOn: ['costs'], outcome: 'on_time' },
  { key: 'familySupport', component: 'new_services', template: null, owner: 'social', start: 8, due: 13, dependsOn: ['needs'], outcome: 'on_time' },
  { key: 'trainingNeeds', component: 'staff', template: 0, owner: 'psychologist', start: 1, due: 3, outcome: 'on_time' },
  { key: 'retraining', component: 'staff', template: 1, owner: 'deputy', start: 4, due: 24, dependsOn: ['trainingNeeds'], outcome: 'ongoing' },
  { key: 'costs', component: 'money_and_buildings', template: 0, owner: 'accountant', start: 2, due: 5, dependsOn: ['needs'], outcome: 'on_time' },
  { key: 'buildingPlan', component: 'money_and_buildings', template: 1, owner: 'director', start: 4, due: 8, dependsOn: ['costs'], outcome: 'late' },
  { key: 'repairs', component: 'money_and_buildings', template: null, owner: 'facilities', start: 9, due: 11, dependsOn: ['buildingPlan'], outcome: 'on_time' },
  { key: 'groupHomeFlats', component: 'money_and_buildings', template: null, owner: 'facilities', start: 13, due: 15, dependsOn: ['buildingPlan'], outcome: 'blocked', revision2: true },
  { key: 'groupHome', component: 'new_services', template: null, owner: 'director', start: 17, due: 22, milestone: true, dependsOn: ['groupHomeFlats'], outcome: 'waiting', revision2: true },
  { key: 'meeting', component: 'stakeholders', template: 0, owner: 'director', start: 0, due: 2, outcome: 'on_time' },
  { key: 'voices', component: 'stakeholders', template: 1, owner: 'psychologist', start: 3, due: 8, due2: 14, outcome: 'stuck' },
  { key: 'community', component: 'stakeholders', template: null, owner: 'social', start: 5, due: 8, outcome: 'on_time' },
  { key: 'preparation', component: 'preparation_and_closure', template: 0, owner: 'social', start: 3, due: 30, outcome: 'ongoing' },
  { key: 'followUps', component: 'preparation_and_closure', template: 1, owner: 'social', start: 4, due: 36, outcome: 'ongoing' },
  { key: 'fosterFamilies', component: 'preparation_and_closure', template: null, owner: 'social', start: 13, due: 24, outcome: 'ongoing', revision2: true },
  { key: 'quarterly', component: 'monitoring', template: 0, owner: 'director', start: 3, due: 36, outcome: 'ongoing' },
  { key: 'annualReport', component: 'monitoring', template: 1, owner: 'director', start: 11, due: 13, milestone: true, outcome: 'on_time' },
];

/** The service models the plan first aims at (revision 2 adds two). */
const FIRST_MODELS = ['day_care_centre', 'family_support', 'rehabilitation_centre'];

/**
 * The plan as the director makes it on the reform's first day: a three-year period from the first
 * of the month after next, aiming at day care, family support and rehabilitation.
 */
export function demoPlanStart(seed: number, today: string): DemoPlanStart {
  const createdOn = reformStart(today, seed);
  const periodStart = addMonths(`${addDays(createdOn, 25).slice(0, 7)}-01`, 1);
  const periodEnd = addDays(addMonths(periodStart, 36), -1);
  return {
    createdOn,
    fields: { title: planTitle(periodStart.slice(0, 4), periodEnd.slice(0, 4)), periodStart, periodEnd, targetModelCodes: FIRST_MODELS },
  };
}

/** Annual cost of a child in the institution (qəpik), from which the demo budget is sized. */
const COST_PER_CHILD = 8_400_00;
/** Share of the annual budget each line plans to move to new services (revision 1; revision 2 changes some). */
const BUDGET_SHARES: Readonly<Record<string, number>> = { dayCare: 0.18, familySupport: 0.12, repairs: 0.06, training: 0.02, rehabilitation: 0.05 };

/** An amount of qəpik rounded to whole hundreds of manat, as budgets are written. */
const hundreds = (qepik: number): number => Math.max(100_00, Math.round(qepik / 100_00) * 100_00);

/** The plan's owners: the director by name, the others made up. */
function ownersOf(rng: Random, directorName: string): Owners {
  const person = (role: string, sex: 'male' | 'female'): string => `${role} ${adultName(rng, sex)}`;
  return {
    director: `Direktor ${directorName}`,
    deputy: person('Direktor müavini', 'female'),
    social: person('Sosial işçi', 'female'),
    psychologist: person('Psixoloq', 'female'),
    accountant: person('Baş mühasib', 'female'),
    facilities: person('Təsərrüfat müdiri', 'male'),
  };
}

/**
 * The demo institution's transformation plan, deterministic for `seed`, `today` and the number of
 * children it counted: made on the reform's first day, filled in and approved (revision 1) within
 * weeks, started on the period's first day and carried out since — actions done (with notes of
 * what was done), in progress, overdue or blocked; services opened; staff retrained; money moved;
 * rooms repurposed — and changed and approved again a year on (revision 2). Only what happened
 * before today is in it.
 */
export function planDemoTransformation(seed: number, today: string, children: number, directorName: string): DemoPlanScript {
  const rng = seededRandom(seed ^ 0x7a4b9);
  const { createdOn, fields } = demoPlanStart(seed, today);
  const { periodStart } = fields;
  const month = (months: number, jitter = 0): string => addDays(addMonths(periodStart, months), jitter === 0 ? 0 : rng.int(0, jitter));
  const approved = addDays(periodStart, -rng.int(5, 12));
  const drafting = (): string => dateBetween(rng, addDays(createdOn, 3), addDays(approved, -1));
  const revised = month(12, 20);
  const revising = (): string => dateBetween(rng, addDays(revised, -14), addDays(revised, -1));
  const owners = ownersOf(rng, directorName);
  // Approved within weeks, started on the period's first day (before anything is carried out that day).
  const steps: PlanStep[] = [
    { on: approved, kind: 'approve' },
    { on: periodStart, kind: 'start' },
  ];

  const staff = Math.round(children * 0.65) + 10;
  const care = Math.round(staff * 0.55);
  const teachers = Math.round(staff * 0.18);
  const medical = Math.round(staff * 0.1);
  const annual = hundreds(children * COST_PER_CHILD);
  const places = Math.ceil((children + 25) / 10) * 10;
  steps.push({
    on: addDays(createdOn, rng.int(1, 3)),
    kind: 'facts',
    facts: {
      staff: { total: staff, care, teachers, medical, other: staff - care - teachers - medical },
      budget: { year: Number(createdOn.slice(0, 4)), annualQepik: annual },
      building: { places, floorAreaM2: places * 17.5, buildings: 2, condition: buildingCondition },
    },
  });

  // The services: the day-care centre opens first (the register entry made with it), then family
  // support (entered in the register by staff, then linked), the rehabilitation room later, if yet.
  const opened = { dayCare: month(11, 20), familySupport: month(12, 10), rehabilitation: month(19, 30) };
  const service = (key: string, typeCode: string, capacity: number, opening: number, on: string): PlanStep => ({
    on,
    kind: 'newService',
    key,
    service: { name: newServiceNames[key]!, serviceTypeCode: typeCode, capacity, plannedOpeningDate: month(opening) },
  });
  steps.push(service('dayCare', 'day_care', 25, 10, drafting()), service('familySupport', 'family_support', 40, 12, drafting()), service('rehabilitation', 'rehabilitation', 15, 15, drafting()));

  const actionFields = (spec: ActionSpec, due: number): ActionFields => ({
    component: spec.component,
    title: spec.template === null ? extraActions[spec.key]! : null,
    owner: owners[spec.owner],
    startDate: month(spec.start),
    dueDate: addDays(month(due), -1),
    milestone: spec.milestone === true,
    dependsOn: spec.dependsOn ?? [],
  });
  // A dependency is saved after the action it names exists: the actions are entered in the order
  // of the list, extras first (a template action may wait for one), each on a day no earlier than the last.
  const ordered = [...ACTIONS.filter((spec) => spec.template === null), ...ACTIONS.filter((spec) => spec.template !== null)];
  const days = (revision2: boolean): string[] => ordered.filter((spec) => (spec.revision2 === true) === revision2).map(() => (revision2 ? revising() : drafting())).sort();
  const [firstDays, secondDays] = [days(false), days(true)];
  const doneOn: Readonly<Record<string, string>> = { firstService: opened.dayCare, familySupport: opened.familySupport };
  for (const spec of ordered) {
    const planned = actionFields(spec, spec.due);
    steps.push({ on: (spec.revision2 === true ? secondDays : firstDays).shift()!, kind: 'action', key: spec.key, template: spec.template, fields: planned });
    if (spec.due2 !== undefined) {
      steps.push({ on: revising(), kind: 'action', key: spec.key, template: spec.template, fields: actionFields(spec, spec.due2) });
    }
    const outcome: ActionOutcome = { kind: spec.outcome, ...(doneOn[spec.key] === undefined ? {} : { doneOn: doneOn[spec.key] }) };
    steps.push(...actionSteps(rng, spec.key, spec.due2 === undefined ? planned : actionFields(spec, spec.due2), outcome, today));
  }
  steps.push(...quarterlyNotes('quarterly', periodStart, today));

  // A training is recorded as completed some days after its last day.
  const completion = (key: string, planned: TrainingFields, completedDate: string, hours: number): PlanStep => ({
    on: addDays(completedDate, rng.int(1, 10)),
    kind: 'training',
    key,
    training: { ...planned, completedDate, hours },
  });
  const staffNames = currentRoles.map((role) => `${adultName(rng, role === 'tərbiyəçi köməkçisi' || rng.chance(0.8) ? 'female' : 'male')} (${role})`);
  const completions = [5, 6, 6, 8, 9, 11, 14, null];
  trainings.forEach((training, index) => {
    const key = `training${index}`;
    const planned = { person: staffNames[index]!, training: training.training, newRole: training.newRole, completedDate: null, hours: null };
    steps.push({ on: drafting(), kind: 'training', key, training: planned });
    const completed = completions[index];
    if (completed !== null && completed !== undefined) {
      steps.push(completion(key, planned, month(completed, 20), training.hours));
    }
  });

  const line = (key: string, share: number) => ({ title: budgetTitles[key]!, plannedQepik: hundreds(annual * share), movedQepik: 0, movedDate: null });
  for (const [key, share] of Object.entries(BUDGET_SHARES)) {
    steps.push({ on: drafting(), kind: 'budgetLine', key, line: line(key, share) });
  }
  const move = (key: string, on: string, share = 1): PlanStep => {
    const planned = line(key, BUDGET_SHARES[key]!);
    return { on, kind: 'budgetLine', key, line: { ...planned, movedQepik: hundreds(planned.plannedQepik * share), movedDate: on } };
  };
  const trainingMoved = month(6, 20);
  steps.push(move('training', trainingMoved), move('repairs', month(10, 25)), move('dayCare', opened.dayCare, 0.7), move('familySupport', opened.familySupport));

  const item = (key: string, status: 'planned' | 'in_progress' | 'done', due: number) => ({ ...buildingItems[key]!, status, dueDate: month(due) });
  steps.push(
    { on: drafting(), kind: 'buildingItem', key: 'dayCare', item: item('dayCare', 'planned', 10) },
    { on: drafting(), kind: 'buildingItem', key: 'rehabilitation', item: item('rehabilitation', 'planned', 15) },
    { on: drafting(), kind: 'buildingItem', key: 'canteen', item: item('canteen', 'planned', 24) },
    { on: month(9, 10), kind: 'buildingItem', key: 'dayCare', item: item('dayCare', 'in_progress', 10) },
    { on: addDays(opened.dayCare, -rng.int(5, 15)), kind: 'buildingItem', key: 'dayCare', item: item('dayCare', 'done', 10) },
    { on: month(13, 20), kind: 'buildingItem', key: 'rehabilitation', item: item('rehabilitation', 'in_progress', 15) },
  );

  // The director's targets, set while drafting: half the children by the period's end, a plan for
  // every child within a year, the new services' places, everyone planned retrained, all the money moved.
  const periodEnd = fields.periodEnd;
  steps.push(
    { on: drafting(), kind: 'target', code: 'children_in_residence', value: Math.round(children / 2), date: periodEnd },
    { on: drafting(), kind: 'target', code: 'plan_coverage', value: 100, date: month(12) },
    { on: drafting(), kind: 'target', code: 'service_capacity_opened', value: 80, date: month(24) },
    { on: drafting(), kind: 'target', code: 'staff_retrained', value: trainings.length, date: month(24) },
    { on: drafting(), kind: 'target', code: 'budget_moved_share', value: 100, date: periodEnd },
  );
  steps.push(
    { on: opened.dayCare, kind: 'open', key: 'dayCare', register: null },
    {
      on: addDays(opened.familySupport, -rng.int(3, 12)),
      kind: 'register',
      key: 'familySupport',
      service: { name: newServiceNames.familySupport!, typeCode: 'family_support', regionCode: null, address: null, phone: null, capacity: 40, active: true, note: familySupportNote },
    },
    { on: opened.familySupport, kind: 'open', key: 'familySupport', register: 'familySupport' },
  );

  // Revision 2, a year on: a small group home and foster care added, the rehabilitation room and
  // the consultation of children and families postponed, more retraining, more money for training.
  steps.push(
    { on: revising(), kind: 'plan', fields: { ...fields, targetModelCodes: [...FIRST_MODELS, 'small_group_home', 'foster_care_service'] } },
    service('groupHome', 'other', 8, 22, revising()),
    { on: revising(), kind: 'newService', key: 'rehabilitation', service: { name: newServiceNames.rehabilitation!, serviceTypeCode: 'rehabilitation', capacity: 15, plannedOpeningDate: month(19) } },
    { on: revising(), kind: 'budgetLine', key: 'groupHome', line: line('groupHome', 0.08) },
    { on: revising(), kind: 'budgetLine', key: 'training', line: { ...line('training', 0.03), movedQepik: line('training', 0.02).plannedQepik, movedDate: trainingMoved } },
    { on: revising(), kind: 'buildingItem', key: 'groupHome', item: item('groupHome', 'planned', 18) },
  );
  groupHomeTrainings.forEach((training, index) => {
    const key = `groupHomeTraining${index}`;
    const planned = { person: adultName(rng, index === 2 ? 'male' : 'female'), training: training.training, newRole: training.newRole, completedDate: null, hours: null };
    steps.push({ on: revising(), kind: 'training', key, training: planned });
    if (index < 2) {
      steps.push(completion(key, planned, month(15 + index, 20), training.hours));
    }
  });
  steps.push({ on: revised, kind: 'approve' });
  if (opened.rehabilitation < today) {
    steps.push(
      { on: opened.rehabilitation, kind: 'open', key: 'rehabilitation', register: null },
      { on: opened.rehabilitation, kind: 'buildingItem', key: 'rehabilitation', item: item('rehabilitation', 'done', 15) },
      move('rehabilitation', opened.rehabilitation),
    );
  }
  // Sorting is stable: a day's steps keep the order they were added in.
  const history = steps.filter((step) => step.on < today).sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const templateKeys = ACTIONS.flatMap((spec) => (spec.template === null ? [] : [{ key: spec.key, component: spec.component, position: spec.template }]));
  return { steps: history, templateKeys };
}
