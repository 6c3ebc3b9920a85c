import { z } from 'zod';

import { exportProfileSchema } from './bundle-payload';
import { receiptStatusSchema } from './bundles';

/**
 * The signed description of a bundle (`manifest.json`), normative in docs/bundle-format.md.
 * Versioned: a reader refuses a format version it does not know.
 */
export const BUNDLE_FORMAT_VERSION = 1;

/** How long a bundle may be imported after it was made: its `expiresAt` is `createdAt` plus this. */
export const BUNDLE_VALIDITY_DAYS = 30;

/** Names of the zip members, in the order they are written. */
export const BUNDLE_MEMBERS = ['manifest.json', 'manifest.json.minisig', 'payload.age'] as const;

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);
const keyIdSchema = z.string().regex(/^[0-9A-F]{16}$/);

export const bundleManifestSchema = z.strictObject({
  format: z.literal('korpu-bundle'),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  /** Version of the payload's record schemas (PAYLOAD_SCHEMA_VERSION when written). */
  schemaVersion: z.number().int().positive(),
  appVersion: z.string().min(1).max(64),
  institution: z.strictObject({ code: z.string().min(1).max(64), name: z.string().min(1).max(300) }),
  signingKeyId: keyIdSchema,
  sequence: z.number().int().positive(),
  /** SHA-256 of the previous bundle's manifest.json bytes; null for the first bundle. */
  previousManifestSha256: sha256Schema.nullable(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  profile: exportProfileSchema,
  /** Named profile: whether adoption-secret records were included by the director's choice. */
  includesSecretRecords: z.boolean(),
  /** Rows per payload table (file `<table>.jsonl` in the payload's tar). */
  counts: z.record(z.string().regex(/^[a-z][a-z0-9_]{0,63}$/), z.number().int().nonnegative()),
  payload: z.strictObject({ file: z.literal('payload.age'), size: z.number().int().nonnegative(), sha256: sha256Schema }),
  /** Fingerprints of the age recipients the payload is encrypted to. */
  recipients: z.array(z.string().min(1)).min(1),
});
export type BundleManifest = z.infer<typeof bundleManifestSchema>;

/** The trusted comment signed with the manifest: names the institution, sequence and profile. */
export function bundleTrustedComment(manifest: Pick<BundleManifest, 'institution' | 'sequence' | 'profile' | 'createdAt'>): string {
  return `korpu-bundle institution=${manifest.institution.code} sequence=${manifest.sequence} profile=${manifest.profile} created=${manifest.createdAt}`;
}

/** The ministry's receipt for one bundle (`receipt.json` in a `.korpu-receipt` zip, signed like a manifest). */
export const receiptSchema = z.strictObject({
  format: z.literal('korpu-receipt'),
  formatVersion: z.literal(1),
  institutionCode: z.string().min(1).max(64),
  sequence: z.number().int().positive(),
  /** SHA-256 of the whole `.korpu` file the receipt is for. */
  bundleSha256: sha256Schema,
  status: receiptStatusSchema,
  /** Why, in the ministry analyst's words, when not simply imported. */
  message: z.string().max(2000).nullable(),
  issuedAt: z.iso.datetime(),
});
export type Receipt = z.infer<typeof receiptSchema>;

export const RECEIPT_MEMBERS = ['receipt.json', 'receipt.json.minisig'] as const;

/** The trusted comment of a receipt's signature. */
export function receiptTrustedComment(receipt: Pick<Receipt, 'institutionCode' | 'sequence' | 'status'>): string {
  return `korpu-receipt institution=${receipt.institutionCode} sequence=${receipt.sequence} status=${receipt.status}`;
}

/**
 * The ministry's public-key file (`*.korpu-ministry.json`): the age recipient institutions encrypt
 * to and the minisign public key its receipts are signed with.
 */
export const ministryKeyFileSchema = z.strictObject({
  format: z.literal('korpu-ministry-keys'),
  formatVersion: z.literal(1),
  recipient: z.string(),
  receiptPublicKey: z.string(),
});
export type MinistryKeyFile = z.infer<typeof ministryKeyFileSchema>;

/**
 * An institution's key rotation file (`*.korpu-rotation.json`): its new minisign public key file and
 * a minisign signature of exactly that file's bytes made with the key it replaces. The ministry adds
 * the new key to the institution's enrolment when the signature verifies with a key it holds.
 */
export const keyRotationFileSchema = z.strictObject({
  format: z.literal('korpu-key-rotation'),
  formatVersion: z.literal(1),
  institutionCode: z.string().min(1).max(64),
  publicKeyFile: z.string().min(1).max(1024),
  signature: z.string().min(1).max(4096),
});
export type KeyRotationFile = z.infer<typeof keyRotationFileSchema>;

/** The trusted comment of a rotation's signature: the institution, the old and new key ids, when. */
export function keyRotationTrustedComment(rotation: { institutionCode: string; previousKeyId: string; keyId: string; createdAt: string }): string {
  return `korpu-key-rotation institution=${rotation.institutionCode} previous=${rotation.previousKeyId} key=${rotation.keyId} created=${rotation.createdAt}`;
}
