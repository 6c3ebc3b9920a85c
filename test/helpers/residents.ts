import type { CreateResidentInput } from '../../src-main/contract/residents';

/** A valid new child (an orphan admitted from the family by a court decision), to vary per test. */
export function childInput(overrides: {
  surname?: string;
  firstName?: string;
  patronymic?: string | null;
  sex?: 'male' | 'female';
  birthDate?: string;
  fin?: string | null;
  birthCertSeries?: string | null;
  birthCertNumber?: string | null;
  legalStatusCode?: string;
  deprivationReasonCodes?: string[];
  admissionDate?: string;
  disability?: boolean;
  educationTypeCode?: string | null;
} = {}): CreateResidentInput {
  return {
    identity: {
      surname: overrides.surname ?? 'Əliyev',
      firstName: overrides.firstName ?? 'Kamran',
      patronymic: overrides.patronymic === undefined ? 'Rəşid oğlu' : overrides.patronymic,
      sex: overrides.sex ?? 'male',
      birthDate: overrides.birthDate ?? '2015-03-14',
      birthPlace: 'Şəki',
      citizenship: 'Azərbaycan Respublikası',
      fin: overrides.fin === undefined ? null : overrides.fin,
      birthCertSeries: overrides.birthCertSeries === undefined ? null : overrides.birthCertSeries,
      birthCertNumber: overrides.birthCertNumber === undefined ? null : overrides.birthCertNumber,
    },
    legal: {
      legalStatusCode: overrides.legalStatusCode ?? 'orphan',
      deprivationReasonCodes: overrides.deprivationReasonCodes ?? [],
    },
    admission: {
      admissionDate: overrides.admissionDate ?? '2024-09-02',
      basisBodyCode: 'court',
      basisNumber: '2-1234/2024',
      basisDate: overrides.admissionDate ?? '2024-08-20',
      referringBodyCode: 'guardianship_authority',
      reasonCodes: ['parental_care_loss'],
      sourceCode: 'family',
    },
    health: overrides.disability
      ? { disabilityStatus: 'disability', disabilityCategoryCode: 'hearing', diagnosis: 'H90', needs: null, healthNotes: null }
      : undefined,
    education:
      overrides.educationTypeCode === undefined ? undefined : { educationTypeCode: overrides.educationTypeCode, schoolName: null, grade: null },
  };
}
