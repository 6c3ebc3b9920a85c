import type { GatekeepingRequest } from '@contract/gatekeeping';
import type { ProcedureInput } from '@contract/procedures';
import type { CreateResidentInput, DuplicateCandidate, Identity } from '@contract/residents';
import { duplicateCandidateSchema } from '@contract/residents';
import { z } from 'zod';

import { ApiError } from '../../api/client';
import type { HealthEducation, IdentityValues, LegalAdmission } from './resident-form';
import { emptyIdentityValues } from './resident-form';

/** The steps of the new-child form, in order; health and schooling may be skipped. */
export const NEW_RESIDENT_STEPS = ['identity', 'legal', 'health', 'review'] as const;
export type NewResidentStep = (typeof NEW_RESIDENT_STEPS)[number];

/** What registering a child makes stale (with a request, the request becomes "admitted"). */
export const RESIDENT_CREATED_REFRESH = [
  'residents.list',
  'residents.search',
  'dashboard.get',
  'audit.list',
  'gatekeeping.list',
  'gatekeeping.get',
  'gatekeeping.summary',
] as const;

/** The records the duplicate check found, in the two kinds it reports. */
export type Duplicates = { blocking: DuplicateCandidate[]; similar: DuplicateCandidate[] };

export const noDuplicates: Duplicates = { blocking: [], similar: [] };

/** The duplicate check's question for a valid identity. */
export function duplicateProbeOf(identity: Identity): ProcedureInput<'residents.checkDuplicates'> {
  const { surname, firstName, patronymic, birthDate, fin, birthCertSeries, birthCertNumber } = identity;
  return { surname, firstName, patronymic, birthDate, fin, birthCertSeries, birthCertNumber };
}

const candidatesSchema = z.array(duplicateCandidateSchema);

/**
 * The duplicates the core named when it refused to create the child (DUPLICATE_RESIDENT: blocking;
 * POSSIBLE_DUPLICATE: similar), or null for any other failure.
 */
export function duplicatesOfFailure(error: unknown): Duplicates | null {
  if (!(error instanceof ApiError) || (error.code !== 'DUPLICATE_RESIDENT' && error.code !== 'POSSIBLE_DUPLICATE')) {
    return null;
  }
  const parsed = candidatesSchema.safeParse(error.details?.duplicates);
  const candidates = parsed.success ? parsed.data : [];
  return error.code === 'DUPLICATE_RESIDENT' ? { blocking: candidates, similar: [] } : { blocking: [], similar: candidates };
}

/** Splits the second step's flat values into the contract's legal and admission parts. */
function legalAndAdmission(values: LegalAdmission) {
  const { legalStatusCode, deprivationReasonCodes, ...admission } = values;
  return { legal: { legalStatusCode, deprivationReasonCodes }, admission };
}

/** Splits the third step's flat values into health and education. */
function healthAndEducation(values: HealthEducation) {
  const { educationTypeCode, schoolName, grade, ...health } = values;
  return { health, education: { educationTypeCode, schoolName, grade } };
}

/**
 * The create call from the checked steps; health and schooling only when that step was filled in,
 * the gatekeeping request only when the child is admitted from one.
 */
export function createInputOf(
  identity: Identity,
  legalAdmission: LegalAdmission,
  healthEducation: HealthEducation | null,
  confirmNotDuplicate: boolean,
  gatekeepingRequestId: string | null = null,
): CreateResidentInput {
  return {
    identity,
    ...legalAndAdmission(legalAdmission),
    ...(healthEducation === null ? {} : healthAndEducation(healthEducation)),
    ...(confirmNotDuplicate ? { confirmNotDuplicate: true } : {}),
    ...(gatekeepingRequestId === null ? {} : { gatekeepingRequestId }),
  };
}

/** The identity step filled from an admission request: what the request knew of the child. */
export function identityValuesOfRequest(request: GatekeepingRequest): IdentityValues {
  return {
    ...emptyIdentityValues,
    surname: request.childSurname,
    firstName: request.childFirstName,
    patronymic: request.childPatronymic ?? '',
    sex: request.childSex,
    birthDate: request.childBirthDate ?? '',
  };
}
