import { addDays, addMonths, ageOn } from '../../contract/dates';
import type { GoalInput } from '../../contract/plans';
import type { ReferralStatus } from '../../contract/services-register';
import { dateBetween, daysBetween, earlier, later } from './demo-dates';
import type { DemoResident } from './demo-generator';
import { actionTexts, assessmentSummaries, concernNote, goalTexts, referralNotes, reviewDecisions, reviewParticipants } from './demo-pathway-texts';
import type { DemoService } from './demo-services';
import type { Random } from './random';

/** A part of the child's time in the institution: one stay, or its part up to today. */
export type Segment = { from: string; to: string };

/** A referral: requested, then the statuses it went through; `closeOn` ends what is still open when the child leaves. */
export type DemoReferralPlan = {
  serviceKey: string;
  requestedDate: string;
  note: string | null;
  steps: { status: ReferralStatus; date: string }[];
  closeOn: string | null;
};

/** One assessment: a score of 1–4 for each domain assessed. */
export type DemoAssessmentPlan = { date: string; summary: string | null; scores: { domainCode: string; score: number; note: string | null }[] };

/** A care-plan action: planned when the plan was made, done on `doneOn` (null: not done). */
export type DemoCareAction = { text: string; ownerName: string; dueDate: string; doneOn: string | null };

/** A goal as first set, and the day its status changed later, if it did. */
export type DemoCareGoal = Omit<GoalInput, 'targetDate'> & {
  targetDate: string;
  actions: DemoCareAction[];
  change: { on: string; status: GoalInput['status'] } | null;
};

/** A review meeting held on `date`. */
export type DemoCareReview = { date: string; participants: string; decisions: string; nextReviewDate: string };

/**
 * An individual care plan of one stay, as it happened: made on `createdOn` with its goals and their
 * actions, then actions done, goals achieved or dropped, and review meetings held, each on its day.
 */
export type DemoCarePlan = { createdOn: string; firstReviewDate: string; goals: DemoCareGoal[]; reviews: DemoCareReview[] };

/** Who does what in the institution: a full name with the role, by role. */
export type Staff = Readonly<Record<string, string>>;

export type CareContext = {
  rng: Random;
  today: string;
  /** The day the reform began (see demo-timeline): from then on every child gets a plan. */
  reform: string;
  domainCodes: readonly string[];
  services: readonly DemoService[];
  staff: Staff;
};

/** Services a child with each disability category is usually referred to (school-age children to inclusive schools). */
function neededTypes(category: string | null | undefined, age: number): string[] {
  const school = age >= 6 && age <= 17;
  switch (category) {
    case 'physical':
      return ['rehabilitation', 'health'];
    case 'intellectual':
      return school ? ['day_care', 'inclusive_school', 'rehabilitation'] : ['day_care', 'rehabilitation'];
    case 'speech':
      return ['rehabilitation'];
    case 'autism':
    case 'multiple':
      return ['rehabilitation', 'day_care'];
    case 'chronic_illness':
      return ['health'];
    default:
      return school ? ['inclusive_school', 'rehabilitation'] : ['rehabilitation'];
  }
}

/** The service types this child needs, most important first; empty for most children without a disability. */
function referralNeeds(rng: Random, child: DemoResident, age: number): string[] {
  const health = child.resident.health;
  if (health?.disabilityStatus === 'disability') {
    // A few children with a disability are referred nowhere: the register lists them.
    return rng.chance(0.88) ? neededTypes(health.disabilityCategoryCode, age).slice(0, rng.chance(0.35) ? 2 : 1) : [];
  }
  if (health?.disabilityStatus === 'assessment') {
    return rng.chance(0.5) ? ['health'] : [];
  }
  const parents = child.family.some((member) => member.relationCode === 'mother' || member.relationCode === 'father');
  if (parents && child.resident.legal.legalStatusCode === 'with_parents_social' && rng.chance(0.08)) {
    return ['family_support'];
  }
  return age >= 5 && rng.chance(0.05) ? ['psychological'] : [];
}

/** The statuses a referral requested on `requested` went through, none after `until`; recent ones are mostly still waiting or just accepted. */
function referralSteps(rng: Random, requested: string, until: string): DemoReferralPlan['steps'] {
  const recent = daysBetween(requested, until) < 45;
  const target = rng.weighted([
    ['attending', recent ? 10 : 64],
    ['accepted', recent ? 35 : 4],
    ['requested', recent ? 45 : 6],
    ['ended', recent ? 0 : 16],
    ['declined', 9],
  ] as const);
  const steps: DemoReferralPlan['steps'] = [];
  if (target === 'declined') {
    steps.push({ status: 'declined', date: addDays(requested, rng.int(5, 40)) });
  } else if (target !== 'requested') {
    const accepted = addDays(requested, rng.int(3, 30));
    steps.push({ status: 'accepted', date: accepted });
    if (target !== 'accepted') {
      const attending = addDays(accepted, rng.int(0, 14));
      steps.push({ status: 'attending', date: attending });
      if (target === 'ended') {
        steps.push({ status: 'ended', date: addDays(attending, rng.int(90, 720)) });
      }
    }
  }
  return steps.filter((step) => step.date <= until);
}

