import { addDays, addMonths, ageOn } from '../../contract/dates';
import type { FollowUpOutcome } from '../../contract/placements';
import type { ReferenceMeta } from '../../contract/reference';
import type { AdmissionInput } from '../../contract/residents';
import { dateBetween, earlier, later } from './demo-dates';
import { adultName, mobilePhone } from './demo-family';
import type { DemoFamilyMember, DemoResident } from './demo-generator';
import { agedOutAddresses, exitNotes, otherInstitutions, smallGroupHomes, visitNotes } from './demo-pathway-texts';
import { streets } from './demo-texts';
import type { Random } from './random';

/** An exit type of the reference data, with what it implies (ages, secrecy, follow-up visits). */
export type ExitType = { code: string; meta: ReferenceMeta };

/** A follow-up visit due before today, and what it found (null: nobody has recorded it: overdue). */
export type DemoVisitPlan = {
  dueDate: string;
  record: { visitDate: string; visitor: string; outcome: FollowUpOutcome; notes: string | null } | null;
};

/** A placement out of the institution as `placements.exit` or `placements.change` takes it, and its visits. */
export type DemoPlacementPlan = {
  typeCode: string;
  startDate: string;
  decision: { bodyCode: string; number: string | null; date: string | null };
  destination: { kind: 'person' | 'institution' | 'none'; name: string | null; phone: string | null; address: string | null };
  note: string | null;
  visits: DemoVisitPlan[];
};

/** What followed a breakdown: the child came back (re-admission) or went to another family placement. */
export type DemoAfterBreakdown = { kind: 'readmit'; admission: AdmissionInput } | { kind: 'change'; placement: DemoPlacementPlan };

/** A child's exit and, if the placement broke down, what happened next. */
export type DemoExitPlan = DemoPlacementPlan & { after: DemoAfterBreakdown | null };

/** What an exit plan needs besides the children. */
export type ExitContext = {
  rng: Random;
  today: string;
  followUpMonths: readonly number[];
  exitTypes: readonly ExitType[];
  /** The social worker who makes the follow-up visits. */
  visitor: string;
};

/** How common each exit type is among the family groups that leave; codes not listed weigh 5. */
const TYPE_WEIGHTS: Readonly<Record<string, number>> = {
  reintegration: 30,
  kinship: 16,
  guardianship: 8,
  trusteeship: 10,
  foster_family: 10,
  adoption: 8,
  small_group_home: 7,
  transfer: 6,
};
/** Where a child goes after a placement broke down, when not back to the institution. */
const CHANGE_WEIGHTS: Readonly<Record<string, number>> = { foster_family: 50, small_group_home: 30, kinship: 20 };
const PARENTS = ['mother', 'father'];
const KIN = ['grandmother', 'grandfather', 'aunt', 'uncle'];

const relativesOf = (child: DemoResident, codes: readonly string[]): DemoFamilyMember[] =>
  child.family.filter((member) => member.siblingIndex === null && member.contactAllowed && codes.includes(member.relationCode));

const agesFit = (meta: ReferenceMeta, group: readonly DemoResident[], date: string): boolean =>
  group.every((child) => {
    const age = ageOn(child.resident.identity.birthDate, date);
    return (meta.minAge === undefined || age >= meta.minAge) && (meta.maxAge === undefined || age <= meta.maxAge);
  });

/** Adoption-like (secret) placements: young children with no parents to go back to, at most two together. */
function adoptable(group: readonly DemoResident[], date: string): boolean {
  const legal = group[0]!.resident.legal;
  const noParents =
    legal.legalStatusCode === 'orphan' ||
    legal.legalStatusCode === 'unknown_parents' ||
    legal.deprivationReasonCodes.some((code) => code === 'parental_rights_deprived' || code === 'parents_refused');
  return noParents && group.length <= 2 && group.every((child) => ageOn(child.resident.identity.birthDate, date) <= 9);
}

/**
 * The exit types a whole family group can leave by on `date`, with their weights: family placements
 * and transfers whose ages fit every child; going home only with a parent to go to, kinship only with
 * relatives in contact. Exits of one child alone (ageing out, death) are not among them.
 */
