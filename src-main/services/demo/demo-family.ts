import type { Sex } from '../../contract/residents';
import { fullNameOf } from '../../contract/residents';
import regions from '../reference/seed/regions.json';
import names from './az-names.json';
import { familyNotes, streets } from './demo-texts';
import type { Random } from './random';

/** A relative as the family section takes it (without a link to a record). */
export type Relative = {
  relationCode: string;
  fullName: string;
  phone: string | null;
  address: string | null;
  contactAllowed: boolean;
  note: string | null;
};

/** Rough shares of institutionalised children; most have living parents (domain note). */
const LEGAL_STATUSES = [
  ['orphan', 10],
  ['deprived_of_care', 45],
  ['with_parents_social', 38],
  ['unknown_parents', 7],
] as const;
const DEPRIVATION_REASONS = [
  ['parental_rights_deprived', 30],
  ['parents_refused', 20],
  ['parents_imprisoned', 12],
  ['parents_incapable', 10],
  ['parental_rights_limited', 10],
  ['long_term_treatment', 8],
  ['declared_missing_or_dead', 8],
  ['parents_unknown', 2],
] as const;

/** What brothers and sisters admitted together have in common. */
export type Family = {
  surnameBase: string;
  fatherName: string;
  legalStatusCode: (typeof LEGAL_STATUSES)[number][0];
  deprivationReasonCodes: string[];
  /** Some foundlings have no known father's name (no patronymic) or birth place. */
  fatherKnown: boolean;
  birthPlace: string | null;
  /** The relatives the institution knows of; every child of the family lists the same people. */
  relatives: Relative[];
};

const MOBILE_CODES = ['50', '51', '55', '70', '77', '99', '10'] as const;
const FEMALE_FORM: Record<string, string> = names.female_form;
/** Surname roots in their male form. */
export const SURNAMES = [...names.surnames_ov, ...names.surnames_invariant];
const PLACES = regions.map((region) => region.az);
/** The big cities send more children than a district does. */
export const PLACE_WEIGHTS = PLACES.map((place): [string, number] => [place, place === 'Bakı' ? 25 : place === 'Gəncə' || place === 'Sumqayıt' ? 6 : 1]);

/** The surname as a person of `sex` bears it: Məmmədov → Məmmədova, Əliyev → Əliyeva; -li, -zadə stay. */
export function surnameFor(base: string, sex: Sex): string {
  if (sex === 'male') {
    return base;
  }
  const suffix = Object.keys(FEMALE_FORM)
    .filter((ending) => base.endsWith(ending))
    .sort((a, b) => b.length - a.length)[0];
  return suffix === undefined ? base : `${base.slice(0, base.length - suffix.length)}${FEMALE_FORM[suffix]}`;
}

/** "Rəşid oğlu" / "Rəşid qızı". */
export function patronymicFor(fatherName: string, sex: Sex): string {
  return `${fatherName} ${names.patronymic[sex]}`;
}

/** A common given name for a child of `sex`. */
export function firstNameFor(rng: Random, sex: Sex): string {
  return rng.pick(sex === 'male' ? names.male : names.female);
}

function personName(surnameBase: string, sex: Sex, firstName: string, fatherName: string): string {
  return fullNameOf({ surname: surnameFor(surnameBase, sex), firstName, patronymic: patronymicFor(fatherName, sex) });
}

/** A made-up adult's full name: surname, given name, patronymic. */
export function adultName(rng: Random, sex: Sex): string {
  return personName(rng.pick(SURNAMES), sex, firstNameFor(rng, sex), rng.pick(names.male));
}

/** A made-up Azerbaijani mobile number. */
export function mobilePhone(rng: Random): string {
  const digits = String(rng.int(0, 9_999_999)).padStart(7, '0');
  return `+994 ${rng.pick(MOBILE_CODES)} ${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`;
}

/**
 * A family the children of one group share: surname root, father, legal status (with reasons where
 * it needs them), birth place, and the relatives the institution knows of, named consistently
 * (father's sister and brother carry the grandfather's name as patronymic).
 */
