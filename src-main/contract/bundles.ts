import { z } from 'zod';

import { exportProfileSchema } from './bundle-payload';
import { isoDateTimeSchema } from './common';

/** The institution's signing key as the director sees it (never the secret half). */
export const signingKeySchema = z.strictObject({
  /** minisign key id: 16 upper-case hex digits, as `minisign` prints it. */
  keyId: z.string().regex(/^[0-9A-F]{16}$/),
  /** SHA-256 of the public key, as 16 groups of 4 hex digits, to read out over the phone. */
  fingerprint: z.string(),
  /** The minisign public key file (two lines), to enrol the institution at the ministry. */
  publicKeyFile: z.string(),
  createdAt: isoDateTimeSchema,
});
export type SigningKey = z.infer<typeof signingKeySchema>;

/** What a ministry public-key file (or a pasted `age1…` recipient) holds, before the director confirms it. */
export const ministryKeysSchema = z.strictObject({
  /** The age X25519 recipient bundles are encrypted to. */
  recipient: z.string().regex(/^age1[02-9ac-hj-np-z]{58}$/),
  /** SHA-256 of the recipient, 16 groups of 4 hex digits. */
  fingerprint: z.string(),
  /** The ministry's receipt-signing key id (minisign), when the file carried one. */
  receiptKeyId: z.string().regex(/^[0-9A-F]{16}$/).nullable(),
});
export type MinistryKeys = z.infer<typeof ministryKeysSchema>;

/** The ministry keys in use, with who set them and when. */
export const ministryRecipientSchema = ministryKeysSchema.extend({
  setAt: isoDateTimeSchema,
  setByName: z.string(),
});
export type MinistryRecipient = z.infer<typeof ministryRecipientSchema>;

/** Text of a ministry public-key file, or a pasted `age1…` recipient. */
export const ministryKeysInputSchema = z.strictObject({
  text: z.string().trim().min(1, 'validation.required').max(20_000, 'validation.tooLong'),
});

/** Setting the ministry keys: the text again, and the fingerprint the director confirmed. */
export const setMinistryKeysInputSchema = ministryKeysInputSchema.extend({
  confirmedFingerprint: z.string().min(1),
});

export const bundleKeysSchema = z.strictObject({
  signingKey: signingKeySchema,
  ministry: ministryRecipientSchema.nullable(),
});

/** Starting an export: the job id (from the caller, for progress and cancel), profile, options. */
export const exportBundleInputSchema = z.strictObject({
  jobId: z.uuid(),
  profile: exportProfileSchema,
  /** Named profile only: include adoption-secret records in this one export (director's choice). */
  includeSecret: z.boolean(),
});

export const receiptStatuses = ['imported', 'imported-with-warnings', 'already-imported', 'rejected'] as const;
export const receiptStatusSchema = z.enum(receiptStatuses);

/** One exported bundle in the export history. */
export const bundleExportSchema = z.strictObject({
  sequence: z.number().int().positive(),
  createdAt: isoDateTimeSchema,
  expiresAt: isoDateTimeSchema,
  profile: exportProfileSchema,
  includesSecret: z.boolean(),
  fileName: z.string(),
  size: z.number().int().nonnegative(),
  /** SHA-256 of the whole `.korpu` file (what the ministry's receipt names). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** SHA-256 of its manifest (what the next bundle chains to). */
  manifestSha256: z.string().regex(/^[0-9a-f]{64}$/),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** Who exported it; null when it was exported with the command line. */
  createdByName: z.string().nullable(),
  /** Still in the data folder, so it can be saved again. */
  available: z.boolean(),
  receipt: z
    .strictObject({
      status: receiptStatusSchema,
      issuedAt: isoDateTimeSchema,
      importedAt: isoDateTimeSchema,
      message: z.string().nullable(),
    })
    .nullable(),
});
export type BundleExport = z.infer<typeof bundleExportSchema>;

export const jobIdInputSchema = z.strictObject({ jobId: z.uuid() });
export const sequenceInputSchema = z.strictObject({ sequence: z.number().int().positive() });

/** A file the renderer hands over (a receipt), as base64. */
export const receiptFileInputSchema = z.strictObject({
  fileName: z.string().trim().min(1, 'validation.required').max(255, 'validation.tooLong'),
  contentBase64: z.string().max(1_000_000, 'validation.tooLong'),
});

export const downloadFileSchema = z.strictObject({ fileName: z.string(), contentBase64: z.string() });

/** Stages of an export job, in order. */
export const exportStages = ['reading', 'encrypting', 'writing'] as const;

/** Progress of a long job (bundle export), pushed to the window that started it. */
export const jobProgressSchema = z.strictObject({
  jobId: z.uuid(),
  stage: z.enum(exportStages),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type JobProgress = z.infer<typeof jobProgressSchema>;