export function groupExitWeights(types: readonly ExitType[], group: readonly DemoResident[], date: string): [ExitType, number][] {
  const first = group[0]!;
  const weights: [ExitType, number][] = [];
  for (const type of types) {
    if (type.meta.placement === 'none' || !agesFit(type.meta, group, date)) {
      continue;
    }
    if ((type.meta.secret === true && !adoptable(group, date)) || (type.code === 'reintegration' && relativesOf(first, PARENTS).length === 0)) {
      continue;
    }
    if (type.code === 'kinship' && relativesOf(first, KIN).length === 0) {
      continue;
    }
    const social = type.code === 'reintegration' && first.resident.legal.legalStatusCode === 'with_parents_social';
    weights.push([type, (TYPE_WEIGHTS[type.code] ?? 5) * (social ? 1.5 : 1)]);
  }
  return weights;
}

function personAddress(rng: Random): string {
  return `${rng.weighted([['Bakı', 70], ['Sumqayıt', 15], ['Gəncə', 15]] as const)}, ${rng.pick(streets)} küçəsi ${rng.int(1, 150)}`;
}

function destinationFor(rng: Random, type: ExitType, child: DemoResident): DemoPlacementPlan['destination'] {
  if (type.meta.placement === 'transfer') {
    return { kind: 'institution', name: rng.pick(otherInstitutions), phone: null, address: null };
  }
  if (type.meta.placement === 'none') {
    return { kind: 'none', name: null, phone: null, address: type.meta.minAge === undefined ? null : rng.pick(agedOutAddresses) };
  }
  if (type.code === 'small_group_home') {
    return { kind: 'institution', name: rng.pick(smallGroupHomes), phone: null, address: null };
  }
  const known = type.code === 'reintegration' ? relativesOf(child, PARENTS) : type.meta.secret === true ? [] : relativesOf(child, KIN);
  const relative = known.length === 0 || type.code === 'foster_family' ? null : rng.pick(known);
  if (relative !== null) {
    return { kind: 'person', name: relative.fullName, phone: relative.phone, address: relative.address ?? personAddress(rng) };
  }
  return { kind: 'person', name: adultName(rng, rng.chance(0.7) ? 'female' : 'male'), phone: mobilePhone(rng), address: personAddress(rng) };
}

function decisionFor(rng: Random, type: ExitType, date: string, earliest: string): DemoPlacementPlan['decision'] {
  if (type.meta.placement === 'none' && type.meta.minAge === undefined) {
    return { bodyCode: 'executive_authority', number: null, date };
  }
  const bodyCode =
    type.meta.secret === true
      ? 'court'
      : type.meta.placement === 'transfer' || type.code === 'small_group_home'
        ? 'ministry_of_education'
        : type.code === 'reintegration'
          ? 'juvenile_commission'
          : type.meta.placement === 'none'
            ? 'executive_authority'
            : 'guardianship_authority';
  const decided = later(earliest, addDays(date, -rng.int(0, 21)));
  const year = decided.slice(0, 4);
  return { bodyCode, number: bodyCode === 'court' ? `2-${rng.int(100, 999)}/${year}` : `${rng.int(1, 320)}/${year}`, date: decided };
}

/**
 * The visits due before today of a placement starting on `startDate`, recorded a few days around the
 * due date: mostly stable, some at risk, now and then broken down (never when `allowBreakdown` is
 * false; always, at some visit, when `forceBreakdown`). After a breakdown nobody visits that
 * placement again; the latest visit is sometimes not recorded yet (overdue).
 */
function planVisits(ctx: ExitContext, startDate: string, allowBreakdown: boolean, forceBreakdown: boolean): { visits: DemoVisitPlan[]; brokeOn: string | null } {
  const { rng, today } = ctx;
  const dues = ctx.followUpMonths.map((months) => addMonths(startDate, months)).filter((due) => due < today);
  const forcedAt = forceBreakdown && dues.length > 0 ? rng.int(0, dues.length - 1) : -1;
  const visits: DemoVisitPlan[] = [];
  let brokeOn: string | null = null;
  let previous: { date: string; outcome: FollowUpOutcome } = { date: startDate, outcome: 'stable' };
  for (const [position, dueDate] of dues.entries()) {
    const last = position === dues.length - 1;
    if (brokeOn !== null || (last && forcedAt < 0 && rng.chance(0.1))) {
      visits.push({ dueDate, record: null });
      continue;
    }
    const breakWeight = !allowBreakdown ? 0 : previous.outcome === 'at_risk' ? 12 : 1.5;
    const outcome: FollowUpOutcome =
      position === forcedAt
        ? 'broken_down'
        : rng.weighted([
            ['stable', previous.outcome === 'at_risk' ? 55 : 86],
            ['at_risk', previous.outcome === 'at_risk' ? 30 : 11],
            ['broken_down', forcedAt >= 0 ? 0 : breakWeight],
          ] as const);
    const visitDate = earlier(today, later(previous.date, addDays(dueDate, rng.int(-6, 12))));
    const notes = outcome !== 'stable' || rng.chance(0.6) ? rng.pick(visitNotes[outcome]) : null;
    visits.push({ dueDate, record: { visitDate, visitor: ctx.visitor, outcome, notes } });
    previous = { date: visitDate, outcome };
    if (outcome === 'broken_down') {
      brokeOn = visitDate;
    }
  }
  return { visits, brokeOn };
}

