import { z } from 'zod';

import { isoDateTimeSchema, optionalText, referenceCodeSchema, requiredText } from './common';
import { calendarDateSchema, optionalDateSchema } from './dates';

export const sexes = ['male', 'female'] as const;
export const sexSchema = z.enum(sexes, { error: 'validation.required' });
export type Sex = z.infer<typeof sexSchema>;

/** Where a child is now: living here, away for a while (hospital, home leave), or gone. */
export const residenceStatuses = ['in_residence', 'temporarily_absent', 'exited'] as const;
export const residenceStatusSchema = z.enum(residenceStatuses);
export type ResidenceStatus = z.infer<typeof residenceStatusSchema>;

/** Age groups of the dashboard and filters (pre-school, school stages, leaving care). */
export const ageGroups = ['0-2', '3-6', '7-10', '11-14', '15-17', '18+'] as const;
export const ageGroupSchema = z.enum(ageGroups);
export type AgeGroup = z.infer<typeof ageGroupSchema>;

/** The age group of an age in whole years. */
export function ageGroupOf(age: number): AgeGroup {
  if (age <= 2) {
    return '0-2';
  }
  if (age <= 6) {
    return '3-6';
  }
  if (age <= 10) {
    return '7-10';
  }
  if (age <= 14) {
    return '11-14';
  }
  return age <= 17 ? '15-17' : '18+';
}

/** FİN: 7 characters, digits and Latin capitals except I and O (never a check digit). */
export const FIN_PATTERN = /^[0-9A-HJ-NP-Z]{7}$/;

/** An optional FİN, typed in any case; empty becomes null. */
export const finSchema = z
  .string()
  .trim()
  .toUpperCase()
  .nullish()
  .refine((value) => value === undefined || value === null || value === '' || FIN_PATTERN.test(value), 'validation.fin')
  .transform((value) => (value === undefined || value === null || value === '' ? null : value));

/** Upper-cased optional text (certificate series). */
const upperOptional = (max: number) =>
  optionalText(max).transform((value) => (value === null ? null : value.toUpperCase().replace(/\s+/g, '')));

/** Who the child is. A birth certificate is given as series and number together, or not at all. */
export const identitySchema = z
  .strictObject({
    surname: requiredText(100),
    firstName: requiredText(100),
    patronymic: optionalText(100),
    sex: sexSchema,
    birthDate: calendarDateSchema,
    birthPlace: optionalText(200),
    citizenship: optionalText(100),
    fin: finSchema,
    birthCertSeries: upperOptional(20),
    birthCertNumber: upperOptional(30),
  })
  .superRefine((identity, ctx) => {
    if ((identity.birthCertSeries === null) !== (identity.birthCertNumber === null)) {
      const path = identity.birthCertSeries === null ? 'birthCertSeries' : 'birthCertNumber';
      ctx.addIssue({ code: 'custom', path: [path], message: 'validation.certificateBoth' });
    }
  });
export type IdentityInput = z.input<typeof identitySchema>;
export type Identity = z.output<typeof identitySchema>;

/** The child's legal status (reference data) and, where that status needs them, why. */
export const legalSchema = z.strictObject({
  legalStatusCode: referenceCodeSchema,
  deprivationReasonCodes: z.array(referenceCodeSchema).max(20, 'validation.tooMany'),
});
export type LegalInput = z.input<typeof legalSchema>;
export type Legal = z.output<typeof legalSchema>;

/** One admission: when, on what decision (body, number, date), who referred, why, from where. */
export const admissionSchema = z.strictObject({
  admissionDate: calendarDateSchema,
  basisBodyCode: referenceCodeSchema,
  basisNumber: optionalText(60),
  basisDate: optionalDateSchema,
  referringBodyCode: referenceCodeSchema.nullish().transform((value) => value ?? null),
  reasonCodes: z.array(referenceCodeSchema).min(1, 'validation.chooseAtLeastOne').max(20, 'validation.tooMany'),
  sourceCode: referenceCodeSchema,
});
export type AdmissionInput = z.input<typeof admissionSchema>;
export type Admission = z.output<typeof admissionSchema>;

export const disabilityStatuses = ['none', 'assessment', 'disability'] as const;
export const disabilityStatusSchema = z.enum(disabilityStatuses, { error: 'validation.required' });
export type DisabilityStatus = z.infer<typeof disabilityStatusSchema>;

/** Health and disability (sağlamlıq imkanları məhdud): status, category, diagnosis, needs. */
export const healthSchema = z
  .strictObject({
    disabilityStatus: disabilityStatusSchema,
    disabilityCategoryCode: referenceCodeSchema.nullish().transform((value) => value ?? null),
    diagnosis: optionalText(2000),
    needs: optionalText(2000),
    healthNotes: optionalText(2000),
  })
  .superRefine((health, ctx) => {
    if (health.disabilityStatus === 'disability' && health.disabilityCategoryCode === null) {
      ctx.addIssue({ code: 'custom', path: ['disabilityCategoryCode'], message: 'validation.required' });
    }
  });
