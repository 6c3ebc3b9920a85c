import { z } from 'zod';

import { isoDateTimeSchema, optionalText, referenceCodeSchema, requiredText } from './common';
import { calendarDateSchema, optionalDateSchema } from './dates';
import { sexSchema } from './residents';

/**
 * What was decided on a request to admit a child. Everything but admission and refusal keeps the
 * child out of the institution (a diversion, which is what gatekeeping is for).
 */
export const gatekeepingDecisions = [
  'pending',
  'admitted',
  'diverted_family_support',
  'referred_services',
  'kinship_foster',
  'refused',
] as const;
export const gatekeepingDecisionSchema = z.enum(gatekeepingDecisions, { error: 'validation.required' });
export type GatekeepingDecision = z.infer<typeof gatekeepingDecisionSchema>;

/** Decisions that count as a diversion in the admissions-versus-diversions summary. */
export const DIVERSIONS: readonly GatekeepingDecision[] = ['diverted_family_support', 'referred_services', 'kinship_foster'];

/** A request to admit a child, as received and assessed. */
export const gatekeepingRequestInputSchema = z.strictObject({
  receivedDate: calendarDateSchema,
  childSurname: requiredText(100),
  childFirstName: requiredText(100),
  childPatronymic: optionalText(100),
  childSex: sexSchema,
  childBirthDate: optionalDateSchema,
  requesterCode: referenceCodeSchema,
  requesterName: optionalText(200),
  reasonCodes: z.array(referenceCodeSchema).min(1, 'validation.chooseAtLeastOne').max(20, 'validation.tooMany'),
  assessmentSummary: optionalText(4000),
  commissionInvolved: z.boolean(),
});
export type GatekeepingRequestInput = z.input<typeof gatekeepingRequestInputSchema>;

export const gatekeepingRequestSchema = z.strictObject({
  id: z.string(),
  receivedDate: z.string(),
  childSurname: z.string(),
  childFirstName: z.string(),
  childPatronymic: z.string().nullable(),
  childSex: sexSchema,
  childBirthDate: z.string().nullable(),
  requesterCode: z.string(),
  requesterName: z.string().nullable(),
  reasonCodes: z.array(z.string()),
  assessmentSummary: z.string().nullable(),
  commissionInvolved: z.boolean(),
  decision: gatekeepingDecisionSchema,
  decisionDate: z.string().nullable(),
  decisionNote: z.string().nullable(),
  residentId: z.string().nullable(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type GatekeepingRequest = z.infer<typeof gatekeepingRequestSchema>;

export const createGatekeepingInputSchema = z.strictObject({ request: gatekeepingRequestInputSchema });
export const updateGatekeepingInputSchema = z.strictObject({ id: z.string().min(1), request: gatekeepingRequestInputSchema });

/** Deciding a request; "admitted" is not decided here but by registering the child with the request's id. */
export const decideGatekeepingInputSchema = z.strictObject({
  id: z.string().min(1),
  decision: z.enum(['diverted_family_support', 'referred_services', 'kinship_foster', 'refused'], { error: 'validation.required' }),
  decisionDate: calendarDateSchema,
  note: optionalText(2000),
});

export const gatekeepingListInputSchema = z.strictObject({
  decision: gatekeepingDecisionSchema.optional(),
  from: z.string().max(10).optional(),
  to: z.string().max(10).optional(),
});

/** One month of the admissions-versus-diversions summary (`YYYY-MM`). */
export const gatekeepingMonthSchema = z.strictObject({
  month: z.string(),
  requests: z.number().int(),
  admitted: z.number().int(),
  diverted: z.number().int(),
  refused: z.number().int(),
  pending: z.number().int(),
});
export const gatekeepingSummaryInputSchema = z.strictObject({ fromMonth: z.string().regex(/^\d{4}-\d{2}$/, 'validation.month'), toMonth: z.string().regex(/^\d{4}-\d{2}$/, 'validation.month') });