/**
 * The child's referrals during `segment` (the first stay): requested within its last three years,
 * moved on as services answered, none of it after the segment's end. `closeOn` is the exit, when
 * the child leaves: whatever is still open is closed that day.
 */
export function planReferrals(ctx: CareContext, child: DemoResident, segment: Segment, closeOn: string | null): DemoReferralPlan[] {
  const { rng } = ctx;
  const types = referralNeeds(rng, child, ageOn(child.resident.identity.birthDate, segment.to));
  return types.flatMap((type) => {
    const services = ctx.services.filter((service) => service.active && service.typeCode === type);
    if (services.length === 0) {
      return [];
    }
    const requestedDate = dateBetween(rng, later(segment.from, addDays(segment.to, -3 * 365)), segment.to);
    return [
      {
        serviceKey: rng.pick(services).key,
        requestedDate,
        note: rng.chance(0.4) ? referralNotes.requested : null,
        steps: referralSteps(rng, requestedDate, segment.to),
        closeOn,
      },
    ];
  });
}

/** The domains assessed at `age`: schooling from 6, self-care and participation from 3, the rest always. */
function domainsAt(domainCodes: readonly string[], age: number): string[] {
  return domainCodes.filter((code) => (code === 'education' ? age >= 6 : code === 'life_skills' || code === 'social_participation' ? age >= 3 : true));
}

/** Where a child starts on a domain (1 serious concern – 4 doing well), given disability and family contact. */
function firstScore(rng: Random, child: DemoResident, domainCode: string): number {
  const { health, legal } = child.resident;
  const category = health?.disabilityStatus === 'disability' ? (health.disabilityCategoryCode ?? null) : null;
  let score = 3 + (rng.chance(0.25) ? -1 : 0) + (rng.chance(0.15) ? 1 : 0);
  if (category !== null && ['development', 'life_skills', 'education'].includes(domainCode)) {
    score -= category === 'intellectual' || category === 'multiple' ? 2 : 1;
  }
  if (domainCode === 'health' && (category === 'physical' || category === 'chronic_illness' || category === 'multiple')) {
    score -= 1;
  }
  if (domainCode === 'family_relations' && (legal.legalStatusCode === 'unknown_parents' || !child.family.some((member) => member.siblingIndex === null && member.contactAllowed))) {
    score -= 1;
  }
  return Math.min(4, Math.max(1, score));
}

/**
 * Assessments about every six months of each segment, from two to six weeks after admission and over
 * the last three years only; the scores move slowly, mostly up. A few children have none, and for
 * some the latest one is missing, so the next is overdue. Returns the latest scores too.
 */
export function planAssessments(ctx: CareContext, child: DemoResident, segments: readonly Segment[]): { assessments: DemoAssessmentPlan[]; latest: Map<string, number> } {
  const { rng, today } = ctx;
  const latest = new Map<string, number>();
  if (rng.chance(0.07)) {
    return { assessments: [], latest };
  }
  const since = addDays(today, -3 * 365);
  const dates = segments.flatMap((segment) => {
    const found: string[] = [];
    for (let date = addDays(segment.from, rng.int(14, 45)); date <= segment.to; date = addDays(addMonths(date, 6), rng.int(-20, 20))) {
      if (date >= since) {
        found.push(date);
      }
    }
    return found;
  });
  if (dates.length > 1 && dates.at(-1)! > addMonths(today, -6) && rng.chance(0.12)) {
    dates.pop();
  }
  const assessments = dates.map((date): DemoAssessmentPlan => {
    const before = [...latest.values()];
    const scores = domainsAt(ctx.domainCodes, ageOn(child.resident.identity.birthDate, date)).map((domainCode) => {
      const previous = latest.get(domainCode);
      const score =
        previous === undefined
          ? firstScore(rng, child, domainCode)
          : Math.min(4, Math.max(1, previous + (rng.chance(0.25) ? 1 : 0) - (rng.chance(0.08) ? 1 : 0)));
      latest.set(domainCode, score);
      return { domainCode, score, note: score === 1 && rng.chance(0.5) ? concernNote : null };
    });
    const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
    const change = mean(scores.map((score) => score.score)) - mean(before);
    const trend = before.length === 0 ? 'first' : change > 0.2 ? 'better' : change < -0.2 ? 'worse' : 'same';
    return { date, summary: rng.chance(0.85) ? rng.pick(assessmentSummaries[trend]) : null, scores };
  });
  return { assessments, latest };
}

