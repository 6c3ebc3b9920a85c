import { ageOn, calendarDate } from '@contract/dates';
import type { FollowUp, Placement } from '@contract/placements';
import { decisionSchema, exitInputSchema } from '@contract/placements';
import type { ProcedureName } from '@contract/procedures';
import type { ReferenceMeta } from '@contract/reference';
import { z } from 'zod';

/** What an exit, a re-admission or a new placement makes stale: the record, its lists, the trail. */
export const PLACEMENT_CHANGE_REFRESH = [
  'residents.get',
  'placements.list',
  'residents.timeline',
  'dashboard.get',
  'residents.list',
  'residents.search',
  'audit.list',
] as const satisfies readonly ProcedureName[];

/** What a recorded visit makes stale: the placements, the dashboard's alerts, the timeline, the trail. */
export const FOLLOW_UP_REFRESH = ['placements.list', 'dashboard.get', 'residents.timeline', 'audit.list'] as const satisfies readonly ProcedureName[];

export type DestinationKind = Placement['destination']['kind'];
export const destinationKinds: readonly DestinationKind[] = ['person', 'institution', 'none'];

/*
 * Input keys are the contract's issue paths ('decision.bodyCode'), so a problem found by the
 * contract schema here or by the core lands beside its input, and clears as the input changes.
 */

/** The decision a placement rests on, as typed. */
export type DecisionValues = { 'decision.bodyCode': string | null; 'decision.number': string; 'decision.date': string };

/** Where the child goes, and a note, as typed. */
export type DestinationValues = {
  'destination.kind': DestinationKind;
  'destination.name': string;
  'destination.phone': string;
  'destination.address': string;
  note: string;
};

export type ExitTypeValues = { exitTypeCode: string | null };
export type ExitDetailsValues = { exitDate: string } & DecisionValues;

export type ChangeValues = { endReason: 'breakdown' | 'replaced'; typeCode: string | null; startDate: string } & DecisionValues & DestinationValues;

export const emptyDecisionValues: DecisionValues = { 'decision.bodyCode': null, 'decision.number': '', 'decision.date': '' };

export function emptyDestinationValues(kind: DestinationKind): DestinationValues {
  return { 'destination.kind': kind, 'destination.name': '', 'destination.phone': '', 'destination.address': '', note: '' };
}

/** The exit's steps, in order. */
export const EXIT_STEPS = ['type', 'details', 'destination', 'review'] as const;
export const REVIEW_STEP = EXIT_STEPS.length - 1;

/** The first step's rule (the contract's own): a type is chosen. */
export const exitTypeStepSchema = z.strictObject({ exitTypeCode: exitInputSchema.shape.exitTypeCode });

/** The second step's rules (the contract's own): the exit date and the decision. */
export const exitDetailsStepSchema = z.strictObject({ exitDate: exitInputSchema.shape.exitDate, decision: decisionSchema });

export function decisionOf(values: DecisionValues) {
  return { bodyCode: values['decision.bodyCode'], number: values['decision.number'], date: values['decision.date'] };
}

export function destinationOf(values: DestinationValues) {
  return {
    kind: values['destination.kind'],
    name: values['destination.name'],
    phone: values['destination.phone'],
    address: values['destination.address'],
  };
}

export function exitDetailsInputOf(values: ExitDetailsValues) {
  return { exitDate: values.exitDate, decision: decisionOf(values) };
}

/** The whole exit as the inputs hold it, for the contract schema to check (and clean) at once. */
export function exitInputOf(
  ids: { residentId: string; version: number },
  type: ExitTypeValues,
  details: ExitDetailsValues,
  destination: DestinationValues,
) {
  return { ...ids, exitTypeCode: type.exitTypeCode, ...exitDetailsInputOf(details), destination: destinationOf(destination), note: destination.note };
}

export function changeInputOf(ids: { residentId: string; previousPlacementId: string }, values: ChangeValues) {
  return {
    ...ids,
    endReason: values.endReason,
    typeCode: values.typeCode,
    startDate: values.startDate,
    decision: decisionOf(values),
    destination: destinationOf(values),
    note: values.note,
  };
}

/** The step of the exit holding the input a core issue names; the review step for the others. */
export function exitStepOfPath(path: string): number {
  if (path === 'exitTypeCode') {
    return 0;
  }
  if (path === 'exitDate' || path.startsWith('decision.')) {
    return 1;
  }
  if (path.startsWith('destination.') || path === 'note') {
    return 2;
  }
  return REVIEW_STEP;
}

/** Only these paths are inputs of a form; the core's other issues are shown in words above the buttons. */
export function onlyPaths(paths: readonly string[]): (path: string) => string | null {
  return (path) => (paths.includes(path) ? path : null);
}

export const EXIT_DETAILS_PATHS = ['exitDate', 'decision.bodyCode', 'decision.number', 'decision.date'] as const;
export const DESTINATION_PATHS = ['destination.kind', 'destination.name', 'destination.phone', 'destination.address', 'note'] as const;

/** Where a child usually goes with this type: a transfer to an institution, ageing out or death nowhere. */
export function destinationKindFor(meta: ReferenceMeta | null): DestinationKind {
  switch (meta?.placement) {
    case 'transfer':
      return 'institution';
    case 'none':
      return 'none';
    default:
      return 'person';
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A type's ages and the child's age on `on` (today while the date is not a date yet); null for a type open to all ages. */
export function ageRuleOf(meta: ReferenceMeta | null, birthDate: string, on: string) {
  if (meta === null || (meta.minAge === undefined && meta.maxAge === undefined)) {
    return null;
  }
  const date = DATE.test(on) ? on : calendarDate(new Date());
  const age = ageOn(birthDate, date);
  const min = meta.minAge ?? 0;
  const outside = age < min || (meta.maxAge !== undefined && age > meta.maxAge);
  return { min, max: meta.maxAge ?? null, age, date, outside };
}

/** A visit not made whose day has passed, while someone should still make it (the placement is open). */
export function isOverdue(visit: FollowUp, placement: Placement, today: string): boolean {
  return visit.visitDate === null && placement.endedDate === null && visit.dueDate < today;
}

/** The open placement whose latest recorded visit found it broken down: it needs a next step. */
export function hasBrokenDown(placement: Placement): boolean {
  if (placement.endedDate !== null) {
    return false;
  }
  const made = placement.followUps.filter((visit) => visit.visitDate !== null);
  const latest = made.reduce<FollowUp | null>((last, visit) => (last === null || (visit.visitDate ?? '') >= (last.visitDate ?? '') ? visit : last), null);
  return latest?.outcome === 'broken_down';
}