export type HealthInput = z.input<typeof healthSchema>;
export type Health = z.output<typeof healthSchema>;

export const emptyHealth: Health = { disabilityStatus: 'none', disabilityCategoryCode: null, diagnosis: null, needs: null, healthNotes: null };

/** Schooling: type (in-house, general school, inclusive class, special school…), school and grade. */
export const educationSchema = z.strictObject({
  educationTypeCode: referenceCodeSchema.nullish().transform((value) => value ?? null),
  schoolName: optionalText(200),
  grade: z
    .number({ error: 'validation.number' })
    .int('validation.integer')
    .min(0, 'validation.gradeRange')
    .max(12, 'validation.gradeRange')
    .nullish()
    .transform((value) => value ?? null),
});
export type EducationInput = z.input<typeof educationSchema>;
export type Education = z.output<typeof educationSchema>;

export const emptyEducation: Education = { educationTypeCode: null, schoolName: null, grade: null };

/** A new child: identity, legal status and the first admission; health and schooling may follow. */
export const createResidentInputSchema = z.strictObject({
  identity: identitySchema,
  legal: legalSchema,
  admission: admissionSchema,
  health: healthSchema.optional(),
  education: educationSchema.optional(),
  /** Set after the user saw the similar records and said this child is someone else. */
  confirmNotDuplicate: z.boolean().optional(),
  /** The gatekeeping request this admission decides (it becomes "admitted" with this record). */
  gatekeepingRequestId: z.string().min(1).optional(),
});
export type CreateResidentInput = z.input<typeof createResidentInputSchema>;

/** A stay: one admission and, later, its exit (exits arrive with the care pathway). */
export const stayViewSchema = z.strictObject({
  id: z.string(),
  admission: z.strictObject({
    admissionDate: z.string(),
    basisBodyCode: z.string(),
    basisNumber: z.string().nullable(),
    basisDate: z.string().nullable(),
    referringBodyCode: z.string().nullable(),
    reasonCodes: z.array(z.string()),
    sourceCode: z.string(),
  }),
  temporarilyAbsent: z.boolean(),
  absenceNote: z.string().nullable(),
  exitDate: z.string().nullable(),
  exitTypeCode: z.string().nullable(),
});
export type StayView = z.infer<typeof stayViewSchema>;

