import { calendarDate } from '@contract/dates';
import type { ReferenceMeta } from '@contract/reference';
import type { DisabilityStatus, ResidentRecord, Sex, StayView } from '@contract/residents';
import {
  admissionSchema,
  educationSchema,
  healthSchema,
  identitySchema,
  legalIssues,
  legalSchema,
  residentDateIssues,
} from '@contract/residents';
import type { z } from 'zod';

/**
 * What most children in Azerbaijani institutions are; the form starts with it. It is a value of the
 * record (kept in Azerbaijani like the rest of the record), not a UI text to translate.
 */
export const DEFAULT_CITIZENSHIP = 'Azərbaycan Respublikası';

/** The part of a contract form that a group of inputs needs. */
export type FieldsForm<V> = {
  values: V;
  setValue<F extends keyof V & string>(field: F, value: V[F]): void;
  error(field: string): string | undefined;
};

/** What the identity inputs hold: text as typed, no sex chosen yet as null. */
export type IdentityValues = {
  surname: string;
  firstName: string;
  patronymic: string;
  sex: Sex | null;
  birthDate: string;
  birthPlace: string;
  citizenship: string;
  fin: string;
  birthCertSeries: string;
  birthCertNumber: string;
};

export type LegalValues = { legalStatusCode: string | null; deprivationReasonCodes: string[] };

export type AdmissionValues = {
  admissionDate: string;
  basisBodyCode: string | null;
  basisNumber: string;
  basisDate: string;
  referringBodyCode: string | null;
  reasonCodes: string[];
  sourceCode: string | null;
};

export type HealthValues = {
  disabilityStatus: DisabilityStatus;
  disabilityCategoryCode: string | null;
  diagnosis: string;
  needs: string;
  healthNotes: string;
};

/** Grade '' while the input is empty. */
export type EducationValues = { educationTypeCode: string | null; schoolName: string; grade: number | '' };

export const emptyIdentityValues: IdentityValues = {
  surname: '',
  firstName: '',
  patronymic: '',
  sex: null,
  birthDate: '',
  birthPlace: '',
  citizenship: DEFAULT_CITIZENSHIP,
  fin: '',
  birthCertSeries: '',
  birthCertNumber: '',
};

export const emptyLegalValues: LegalValues = { legalStatusCode: null, deprivationReasonCodes: [] };

export const emptyAdmissionValues: AdmissionValues = {
  admissionDate: '',
  basisBodyCode: null,
  basisNumber: '',
  basisDate: '',
  referringBodyCode: null,
  reasonCodes: [],
  sourceCode: null,
};

export const emptyHealthValues: HealthValues = {
  disabilityStatus: 'none',
  disabilityCategoryCode: null,
  diagnosis: '',
  needs: '',
  healthNotes: '',
};

export const emptyEducationValues: EducationValues = { educationTypeCode: null, schoolName: '', grade: '' };

/** The identity inputs filled from a record. */
export function identityValuesOf(record: ResidentRecord): IdentityValues {
  const { identity } = record;
  return {
    surname: identity.surname,
    firstName: identity.firstName,
    patronymic: identity.patronymic ?? '',
    sex: identity.sex,
    birthDate: identity.birthDate,
    birthPlace: identity.birthPlace ?? '',
    citizenship: identity.citizenship ?? '',
    fin: identity.fin ?? '',
    birthCertSeries: identity.birthCertSeries ?? '',
    birthCertNumber: identity.birthCertNumber ?? '',
  };
}

export function legalValuesOf(record: ResidentRecord): LegalValues {
  return { legalStatusCode: record.legal.legalStatusCode, deprivationReasonCodes: [...record.legal.deprivationReasonCodes] };
}

export function admissionValuesOf(stay: StayView): AdmissionValues {
  const { admission } = stay;
  return {
    admissionDate: admission.admissionDate,
    basisBodyCode: admission.basisBodyCode,
    basisNumber: admission.basisNumber ?? '',
    basisDate: admission.basisDate ?? '',
    referringBodyCode: admission.referringBodyCode,
    reasonCodes: [...admission.reasonCodes],
    sourceCode: admission.sourceCode,
  };
}

export function healthValuesOf(record: ResidentRecord): HealthValues {
  const { health } = record;
  return {
    disabilityStatus: health.disabilityStatus,
    disabilityCategoryCode: health.disabilityCategoryCode,
    diagnosis: health.diagnosis ?? '',
    needs: health.needs ?? '',
    healthNotes: health.healthNotes ?? '',
  };
}

