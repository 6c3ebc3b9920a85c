import { z } from 'zod';

import { referenceItemSchema } from './reference';

/*
 * The field types of the bundle payload's records (bundle-payload.ts). They check what was stored,
 * never trim or transform: the ministry validates what it received exactly as sent.
 */

/** A record's id as the institution's database holds it. */
export const recordIdSchema = z.string().min(1).max(64);

/** A reference-data code (lower-case ASCII letters, digits, `-` and `_`). */
export const codeSchema = z
  .string()
  .max(64)
  .regex(/^[a-z0-9][a-z0-9_-]*$/);

/** Several codes of one kind (admission reasons, deprivation reasons), sorted, each once. */
export const codeListSchema = z.array(codeSchema).max(50);

/** A calendar date `YYYY-MM-DD`. */
export const dateSchema = z.iso.date();

/** A month `YYYY-MM`: the statistical profile's dates. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** An instant, ISO 8601 in UTC. */
export const dateTimeSchema = z.iso.datetime();

/** Free text as typed: not empty (empty text is stored as null), at most 10,000 characters. */
export const textSchema = z.string().min(1).max(10_000);

/** A count, a capacity, a size: a whole number not below zero. */
export const countSchema = z.number().int().nonnegative();

/** Whole months of a child's age on some day. */
export const ageMonthsSchema = z.number().int().min(0).max(12 * 120);

/** Length in hex digits of a pseudonymous id (128 bits of an HMAC-SHA256). */
export const PSEUDONYM_HEX_LENGTH = 32;

/**
 * A pseudonymous id: the first 32 hex digits of HMAC-SHA256(institution's pseudonym key, record id).
 * The same record gets the same pseudonym in every export made with the same key.
 */
export const pseudonymSchema = z.string().regex(new RegExp(`^[0-9a-f]{${PSEUDONYM_HEX_LENGTH}}$`));

/**
 * One item of the institution's reference data, in every profile: the codes the records use,
 * with their labels, so the ministry reads a code the institution added itself.
 */
export const referenceItemRowSchema = referenceItemSchema;
