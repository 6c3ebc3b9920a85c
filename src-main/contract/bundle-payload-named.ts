import { z } from 'zod';

import { attachmentMimeTypes } from './attachments';
import {
  codeListSchema,
  codeSchema,
  countSchema,
  dateSchema,
  dateTimeSchema,
  recordIdSchema,
  textSchema,
} from './bundle-payload-fields';
import { contactKindSchema } from './family';
import { gatekeepingDecisionSchema } from './gatekeeping';
import { followUpOutcomeSchema } from './placements';
import { goalStatusSchema } from './plans';
import { disabilityStatusSchema, FIN_PATTERN, sexSchema } from './residents';
import { referralStatusSchema } from './services-register';

/*
 * The *named* profile's child-level records: the children's full records as the institution keeps
 * them. Left out everywhere: who typed what (user ids: the ministry has no users table), photos and
 * every file's content. An adoption-secret child and everything about them is left out unless the
 * director includes secret records in that one export.
 */

const optionalText = textSchema.nullable();

/** A service of the register children are referred to. */
export const namedServiceSchema = z.strictObject({
  id: recordIdSchema,
  name: textSchema,
  typeCode: codeSchema,
  regionCode: codeSchema.nullable(),
  address: optionalText,
  phone: optionalText,
  capacity: countSchema,
  active: z.boolean(),
  note: optionalText,
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
});

/** A child: identity (FİN, birth certificate), legal status, health and disability, education. No photo. */
export const namedResidentSchema = z.strictObject({
  id: recordIdSchema,
  surname: textSchema,
  firstName: textSchema,
  patronymic: optionalText,
  sex: sexSchema,
  birthDate: dateSchema,
  birthPlace: optionalText,
  citizenship: optionalText,
  fin: z.string().regex(FIN_PATTERN).nullable(),
  birthCertSeries: optionalText,
  birthCertNumber: optionalText,
  legalStatusCode: codeSchema,
  deprivationReasonCodes: codeListSchema,
  disabilityStatus: disabilityStatusSchema,
  disabilityCategoryCode: codeSchema.nullable(),
  diagnosis: optionalText,
  needs: optionalText,
  healthNotes: optionalText,
  educationTypeCode: codeSchema.nullable(),
  schoolName: optionalText,
  grade: z.number().int().min(0).max(12).nullable(),
  /** Adopted (secret); only ever true in an export the director chose to include secret records in. */
  secret: z.boolean(),
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
});

/** One stay: the admission (basis, referring body, reasons, source) and its exit. */
export const namedStaySchema = z.strictObject({
  id: recordIdSchema,
  residentId: recordIdSchema,
  admissionDate: dateSchema,
  basisBodyCode: codeSchema,
  basisNumber: optionalText,
  basisDate: dateSchema.nullable(),
  referringBodyCode: codeSchema.nullable(),
  sourceCode: codeSchema,
  reasonCodes: codeListSchema,
  temporarilyAbsent: z.boolean(),
  absenceNote: optionalText,
  exitDate: dateSchema.nullable(),
  exitTypeCode: codeSchema.nullable(),
  createdAt: dateTimeSchema,
});

/**
 * A family member or another person in the child's life, with contacts. `linkedResidentId`: a
 * sibling's own record; null when that record is secret and left out of the export.
 */
export const namedFamilyMemberSchema = z.strictObject({
  id: recordIdSchema,
  residentId: recordIdSchema,
  relationCode: codeSchema,
  fullName: textSchema,
  phone: optionalText,
  address: optionalText,
  contactAllowed: z.boolean(),
  note: optionalText,
  linkedResidentId: recordIdSchema.nullable(),
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
});

/** A visit or contact with the family. */
export const namedContactSchema = z.strictObject({
  id: recordIdSchema,
  residentId: recordIdSchema,
  date: dateSchema,
  kind: contactKindSchema,
  familyMemberId: recordIdSchema.nullable(),
  personName: optionalText,
  note: optionalText,
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
});

/** A staff progress note; a correction points at the note it corrects. */
export const namedProgressNoteSchema = z.strictObject({
  id: recordIdSchema,
  residentId: recordIdSchema,
  date: dateSchema,
  domainCode: codeSchema,
  text: textSchema,
  correctsNoteId: recordIdSchema.nullable(),
  createdAt: dateTimeSchema,
  editedAt: dateTimeSchema.nullable(),
});

/** An assessment with its domain scores (1–4). */
export const namedAssessmentSchema = z.strictObject({
  id: recordIdSchema,
  residentId: recordIdSchema,
  date: dateSchema,
  summary: optionalText,
  scores: z.array(z.strictObject({ domainCode: codeSchema, score: z.number().int().min(1).max(4), note: optionalText })),
  createdAt: dateTimeSchema,
});

