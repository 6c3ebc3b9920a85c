import { addDays, addMonths } from '../../contract/dates';
import type { GatekeepingDecision, GatekeepingRequestInput } from '../../contract/gatekeeping';
import type { Sex } from '../../contract/residents';
import { dateBetween, earlier, later } from './demo-dates';
import { adultName, firstNameFor, patronymicFor, SURNAMES, surnameFor } from './demo-family';
import type { DemoResident } from './demo-generator';
import { districts, gatekeepingAssessments, gatekeepingDecisionNotes } from './demo-pathway-texts';
import { reformProgress, reformStart } from './demo-timeline';
import type { Random } from './random';
import { seededRandom } from './random';

/** A decision other than admission, as `gatekeeping.decide` takes it. */
export type DemoDecision = { decision: Exclude<GatekeepingDecision, 'pending' | 'admitted'>; decisionDate: string; note: string | null };

/** A request that did not lead to an admission here: decided (diverted or refused) or still pending. */
export type DemoRequestPlan = { request: GatekeepingRequestInput; decision: DemoDecision | null };

/** Requests behind the admissions (by index of the child they admit) and the others, in order received. */
export type DemoGatekeeping = { linked: Map<number, GatekeepingRequestInput>; others: DemoRequestPlan[] };

type Kind = DemoDecision['decision'];

/** Requester codes, by the decision the request will get. */
const REQUESTERS: Readonly<Record<Kind, readonly (readonly [string, number])[]>> = {
  diverted_family_support: [['parent', 50], ['relative', 15], ['commission', 15], ['school', 10], ['other', 10]],
  referred_services: [['parent', 60], ['hospital', 15], ['commission', 15], ['other', 10]],
  kinship_foster: [['guardianship_authority', 40], ['commission', 30], ['police', 15], ['hospital', 15]],
  refused: [['parent', 50], ['relative', 20], ['other', 30]],
};
/** Admission reasons a request gives, by its decision: the first always, the others sometimes. */
const REASONS: Readonly<Record<Kind, readonly string[]>> = {
  diverted_family_support: ['poverty', 'housing', 'family_crisis'],
  referred_services: ['child_disability', 'poverty', 'education_access'],
  kinship_foster: ['parental_care_loss', 'neglect', 'violence'],
  refused: ['education_access', 'poverty', 'other'],
};
/** Ages (years) of the children asked about, by decision. */
const AGES: Readonly<Record<Kind, readonly [number, number]>> = {
  diverted_family_support: [0, 15],
  referred_services: [2, 12],
  kinship_foster: [0, 14],
  refused: [3, 17],
};
/** Which requester an admission's referring body stands for. */
const REQUESTER_OF_BODY: Readonly<Record<string, string>> = {
  parents: 'parent',
  juvenile_commission: 'commission',
  guardianship_authority: 'guardianship_authority',
  police: 'police',
  health_facility: 'hospital',
  ministry_of_education: 'other',
};

/** The first day of the gatekeeping register: 1 January three years before today's. */
export function gatekeepingStart(today: string): string {
  return `${Number(today.slice(0, 4)) - 3}-01-01`;
}

/** The name of a body or person who asked, by requester code. */
function requesterName(rng: Random, code: string): string | null {
  const district = rng.pick(districts);
  switch (code) {
    case 'parent':
      return adultName(rng, rng.chance(0.75) ? 'female' : 'male');
    case 'relative':
      return adultName(rng, rng.chance(0.7) ? 'female' : 'male');
    case 'commission':
      return `${district} rayon İcra Hakimiyyəti yanında yetkinlik yaşına çatmayanların işləri üzrə komissiya`;
    case 'guardianship_authority':
      return `${district} rayon İcra Hakimiyyətinin qəyyumluq və himayə orqanı`;
    case 'police':
      return `${district} rayon Polis İdarəsi`;
    case 'hospital':
      return rng.chance(0.5) ? 'Respublika Klinik Uşaq Xəstəxanası' : `${rng.int(1, 7)} nömrəli doğum evi`;
    case 'school':
      return `${rng.int(1, 320)} nömrəli tam orta məktəb`;
    default:
      return rng.chance(0.5) ? 'Uşaq hüquqları üzrə ictimai birlik' : null;
  }
}

/** The request that a demo child's admission decided: who asked, when, why, and what the assessment found. */
function linkedRequest(rng: Random, child: DemoResident, start: string): GatekeepingRequestInput {
  const { identity, admission } = child.resident;
  const parent = child.family.find((member) => member.relationCode === 'mother' || member.relationCode === 'father');
  const kin = child.family.find((member) => ['grandmother', 'grandfather', 'aunt', 'uncle'].includes(member.relationCode));
  const fallback = kin === undefined ? 'other' : 'relative';
  const requesterCode = REQUESTER_OF_BODY[admission.referringBodyCode ?? ''] ?? fallback;
  const named = requesterCode === 'parent' ? parent : requesterCode === 'relative' ? kin : undefined;
  const commission = admission.basisBodyCode === 'juvenile_commission' || admission.referringBodyCode === 'juvenile_commission';
  return {
    // Never before the child was born, nor before the register began.
    receivedDate: later(later(identity.birthDate, start), addDays(admission.admissionDate, -rng.int(2, 25))),
    childSurname: identity.surname,
    childFirstName: identity.firstName,
    childPatronymic: identity.patronymic ?? null,
    childSex: identity.sex,
    childBirthDate: identity.birthDate,
    requesterCode,
    requesterName: named?.fullName ?? requesterName(rng, requesterCode),
    reasonCodes: [...admission.reasonCodes],
    assessmentSummary: rng.chance(0.85) ? rng.pick(gatekeepingAssessments.admitted!) : null,
    commissionInvolved: commission || requesterCode === 'commission' || rng.chance(0.3),
  };
}

