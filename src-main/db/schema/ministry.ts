import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * A ministry installation: exactly one row (id = 1) once `ministry init` made its keys. The age
 * identity and the receipt-signing key are in the SecretStore; their public halves are kept here.
 */
export const ministryInstallation = sqliteTable(
  'ministry_installation',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    recipient: text('recipient').notNull(),
    receiptPublicKey: text('receipt_public_key').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (table) => [check('ministry_installation_single_row', sql`${table.id} = 1`)],
);

/** The institutions enrolled at the ministry. */
export const registryInstitutions = sqliteTable('registry_institutions', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  regionCode: text('region_code'),
  typeCode: text('type_code'),
  enrolledAt: text('enrolled_at').notNull(),
});

/** An institution's signing keys: the one enrolled, later rotations; a revoked key from a date. */
export const registryKeys = sqliteTable(
  'registry_keys',
  {
    keyId: text('key_id').primaryKey(),
    institutionCode: text('institution_code')
      .notNull()
      .references(() => registryInstitutions.code),
    publicKeyFile: text('public_key_file').notNull(),
    addedAt: text('added_at').notNull(),
    revokedFrom: text('revoked_from'),
  },
  (table) => [index('registry_keys_institution').on(table.institutionCode)],
);

/** Every bundle imported: one row each, its records in imported_records (the history of snapshots). */
export const importedBundles = sqliteTable(
  'imported_bundles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    institutionCode: text('institution_code')
      .notNull()
      .references(() => registryInstitutions.code),
    sequence: integer('sequence').notNull(),
    profile: text('profile').notNull(),
    sha256: text('sha256').notNull(),
    manifestSha256: text('manifest_sha256').notNull(),
    manifest: text('manifest').notNull(),
    createdAt: text('created_at').notNull(),
    importedAt: text('imported_at').notNull(),
    warnings: text('warnings').notNull(),
  },
  (table) => [
    uniqueIndex('imported_bundles_sha256').on(table.sha256),
    uniqueIndex('imported_bundles_sequence').on(table.institutionCode, table.sequence),
  ],
);

/** The records of an imported bundle, as validated JSON, table by table in file order. */
export const importedRecords = sqliteTable(
  'imported_records',
  {
    bundleId: integer('bundle_id')
      .notNull()
      .references(() => importedBundles.id),
    tableName: text('table_name').notNull(),
    line: integer('line').notNull(),
    record: text('record').notNull(),
  },
  (table) => [index('imported_records_bundle_table').on(table.bundleId, table.tableName)],
);
