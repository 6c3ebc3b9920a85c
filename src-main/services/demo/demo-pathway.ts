import { OCCUPYING_STATUSES } from '../../contract/services-register';
import type { DemoAssessmentPlan, DemoCarePlan, DemoReferralPlan, Segment, Staff } from './demo-care';
import { planAssessments, planCarePlan, planReferrals } from './demo-care';
import { chooseExits } from './demo-exit-choice';
import type { DemoExitPlan, ExitContext, ExitType } from './demo-exits';
import { planExit } from './demo-exits';
import { firstNameFor, SURNAMES, surnameFor } from './demo-family';
import type { DemoResident } from './demo-generator';
import type { DemoService } from './demo-services';
import { capacityFor, DEMO_SERVICES } from './demo-services';
import { reformStart } from './demo-timeline';
import type { Random } from './random';
import { seededRandom } from './random';

/** The reference data and settings a pathway follows, as the installation has them. */
export type PathwayReference = {
  exitTypes: readonly ExitType[];
  domainCodes: readonly string[];
  serviceTypes: readonly string[];
  followUpMonths: readonly number[];
};

/** Everything that happens to one child after registration, in the order it is written. */
export type ChildPathway = {
  referrals: DemoReferralPlan[];
  assessments: DemoAssessmentPlan[];
  exit: DemoExitPlan | null;
  /** The care plan of the first stay, written before the exit closes it. */
  plan: DemoCarePlan | null;
  /** The care plan of the stay after a re-admission, if the child came back. */
  readmittedPlan: DemoCarePlan | null;
};

/** The services register (with capacities) and the pathway of each child, by index in the generated list. */
export type DemoPathways = { services: (DemoService & { capacity: number })[]; children: Map<number, ChildPathway> };

/** How many children get a care pathway and an admission request at most (see `demoSample`). */
export const PATHWAY_SAMPLE = 300;
const STAFF_ROLES = ['Sosial işçi', 'Psixoloq', 'Tərbiyəçi', 'Loqoped', 'Həkim', 'Müəllim'];

/** The institution's staff who own actions and make visits, one per role. */
function newStaff(rng: Random): Staff {
  return Object.fromEntries(STAFF_ROLES.map((role) => [role, `${role} ${firstNameFor(rng, 'female')} ${surnameFor(rng.pick(SURNAMES), 'female')}`]));
}

