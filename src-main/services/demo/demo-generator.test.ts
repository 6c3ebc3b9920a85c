import { describe, expect, it } from 'vitest';

import { ageOn } from '../../contract/dates';
import { familyMemberInputSchema } from '../../contract/family';
import { noteInputSchema } from '../../contract/notes';
import { createResidentInputSchema, FIN_PATTERN, legalIssues, residentDateIssues } from '../../contract/residents';
import { parseWithKeys } from '../../contract/zod-issues';
import {
  admissionReasonSeed,
  admissionSourceSeed,
  decisionBodySeed,
  deprivationReasonSeed,
  disabilityCategorySeed,
  educationTypeSeed,
  legalStatusSeed,
  noteDomainSeed,
  referringBodySeed,
  relationTypeSeed,
} from '../reference/seed-registry';
import names from './az-names.json';
import { surnameFor } from './demo-family';
import { generateDemoResidents } from './demo-generator';

const TODAY = '2026-11-25';
const children = generateDemoResidents(3000, 42, TODAY);
const codes = (seed: readonly { code: string }[]): Set<string> => new Set(seed.map((item) => item.code));

describe('demo data generator', () => {
  it('gives the same children for the same seed and day, byte for byte', () => {
    expect(JSON.stringify(generateDemoResidents(300, 7, TODAY))).toBe(JSON.stringify(generateDemoResidents(300, 7, TODAY)));
  });

  it('gives other children for another seed', () => {
    const a = generateDemoResidents(50, 7, TODAY).map((child) => child.resident.identity);
    const b = generateDemoResidents(50, 8, TODAY).map((child) => child.resident.identity);
    expect(a).not.toEqual(b);
  });

  it('makes exactly as many children as asked', () => {
    expect(generateDemoResidents(1, 1, TODAY)).toHaveLength(1);
    expect(children).toHaveLength(3000);
  });

  it('makes inputs that residents.create accepts, and family members and notes their forms accept', () => {
    for (const child of children) {
      expect(parseWithKeys(createResidentInputSchema, child.resident)).toMatchObject({ success: true });
      for (const { siblingIndex: _, ...member } of child.family) {
        expect(parseWithKeys(familyMemberInputSchema, member)).toMatchObject({ success: true });
      }
      for (const note of child.notes) {
        expect(parseWithKeys(noteInputSchema, note)).toMatchObject({ success: true });
      }
    }
  });

  it('uses only seeded reference codes', () => {
    for (const { resident, family, notes } of children) {
      expect(codes(legalStatusSeed)).toContain(resident.legal.legalStatusCode);
      resident.legal.deprivationReasonCodes.forEach((code) => expect(codes(deprivationReasonSeed)).toContain(code));
      resident.admission.reasonCodes.forEach((code) => expect(codes(admissionReasonSeed)).toContain(code));
      expect(codes(admissionSourceSeed)).toContain(resident.admission.sourceCode);
      expect(codes(decisionBodySeed)).toContain(resident.admission.basisBodyCode);
      expect([null, ...codes(referringBodySeed)]).toContain(resident.admission.referringBodyCode);
      expect([null, ...codes(disabilityCategorySeed)]).toContain(resident.health?.disabilityCategoryCode);
      expect([null, ...codes(educationTypeSeed)]).toContain(resident.education?.educationTypeCode);
      family.forEach((member) => expect(codes(relationTypeSeed)).toContain(member.relationCode));
      notes.forEach((note) => expect(codes(noteDomainSeed)).toContain(note.domainCode));
    }
  });

  it('writes surnames and patronymics in the form of the child’s sex', () => {
    expect(surnameFor('Məmmədov', 'female')).toBe('Məmmədova');
    expect(surnameFor('Əliyev', 'female')).toBe('Əliyeva');
    expect(surnameFor('Səfərli', 'female')).toBe('Səfərli');
    expect(surnameFor('Əlizadə', 'female')).toBe('Əlizadə');
    for (const { identity } of children.map((child) => child.resident)) {
      if (identity.sex === 'female') {
        expect(names.female).toContain(identity.firstName);
        expect(identity.surname).toMatch(/(ova|yeva|li|lı|zadə)$/);
        expect(identity.patronymic ?? ' qızı').toMatch(/ qızı$/);
      } else {
        expect(names.male).toContain(identity.firstName);
        expect(identity.surname).toMatch(/(ov|yev|li|lı|zadə)$/);
        expect(identity.patronymic ?? ' oğlu').toMatch(/ oğlu$/);
      }
    }
  });

  it('keeps every date in order: born, admitted after the decision, notes after admission, nothing in the future', () => {
    for (const { resident, notes } of children) {
      const { birthDate } = resident.identity;
      const { admissionDate, basisDate } = resident.admission;
      expect(residentDateIssues({ birthDate, admissionDate, basisDate }, TODAY)).toEqual([]);
      for (const note of notes) {
        expect(note.date >= admissionDate && note.date <= TODAY, note.date).toBe(true);
      }
    }
  });

  it('makes children of 0 to 18, mostly 3 to 17, schooled as their age allows', () => {
    const ages = children.map((child) => ageOn(child.resident.identity.birthDate, TODAY));
    expect(Math.min(...ages)).toBe(0);
    expect(Math.max(...ages)).toBe(18);
    expect(ages.filter((age) => age >= 3 && age <= 17).length / ages.length).toBeGreaterThan(0.8);
    children.forEach((child, index) => {
      const education = child.resident.education!;
      if (ages[index]! < 6) {
        expect([null, 'preschool']).toContain(education.educationTypeCode);
      }
      if (education.grade !== null && education.grade !== undefined) {
        expect(education.grade).toBeLessThanOrEqual(ages[index]! - 5);
      }
    });
  });

  it('gives valid, unique FİNs only from 15, and every child a FİN or a unique birth certificate', () => {
    const fins = children.flatMap(({ resident }) => (resident.identity.fin ? [resident.identity.fin] : []));
    expect(fins.length).toBeGreaterThan(0);
    fins.forEach((fin) => expect(fin).toMatch(FIN_PATTERN));
    expect(new Set(fins).size).toBe(fins.length);
    const certificates = children.flatMap(({ resident }) =>
      resident.identity.birthCertNumber ? [`${resident.identity.birthCertSeries} ${resident.identity.birthCertNumber}`] : [],
    );
    expect(new Set(certificates).size).toBe(certificates.length);
    expect(certificates.length / children.length).toBeGreaterThan(0.85);
    for (const { identity } of children.map((child) => child.resident)) {
      if (identity.fin) {
        expect(ageOn(identity.birthDate, TODAY)).toBeGreaterThanOrEqual(15);
      }
      expect(Boolean(identity.fin) || Boolean(identity.birthCertNumber)).toBe(true);
    }
  });

  it('gives a deprivation reason to every child whose legal status requires one', () => {
    const statuses = new Map(legalStatusSeed.map((item) => [item.code, item.meta ?? null]));
    const deprived = children.filter((child) => child.resident.legal.legalStatusCode === 'deprived_of_care');
    expect(deprived.length).toBeGreaterThan(children.length / 5);
    for (const { resident } of children) {
      expect(legalIssues(resident.legal, statuses.get(resident.legal.legalStatusCode) ?? null)).toEqual([]);
    }
  });

  it('has about one child in five with a disability, each with a category', () => {
    const disabled = children.filter((child) => child.resident.health?.disabilityStatus === 'disability');
    expect(disabled.length / children.length).toBeGreaterThan(0.15);
    expect(disabled.length / children.length).toBeLessThan(0.25);
    disabled.forEach((child) => expect(child.resident.health?.disabilityCategoryCode).toBeTruthy());
  });

  it('links brothers and sisters in care to each other, with the same surname root and father', () => {
    const linked = children.flatMap((child, index) => child.family.filter((member) => member.siblingIndex !== null).map((member) => [index, member] as const));
    expect(linked.length).toBeGreaterThan(0);
    for (const [index, member] of linked) {
      const self = children[index]!.resident.identity;
      const sibling = children[member.siblingIndex!]!.resident.identity;
      expect(member.relationCode).toBe(sibling.sex === 'male' ? 'brother' : 'sister');
      expect(sibling.surname.replace(/a$/, '')).toBe(self.surname.replace(/a$/, ''));
      expect(sibling.patronymic?.split(' ')[0]).toBe(self.patronymic?.split(' ')[0]);
      expect(children[member.siblingIndex!]!.family.some((back) => back.siblingIndex === index)).toBe(true);
    }
    children.forEach((child) => expect(child.family.length).toBeLessThanOrEqual(4));
    children.forEach((child) => expect(child.notes.length).toBeLessThanOrEqual(6));
  });
});
