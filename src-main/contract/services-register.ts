import { z } from 'zod';

import { isoDateTimeSchema, optionalText, referenceCodeSchema, requiredText } from './common';
import { calendarDateSchema } from './dates';
import { phoneSchema } from './institution';

/** A service children can be referred to: day care, rehabilitation, inclusive school, … */
export const serviceInputSchema = z.strictObject({
  name: requiredText(200),
  typeCode: referenceCodeSchema,
  regionCode: referenceCodeSchema.nullish().transform((value) => value ?? null),
  address: optionalText(300),
  phone: phoneSchema,
  capacity: z.number({ error: 'validation.number' }).int('validation.integer').min(1, 'validation.capacityRange').max(5000, 'validation.capacityRange'),
  active: z.boolean(),
  note: optionalText(1000),
});
export type ServiceInput = z.input<typeof serviceInputSchema>;

export const serviceSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  typeCode: z.string(),
  regionCode: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  capacity: z.number().int(),
  active: z.boolean(),
  note: z.string().nullable(),
  /** Children accepted or attending now. */
  load: z.number().int(),
});
export type Service = z.infer<typeof serviceSchema>;

export const saveServiceInputSchema = z.strictObject({ id: z.string().min(1).nullish().transform((value) => value ?? null), service: serviceInputSchema });

export const referralStatuses = ['requested', 'accepted', 'attending', 'ended', 'declined'] as const;
export const referralStatusSchema = z.enum(referralStatuses, { error: 'validation.required' });
export type ReferralStatus = z.infer<typeof referralStatusSchema>;

/** The statuses that take one of the service's places. */
export const OCCUPYING_STATUSES: readonly ReferralStatus[] = ['accepted', 'attending'];

/** Referring a child to a service. `acceptOverCapacity`: the user saw the service is full and goes on. */
export const createReferralInputSchema = z.strictObject({
  residentId: z.string().min(1),
  serviceId: z.string().min(1),
  requestedDate: calendarDateSchema,
  note: optionalText(1000),
  acceptOverCapacity: z.boolean().optional(),
});

/** A referral's next status, from the day it took effect. */
export const setReferralStatusInputSchema = z.strictObject({
  id: z.string().min(1),
  status: referralStatusSchema,
  date: calendarDateSchema,
  note: optionalText(1000),
  acceptOverCapacity: z.boolean().optional(),
});

export const referralSchema = z.strictObject({
  id: z.string(),
  residentId: z.string(),
  residentName: z.string(),
  serviceId: z.string(),
  serviceName: z.string(),
  status: referralStatusSchema,
  requestedDate: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: isoDateTimeSchema,
});
export type Referral = z.infer<typeof referralSchema>;

/** A child with a disability, in residence, referred to no service now. */
export const unreferredChildSchema = z.strictObject({
  residentId: z.string(),
  fullName: z.string(),
  birthDate: z.string(),
  disabilityCategoryCode: z.string().nullable(),
});

export const referralListInputSchema = z.strictObject({
  residentId: z.string().min(1).optional(),
  serviceId: z.string().min(1).optional(),
});
