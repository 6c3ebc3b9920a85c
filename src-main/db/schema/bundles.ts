import { sql } from 'drizzle-orm';
import { blob, check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

import { users } from './users';

/**
 * Bundle settings: exactly one row (id = 1) once keys exist. The ministry's keys (set by the
 * director, audited) and the key of the statistical profile's pseudonymous child ids, which must stay
 * the same across exports and so lives with the records it pseudonymises.
 */
export const bundleSettings = sqliteTable(
  'bundle_settings',
  {
    id: integer('id').primaryKey(),
    pseudonymKey: blob('pseudonym_key', { mode: 'buffer' }).notNull(),
    ministryRecipient: text('ministry_recipient'),
    /** The ministry's minisign public key file, for its receipts. */
    ministryReceiptKey: text('ministry_receipt_key'),
    ministrySetAt: text('ministry_set_at'),
    ministrySetBy: text('ministry_set_by').references(() => users.id),
  },
  (table) => [check('bundle_settings_single_row', sql`${table.id} = 1`)],
);

/** Public halves of the institution's signing keys (the secret half is in the SecretStore). */
export const signingKeys = sqliteTable('signing_keys', {
  keyId: text('key_id').primaryKey(),
  publicKey: blob('public_key', { mode: 'buffer' }).notNull(),
  createdAt: text('created_at').notNull(),
});

/**
 * Every bundle exported, by sequence number. A row is written only when the bundle file is
 * complete, so a cancelled or crashed export never uses a number.
 */
export const bundleExports = sqliteTable(
  'bundle_exports',
  {
    sequence: integer('sequence').primaryKey(),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    profile: text('profile', { enum: ['named', 'statistical', 'plan'] }).notNull(),
    includesSecret: integer('includes_secret', { mode: 'boolean' }).notNull(),
    fileName: text('file_name').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    manifestSha256: text('manifest_sha256').notNull(),
    /** The counts per payload table, as JSON. */
    counts: text('counts').notNull(),
    signingKeyId: text('signing_key_id')
      .notNull()
      .references(() => signingKeys.keyId),
    createdBy: text('created_by').references(() => users.id),
    receiptStatus: text('receipt_status'),
    receiptIssuedAt: text('receipt_issued_at'),
    receiptImportedAt: text('receipt_imported_at'),
    receiptMessage: text('receipt_message'),
  },
  (table) => [check('bundle_exports_sequence_positive', sql`${table.sequence} > 0`)],
);