/** The individual care plan of one stay. */
export const namedCarePlanSchema = z.strictObject({
  id: recordIdSchema,
  residentId: recordIdSchema,
  stayId: recordIdSchema,
  nextReviewDate: dateSchema.nullable(),
  createdAt: dateTimeSchema,
});

/** A goal of a care plan. */
export const namedCarePlanGoalSchema = z.strictObject({
  id: recordIdSchema,
  carePlanId: recordIdSchema,
  domainCode: codeSchema,
  text: textSchema,
  targetDate: dateSchema.nullable(),
  status: goalStatusSchema,
  createdAt: dateTimeSchema,
});

/** An action towards a goal, with its owner and the day it was done. */
export const namedCarePlanActionSchema = z.strictObject({
  id: recordIdSchema,
  goalId: recordIdSchema,
  text: textSchema,
  ownerName: optionalText,
  dueDate: dateSchema.nullable(),
  doneAt: dateSchema.nullable(),
  createdAt: dateTimeSchema,
});

/** A review of a care plan: who took part, what was decided, when the next one is. */
export const namedCarePlanReviewSchema = z.strictObject({
  id: recordIdSchema,
  carePlanId: recordIdSchema,
  date: dateSchema,
  participants: textSchema,
  decisions: textSchema,
  nextReviewDate: dateSchema,
  createdAt: dateTimeSchema,
});

/** A referral of a child to a service of the register. */
export const namedReferralSchema = z.strictObject({
  id: recordIdSchema,
  residentId: recordIdSchema,
  serviceId: recordIdSchema,
  status: referralStatusSchema,
  requestedDate: dateSchema,
  startDate: dateSchema.nullable(),
  endDate: dateSchema.nullable(),
  note: optionalText,
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
});

/** Where a child went: the exit's placement or a later one after a breakdown, with decision and destination. */
export const namedPlacementSchema = z.strictObject({
  id: recordIdSchema,
  residentId: recordIdSchema,
  stayId: recordIdSchema,
  typeCode: codeSchema,
  startDate: dateSchema,
  decisionBodyCode: codeSchema,
  decisionNumber: optionalText,
  decisionDate: dateSchema.nullable(),
  destinationKind: z.enum(['person', 'institution', 'none']),
  destinationName: optionalText,
  destinationPhone: optionalText,
  destinationAddress: optionalText,
  note: optionalText,
  endedDate: dateSchema.nullable(),
  endReason: z.enum(['breakdown', 'replaced', 'readmitted']).nullable(),
  createdAt: dateTimeSchema,
});

/** A post-placement follow-up visit, scheduled and (once made) recorded. */
export const namedFollowUpVisitSchema = z.strictObject({
  id: recordIdSchema,
  placementId: recordIdSchema,
  residentId: recordIdSchema,
  dueDate: dateSchema,
  visitDate: dateSchema.nullable(),
  visitor: optionalText,
  outcome: followUpOutcomeSchema.nullable(),
  notes: optionalText,
  recordedAt: dateTimeSchema.nullable(),
});

/** A request to admit a child and its decision; `residentId` once the child was admitted. */
export const namedGatekeepingRequestSchema = z.strictObject({
  id: recordIdSchema,
  receivedDate: dateSchema,
  childSurname: textSchema,
  childFirstName: textSchema,
  childPatronymic: optionalText,
  childSex: sexSchema,
  childBirthDate: dateSchema.nullable(),
  requesterCode: codeSchema,
  requesterName: optionalText,
  reasonCodes: codeListSchema,
  assessmentSummary: optionalText,
  commissionInvolved: z.boolean(),
  decision: gatekeepingDecisionSchema,
  decisionDate: dateSchema.nullable(),
  decisionNote: optionalText,
  residentId: recordIdSchema.nullable(),
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
});

/** A document of a child's record: what it is, never its content. Photos are left out altogether. */
export const namedAttachmentSchema = z.strictObject({
  id: recordIdSchema,
  residentId: recordIdSchema,
  fileName: textSchema,
  mimeType: z.enum(attachmentMimeTypes),
  size: countSchema,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  description: optionalText,
  uploadedAt: dateTimeSchema,
});

/** The named profile's child-level tables, parents before the records that point at them. */
export const namedChildTables = {
  services: namedServiceSchema,
  residents: namedResidentSchema,
  stays: namedStaySchema,
  family_members: namedFamilyMemberSchema,
  contact_log: namedContactSchema,
  progress_notes: namedProgressNoteSchema,
  assessments: namedAssessmentSchema,
  care_plans: namedCarePlanSchema,
  care_plan_goals: namedCarePlanGoalSchema,
  care_plan_actions: namedCarePlanActionSchema,
  care_plan_reviews: namedCarePlanReviewSchema,
  referrals: namedReferralSchema,
  placements: namedPlacementSchema,
  follow_up_visits: namedFollowUpVisitSchema,
  gatekeeping_requests: namedGatekeepingRequestSchema,
  attachments: namedAttachmentSchema,
} as const;