/** Plan goals in the child's weakest domains (by the latest scores), as fits the child's age when the plan is made. */
function goalDomains(ctx: CareContext, age: number, latest: ReadonlyMap<string, number>): string[] {
  const { rng } = ctx;
  const fitting = ctx.domainCodes.filter((code) => (goalTexts[code] ?? []).some(([, minAge]) => minAge <= age));
  const ranked = fitting
    .map((code) => ({ code, rank: (latest.get(code) ?? rng.int(2, 4)) + rng.next() }))
    .sort((a, b) => a.rank - b.rank)
    .map((entry) => entry.code);
  return ranked.slice(0, rng.int(2, 4));
}

/** At most this many review meetings per plan are recorded: the latest ones (before the reform, plans were rarely reviewed on paper). */
const MAX_REVIEWS = 4;

/**
 * Reviews about every six months from the first review date, each held near its due date and
 * setting the next, up to `until`; some plans of children still here have missed the latest one
 * (`open`), so their review is overdue. Only the latest MAX_REVIEWS are kept.
 */
function reviewsOf(rng: Random, firstReviewDate: string, until: string, age: number, open: boolean): DemoCareReview[] {
  const reviews: DemoCareReview[] = [];
  for (let due = firstReviewDate; ; ) {
    const date = addDays(due, rng.int(-10, 15));
    if (date > until || (open && addMonths(date, 6) > until && rng.chance(0.15))) {
      break;
    }
    const participants = rng.pick(reviewParticipants) + (age >= 10 ? ', uşağın özü' : '');
    reviews.push({ date, participants, decisions: rng.pick(reviewDecisions), nextReviewDate: addMonths(date, 6) });
    due = addMonths(date, 6);
  }
  return reviews.slice(-MAX_REVIEWS);
}

/**
 * The day the stay's plan was made, or null when it had none (by `until`). Before the reform few
 * children had a plan (some weeks or months after admission); when it began, the institution
 * planned for every child within its first year, most of them (the rest make the "no plan"
 * alert); children admitted since have one some weeks after admission.
 */
function planDay(ctx: CareContext, segment: Segment, open: boolean): string | null {
  const { rng, reform } = ctx;
  let day: string | null;
  if (segment.from >= reform) {
    day = rng.chance(0.92) ? addDays(segment.from, rng.int(10, 40)) : null;
  } else if (rng.chance(0.15)) {
    day = addDays(segment.from, rng.int(20, 180));
  } else {
    day = rng.chance(0.88) ? addDays(reform, rng.int(20, 365)) : null;
  }
  // A plan is made while the child is here: by today, or before the day the child left.
  return day === null || day > ctx.today || (open ? day > segment.to : day >= segment.to) ? null : day;
}

/**
 * The care plan of one stay (`segment`: to its exit, or to today when `open`), or null for a stay
 * that had none. Goals are set in the child's weakest domains as fits the age then; their actions
 * are done around their due dates, goals whose target date has come are achieved, dropped or
 * carried on, all by the end of the segment.
 */
export function planCarePlan(ctx: CareContext, child: DemoResident, segment: Segment, latest: ReadonlyMap<string, number>, open: boolean): DemoCarePlan | null {
  const { rng } = ctx;
  const createdOn = planDay(ctx, segment, open);
  if (createdOn === null) {
    return null;
  }
  // A plan made for a child who leaves is closed by the exit: everything in it happened before.
  const until = open ? segment.to : addDays(segment.to, -1);
  const age = ageOn(child.resident.identity.birthDate, createdOn);
  const goals = goalDomains(ctx, age, latest).map((domainCode): DemoCareGoal => {
    const targetDate = addDays(createdOn, rng.int(90, 400));
    const status = rng.weighted([['planned', 30], ['in_progress', 70]] as const);
    const reached = targetDate <= until;
    const final = reached ? rng.weighted([['achieved', 60], ['in_progress', 25], ['dropped', 15]] as const) : status;
    const change = final === status ? null : { on: earlier(until, addDays(targetDate, rng.int(0, 30))), status: final };
    const { role, texts } = actionTexts[domainCode] ?? { role: 'Sosial işçi', texts: ['Mütəxəssis məsləhəti'] };
    const actions = rng.sample(texts, rng.int(1, 2)).map((text): DemoCareAction => {
      const dueDate = dateBetween(rng, later(addDays(createdOn, 14), addDays(targetDate, -180)), targetDate);
      const done = final === 'achieved' || (dueDate < until ? rng.chance(0.7) : rng.chance(0.1));
      const doneOn = !done ? null : dueDate < until ? earlier(until, later(createdOn, addDays(dueDate, rng.int(-10, 10)))) : dateBetween(rng, createdOn, until);
      return { text, ownerName: ctx.staff[role] ?? role, dueDate, doneOn: change !== null && doneOn !== null ? earlier(doneOn, change.on) : doneOn };
    });
    const text = rng.pick(goalTexts[domainCode]!.filter(([, minAge]) => minAge <= age))[0];
    return { domainCode, text, targetDate, status, actions, change };
  });
  const firstReviewDate = addDays(createdOn, rng.int(150, 190));
  return { createdOn, firstReviewDate, goals, reviews: reviewsOf(rng, firstReviewDate, until, age, open) };
}