/** A request for a made-up child, received on `receivedDate`, that will get `kind`. */
function otherRequest(rng: Random, kind: Kind, receivedDate: string): GatekeepingRequestInput {
  const sex: Sex = rng.chance(0.52) ? 'male' : 'female';
  const [youngest, oldest] = AGES[kind];
  const age = rng.int(youngest, oldest);
  const birthDate = dateBetween(rng, addDays(addMonths(receivedDate, -12 * (age + 1)), 1), addMonths(receivedDate, -12 * age));
  const requesterCode = rng.weighted(REQUESTERS[kind]);
  const [first, ...more] = REASONS[kind];
  const summaries = gatekeepingAssessments[kind] ?? [];
  return {
    receivedDate,
    childSurname: surnameFor(rng.pick(SURNAMES), sex),
    childFirstName: firstNameFor(rng, sex),
    childPatronymic: rng.chance(0.9) ? patronymicFor(firstNameFor(rng, 'male'), sex) : null,
    childSex: sex,
    childBirthDate: rng.chance(0.95) ? birthDate : null,
    requesterCode,
    requesterName: requesterName(rng, requesterCode),
    reasonCodes: [first!, ...rng.sample(more, rng.weighted([[0, 50], [1, 40], [2, 10]] as const))],
    assessmentSummary: rng.chance(0.85) ? rng.pick(summaries) : null,
    commissionInvolved: requesterCode === 'commission' || rng.chance(0.35),
  };
}

/**
 * The gatekeeping register from `gatekeepingStart`: a request behind every admission since then of
 * the children in `sample`, and for each month diversions and refusals. Diversions stand to the
 * demand the institution had before the reform (its admissions then, per month): under half of it
 * at first, a little more each year, then growing to well over it as the reform takes hold, while
 * admissions fall. Requests whose decision would fall after today are still pending.
 */
export function planGatekeeping(children: readonly DemoResident[], sample: ReadonlySet<number>, seed: number, today: string): DemoGatekeeping {
  const rng = seededRandom(seed ^ 0x6a7e5);
  const start = gatekeepingStart(today);
  const reform = reformStart(today, seed);
  const linked = new Map<number, GatekeepingRequestInput>();
  children.forEach((child, index) => {
    if (sample.has(index) && child.resident.admission.admissionDate >= start) {
      linked.set(index, linkedRequest(rng, child, start));
    }
  });
  const months: string[] = [];
  for (let month = start; month <= today; month = addMonths(month, 1)) {
    months.push(month);
  }
  // Admissions by month received, smoothed over five months so that a small demo has no empty months.
  const admitted = months.map((month) => [...linked.values()].filter((request) => request.receivedDate.startsWith(month.slice(0, 7))).length);
  const smoothed = admitted.map((_count, position) => {
    const window = admitted.slice(Math.max(0, position - 2), position + 3);
    return window.reduce((sum, count) => sum + count, 0) / window.length;
  });
  const before = admitted.filter((_count, position) => months[position]! < reform);
  const mean = (counts: readonly number[]): number => counts.reduce((sum, count) => sum + count, 0) / Math.max(1, counts.length);
  const demand = mean(before) > 0 ? mean(before) : mean(admitted);
  const others: DemoRequestPlan[] = [];
  months.forEach((month, position) => {
    const early = Math.min(1, position / Math.max(1, before.length));
    const draw = (expected: number): number => Math.floor(expected * (0.7 + 0.6 * rng.next()) + rng.next());
    const kinds: Kind[] = [
      ...Array.from({ length: draw(demand * (0.35 + 0.2 * early + 2 * reformProgress(month, reform, today))) }, () =>
        rng.weighted([['diverted_family_support', 45], ['referred_services', 30], ['kinship_foster', 25]] as const),
      ),
      ...Array.from({ length: draw(smoothed[position]! * 0.12) }, (): Kind => 'refused'),
    ];
    for (const kind of kinds) {
      const receivedDate = dateBetween(rng, month, earlier(today, addDays(addMonths(month, 1), -1)));
      const request = otherRequest(rng, kind, receivedDate);
      const decisionDate = addDays(receivedDate, rng.int(2, 25));
      const note = rng.chance(0.8) ? rng.pick(gatekeepingDecisionNotes[kind] ?? []) : null;
      others.push({ request, decision: decisionDate > today ? null : { decision: kind, decisionDate, note } });
    }
  });
  others.sort((a, b) => (a.request.receivedDate < b.request.receivedDate ? -1 : a.request.receivedDate > b.request.receivedDate ? 1 : 0));
  return { linked, others };
}
