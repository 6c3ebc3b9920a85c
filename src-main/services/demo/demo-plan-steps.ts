import { addDays, addMonths } from '../../contract/dates';
import type { IndicatorCode } from '../../contract/indicator-catalogue';
import type { ProcedureInput } from '../../contract/procedures';
import type { ServiceInput } from '../../contract/services-register';
import type { PlanActionStatus, PlanComponent, PlanFactsInput, PlanFieldsInput } from '../../contract/transformation';
import { daysBetween, later } from './demo-dates';
import { blockedNote, doneNotes, progressNotes, reviewNotes } from './demo-plan-texts';
import type { Random } from './random';

/*
 * The demo transformation plan as a script of dated steps, each one call of the transformation
 * services (or of the services register) on its own day. Steps name what they touch by demo keys;
 * the writer (demo-plan-writer) maps the keys to the ids the core gives.
 */

/** An action's planned fields, its phase by component and its dependencies by demo key. */
export type ActionFields = {
  component: PlanComponent;
  title: string | null;
  owner: string;
  startDate: string;
  dueDate: string;
  milestone: boolean;
  dependsOn: string[];
};

export type TrainingFields = ProcedureInput<'transformation.saveTraining'>['training'];
type LineFields = ProcedureInput<'transformation.saveBudgetLine'>['line'];
type ItemFields = ProcedureInput<'transformation.saveBuildingItem'>['item'];
type NewServiceFields = ProcedureInput<'transformation.saveNewService'>['service'];

/** One write of the plan's history. `template` is the action's position in its template phase (null: one the demo adds). */
export type PlanStep = { on: string } & (
  | { kind: 'plan'; fields: PlanFieldsInput }
  | { kind: 'facts'; facts: PlanFactsInput }
  | { kind: 'action'; key: string; template: number | null; fields: ActionFields }
  | { kind: 'progress'; key: string; status: PlanActionStatus; progress: number }
  | { kind: 'evidence'; key: string; text: string }
  | { kind: 'newService'; key: string; service: NewServiceFields }
  | { kind: 'register'; key: string; service: ServiceInput }
  | { kind: 'open'; key: string; register: string | null }
  | { kind: 'training'; key: string; training: TrainingFields }
  | { kind: 'budgetLine'; key: string; line: LineFields }
  | { kind: 'buildingItem'; key: string; item: ItemFields }
  | { kind: 'target'; code: IndicatorCode; value: number; date: string }
  | { kind: 'approve' }
  | { kind: 'start' }
);

/**
 * How an action goes: done around its due date, done late, stuck part-way, blocked, still going
 * (its progress following the time gone), or not started, waiting for another. `doneOn` fixes the
 * day it is done (an opening, say).
 */
export type ActionOutcome = { kind: 'on_time' | 'late' | 'stuck' | 'blocked' | 'ongoing' | 'waiting'; doneOn?: string };

/** A progress figure as people give it: a multiple of five. */
const roundFive = (value: number): number => Math.round(value / 5) * 5;

/**
 * The execution of one action up to (not including) `today`: marked in progress a few days after it
 * starts, moved on every few months, then done (with a note of what was done), blocked (with why),
 * or left where it got to. Nothing for an action not started yet (or waiting for another).
 */
export function actionSteps(rng: Random, key: string, fields: ActionFields, outcome: ActionOutcome, today: string): PlanStep[] {
  const start = addDays(fields.startDate, rng.int(0, 6));
  if (start >= today || outcome.kind === 'waiting') {
    return [];
  }
  const begun = rng.int(1, 3) * 5;
  const steps: PlanStep[] = [{ on: start, kind: 'progress', key, status: 'in_progress', progress: begun }];
  const planned = outcome.kind === 'on_time' ? addDays(fields.dueDate, rng.int(-12, 6)) : outcome.kind === 'late' ? addDays(fields.dueDate, rng.int(25, 70)) : null;
  const doneOn = outcome.doneOn ?? (planned === null ? null : later(planned, addDays(start, 7)));
  if (doneOn !== null && doneOn < today) {
    if (daysBetween(start, doneOn) > 40) {
      steps.push({ on: addDays(start, Math.floor(daysBetween(start, doneOn) / 2)), kind: 'progress', key, status: 'in_progress', progress: rng.int(8, 14) * 5 });
    }
    steps.push({ on: doneOn, kind: 'progress', key, status: 'done', progress: 100 });
    const note = doneNotes[key];
    return note === undefined ? steps : [...steps, { on: doneOn, kind: 'evidence', key, text: note }];
  }
  // Still going: a figure every few months, as far as the time gone (a stuck action stalls at about half).
  const cap = outcome.kind === 'stuck' ? rng.int(10, 13) * 5 : 95;
  const span = Math.max(1, daysBetween(start, fields.dueDate));
  let last = begun;
  for (let day = addDays(start, rng.int(60, 100)); day < today; day = addDays(day, rng.int(70, 110))) {
    const progress = Math.min(cap, Math.max(10, roundFive((daysBetween(start, day) * 100) / span)));
    if (progress > last) {
      steps.push({ on: day, kind: 'progress', key, status: 'in_progress', progress });
      last = progress;
    }
  }
  const note = progressNotes[key];
  if (note !== undefined && steps.length > 1) {
    steps.push({ on: steps[1]!.on, kind: 'evidence', key, text: note });
  }
  const blockedOn = addDays(start, rng.int(40, 70));
  if (outcome.kind === 'blocked' && blockedOn < today) {
    // Blocked is where it stays: figures after that day would unblock it.
    const before = steps.filter((step) => step.kind !== 'progress' || step.on <= blockedOn);
    const reached = Math.max(20, ...before.map((step) => (step.kind === 'progress' ? step.progress : 0)));
    return [...before, { on: blockedOn, kind: 'progress', key, status: 'blocked', progress: reached }, { on: blockedOn, kind: 'evidence', key, text: blockedNote }];
  }
  return steps;
}

/** The quarterly review of the indicators: a note every three months from `from`, before today. */
export function quarterlyNotes(key: string, from: string, today: string): PlanStep[] {
  const steps: PlanStep[] = [];
  for (let quarter = 1; addMonths(from, 3 * quarter) < today; quarter++) {
    steps.push({ on: addMonths(from, 3 * quarter), kind: 'evidence', key, text: reviewNotes[(quarter - 1) % reviewNotes.length]! });
  }
  return steps;
}