/** A placement of `type` from `startDate` for the group (all children share the family and the visits). */
function placementPlan(ctx: ExitContext, type: ExitType, group: readonly DemoResident[], startDate: string, earliest: string, forceBreakdown: boolean) {
  const { rng } = ctx;
  const decision = decisionFor(rng, type, startDate, earliest);
  const destination = destinationFor(rng, type, group[0]!);
  const note = exitNotes[type.code] !== undefined && rng.chance(0.6) ? exitNotes[type.code]! : null;
  const followed = type.meta.followUp === true;
  // Adoptions are for good: the demo does not break them down.
  const { visits, brokeOn } = followed ? planVisits(ctx, startDate, type.meta.secret !== true, forceBreakdown && type.meta.secret !== true) : { visits: [], brokeOn: null };
  return { plan: { typeCode: type.code, startDate, decision, destination, note, visits }, brokeOn };
}

/** The new family placement after a breakdown, or null when none fits the children's ages. */
function changePlan(ctx: ExitContext, group: readonly DemoResident[], previous: string, startDate: string): DemoPlacementPlan | null {
  const choices = ctx.exitTypes
    .filter((type) => type.meta.placement === 'family' && type.meta.followUp === true && type.meta.secret !== true && type.code !== previous)
    .filter((type) => agesFit(type.meta, group, startDate) && (type.code !== 'kinship' || relativesOf(group[0]!, KIN).length > 0))
    .map((type): [ExitType, number] => [type, CHANGE_WEIGHTS[type.code] ?? 0])
    .filter(([, weight]) => weight > 0);
  if (choices.length === 0) {
    return null;
  }
  return placementPlan(ctx, ctx.rng.weighted(choices), group, startDate, startDate, false).plan;
}

/** The re-admission after a breakdown: a new stay from the visit that found it, on the commission's decision. */
function readmission(rng: Random, today: string, typeCode: string, brokeOn: string): AdmissionInput {
  const admissionDate = earlier(today, addDays(brokeOn, rng.int(1, 21)));
  const basisDate = later(brokeOn, addDays(admissionDate, -rng.int(0, 3)));
  return {
    admissionDate,
    basisBodyCode: 'juvenile_commission',
    basisNumber: `${rng.int(1, 320)}/${basisDate.slice(0, 4)}`,
    basisDate,
    referringBodyCode: 'guardianship_authority',
    reasonCodes: rng.chance(0.3) ? ['family_crisis', 'neglect'] : ['family_crisis'],
    sourceCode: typeCode === 'foster_family' ? 'foster_family' : 'family',
  };
}

/**
 * The exit of a family group (or of one child) by `type` on `date`, with its visits. After a
 * breakdown `afterKind` says what follows: re-admission, another family placement, or nothing yet
 * (the dashboard then shows the breakdown).
 */
export function planExit(
  ctx: ExitContext,
  type: ExitType,
  group: readonly DemoResident[],
  date: string,
  options: { forceBreakdown: boolean; afterKind: 'readmit' | 'change' | 'none' },
): DemoExitPlan {
  const admission = group[0]!.resident.admission.admissionDate;
  const { plan, brokeOn } = placementPlan(ctx, type, group, date, admission, options.forceBreakdown);
  if (brokeOn === null || options.afterKind === 'none') {
    return { ...plan, after: null };
  }
  if (options.afterKind === 'readmit') {
    return { ...plan, after: { kind: 'readmit', admission: readmission(ctx.rng, ctx.today, type.code, brokeOn) } };
  }
  const next = changePlan(ctx, group, type.code, earlier(ctx.today, addDays(brokeOn, ctx.rng.int(3, 30))));
  return { ...plan, after: next === null ? null : { kind: 'change', placement: next } };
}

/** A day to leave on: from `from` to the day before today, or null when there is no such day. */
export function exitDay(rng: Random, from: string, today: string): string | null {
  const to = addDays(today, -1);
  return from > to ? null : dateBetween(rng, from, to);
}