/** Brothers and sisters admitted together, by their lowest index, in list order. */
function groupsOf(children: readonly DemoResident[]): number[][] {
  const groups = new Map<number, number[]>();
  children.forEach((child, index) => {
    const key = Math.min(index, ...child.family.flatMap((member) => (member.siblingIndex === null ? [] : [member.siblingIndex])));
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  return [...groups.values()];
}

/**
 * The children whose care pathway and admission request the demo writes: all of them up to `limit`,
 * else whole family groups drawn with chance `limit / count` (about `limit` children). Each pathway
 * is a dozen or more audited writes through the core services, so a benchmark-sized demo would
 * otherwise take several times as long for nothing a user of it would see; a real institution has
 * fewer children than `limit`, so a demo of its size is complete.
 */
export function demoSample(children: readonly DemoResident[], seed: number, limit: number): Set<number> {
  const rng = seededRandom(seed ^ 0x5a3e1);
  const share = limit / Math.max(1, children.length);
  return new Set(groupsOf(children).flatMap((members) => (share >= 1 || rng.chance(share) ? members : [])));
}

const finalStatus = (referral: DemoReferralPlan): string => referral.steps.at(-1)?.status ?? 'requested';

/**
 * Makes the referrals of children still here show a request still waiting and one accepted but not
 * yet attended, when chance gave none: the latest referrals attended are held back a step.
 */
function coverStatuses(referrals: readonly DemoReferralPlan[]): void {
  const attending = referrals
    .filter((referral) => referral.closeOn === null && finalStatus(referral) === 'attending')
    .sort((a, b) => (a.requestedDate < b.requestedDate ? 1 : a.requestedDate > b.requestedDate ? -1 : 0));
  const open = referrals.filter((referral) => referral.closeOn === null);
  if (!open.some((referral) => finalStatus(referral) === 'accepted') && attending[0] !== undefined) {
    attending[0].steps.pop();
  }
  if (!open.some((referral) => finalStatus(referral) === 'requested') && attending[1] !== undefined) {
    attending[1].steps = [];
  }
}

/**
 * Sends at least two of the children still here who take a place at a service of the same type to
 * each service meant to be full, so that it is full (with a child waiting) however chance fell.
 */
function fillFullServices(referrals: readonly DemoReferralPlan[], services: readonly DemoService[]): void {
  const typeOf = new Map(services.map((service) => [service.key, service.typeCode]));
  const taking = (referral: DemoReferralPlan): boolean => referral.closeOn === null && OCCUPYING_STATUSES.some((status) => status === finalStatus(referral));
  for (const full of services.filter((service) => service.room === 'full')) {
    const there = referrals.filter((referral) => referral.serviceKey === full.key && taking(referral)).length;
    referrals
      .filter((referral) => referral.serviceKey !== full.key && typeOf.get(referral.serviceKey) === full.typeCode && taking(referral))
      .slice(0, Math.max(0, 2 - there))
      .forEach((referral) => (referral.serviceKey = full.key));
  }
}

/**
 * The pathway of each child in `sample` that was added (`added`, by index) and the services
 * register they use, deterministic for `seed` and `today` and independent of the generator's own
 * random sequence.
 */
export function planPathways(
  children: readonly DemoResident[],
  sample: ReadonlySet<number>,
  added: readonly boolean[],
  seed: number,
  today: string,
  reference: PathwayReference,
): DemoPathways {
  const rng = seededRandom(seed ^ 0x5a7e1);
  const reform = reformStart(today, seed);
  const staff = newStaff(rng);
  const groups = groupsOf(children)
    .map((members) => members.filter((index) => sample.has(index) && added[index] === true))
    .filter((members) => members.length > 0);
  const services = DEMO_SERVICES.filter((service) => reference.serviceTypes.includes(service.typeCode));
  const exitContext: ExitContext = { rng, today, followUpMonths: reference.followUpMonths, exitTypes: reference.exitTypes, visitor: staff['Sosial işçi']! };
  const chosen = chooseExits(rng, children, groups, reference.exitTypes, { reform, today });
  // With enough exits, at least two placements break down, so the demo shows what follows.
  const forced = chosen.length >= 12 ? 2 : 0;
  const afterKinds = ['readmit', 'change', 'none'] as const;
  const exits = new Map<number, DemoExitPlan>();
  let breakdowns = 0;
  for (const { members, type, date } of chosen) {
    const followed = type.meta.followUp === true && type.meta.secret !== true;
    const forceBreakdown = followed && (breakdowns < forced || rng.chance(0.03));
    const afterKind = afterKinds[breakdowns] ?? rng.weighted([['readmit', 40], ['change', 40], ['none', 20]] as const);
    const plan = planExit(exitContext, type, members.map((index) => children[index]!), date, { forceBreakdown, afterKind });
    if (plan.visits.some((visit) => visit.record?.outcome === 'broken_down')) {
      breakdowns++;
    }
    members.forEach((index) => exits.set(index, plan));
  }

  const careContext = { rng, today, reform, domainCodes: reference.domainCodes, services, staff };
  const pathways = new Map<number, ChildPathway>();
  for (const index of groups.flat()) {
    const child = children[index]!;
    const exit = exits.get(index) ?? null;
    const first: Segment = { from: child.resident.admission.admissionDate, to: exit?.startDate ?? today };
    const back = exit?.after?.kind === 'readmit' ? { from: exit.after.admission.admissionDate, to: today } : null;
    const referrals = planReferrals(careContext, child, first, exit?.startDate ?? null);
    const { assessments, latest } = planAssessments(careContext, child, back === null ? [first] : [first, back]);
    const plan = planCarePlan(careContext, child, first, latest, exit === null);
    const readmittedPlan = back === null ? null : planCarePlan(careContext, child, back, latest, true);
    pathways.set(index, { referrals, assessments, exit, plan, readmittedPlan });
  }
  const referrals = [...pathways.values()].flatMap((pathway) => pathway.referrals);
  coverStatuses(referrals);
  fillFullServices(referrals, services);
  const taken = new Map<string, number>();
  for (const referral of referrals) {
    if (referral.closeOn === null && OCCUPYING_STATUSES.some((status) => status === finalStatus(referral))) {
      taken.set(referral.serviceKey, (taken.get(referral.serviceKey) ?? 0) + 1);
    }
  }
  return { services: services.map((service) => ({ ...service, capacity: capacityFor(service, taken.get(service.key) ?? 0) })), children: pathways };
}
