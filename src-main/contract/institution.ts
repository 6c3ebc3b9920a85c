import { z } from 'zod';

import { isoDateTimeSchema, optionalText, referenceCodeSchema, requiredText } from './common';

/** Ministry-issued institution code: Latin capitals, digits and hyphens; typed in any case. */
export const institutionCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .min(1, 'validation.required')
  .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, 'validation.institutionCode');

/** True for a phone number: digits with optional +, spaces, brackets and hyphens; 7 to 15 digits. */
export function isPhoneNumber(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return /^\+?[0-9 ()-]+$/.test(value) && digits >= 7 && digits <= 15;
}

/** An optional phone number; empty or missing becomes null. */
export const phoneSchema = z
  .string()
  .trim()
  .max(40, 'validation.phone')
  .nullish()
  .refine((value) => value === undefined || value === null || value === '' || isPhoneNumber(value), 'validation.phone')
  .transform((value) => (value === undefined || value === null || value === '' ? null : value));

/** Number of places the institution is licensed for; optional until known. */
export const capacitySchema = z
  .number({ error: 'validation.number' })
  .int('validation.integer')
  .min(1, 'validation.capacityRange')
  .max(5000, 'validation.capacityRange')
  .nullish()
  .transform((value) => value ?? null);

/**
 * The institution profile as the director enters it (wizard and settings). Code, name, type and
 * region identify the institution and are required; the rest may be completed later in settings.
 */
export const institutionProfileInputSchema = z.strictObject({
  code: institutionCodeSchema,
  name: requiredText(200),
  typeCode: referenceCodeSchema,
  regionCode: referenceCodeSchema,
  address: optionalText(300),
  capacity: capacitySchema,
  phone: phoneSchema,
  directorName: optionalText(150),
});
export type InstitutionProfileInput = z.input<typeof institutionProfileInputSchema>;

/** The stored institution profile. */
export const institutionProfileSchema = z.strictObject({
  code: z.string(),
  name: z.string(),
  typeCode: z.string(),
  regionCode: z.string(),
  address: z.string().nullable(),
  capacity: z.number().int().nullable(),
  phone: z.string().nullable(),
  directorName: z.string().nullable(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type InstitutionProfile = z.infer<typeof institutionProfileSchema>;
