import { addDays, ageOn, birthdayAt } from '../../contract/dates';
import { dateOfDay, dayNumber, daysBetween, later } from './demo-dates';
import type { ExitType } from './demo-exits';
import { exitDay, groupExitWeights } from './demo-exits';
import type { DemoResident } from './demo-generator';
import type { Random } from './random';

/** Who leaves (a family group, or one child), by which exit type, on which day. */
export type ChosenExit = { members: number[]; type: ExitType; date: string };

/** Share of the family groups here when the reform began (for 45 days or more) that leave during it. */
const REFORM_EXIT_SHARE = 0.5;
/** Share, per year here before the reform (of the last four), of the family groups that left before it. */
const EARLIER_EXIT_SHARE_PER_YEAR = 0.05;
/** Share of the family groups admitted since the reform began that have left again. */
const NEW_EXIT_SHARE = 0.3;
/** Share of those who came of age here who have aged out by today. */
const AGED_OUT_SHARE = 0.55;
/** Children per exit of the rare kind (death); at least one from 100 children. */
const CHILDREN_PER_RARE_EXIT = 400;

/** Exit types without a placement: ageing out (they have a minimum age) or the rare kind (death). */
const singleTypes = (types: readonly ExitType[]): ExitType[] => types.filter((type) => type.meta.placement === 'none');

/**
 * Those who came of age (the minimum age of an ageing-out type) here and have left on their own:
 * AGED_OUT_SHARE of them, and always the first one who can, so the demo shows the kind.
 */
function ageingOut(rng: Random, children: readonly DemoResident[], candidates: readonly number[], types: readonly ExitType[], today: string): ChosenExit[] {
  const chosen: ChosenExit[] = [];
  for (const type of singleTypes(types)) {
    const minAge = type.meta.minAge;
    if (minAge === undefined) {
      continue;
    }
    const taken = new Set(chosen.flatMap((exit) => exit.members));
    const eligible = candidates.flatMap((index): ChosenExit[] => {
      const { identity, admission } = children[index]!.resident;
      if (taken.has(index) || ageOn(identity.birthDate, today) < minAge) {
        return [];
      }
      const date = exitDay(rng, later(admission.admissionDate, birthdayAt(identity.birthDate, minAge)), today);
      return date === null ? [] : [{ members: [index], type, date }];
    });
    chosen.push(...eligible.filter((_exit, position) => position === 0 || rng.chance(AGED_OUT_SHARE)));
  }
  return chosen;
}

/** A day from `from` to `to`, both included, later days likelier (a third evenly spread, the rest rising): exits gather pace as the reform goes on. */
function rampDay(rng: Random, from: string, to: string): string {
  const share = rng.chance(1 / 3) ? rng.next() : Math.sqrt(rng.next());
  return dateOfDay(dayNumber(from) + Math.min(daysBetween(from, to), Math.floor((daysBetween(from, to) + 1) * share)));
}

/**
 * The day a family group could leave (from 45 days after admission, over the last four years) and
 * whether it does: before the reform few groups leave; of those here when it began, half leave
 * during it, more each month; of those admitted since, some leave again.
 */
function exitChance(rng: Random, admission: string, reform: string, today: string): { date: string | null; leaving: boolean } {
  const from = later(addDays(admission, 45), addDays(today, -4 * 365));
  const last = addDays(today, -1);
  if (from > last) {
    return { date: null, leaving: false };
  }
  if (from >= reform) {
    return { date: rampDay(rng, from, last), leaving: rng.chance(NEW_EXIT_SHARE) };
  }
  if (rng.chance((EARLIER_EXIT_SHARE_PER_YEAR * daysBetween(from, reform)) / 365)) {
    return { date: exitDay(rng, from, reform) ?? from, leaving: true };
  }
  return { date: rampDay(rng, later(from, reform), last), leaving: rng.chance(REFORM_EXIT_SHARE) };
}

/**
 * Family groups leaving together, given enough of them to make an institution: each has a day it
 * could have left (see exitChance); every placement type that fits some group (ages, a family to
 * go to) is given to one, so the demo shows every kind, and the others leave by weighted,
 * age-checked types.
 */
function groupExits(
  rng: Random,
  children: readonly DemoResident[],
  groups: readonly number[][],
  types: readonly ExitType[],
  days: { reform: string; today: string },
): ChosenExit[] {
  const people = (members: readonly number[]): DemoResident[] => members.map((index) => children[index]!);
  const placements = types.filter((candidate) => candidate.meta.placement !== 'none');
  // A handful of children cannot show every kind nor tell a reform; sending them out would not
  // look like a home, so they stay (as a small demo to try the app out wants them).
  const institution = groups.length >= 4 * placements.length;
  const options = groups.map((members) => {
    const { date, leaving } = exitChance(rng, children[members[0]!]!.resident.admission.admissionDate, days.reform, days.today);
    return { members, date, leaving: institution && leaving, type: null as ExitType | null };
  });
  for (const type of institution ? placements : []) {
    const fitting = options.filter(
      (option) => !option.leaving && option.type === null && option.date !== null && groupExitWeights([type], people(option.members), option.date).length > 0,
    );
    if (fitting.length > 0) {
      rng.pick(fitting).type = type;
    }
  }
  for (const option of options) {
    if (option.leaving && option.date !== null) {
      const weights = groupExitWeights(types, people(option.members), option.date);
      option.type = weights.length === 0 ? null : rng.weighted(weights);
    }
  }
  return options.flatMap((option) => (option.type === null || option.date === null ? [] : [{ members: option.members, type: option.type, date: option.date }]));
}

/** The rare exit without a placement (death): one child in CHILDREN_PER_RARE_EXIT of `total`, at least one from 100 children. */
function rareExits(rng: Random, children: readonly DemoResident[], staying: readonly number[], total: number, types: readonly ExitType[], today: string): ChosenExit[] {
  const chosen: ChosenExit[] = [];
  for (const type of singleTypes(types).filter((candidate) => candidate.meta.minAge === undefined)) {
    const pool = staying.flatMap((index): ChosenExit[] => {
      const admission = children[index]!.resident.admission.admissionDate;
      const date = chosen.some((exit) => exit.members.includes(index)) ? null : exitDay(rng, later(addDays(admission, 30), addDays(today, -3 * 365)), today);
      return date === null ? [] : [{ members: [index], type, date }];
    });
    // Counted over all the children, not those left: the reform sends many home.
    const count = total < 100 ? 0 : Math.max(1, Math.round(total / CHILDREN_PER_RARE_EXIT));
    chosen.push(...rng.sample(pool, count));
  }
  return chosen;
}

/**
 * Who has left by today, how and when: first those who aged out (they leave their brothers and
 * sisters behind), then family groups together (most during the reform), then the rare exit. Every
 * exit type of the reference data appears where some child fits it; the core still checks each
 * against its rules.
 */
export function chooseExits(
  rng: Random,
  children: readonly DemoResident[],
  groups: readonly number[][],
  types: readonly ExitType[],
  days: { reform: string; today: string },
): ChosenExit[] {
  const { today } = days;
  const aged = ageingOut(rng, children, groups.flat(), types, today);
  const left = new Set(aged.flatMap((exit) => exit.members));
  const remaining = groups.map((members) => members.filter((index) => !left.has(index))).filter((members) => members.length > 0);
  const together = groupExits(rng, children, remaining, types, days);
  together.forEach((exit) => exit.members.forEach((index) => left.add(index)));
  const staying = remaining.flat().filter((index) => !left.has(index));
  return [...together, ...aged, ...rareExits(rng, children, staying, groups.flat().length, types, today)];
}
