import { z } from 'zod';

import { isoDateTimeSchema, optionalText, referenceCodeSchema, requiredText } from './common';
import { calendarDateSchema } from './dates';
import { phoneSchema } from './institution';

/** A relative or other person in the child's life; a sibling in care links to their own record. */
export const familyMemberInputSchema = z.strictObject({
  relationCode: referenceCodeSchema,
  fullName: requiredText(150),
  phone: phoneSchema,
  address: optionalText(300),
  contactAllowed: z.boolean(),
  note: optionalText(1000),
  linkedResidentId: z.string().min(1).nullish().transform((value) => value ?? null),
});
export type FamilyMemberInput = z.input<typeof familyMemberInputSchema>;

export const familyMemberSchema = z.strictObject({
  id: z.string(),
  residentId: z.string(),
  relationCode: z.string(),
  fullName: z.string(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  contactAllowed: z.boolean(),
  note: z.string().nullable(),
  linkedResidentId: z.string().nullable(),
  /** The linked sibling's name as recorded now (null when not linked). */
  linkedResidentName: z.string().nullable(),
  updatedAt: isoDateTimeSchema,
});
export type FamilyMember = z.infer<typeof familyMemberSchema>;

export const addFamilyMemberInputSchema = z.strictObject({ residentId: z.string().min(1), member: familyMemberInputSchema });
export const updateFamilyMemberInputSchema = z.strictObject({ id: z.string().min(1), member: familyMemberInputSchema });

/** Kinds of contact with the family; the UI translates each as `contacts.kinds.<kind>`. */
export const contactKinds = ['visit', 'home_leave', 'phone', 'video', 'letter', 'other'] as const;
export const contactKindSchema = z.enum(contactKinds, { error: 'validation.required' });

/** One visit or contact in the log. */
export const contactEntryInputSchema = z.strictObject({
  date: calendarDateSchema,
  kind: contactKindSchema,
  familyMemberId: z.string().min(1).nullish().transform((value) => value ?? null),
  personName: optionalText(150),
  note: optionalText(2000),
});
export type ContactEntryInput = z.input<typeof contactEntryInputSchema>;

export const contactEntrySchema = z.strictObject({
  id: z.string(),
  residentId: z.string(),
  date: z.string(),
  kind: contactKindSchema,
  familyMemberId: z.string().nullable(),
  personName: z.string().nullable(),
  note: z.string().nullable(),
  recordedBy: z.string().nullable(),
  /** Who recorded it, by name as the user is called now. */
  recordedByName: z.string().nullable(),
  createdAt: isoDateTimeSchema,
});
export type ContactEntry = z.infer<typeof contactEntrySchema>;

export const addContactInputSchema = z.strictObject({ residentId: z.string().min(1), entry: contactEntryInputSchema });
export const updateContactInputSchema = z.strictObject({ id: z.string().min(1), entry: contactEntryInputSchema });
