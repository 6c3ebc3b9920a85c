import { sql } from 'drizzle-orm';
import { blob, check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

import { users } from './users';

/**
 * A child's record. Codes point at reference data (never labels). `version` rises with every change
 * so that an edit made on an outdated copy is refused rather than silently overwriting another's.
 * FİN and birth certificate are unique when present: the same child cannot be registered twice.
 */
export const residents = sqliteTable(
  'residents',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull().default(1),
    surname: text('surname').notNull(),
    firstName: text('first_name').notNull(),
    patronymic: text('patronymic'),
    sex: text('sex', { enum: ['male', 'female'] }).notNull(),
    birthDate: text('birth_date').notNull(),
    birthPlace: text('birth_place'),
    citizenship: text('citizenship'),
    fin: text('fin'),
    birthCertSeries: text('birth_cert_series'),
    birthCertNumber: text('birth_cert_number'),
    legalStatusCode: text('legal_status_code').notNull(),
    disabilityStatus: text('disability_status', { enum: ['none', 'assessment', 'disability'] }).notNull().default('none'),
    disabilityCategoryCode: text('disability_category_code'),
    diagnosis: text('diagnosis'),
    needs: text('needs'),
    healthNotes: text('health_notes'),
    educationTypeCode: text('education_type_code'),
    schoolName: text('school_name'),
    grade: integer('grade'),
    photoAttachmentId: text('photo_attachment_id'),
    /** Adopted (Law on Access to Information, art. 38.3.4): identity is shown to the director only. */
    secret: integer('secret', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    uniqueIndex('residents_fin_unique').on(table.fin).where(sql`${table.fin} IS NOT NULL`),
    uniqueIndex('residents_birth_cert_unique')
      .on(table.birthCertSeries, table.birthCertNumber)
      .where(sql`${table.birthCertNumber} IS NOT NULL`),
    index('residents_birth_date').on(table.birthDate),
    check('residents_sex_known', sql`${table.sex} in ('male', 'female')`),
  ],
);

/** Codes a record holds several of (deprivation reasons now; more kinds later). */
export const residentCodes = sqliteTable(
  'resident_codes',
  {
    residentId: text('resident_id')
      .notNull()
      .references(() => residents.id),
    kind: text('kind').notNull(),
    code: text('code').notNull(),
  },
  (table) => [primaryKey({ columns: [table.residentId, table.kind, table.code] })],
);

/** One stay: an admission and, later, its exit. Re-admission opens a new stay; history stays. */
export const stays = sqliteTable(
  'stays',
  {
    id: text('id').primaryKey(),
    residentId: text('resident_id')
      .notNull()
      .references(() => residents.id),
    admissionDate: text('admission_date').notNull(),
    basisBodyCode: text('basis_body_code').notNull(),
    basisNumber: text('basis_number'),
    basisDate: text('basis_date'),
    referringBodyCode: text('referring_body_code'),
    sourceCode: text('source_code').notNull(),
    temporarilyAbsent: integer('temporarily_absent', { mode: 'boolean' }).notNull().default(false),
    absenceNote: text('absence_note'),
    exitDate: text('exit_date'),
    exitTypeCode: text('exit_type_code'),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('stays_resident').on(table.residentId, table.admissionDate), index('stays_exit_date').on(table.exitDate)],
);

/** The reasons for one admission (several per stay). */
export const stayReasons = sqliteTable(
  'stay_reasons',
  {
    stayId: text('stay_id')
      .notNull()
      .references(() => stays.id),
    code: text('code').notNull(),
  },
  (table) => [primaryKey({ columns: [table.stayId, table.code] })],
);

/** Family members and other people in the child's life; a sibling in care links to their record. */
export const familyMembers = sqliteTable(
  'family_members',
  {
    id: text('id').primaryKey(),
    residentId: text('resident_id')
      .notNull()
      .references(() => residents.id),
    relationCode: text('relation_code').notNull(),
    fullName: text('full_name').notNull(),
    phone: text('phone'),
    address: text('address'),
    contactAllowed: integer('contact_allowed', { mode: 'boolean' }).notNull(),
    note: text('note'),
    linkedResidentId: text('linked_resident_id').references(() => residents.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [index('family_members_resident').on(table.residentId)],
);

/** Visits and contacts with the family. */
export const contactLog = sqliteTable(
  'contact_log',
  {
    id: text('id').primaryKey(),
    residentId: text('resident_id')
      .notNull()
      .references(() => residents.id),
    date: text('date').notNull(),
    kind: text('kind').notNull(),
    familyMemberId: text('family_member_id').references(() => familyMembers.id),
    personName: text('person_name'),
    note: text('note'),
    recordedBy: text('recorded_by').references(() => users.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [index('contact_log_resident').on(table.residentId, table.date)],
);

/**
 * Staff progress notes. The author may edit a note for 24 hours; later a correction is a new note
 * pointing at the one it corrects, and the original stays as written.
 */
export const progressNotes = sqliteTable(
  'progress_notes',
  {
    id: text('id').primaryKey(),
    residentId: text('resident_id')
      .notNull()
      .references(() => residents.id),
    date: text('date').notNull(),
    domainCode: text('domain_code').notNull(),
    text: text('text').notNull(),
    authorId: text('author_id')
      .notNull()
      .references(() => users.id),
    correctsNoteId: text('corrects_note_id'),
    createdAt: text('created_at').notNull(),
    editedAt: text('edited_at'),
  },
  (table) => [index('progress_notes_resident').on(table.residentId, table.date)],
);

/** Files of a record (PDF, JPEG, PNG; type checked by content). Content lives in attachment_blobs. */
export const attachments = sqliteTable(
  'attachments',
  {
    id: text('id').primaryKey(),
    residentId: text('resident_id')
      .notNull()
      .references(() => residents.id),
    kind: text('kind', { enum: ['document', 'photo'] }).notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type', { enum: ['application/pdf', 'image/jpeg', 'image/png'] }).notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    description: text('description'),
    uploadedBy: text('uploaded_by').references(() => users.id),
    uploadedAt: text('uploaded_at').notNull(),
  },
  (table) => [index('attachments_resident').on(table.residentId)],
);

/**
 * File contents, inside the encrypted database: they are as sensitive as the records, travel with
 * backups, and are never written outside the data directory.
 */
export const attachmentBlobs = sqliteTable('attachment_blobs', {
  attachmentId: text('attachment_id')
    .primaryKey()
    .references(() => attachments.id),
  data: blob('data', { mode: 'buffer' }).notNull(),
});
