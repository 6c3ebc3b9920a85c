import { addDays, addMonths, ageOn } from '../../contract/dates';
import type { CreateResidentInput, Sex } from '../../contract/residents';
import { fullNameOf } from '../../contract/residents';
import { dateBetween, dateOfDay, dayNumber, later } from './demo-dates';
import type { Family, Relative } from './demo-family';
import { firstNameFor, newFamily, patronymicFor, PLACE_WEIGHTS, surnameFor } from './demo-family';
import {
  assessmentNeeds,
  disabilityTexts,
  healthNotes,
  noRelativeNotes,
  noteTexts,
  relationPossessive,
  relativeNoteTemplates,
  siblingInCareNote,
} from './demo-texts';
import { reformProgress, reformStart } from './demo-timeline';
import type { Random } from './random';
import { seededRandom } from './random';

/** A person in a demo child's life, as the family section takes it. */
export type DemoFamilyMember = Relative & {
  /** Index, in the generated list, of the brother or sister in the same institution; else null. */
  siblingIndex: number | null;
};

/** A progress note as staff would write it. */
export type DemoNote = { date: string; domainCode: string; text: string };

/** One demo child: the input of `residents.create`, the family and the progress notes. */
export type DemoResident = { resident: CreateResidentInput; family: DemoFamilyMember[]; notes: DemoNote[] };

/** FİN characters: digits and Latin capitals except I and O. */
const FIN_CHARS = [...'0123456789ABCDEFGHJKLMNPQRSTUVWXYZ'];
const CITIZENSHIP = 'Azərbaycan Respublikası';

const DISABILITY_CATEGORIES = [
  ['intellectual', 25],
  ['physical', 15],
  ['speech', 15],
  ['autism', 12],
  ['chronic_illness', 10],
  ['hearing', 8],
  ['multiple', 8],
  ['visual', 7],
] as const;
/**
 * Ages in years: mostly 3–17, few infants, and some who have turned 18 (about half of them have
 * aged out by today in the care pathway, the others finish school here first).
 */
const AGE_WEIGHTS = Array.from({ length: 19 }, (_, age): [number, number] => [age, age <= 2 ? 2.5 : age === 18 ? 3 : 6]);

type Identity = {
  surname: string;
  firstName: string;
  patronymic: string | null;
  sex: Sex;
  birthDate: string;
  birthPlace: string | null;
  citizenship: string | null;
  fin: string | null;
  birthCertSeries: string | null;
  birthCertNumber: string | null;
};
type Child = Required<Pick<CreateResidentInput, 'health' | 'education'>> & { identity: Identity };
type Unique = { fins: Set<string>; certificates: Set<string> };
/**
 * Today, the day the reform began (see demo-timeline), and the generator that draws an admission
 * again: a stream of its own, so that the children themselves (names, ages, families) are the same
 * as they would be without the reform, only some admitted on other days.
 */
type Days = { today: string; reform: string; redraw: Random };

/**
 * How much the reform cuts admissions by today: an admission drawn after the reform began is, with
 * this chance times the reform's progress, a child who came before it instead (drawn again, up to
 * ADMISSION_REDRAWS times, if born by then), so fewer children come as the gatekeeping diverts them
 * (see demo-gatekeeping). Babies born since can only have come since: they keep the admissions of
 * the latest months from falling much.
 */
const ADMISSION_CUT = 0.85;
const ADMISSION_REDRAWS = 8;

/**
 * `count` realistic, deterministic demo children as of `today` (`YYYY-MM-DD`): the same seed and
 * day give the same data, byte for byte. Some come as brothers and sisters (same surname root,
 * father, status and admission). Every child has a FİN or a birth certificate, unique in the set,
 * so a second run with the same seed is refused by the duplicate guard instead of doubling children.
 */
