import { z } from 'zod';

import { directorAccountInputSchema } from './accounts';
import { exportProfileSchema } from './bundle-payload';
import { isoDateTimeSchema, languageSchema, referenceCodeSchema, requiredText } from './common';
import { calendarDateSchema } from './dates';
import { institutionCodeSchema } from './institution';

/*
 * The ministry's installation (issue 8): its keys, the registry of institutions, the import of
 * their bundles and its history. The national overview has its own file (national-overview.ts).
 */

/** The first run of a ministry installation: the department's name and its first admin. */
export const ministrySetupInputSchema = z.strictObject({
  name: requiredText(200),
  admin: directorAccountInputSchema,
  language: languageSchema,
});
export type MinistrySetupInput = z.input<typeof ministrySetupInputSchema>;

/** The ministry's public keys: what institutions import so their bundles reach it. */
export const ministryOwnKeysSchema = z.strictObject({
  name: z.string(),
  /** The age X25519 recipient institutions encrypt to. */
  recipient: z.string(),
  /** SHA-256 of the recipient, 16 groups of 4 hex digits: what the director compares. */
  fingerprint: z.string(),
  /** The receipt-signing key's id (minisign). */
  receiptKeyId: z.string(),
  createdAt: isoDateTimeSchema,
});
export type MinistryOwnKeys = z.infer<typeof ministryOwnKeysSchema>;

/** A minisign key id: 16 upper-case hex digits. */
export const keyIdSchema = z.string().regex(/^[0-9A-F]{16}$/, 'validation.keyId');

/** One of an institution's signing keys in the registry. */
export const registryKeySchema = z.strictObject({
  keyId: keyIdSchema,
  fingerprint: z.string(),
  addedAt: isoDateTimeSchema,
  /** Bundles signed with it are refused from this instant; null while it is valid. */
  revokedFrom: isoDateTimeSchema.nullable(),
});
export type RegistryKey = z.infer<typeof registryKeySchema>;

/** `active`: a key is valid now; `revoked`: every key is revoked (nothing it sends is accepted). */
export const registryStatuses = ['active', 'revoked'] as const;

/** An enrolled institution, with its keys and where its bundles stand. */
export const registryInstitutionSchema = z.strictObject({
  code: z.string(),
  name: z.string(),
  regionCode: z.string().nullable(),
  typeCode: z.string().nullable(),
  enrolledAt: isoDateTimeSchema,
  keys: z.array(registryKeySchema),
  status: z.enum(registryStatuses),
  lastSequence: z.number().int().positive().nullable(),
  lastImportAt: isoDateTimeSchema.nullable(),
  bundles: z.number().int().nonnegative(),
});
export type RegistryInstitution = z.infer<typeof registryInstitutionSchema>;

/** A pasted or loaded minisign public-key file. */
const publicKeyTextSchema = z.string().trim().min(1, 'validation.required').max(4_000, 'validation.tooLong');

/** Reading a public-key file (or a key rotation file) to show its fingerprint before anything is saved. */
export const inspectPublicKeyInputSchema = z.strictObject({ text: publicKeyTextSchema });
export const publicKeyFactsSchema = z.strictObject({
  keyId: keyIdSchema,
  fingerprint: z.string(),
  /** A rotation file: the new key signed by the key it replaces (whose id this is); null for a plain key. */
  signedByKeyId: keyIdSchema.nullable(),
});
export type PublicKeyFacts = z.infer<typeof publicKeyFactsSchema>;

/** The fingerprint the admin compared with the institution (read out over the phone, say). */
const confirmedFingerprintSchema = z.string().min(1, 'validation.fingerprintNotConfirmed');

export const enrolInputSchema = z.strictObject({
  code: institutionCodeSchema,
  name: requiredText(200),
  regionCode: referenceCodeSchema.nullable(),
  typeCode: referenceCodeSchema.nullable(),
  publicKeyFile: publicKeyTextSchema,
  confirmedFingerprint: confirmedFingerprintSchema,
});
export type EnrolInput = z.input<typeof enrolInputSchema>;

/**
 * A new key of an institution: a rotation file (`keys rotate` at the institution: the new key signed
 * by the old one) or a plain public-key file, whose fingerprint the admin then confirmed by hand.
 */
export const rotateKeyInputSchema = z.strictObject({
  code: institutionCodeSchema,
  text: publicKeyTextSchema,
  confirmedFingerprint: confirmedFingerprintSchema,
});
export type RotateKeyInput = z.input<typeof rotateKeyInputSchema>;

/** Revoking a key from the start of a day (UTC): bundles it signed from then on are refused. */
export const revokeKeyInputSchema = z.strictObject({ keyId: keyIdSchema, from: calendarDateSchema });

/** The most a chunk of an uploaded bundle may hold (decoded). */
export const UPLOAD_CHUNK_BYTES = 4 << 20;

/**
 * A piece of a bundle file the analyst dropped, sent to the core in order: `offset` must be what
 * the core already holds of this upload (a repeated or skipped piece is refused).
 */