export function educationValuesOf(record: ResidentRecord): EducationValues {
  const { education } = record;
  return { educationTypeCode: education.educationTypeCode, schoolName: education.schoolName ?? '', grade: education.grade ?? '' };
}

/** A category belongs only to a disability; an empty grade is no grade. */
export function healthInputOf<V extends Pick<HealthValues, 'disabilityStatus' | 'disabilityCategoryCode'>>(values: V): V {
  return { ...values, disabilityCategoryCode: values.disabilityStatus === 'disability' ? values.disabilityCategoryCode : null };
}

export function educationInputOf<V extends Pick<EducationValues, 'grade'>>(values: V): Omit<V, 'grade'> & { grade: number | null } {
  return { ...values, grade: values.grade === '' ? null : values.grade };
}

/** Today in the window's calendar, read at each check: a form left open overnight knows the new day. */
function today(): string {
  return calendarDate(new Date());
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** Adds the shared rules' issues under `prefix` (e.g. `admission.`) as issues of this flat form. */
function addIssues(ctx: z.RefinementCtx, issues: readonly { path: string; message: string }[], prefix: string): void {
  for (const issue of issues) {
    if (issue.path.startsWith(prefix)) {
      ctx.addIssue({ code: 'custom', path: [issue.path.slice(prefix.length)], message: issue.message });
    }
  }
}

/**
 * Identity with the date rules: no birth date in the future and, on an existing record, none after
 * its first admission.
 */
export function identityFormSchema(firstAdmissionDate: string | null = null) {
  return identitySchema.superRefine((identity, ctx) => {
    const birthDate = text(identity.birthDate);
    addIssues(ctx, residentDateIssues({ birthDate }, today()), 'identity.');
    if (birthDate !== null && firstAdmissionDate !== null && birthDate > firstAdmissionDate) {
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'validation.birthAfterAdmission' });
    }
  });
}

/**
 * Cross-field rules run even when single fields failed (zod skips them by default), so a step shows
 * all its problems on the first try; they read the values defensively for that reason.
 */
const ALWAYS = { when: () => true };

/** Flags of a legal status by its code (reference data), e.g. from useReferenceMeta. */
export type StatusMetaOf = (code: string | null) => ReferenceMeta | null;

/** The legal status with its own rule: some statuses need a deprivation reason (reference meta). */
export function legalFormSchema(statusMeta: StatusMetaOf) {
  return legalSchema.superRefine((legal, ctx) => {
    const reasons = Array.isArray(legal.deprivationReasonCodes) ? legal.deprivationReasonCodes : [];
    const status = typeof legal.legalStatusCode === 'string' ? statusMeta(legal.legalStatusCode) : null;
    addIssues(ctx, legalIssues({ deprivationReasonCodes: reasons }, status), 'legal.');
    // Runs even when other fields already failed, so every problem of the step shows at once.
  }, ALWAYS);
}

/** Admission dates checked against the birth date and today. */
function checkAdmissionDates(birthDate: string | null) {
  return (admission: { admissionDate: unknown; basisDate: unknown }, ctx: z.RefinementCtx) => {
    const dates = { birthDate, admissionDate: text(admission.admissionDate), basisDate: text(admission.basisDate) };
    addIssues(ctx, residentDateIssues(dates, today()), 'admission.');
  };
}

/** One admission with the date rules (not before birth, not in the future, decision not after it). */
export function admissionFormSchema(birthDate: string | null) {
  return admissionSchema.superRefine(checkAdmissionDates(birthDate));
}

/** The new child's second step: legal status and the first admission in one flat form. */
export function legalAdmissionFormSchema(statusMeta: StatusMetaOf, birthDate: string | null) {
  return legalFormSchema(statusMeta).safeExtend(admissionSchema.shape).superRefine(checkAdmissionDates(birthDate), ALWAYS);
}

/** Health and schooling together (the new child's optional third step). */
export const healthEducationFormSchema = healthSchema.safeExtend(educationSchema.shape);

export type LegalAdmission = z.output<ReturnType<typeof legalAdmissionFormSchema>>;
export type HealthEducation = z.output<typeof healthEducationFormSchema>;

/**
 * Maps a server issue path to a field of a flat form: `identity.birthDate` and the bare `birthDate`
 * (what section updates report) both mean the field `birthDate`; other sections' paths are not ours.
 */
export function fieldUnder(...prefixes: string[]) {
  return (path: string): string | null => {
    const prefix = prefixes.find((candidate) => path.startsWith(candidate));
    if (prefix === undefined && path.includes('.')) {
      return null;
    }
    // `reasonCodes.2` is the field `reasonCodes`.
    return path.slice(prefix?.length ?? 0).split('.')[0] ?? null;
  };
}