export function generateDemoResidents(count: number, seed: number, today: string): DemoResident[] {
  const rng = seededRandom(seed);
  const unique: Unique = { fins: new Set(), certificates: new Set() };
  const days: Days = { today, reform: reformStart(today, seed), redraw: seededRandom(seed ^ 0x3c6ef) };
  const out: DemoResident[] = [];
  while (out.length < count) {
    const size = Math.min(count - out.length, rng.weighted([[1, 80], [2, 14], [3, 6]] as const));
    out.push(...familyGroup(rng, size, out.length, days, unique));
  }
  return out;
}

function uniqueCode(taken: Set<string>, make: () => string): string {
  for (;;) {
    const code = make();
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}

function familyGroup(rng: Random, size: number, firstIndex: number, days: Days, unique: Unique): DemoResident[] {
  const { today } = days;
  const family = newFamily(rng);
  const ages = [rng.weighted(AGE_WEIGHTS)];
  while (ages.length < size && ages.at(-1)! >= 1) {
    ages.push(Math.max(0, ages.at(-1)! - rng.int(1, 4)));
  }
  const usedNames = new Set<string>();
  const children = ages.map((age) => newChild(rng, family, age, today, unique, usedNames));
  const youngest = children.reduce((latest, child) => (child.identity.birthDate > latest ? child.identity.birthDate : latest), '');
  const admission = newAdmission(rng, family, youngest, days, children.some((child) => child.health.disabilityStatus === 'disability'));
  return children.map((child, position) => {
    const siblings = children.flatMap((other, index): DemoFamilyMember[] =>
      index === position
        ? []
        : [
            {
              relationCode: other.identity.sex === 'male' ? 'brother' : 'sister',
              fullName: fullNameOf(other.identity),
              phone: null,
              address: null,
              contactAllowed: true,
              note: siblingInCareNote,
              siblingIndex: firstIndex + index,
            },
          ],
    );
    const members = [...siblings, ...family.relatives.map((relative) => ({ ...relative, siblingIndex: null }))].slice(0, 4);
    return {
      resident: {
        identity: child.identity,
        legal: { legalStatusCode: family.legalStatusCode, deprivationReasonCodes: [...family.deprivationReasonCodes] },
        admission: { ...admission, reasonCodes: [...admission.reasonCodes] },
        health: child.health,
        education: child.education,
      },
      family: members,
      notes: newNotes(rng, child.identity.birthDate, admission.admissionDate, today, members),
    };
  });
}

function newChild(rng: Random, family: Family, age: number, today: string, unique: Unique, usedNames: Set<string>): Child {
  const sex: Sex = rng.chance(0.52) ? 'male' : 'female';
  let firstName = firstNameFor(rng, sex);
  while (usedNames.has(firstName)) {
    firstName = firstNameFor(rng, sex);
  }
  usedNames.add(firstName);
  const birthDate = dateBetween(rng, addDays(addMonths(today, -12 * (age + 1)), 1), addMonths(today, -12 * age));
  // The identity card comes at 15; younger children have only a birth certificate.
  const fin = age >= 15 && rng.chance(0.65) ? uniqueCode(unique.fins, () => Array.from({ length: 7 }, () => rng.pick(FIN_CHARS)).join('')) : null;
  const certificate = fin === null || rng.chance(0.6) ? uniqueCode(unique.certificates, () => String(rng.int(1_000_000, 9_999_999))) : null;
  const identity: Identity = {
    surname: surnameFor(family.surnameBase, sex),
    firstName,
    patronymic: family.fatherKnown ? patronymicFor(family.fatherName, sex) : null,
    sex,
    birthDate,
    birthPlace: family.birthPlace === null || rng.chance(0.9) ? family.birthPlace : rng.weighted(PLACE_WEIGHTS),
    citizenship: rng.chance(0.96) ? CITIZENSHIP : null,
    fin,
    birthCertSeries: certificate === null ? null : 'AZE',
    birthCertNumber: certificate,
  };
  const health = newHealth(rng);
  return { identity, health, education: newEducation(rng, birthDate, today, health.disabilityStatus === 'disability') };
}

function newHealth(rng: Random): Child['health'] {
  const roll = rng.next();
  if (roll < 0.2) {
    const category = rng.weighted(DISABILITY_CATEGORIES);
    const [diagnosis, needs] = disabilityTexts[category]!;
    return { disabilityStatus: 'disability', disabilityCategoryCode: category, diagnosis, needs, healthNotes: null };
  }
  if (roll < 0.24) {
    return { disabilityStatus: 'assessment', disabilityCategoryCode: null, diagnosis: null, needs: assessmentNeeds, healthNotes: null };
  }
  return {
    disabilityStatus: 'none',
    disabilityCategoryCode: null,
    diagnosis: null,
    needs: null,
    healthNotes: rng.chance(0.25) ? rng.pick(healthNotes) : null,
  };
}

/**
 * Schooling by age: nothing recorded under 3, pre-school until the first grade (a child starts
 * school in the September after turning 6), then grades 1–11, in a type that fits the child.
 */
function newEducation(rng: Random, birthDate: string, today: string, disabled: boolean): Child['education'] {
  const age = ageOn(birthDate, today);
  const schoolYear = Number(today.slice(0, 4)) - (today.slice(5) < '09-15' ? 1 : 0);
  const grade = ageOn(birthDate, `${schoolYear}-09-15`) - 5;
  const number = rng.int(1, 320);
  if (age < 3) {
    return { educationTypeCode: null, schoolName: null, grade: null };
  }
  if (age >= 18 && rng.chance(0.5)) {
    return { educationTypeCode: 'vocational', schoolName: `${number} nömrəli peşə liseyi`, grade: null };
  }
  if (grade < 1) {
    return { educationTypeCode: 'preschool', schoolName: rng.chance(0.7) ? `${number} nömrəli uşaq bağçası` : null, grade: null };
  }
  const type = disabled
    ? rng.weighted([['inclusive_class', 40], ['special_school', 35], ['in_house', 25]] as const)
    : rng.weighted([['general_school', 82], ['in_house', 12], ['inclusive_class', 6]] as const);
  const behind = type !== 'general_school' && disabled && grade > 1 && rng.chance(0.3) ? 1 : 0;
  const schoolName =
    type === 'in_house' ? null : type === 'special_school' ? `${number} nömrəli xüsusi məktəb` : `${number} nömrəli tam orta məktəb`;
  return { educationTypeCode: type, schoolName, grade: Math.min(11, grade - behind) };
}

type NewAdmission = Required<Omit<CreateResidentInput['admission'], 'reasonCodes'>> & { reasonCodes: string[] };

/**
 * One admission for the whole family group: after the youngest was born, never in the future, and
 * less often the further the reform has come (a child born since can only have come since).
 */
function newAdmission(rng: Random, family: Family, youngestBirth: string, days: Days, disability: boolean): NewAdmission {
  const { today, reform, redraw } = days;
  const ageDays = dayNumber(today) - dayNumber(youngestBirth);
  // Stays of up to ten years, the shorter ones more common.
  const draw = (from: Random): string => addDays(today, -Math.floor(Math.min(ageDays, 3650) * from.next() ** 1.3));
  let admissionDate = draw(rng);
  if (redraw.chance(ADMISSION_CUT * reformProgress(admissionDate, reform, today))) {
    for (let tries = 0; tries < ADMISSION_REDRAWS && admissionDate >= reform; tries++) {
      admissionDate = draw(redraw);
    }
    // A young child who can only have come during the reform came early in it, not lately.
    if (admissionDate >= reform) {
      admissionDate = dateBetween(redraw, later(youngestBirth, reform), admissionDate);
    }
  }
  const stayDays = dayNumber(today) - dayNumber(admissionDate);
  const infant = ageDays - stayDays < 365;
  const status = family.legalStatusCode;
  const sourceCode =
    status === 'unknown_parents'
      ? rng.weighted([['hospital', 60], ['street', 30], ['other', 10]] as const)
      : rng.weighted([
          ['family', 55],
          ['other_institution', 20],
          ['hospital', infant ? 25 : 0],
          ['foster_family', 6],
          ['street', 6],
          ['other', 5],
        ] as const);
  const byCourt = family.deprivationReasonCodes.some((code) => code === 'parental_rights_deprived' || code === 'parental_rights_limited');
  const basisBodyCode =
    byCourt && rng.chance(0.6)
      ? 'court'
      : rng.weighted([
          ['juvenile_commission', 45],
          ['guardianship_authority', 25],
          ['executive_authority', 15],
          ['ministry_of_education', 10],
          ['court', 5],
        ] as const);
  const basisDate = rng.chance(0.88) ? dateOfDay(Math.max(dayNumber(youngestBirth), dayNumber(admissionDate) - rng.int(0, 30))) : null;
  const referringBodyCode = rng.chance(0.08)
    ? null
    : sourceCode === 'hospital'
      ? 'health_facility'
      : sourceCode === 'street'
        ? 'police'
        : sourceCode === 'other_institution'
          ? rng.pick(['ministry_of_education', 'guardianship_authority'])
          : sourceCode === 'foster_family'
            ? 'guardianship_authority'
            : rng.weighted([
                ['juvenile_commission', 40],
                ['guardianship_authority', 30],
                ['parents', status === 'with_parents_social' ? 25 : 0],
                ['other', 5],
              ] as const);
  return {
    admissionDate,
    basisBodyCode,
    basisNumber: basisDate === null ? null : `${rng.int(1, 320)}/${basisDate.slice(0, 4)}`,
    basisDate,
    referringBodyCode,
    reasonCodes: admissionReasons(rng, status, disability),
    sourceCode,
  };
}

function admissionReasons(rng: Random, status: Family['legalStatusCode'], disability: boolean): string[] {
  if (status === 'with_parents_social') {
    const reasons = rng.sample(['poverty', 'family_crisis', 'housing', 'education_access'], rng.int(1, 2));
    return disability && rng.chance(0.7) ? ['child_disability', ...reasons] : reasons;
  }
  const extra = status === 'deprived_of_care' ? ['neglect', 'violence', 'family_crisis'] : ['poverty', 'housing'];
  return ['parental_care_loss', ...rng.sample(extra, rng.weighted([[0, 50], [1, 35], [2, 15]] as const))];
}

/** 0–6 notes between the admission and today, in date order, fitting the child's age on each date. */
function newNotes(rng: Random, birthDate: string, admissionDate: string, today: string, family: readonly DemoFamilyMember[]): DemoNote[] {
  const count = rng.weighted([[0, 15], [1, 20], [2, 20], [3, 15], [4, 12], [5, 10], [6, 8]] as const);
  const notes: DemoNote[] = [];
  for (let i = 0; i < count; i++) {
    const date = dateBetween(rng, admissionDate, today);
    const age = ageOn(birthDate, date);
    const domains = [...Object.keys(noteTexts).filter((code) => noteTexts[code]!.some(([, minAge]) => minAge <= age)), 'family_relations'];
    const domainCode = rng.pick(domains);
    notes.push({ date, domainCode, text: noteText(rng, domainCode, age, family) });
  }
  return notes.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function noteText(rng: Random, domainCode: string, age: number, family: readonly DemoFamilyMember[]): string {
  if (domainCode !== 'family_relations') {
    return rng.pick(noteTexts[domainCode]!.filter(([, minAge]) => minAge <= age))[0];
  }
  const relatives = family.filter((member) => member.contactAllowed && relationPossessive[member.relationCode] !== undefined);
  if (relatives.length === 0) {
    return rng.pick(noRelativeNotes);
  }
  return rng.pick(relativeNoteTemplates).replace('{{who}}', relationPossessive[rng.pick(relatives).relationCode]!);
}