export function newFamily(rng: Random): Family {
  const surnameBase = rng.pick(SURNAMES);
  const fatherName = rng.pick(names.male);
  const legalStatusCode = rng.weighted(LEGAL_STATUSES);
  const deprivationReasonCodes: string[] = [];
  if (legalStatusCode === 'deprived_of_care') {
    deprivationReasonCodes.push(rng.weighted(DEPRIVATION_REASONS));
    const second = rng.weighted(DEPRIVATION_REASONS);
    if (rng.chance(0.25) && second !== deprivationReasonCodes[0]) {
      deprivationReasonCodes.push(second);
    }
  }
  const birthPlace = rng.weighted(PLACE_WEIGHTS);
  const home = rng.chance(0.7) ? birthPlace : rng.weighted(PLACE_WEIGHTS);
  const grandfatherName = rng.pick(names.male);
  const rightsLost = deprivationReasonCodes.includes('parental_rights_deprived');
  const address = (): string => `${home}, ${rng.pick(streets)} küçəsi ${rng.int(1, 150)}`;
  // Parents (and siblings living with them) share one household address.
  const household = address();
  const relative = (relationCode: string, fullName: string, odds: { phone: number; address: number }, parent = false): Relative => ({
    relationCode,
    fullName,
    phone: rng.chance(odds.phone) ? mobilePhone(rng) : null,
    address: rng.chance(odds.address) ? (parent || relationCode === 'brother' || relationCode === 'sister' ? household : address()) : null,
    contactAllowed: rng.chance(parent && rightsLost ? 0.3 : 0.92),
    note: rng.chance(0.2) ? rng.pick(familyNotes) : null,
  });
  const known = (odds: Record<string, number>) => (code: string) => rng.chance(odds[code] ?? 0);
  const isKnown = known(
    legalStatusCode === 'with_parents_social'
      ? { mother: 0.85, father: 0.6, grandmother: 0.45, grandfather: 0.25, aunt: 0.2, uncle: 0.2, brother: 0.15, sister: 0.15 }
      : legalStatusCode === 'deprived_of_care'
        ? { mother: 0.6, father: 0.4, grandmother: 0.45, grandfather: 0.2, aunt: 0.2, uncle: 0.2, brother: 0.15, sister: 0.15 }
        : legalStatusCode === 'orphan'
          ? { grandmother: 0.6, grandfather: 0.3, aunt: 0.35, uncle: 0.35, brother: 0.15, sister: 0.15 }
          : {},
  );
  const relatives: Relative[] = [];
  const near = { phone: 0.8, address: 0.6 };
  const far = { phone: 0.55, address: 0.4 };
  if (isKnown('mother')) {
    const maiden = rng.chance(0.5) ? surnameBase : rng.pick(SURNAMES);
    relatives.push(relative('mother', personName(maiden, 'female', rng.pick(names.female), rng.pick(names.male)), near, true));
  }
  if (isKnown('father')) {
    relatives.push(relative('father', personName(surnameBase, 'male', fatherName, grandfatherName), near, true));
  }
  if (isKnown('grandmother')) {
    relatives.push(relative('grandmother', personName(surnameBase, 'female', rng.pick(names.female), rng.pick(names.male)), far));
  }
  if (isKnown('grandfather')) {
    relatives.push(relative('grandfather', personName(surnameBase, 'male', grandfatherName, rng.pick(names.male)), far));
  }
  // Father's sister and brother: bibi and əmi carry the family name and the grandfather's.
  if (isKnown('aunt')) {
    relatives.push(relative('aunt', personName(surnameBase, 'female', rng.pick(names.female), grandfatherName), far));
  }
  if (isKnown('uncle')) {
    relatives.push(relative('uncle', personName(surnameBase, 'male', rng.pick(names.male), grandfatherName), far));
  }
  for (const [code, sex] of [['brother', 'male'], ['sister', 'female']] as const) {
    if (isKnown(code)) {
      relatives.push(relative(code, personName(surnameBase, sex, firstNameFor(rng, sex), fatherName), { phone: 0.3, address: 0.2 }));
    }
  }
  const foundling = legalStatusCode === 'unknown_parents';
  return {
    surnameBase,
    fatherName,
    legalStatusCode,
    deprivationReasonCodes,
    fatherKnown: !(foundling && rng.chance(0.3)),
    birthPlace: foundling && rng.chance(0.2) ? null : birthPlace,
    relatives,
  };
}
