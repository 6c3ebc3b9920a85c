import { z } from 'zod';

import { installationKindSchema, isoDateTimeSchema } from './common';

/** Why an automatic backup was made. */
export const backupReasons = ['daily', 'manual', 'pre-migration', 'pre-import', 'pre-restore'] as const;
export type BackupReason = (typeof backupReasons)[number];

/** One backup in the data folder (encrypted with the database's own key). */
export const backupEntrySchema = z.strictObject({
  fileName: z.string(),
  reason: z.enum(backupReasons),
  createdAt: isoDateTimeSchema,
  size: z.number().int().nonnegative(),
});
export type BackupEntry = z.infer<typeof backupEntrySchema>;

/** The shortest passphrase a portable backup takes (it is all that protects the copy). */
export const MIN_PASSPHRASE_LENGTH = 12;

export const passphraseSchema = z.string().min(MIN_PASSPHRASE_LENGTH, 'validation.passphraseTooShort').max(1024, 'validation.tooLong');

/** A portable backup: the database and its keys, encrypted with a passphrase (age scrypt). */
export const portableBackupInputSchema = z.strictObject({ passphrase: passphraseSchema });

/** What a portable backup says about itself (its manifest), shown before it replaces anything. */
export const backupManifestSchema = z.strictObject({
  format: z.literal('korpu-backup'),
  formatVersion: z.literal(1),
  createdAt: isoDateTimeSchema,
  appVersion: z.string(),
  kind: installationKindSchema,
  /** The institution's code and name, or the ministry department's name. */
  code: z.string().nullable(),
  name: z.string(),
  /** Migrations applied to the database in the backup: a newer app's backup is refused. */
  migrations: z.number().int().nonnegative(),
  databaseSha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;

/** Restoring at the first run: a portable backup received with `setup.uploadBackup`, and its passphrase. */
export const restoreInputSchema = z.strictObject({ uploadId: z.uuid(), passphrase: z.string().min(1, 'validation.required').max(1024) });

/** Restoring one of the installation's own backups, by its file name, in place of the database. */
export const restoreLocalInputSchema = z.strictObject({
  fileName: z.string().regex(/^korpu-\d{8}T\d{9}Z-[a-z-]+\.db$/, 'validation.notAllowed'),
});
