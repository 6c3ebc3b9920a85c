import type { z } from 'zod';

import { payloadSchemas } from '../../src-main/contract/bundle-payload';
import { ageOn } from '../../src-main/contract/dates';
import type { ReferenceItem, ReferenceKind } from '../../src-main/contract/reference';
import type { Sex } from '../../src-main/contract/residents';
import type { PayloadSource } from '../../src-main/services/bundles/payload-writer';
import { dateBetween, later } from '../../src-main/services/demo/demo-dates';
import type { Family } from '../../src-main/services/demo/demo-family';
import { firstNameFor, newFamily, patronymicFor, surnameFor } from '../../src-main/services/demo/demo-family';
import { disabilityTexts, healthNotes, noteTexts } from '../../src-main/services/demo/demo-texts';
import type { Random } from '../../src-main/services/demo/random';
import { seededRandom } from '../../src-main/services/demo/random';
import { referenceSeeds } from '../../src-main/services/reference/reference-service';
import type { MetaSeedItem } from '../../src-main/services/reference/seed-registry';

/*
 * The named-profile payload of one made-up institution of the national set, as `PayloadSource`s for
 * the exporter's own `writePayloadTar`: the seeded reference data, children with their stay and the
 * relatives the institution knows of (the demo's family generator), and their progress notes in the
 * demo's sentences. Rows are made as the tar writer pulls them: only the children (a few thousand)
 * are held, never the notes. The same seed gives the same rows on every machine.
 */

/** The day the set's bundles are made (the bundles' createdAt is the next morning). */
export const SET_TODAY = '2026-11-19';

/** How many of each an institution holds. */
export type InstitutionSize = { residents: number; notes: number };


const FIN_LETTERS = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** The sentences of each note domain a child of each age (0–17) can be written about. */
const NOTE_DOMAINS_BY_AGE: readonly { domainCode: string; texts: string[] }[][] = Array.from({ length: 18 }, (_, age) =>
  Object.entries(noteTexts)
    .map(([domainCode, texts]) => ({ domainCode, texts: texts.filter(([, minAge]) => minAge <= age).map(([sentence]) => sentence) }))
    .filter((domain) => domain.texts.length > 0),
);

/** What the stay, family and notes of a child are made from. */
type Child = { id: string; sex: Sex; birthDate: string; admissionDate: string; family: Family; row: Record<string, unknown> };

/** A record id shaped like the app's UUIDs: institution, table, number. */
function recordId(institution: number, table: number, n: number): string {
  const hex = (value: number, digits: number) => value.toString(16).padStart(digits, '0');
  return `${hex(institution + 1, 8)}-${hex(table, 4)}-4000-8000-${hex(n, 12)}`;
}

const at = (date: string, rng: Random): string =>
  `${date}T${String(rng.int(5, 14)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}.000Z`;

/** The institution's children: identity, legal status, health and schooling, family. */
function children(institution: number, count: number, rng: Random): Child[] {
  return Array.from({ length: count }, (_, n): Child => {
    const sex: Sex = rng.chance(0.5) ? 'male' : 'female';
    const birthDate = dateBetween(rng, '2009-01-01', '2026-09-30');
    const admissionDate = dateBetween(rng, later(birthDate, '2017-01-01'), SET_TODAY);
    const family = newFamily(rng);
    const age = ageOn(birthDate, SET_TODAY);
    const disabilityStatus = rng.weighted([['none', 85], ['assessment', 5], ['disability', 10]] as const);
    const category = disabilityStatus === 'disability' ? rng.pick(referenceSeeds.disability_category).code : null;
    const texts = category === null ? undefined : disabilityTexts[category];
    const schooled = age >= 6;
    const createdAt = at(admissionDate, rng);
    const id = recordId(institution, 1, n);
    const row = {
      id,
      surname: surnameFor(family.surnameBase, sex),
      firstName: firstNameFor(rng, sex),
      patronymic: family.fatherKnown ? patronymicFor(family.fatherName, sex) : null,
      sex,
      birthDate,
      birthPlace: family.birthPlace,
      citizenship: 'Azərbaycan Respublikası',
      fin: Array.from({ length: 7 }, () => FIN_LETTERS[rng.int(0, FIN_LETTERS.length - 1)]).join(''),
      birthCertSeries: 'AZE',
      birthCertNumber: String(rng.int(0, 99_999_999)).padStart(8, '0'),
      legalStatusCode: family.legalStatusCode,
      deprivationReasonCodes: [...family.deprivationReasonCodes].sort(),
      disabilityStatus,
      disabilityCategoryCode: category,
      diagnosis: texts?.[0] ?? null,
      needs: texts?.[1] ?? null,
      healthNotes: category === null && rng.chance(0.3) ? rng.pick(healthNotes) : null,
      educationTypeCode: schooled ? rng.weighted([['general_school', 70], ['inclusive_class', 10], ['special_school', 10], ['in_house', 10]] as const) : age >= 3 ? 'preschool' : null,
      schoolName: schooled ? `${rng.int(1, 300)} nömrəli tam orta məktəb` : null,
      grade: schooled ? Math.min(11, Math.max(1, age - 5)) : null,
      secret: false,
      createdAt,
      updatedAt: createdAt,
    };
    return { id, sex, birthDate, admissionDate, family, row };
  });
}