/** The whole record of one child, as the record screen shows it. */
export const residentRecordSchema = z.strictObject({
  id: z.string(),
  version: z.number().int(),
  identity: z.strictObject({
    surname: z.string(),
    firstName: z.string(),
    patronymic: z.string().nullable(),
    sex: sexSchema,
    birthDate: z.string(),
    birthPlace: z.string().nullable(),
    citizenship: z.string().nullable(),
    fin: z.string().nullable(),
    birthCertSeries: z.string().nullable(),
    birthCertNumber: z.string().nullable(),
  }),
  legal: z.strictObject({ legalStatusCode: z.string(), deprivationReasonCodes: z.array(z.string()) }),
  health: z.strictObject({
    disabilityStatus: disabilityStatusSchema,
    disabilityCategoryCode: z.string().nullable(),
    diagnosis: z.string().nullable(),
    needs: z.string().nullable(),
    healthNotes: z.string().nullable(),
  }),
  education: z.strictObject({ educationTypeCode: z.string().nullable(), schoolName: z.string().nullable(), grade: z.number().nullable() }),
  photoAttachmentId: z.string().nullable(),
  status: residenceStatusSchema,
  /** Adopted: identity fields are shown to the director only (others see them blank). */
  secret: z.boolean(),
  age: z.number().int(),
  stays: z.array(stayViewSchema),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type ResidentRecord = z.infer<typeof residentRecordSchema>;

/** One row of the residents list (what filters, sorting and search need, nothing more). */
export const residentSummarySchema = z.strictObject({
  id: z.string(),
  surname: z.string(),
  firstName: z.string(),
  patronymic: z.string().nullable(),
  sex: sexSchema,
  birthDate: z.string(),
  age: z.number().int(),
  ageGroup: ageGroupSchema,
  fin: z.string().nullable(),
  birthCertificate: z.string().nullable(),
  status: residenceStatusSchema,
  legalStatusCode: z.string(),
  disability: z.boolean(),
  educationTypeCode: z.string().nullable(),
  admissionDate: z.string(),
  secret: z.boolean(),
});
export type ResidentSummary = z.infer<typeof residentSummarySchema>;

/** What the list shows: every part optional, all parts must hold. */
export const residentFilterSchema = z.strictObject({
  query: z.string().max(200, 'validation.tooLong').optional(),
  statuses: z.array(residenceStatusSchema).optional(),
  ageGroups: z.array(ageGroupSchema).optional(),
  sex: sexSchema.optional(),
  disability: z.boolean().optional(),
  legalStatusCodes: z.array(z.string()).optional(),
  educationTypeCodes: z.array(z.string()).optional(),
});
export type ResidentFilter = z.input<typeof residentFilterSchema>;

export const residentSortKeys = ['name', 'birthDate', 'admissionDate', 'status'] as const;
export const residentListInputSchema = z.strictObject({
  filter: residentFilterSchema,
  sort: z.strictObject({ by: z.enum(residentSortKeys), descending: z.boolean() }).optional(),
});
export const residentListOutputSchema = z.strictObject({ rows: z.array(residentSummarySchema), total: z.number().int() });

/** Quick search (header, sibling links): the best matches first. */
export const residentSearchInputSchema = z.strictObject({
  query: z.string().max(200, 'validation.tooLong'),
  limit: z.number().int().min(1).max(100).optional(),
});

/** A record that may be the same child. */
export const duplicateCandidateSchema = z.strictObject({
  id: z.string(),
  fullName: z.string(),
  birthDate: z.string(),
  reason: z.enum(['fin', 'birthCertificate', 'similarName']),
});
export type DuplicateCandidate = z.infer<typeof duplicateCandidateSchema>;

/** What is known of a child before the record exists, to look for duplicates. */
export const duplicateCheckInputSchema = z.strictObject({
  surname: z.string().max(100),
  firstName: z.string().max(100),
  patronymic: z.string().max(100).nullish(),
  birthDate: z.string().max(10).nullish(),
  fin: z.string().max(20).nullish(),
  birthCertSeries: z.string().max(30).nullish(),
  birthCertNumber: z.string().max(40).nullish(),
  excludeId: z.string().optional(),
});
/** `blocking`: the same FİN or certificate (cannot be created); `similar`: a warning with links. */
export const duplicateCheckOutputSchema = z.strictObject({
  blocking: z.array(duplicateCandidateSchema),
  similar: z.array(duplicateCandidateSchema),
});

/** Section updates carry the version the user saw: a record changed meanwhile is not overwritten. */
const versioned = { id: z.string().min(1), version: z.number().int() };
export const updateIdentityInputSchema = z.strictObject({ ...versioned, identity: identitySchema });
export const updateLegalInputSchema = z.strictObject({ ...versioned, legal: legalSchema });
export const updateHealthInputSchema = z.strictObject({ ...versioned, health: healthSchema });
export const updateEducationInputSchema = z.strictObject({ ...versioned, education: educationSchema });
export const updateAdmissionInputSchema = z.strictObject({ ...versioned, stayId: z.string().min(1), admission: admissionSchema });
export const setAbsenceInputSchema = z.strictObject({
  ...versioned,
  absent: z.boolean(),
  note: optionalText(500),
});
export const setPhotoInputSchema = z.strictObject({ ...versioned, attachmentId: z.string().min(1).nullable() });
export const residentIdInputSchema = z.strictObject({ id: z.string().min(1) });

/**
 * Date rules shared by the forms and the core: a birth date not in the future, an admission neither
 * before birth nor in the future, a decision not after the admission it grounds.
 * `today` is `YYYY-MM-DD`; paths are relative to the create input (`identity.birthDate`, …).
 */
export function residentDateIssues(
  dates: { birthDate?: string | null; admissionDate?: string | null; basisDate?: string | null },
  today: string,
): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const { birthDate, admissionDate, basisDate } = dates;
  if (birthDate && birthDate > today) {
    issues.push({ path: 'identity.birthDate', message: 'validation.birthInFuture' });
  }
  if (admissionDate && admissionDate > today) {
    issues.push({ path: 'admission.admissionDate', message: 'validation.dateInFuture' });
  }
  if (admissionDate && birthDate && admissionDate < birthDate) {
    issues.push({ path: 'admission.admissionDate', message: 'validation.admissionBeforeBirth' });
  }
  if (basisDate && basisDate > today) {
    issues.push({ path: 'admission.basisDate', message: 'validation.dateInFuture' });
  }
  if (basisDate && admissionDate && basisDate > admissionDate) {
    issues.push({ path: 'admission.basisDate', message: 'validation.basisAfterAdmission' });
  }
  return issues;
}

/** The legal status's own requirement: some statuses need at least one deprivation reason. */
export function legalIssues(
  legal: { deprivationReasonCodes: readonly string[] },
  status: { requiresDeprivationReason?: boolean | undefined } | null,
): { path: string; message: string }[] {
  return status?.requiresDeprivationReason === true && legal.deprivationReasonCodes.length === 0
    ? [{ path: 'legal.deprivationReasonCodes', message: 'validation.deprivationReasonRequired' }]
    : [];
}

/** "Surname First Patronymic", the way Azerbaijani records write a name. */
export function fullNameOf(person: { surname: string; firstName: string; patronymic?: string | null }): string {
  return [person.surname, person.firstName, person.patronymic ?? ''].filter((part) => part !== '').join(' ');
}