export const uploadChunkInputSchema = z.strictObject({
  uploadId: z.uuid(),
  offset: z.number().int().nonnegative(),
  contentBase64: z.base64().max(Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4, 'validation.tooLong'),
});
export const uploadChunkOutputSchema = z.strictObject({ received: z.number().int().nonnegative() });

/** The most bundle files imported at once. */
export const MAX_IMPORT_FILES = 500;

export const importInputSchema = z.strictObject({
  jobId: z.uuid(),
  dryRun: z.boolean(),
  files: z
    .array(z.strictObject({ uploadId: z.uuid(), fileName: z.string().min(1).max(255) }))
    .min(1, 'validation.required')
    .max(MAX_IMPORT_FILES, 'validation.tooMany'),
});

export const importStatuses = ['imported', 'imported-with-warnings', 'already-imported', 'rejected'] as const;
export const importStatusSchema = z.enum(importStatuses);

/** A warning of an imported bundle (translated as `importWarnings.<code>`). */
export const importWarningSchema = z.strictObject({ code: z.string(), params: z.record(z.string(), z.string()) });

/** A dry run's comparison of one table with the institution's last bundle of the same profile. */
export const tableChangesSchema = z.strictObject({
  table: z.string(),
  added: z.number().int().nonnegative(),
  changed: z.number().int().nonnegative(),
  removed: z.number().int().nonnegative(),
  /** A few records of each kind, by name (a child in a named bundle) or id. */
  examples: z.strictObject({ added: z.array(z.string()), changed: z.array(z.string()), removed: z.array(z.string()) }),
});
export type TableChanges = z.infer<typeof tableChangesSchema>;

/** What happened to one bundle file; the import history keeps one of these per attempt. */
export const importResultSchema = z.strictObject({
  file: z.string(),
  status: importStatusSchema,
  dryRun: z.boolean(),
  institutionCode: z.string().nullable(),
  sequence: z.number().int().nullable(),
  profile: exportProfileSchema.nullable(),
  /** Why it was rejected: `importProblems.<code>` or `bundleProblems.<code>`, with `params`. */
  problem: z.string().nullable(),
  params: z.record(z.string(), z.string()),
  /** The precise English reason of a rejection, for experts. */
  reason: z.string().nullable(),
  warnings: z.array(importWarningSchema),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** A dry run's changes against the last bundle (null when not a dry run or nothing to compare). */
  changes: z.array(tableChangesSchema).nullable(),
  /** SHA-256 of the whole file (what its receipt names); null when it could not be read. */
  sha256: z.string().nullable(),
});
export type ImportResultView = z.infer<typeof importResultSchema>;

/** One attempt in the import history, newest first. */
export const importAttemptSchema = importResultSchema.extend({ at: isoDateTimeSchema });
export type ImportAttemptView = z.infer<typeof importAttemptSchema>;

/** Stages of one file's import: receiving it from the window, then checking and applying it. */
export const importStages = ['uploading', 'importing'] as const;

/** Progress of an import job, pushed to the window that started it. */
export const importProgressSchema = z.strictObject({
  jobId: z.uuid(),
  fileIndex: z.number().int().nonnegative(),
  fileCount: z.number().int().positive(),
  fileName: z.string(),
  done: z.number().nonnegative(),
  total: z.number().nonnegative(),
});
export type ImportProgress = z.infer<typeof importProgressSchema>;

/** A receipt for an attempt in the history, by its bundle's SHA-256. */
export const receiptInputSchema = z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/) });

/** The import history as a file to keep: CSV for a spreadsheet or JSON for tools. */
export const importReportInputSchema = z.strictObject({ format: z.enum(['csv', 'json']) });

/** Asking for the national overview: how many months of trend (the core's today ends them). */
export const overviewInputSchema = z.strictObject({ months: z.number().int().min(1).max(240) });

/** The PDF summary: the same months, in the language on screen. */
export const summaryPdfInputSchema = overviewInputSchema.extend({ language: languageSchema });

/** A child in residence in a named snapshot, for the drill-down (named bundles only). */
export const namedChildSchema = z.strictObject({
  id: z.string(),
  surname: z.string(),
  firstName: z.string(),
  patronymic: z.string().nullable(),
  birthDate: z.string(),
  sex: z.string(),
  legalStatusCode: z.string(),
  disabilityStatus: z.string(),
  admittedOn: z.string().nullable(),
});
export type NamedChild = z.infer<typeof namedChildSchema>;

/** One imported bundle of an institution, newest first. */
export const importedBundleSchema = z.strictObject({
  sequence: z.number().int().positive(),
  profile: exportProfileSchema,
  createdAt: isoDateTimeSchema,
  importedAt: isoDateTimeSchema,
  sha256: z.string(),
  warnings: z.array(importWarningSchema),
});
export type ImportedBundle = z.infer<typeof importedBundleSchema>;

export const institutionCodeInputSchema = z.strictObject({ code: z.string().min(1).max(64) });