/** The seeded reference items, as the export lists them. */
function* referenceRows(): Iterable<ReferenceItem> {
  for (const [kind, items] of Object.entries(referenceSeeds) as [ReferenceKind, readonly MetaSeedItem[]][]) {
    for (const [index, item] of items.entries()) {
      yield { kind, code: item.code, labels: { az: item.az, ru: item.ru, en: item.en }, meta: item.meta ?? {}, sortOrder: (index + 1) * 10, retired: false };
    }
  }
}

function* stayRows(institution: number, kids: readonly Child[], rng: Random): Iterable<unknown> {
  for (const [n, child] of kids.entries()) {
    const reasons = rng.sample(referenceSeeds.admission_reason.map((item) => item.code), rng.int(1, 3)).sort();
    yield {
      id: recordId(institution, 2, n),
      residentId: child.id,
      admissionDate: child.admissionDate,
      basisBodyCode: rng.pick(referenceSeeds.decision_body).code,
      basisNumber: `${rng.int(1, 999)}/${child.admissionDate.slice(0, 4)}`,
      basisDate: child.admissionDate,
      referringBodyCode: rng.pick(referenceSeeds.referring_body).code,
      sourceCode: rng.pick(referenceSeeds.admission_source).code,
      reasonCodes: reasons,
      temporarilyAbsent: false,
      absenceNote: null,
      exitDate: null,
      exitTypeCode: null,
      createdAt: child.row['createdAt'],
    };
  }
}

function* familyRows(institution: number, kids: readonly Child[]): Iterable<unknown> {
  let n = 0;
  for (const child of kids) {
    for (const relative of child.family.relatives) {
      yield { id: recordId(institution, 3, n++), residentId: child.id, ...relative, linkedResidentId: null, createdAt: child.row['createdAt'], updatedAt: child.row['createdAt'] };
    }
  }
}

/** `count` notes spread over the children, each on a day of the child's stay, 1–5 sentences fitting the age. */
function* noteRows(institution: number, kids: readonly Child[], count: number, rng: Random): Iterable<unknown> {
  for (let n = 0; n < count; n++) {
    const child = kids[n % kids.length]!;
    const date = dateBetween(rng, child.admissionDate, SET_TODAY);
    const domain = rng.pick(NOTE_DOMAINS_BY_AGE[Math.min(17, Math.max(0, ageOn(child.birthDate, date)))]!);
    const sentences = rng.sample(domain.texts, rng.weighted([[1, 20], [2, 30], [3, 25], [4, 15], [5, 10]] as const));
    yield {
      id: recordId(institution, 4, n),
      residentId: child.id,
      date,
      domainCode: domain.domainCode,
      text: sentences.join(' '),
      correctsNoteId: null,
      createdAt: at(date, rng),
      editedAt: null,
    };
  }
}

/**
 * The named payload's tables of institution number `institution` (0-based), every table of the
 * profile in its order (those this set leaves empty with no rows). `counts` are exact.
 */
export function institutionPayload(institution: number, size: InstitutionSize, seed: number): PayloadSource[] {
  const rng = seededRandom(seed * 1000 + institution);
  const kids = children(institution, size.residents, rng);
  const relatives = kids.reduce((sum, child) => sum + child.family.relatives.length, 0);
  const sources: Record<string, { count: number; rows(): Iterable<unknown> }> = {
    reference_items: { count: [...referenceRows()].length, rows: referenceRows },
    residents: { count: kids.length, rows: () => kids.map((child) => child.row) },
    stays: { count: kids.length, rows: () => stayRows(institution, kids, seededRandom(seed * 1000 + institution + 500)) },
    family_members: { count: relatives, rows: () => familyRows(institution, kids) },
    progress_notes: { count: kids.length === 0 ? 0 : size.notes, rows: () => noteRows(institution, kids, kids.length === 0 ? 0 : size.notes, seededRandom(seed * 1000 + institution + 700)) },
  };
  const schemas: Record<string, z.ZodType> = payloadSchemas.named;
  return Object.entries(schemas).map(([name, schema]) => ({ name, schema, ...(sources[name] ?? { count: 0, rows: () => [] }) }));
}
