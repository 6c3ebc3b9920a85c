import { addDays, ageOn, birthdayAt } from '../../contract/dates';
import { later } from './demo-dates';
import type { ExitType } from './demo-exits';
import { exitDay, groupExitWeights } from './demo-exits';
import type { DemoResident } from './demo-generator';
import type { Random } from './random';

/** Who leaves (a family group, or one child), by which exit type, on which day. */
export type ChosenExit = { members: number[]; type: ExitType; date: string };

/** Share of family groups that have left by today (among those here long enough to leave). */
const EXIT_SHARE = 0.28;
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

/**
 * Family groups leaving together: each has a day it could have left; every placement type that fits
 * some group (ages, a family to go to) is given to one, so the demo shows every kind (given enough
 * groups), and the others leave with chance EXIT_SHARE by weighted, age-checked types.
 */
function groupExits(rng: Random, children: readonly DemoResident[], groups: readonly number[][], types: readonly ExitType[], today: string): ChosenExit[] {
  const people = (members: readonly number[]): DemoResident[] => members.map((index) => children[index]!);
  const options = groups.map((members) => {
    const admission = children[members[0]!]!.resident.admission.admissionDate;
    const date = exitDay(rng, later(addDays(admission, 45), addDays(today, -4 * 365)), today);
    return { members, date, leaving: date !== null && rng.chance(EXIT_SHARE), type: null as ExitType | null };
  });
  const placements = types.filter((candidate) => candidate.meta.placement !== 'none');
  // A handful of children cannot show every kind; forcing them all out would not look like a home.
  for (const type of groups.length >= 4 * placements.length ? placements : []) {
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

/** The rare exit without a placement (death): one child in CHILDREN_PER_RARE_EXIT, at least one from 100 children. */
function rareExits(rng: Random, children: readonly DemoResident[], staying: readonly number[], types: readonly ExitType[], today: string): ChosenExit[] {
  const chosen: ChosenExit[] = [];
  for (const type of singleTypes(types).filter((candidate) => candidate.meta.minAge === undefined)) {
    const pool = staying.flatMap((index): ChosenExit[] => {
      const admission = children[index]!.resident.admission.admissionDate;
      const date = chosen.some((exit) => exit.members.includes(index)) ? null : exitDay(rng, later(addDays(admission, 30), addDays(today, -3 * 365)), today);
      return date === null ? [] : [{ members: [index], type, date }];
    });
    const count = staying.length < 100 ? 0 : Math.max(1, Math.round(staying.length / CHILDREN_PER_RARE_EXIT));
    chosen.push(...rng.sample(pool, count));
  }
  return chosen;
}

/**
 * Who has left by today, how and when: first those who aged out (they leave their brothers and
 * sisters behind), then family groups together, then the rare exit. Every exit type of the
 * reference data appears where some child fits it; the core still checks each against its rules.
 */
export function chooseExits(rng: Random, children: readonly DemoResident[], groups: readonly number[][], types: readonly ExitType[], today: string): ChosenExit[] {
  const aged = ageingOut(rng, children, groups.flat(), types, today);
  const left = new Set(aged.flatMap((exit) => exit.members));
  const remaining = groups.map((members) => members.filter((index) => !left.has(index))).filter((members) => members.length > 0);
  const together = groupExits(rng, children, remaining, types, today);
  together.forEach((exit) => exit.members.forEach((index) => left.add(index)));
  const staying = remaining.flat().filter((index) => !left.has(index));
  return [...together, ...aged, ...rareExits(rng, children, staying, types, today)];
}
