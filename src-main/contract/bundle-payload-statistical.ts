import { z } from 'zod';

import { ageMonthsSchema, codeListSchema, codeSchema, countSchema, monthSchema, pseudonymSchema, recordIdSchema } from './bundle-payload-fields';
import { contactKindSchema } from './family';
import { gatekeepingDecisionSchema } from './gatekeeping';
import { followUpOutcomeSchema } from './placements';
import { goalStatusSchema } from './plans';
import { disabilityStatusSchema, sexSchema } from './residents';
import { referralStatusSchema } from './services-register';

/*
 * The *statistical* profile: every child, adopted ones included, without identity. No names, FİN,
 * birth certificates, contacts (names, phones, addresses) or free text of any kind; ages in whole
 * months, dates reduced to their month, codes for everything categorical. Every id of a child-level
 * record is a pseudonym (bundle-payload-fields `pseudonymSchema`), the child's that of its record id,
 * so the same child (stay, placement…) has the same id in every statistical export made with the
 * same key, and no id matches one in a named export. Services keep their register ids. Progress notes
 * are left out: with their text gone, nothing in them is a statistic.
 */

/** A service of the register: type, region, capacity. */
export const statisticalServiceSchema = z.strictObject({
  id: recordIdSchema,
  typeCode: codeSchema,
  regionCode: codeSchema.nullable(),
  capacity: countSchema,
  active: z.boolean(),
});

/** A child: sex, age in whole months on the export day, legal status, disability, schooling. */
export const statisticalChildSchema = z.strictObject({
  id: pseudonymSchema,
  sex: sexSchema,
  ageMonths: ageMonthsSchema,
  legalStatusCode: codeSchema,
  deprivationReasonCodes: codeListSchema,
  disabilityStatus: disabilityStatusSchema,
  disabilityCategoryCode: codeSchema.nullable(),
  educationTypeCode: codeSchema.nullable(),
  grade: z.number().int().min(0).max(12).nullable(),
});

/** A stay: admission month and age, on what basis, why, from where; exit month, age and type. */
export const statisticalStaySchema = z.strictObject({
  id: pseudonymSchema,
  childId: pseudonymSchema,
  admissionMonth: monthSchema,
  ageMonthsAtAdmission: ageMonthsSchema,
  basisBodyCode: codeSchema,
  referringBodyCode: codeSchema.nullable(),
  sourceCode: codeSchema,
  reasonCodes: codeListSchema,
  temporarilyAbsent: z.boolean(),
  exitMonth: monthSchema.nullable(),
  ageMonthsAtExit: ageMonthsSchema.nullable(),
  exitTypeCode: codeSchema.nullable(),
});

/** A family member by relation only; `linkedChildId`: a sibling in the register. */
export const statisticalFamilyMemberSchema = z.strictObject({
  id: pseudonymSchema,
  childId: pseudonymSchema,
  relationCode: codeSchema,
  contactAllowed: z.boolean(),
  linkedChildId: pseudonymSchema.nullable(),
});

/** A contact with the family: month and kind, and with which family member. */
export const statisticalContactSchema = z.strictObject({
  id: pseudonymSchema,
  childId: pseudonymSchema,
  month: monthSchema,
  kind: contactKindSchema,
  familyMemberId: pseudonymSchema.nullable(),
});

/** An assessment: month and the score (1–4) of each domain. */
export const statisticalAssessmentSchema = z.strictObject({
  id: pseudonymSchema,
  childId: pseudonymSchema,
  month: monthSchema,
  scores: z.array(z.strictObject({ domainCode: codeSchema, score: z.number().int().min(1).max(4) })),
});

/** An individual care plan: which stay, when written, when next reviewed. */
export const statisticalCarePlanSchema = z.strictObject({
  id: pseudonymSchema,
  childId: pseudonymSchema,
  stayId: pseudonymSchema,
  createdMonth: monthSchema,
  nextReviewMonth: monthSchema.nullable(),
});

/** A care plan's goal: domain, status, target month. */
export const statisticalCarePlanGoalSchema = z.strictObject({
  id: pseudonymSchema,
  carePlanId: pseudonymSchema,
  domainCode: codeSchema,
  status: goalStatusSchema,
  targetMonth: monthSchema.nullable(),
});

/** An action towards a goal: when due, when done. */
export const statisticalCarePlanActionSchema = z.strictObject({
  id: pseudonymSchema,
  goalId: pseudonymSchema,
  dueMonth: monthSchema.nullable(),
  doneMonth: monthSchema.nullable(),
});

/** A care plan review: when held, when the next is due. */
export const statisticalCarePlanReviewSchema = z.strictObject({
  id: pseudonymSchema,
  carePlanId: pseudonymSchema,
  month: monthSchema,
  nextReviewMonth: monthSchema,
});

/** A referral to a service of the register and where it stands. */
export const statisticalReferralSchema = z.strictObject({
  id: pseudonymSchema,
  childId: pseudonymSchema,
  serviceId: recordIdSchema,
  status: referralStatusSchema,
  requestedMonth: monthSchema,
  startMonth: monthSchema.nullable(),
  endMonth: monthSchema.nullable(),
});

/** A placement: type, month and age at its start, deciding body, kind of destination, how it ended. */
export const statisticalPlacementSchema = z.strictObject({
  id: pseudonymSchema,
  childId: pseudonymSchema,
  stayId: pseudonymSchema,
  typeCode: codeSchema,
  startMonth: monthSchema,
  ageMonthsAtStart: ageMonthsSchema,
  decisionBodyCode: codeSchema,
  destinationKind: z.enum(['person', 'institution', 'none']),
  endedMonth: monthSchema.nullable(),
  endReason: z.enum(['breakdown', 'replaced', 'readmitted']).nullable(),
});

/** A follow-up visit: month due, month made, what it found. */
export const statisticalFollowUpVisitSchema = z.strictObject({
  id: pseudonymSchema,
  placementId: pseudonymSchema,
  childId: pseudonymSchema,
  dueMonth: monthSchema,
  visitMonth: monthSchema.nullable(),
  outcome: followUpOutcomeSchema.nullable(),
});

/**
 * A request to admit a child: month received, the child's sex and age in months then (null when the
 * birth date was not known), who asked (code), reasons, the decision and its month; `childId` once
 * the child was admitted.
 */
export const statisticalGatekeepingRequestSchema = z.strictObject({
  id: pseudonymSchema,
  receivedMonth: monthSchema,
  childSex: sexSchema,
  ageMonths: ageMonthsSchema.nullable(),
  requesterCode: codeSchema,
  reasonCodes: codeListSchema,
  commissionInvolved: z.boolean(),
  decision: gatekeepingDecisionSchema,
  decisionMonth: monthSchema.nullable(),
  childId: pseudonymSchema.nullable(),
});

/** The statistical profile's tables, parents before the records that point at them. */
export const statisticalTables = {
  services: statisticalServiceSchema,
  children: statisticalChildSchema,
  stays: statisticalStaySchema,
  family_members: statisticalFamilyMemberSchema,
  contact_log: statisticalContactSchema,
  assessments: statisticalAssessmentSchema,
  care_plans: statisticalCarePlanSchema,
  care_plan_goals: statisticalCarePlanGoalSchema,
  care_plan_actions: statisticalCarePlanActionSchema,
  care_plan_reviews: statisticalCarePlanReviewSchema,
  referrals: statisticalReferralSchema,
  placements: statisticalPlacementSchema,
  follow_up_visits: statisticalFollowUpVisitSchema,
  gatekeeping_requests: statisticalGatekeepingRequestSchema,
} as const;
