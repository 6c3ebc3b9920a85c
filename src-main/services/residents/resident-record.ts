import { and, asc, eq, inArray } from 'drizzle-orm';

import { ageOn } from '../../contract/dates';
import { AppError } from '../../contract/errors';
import type { ResidenceStatus, ResidentRecord, StayView } from '../../contract/residents';
import type { Db } from '../../db/client';
import { residentCodes, residents, stayReasons, stays } from '../../db/schema';

export type ResidentRow = typeof residents.$inferSelect;

/** The kinds of multi-valued codes a record holds in resident_codes. */
export const DEPRIVATION_REASONS = 'deprivation_reason';

/** The row of a child; NOT_FOUND when there is none. */
export function residentRow(db: Db, id: string): ResidentRow {
  const row = db.select().from(residents).where(eq(residents.id, id)).get();
  if (row === undefined) {
    throw new AppError('NOT_FOUND', 'No such resident');
  }
  return row;
}

/** A child's stays, oldest first, with their admission reasons. */
export function staysOf(db: Db, residentId: string): StayView[] {
  const rows = db.select().from(stays).where(eq(stays.residentId, residentId)).orderBy(asc(stays.admissionDate), asc(stays.createdAt)).all();
  const reasons = rows.length === 0 ? [] : db.select().from(stayReasons).where(inArray(stayReasons.stayId, rows.map((row) => row.id))).all();
  return rows.map((row) => ({
    id: row.id,
    admission: {
      admissionDate: row.admissionDate,
      basisBodyCode: row.basisBodyCode,
      basisNumber: row.basisNumber,
      basisDate: row.basisDate,
      referringBodyCode: row.referringBodyCode,
      reasonCodes: reasons.filter((reason) => reason.stayId === row.id).map((reason) => reason.code).sort(),
      sourceCode: row.sourceCode,
    },
    temporarilyAbsent: row.temporarilyAbsent,
    absenceNote: row.absenceNote,
    exitDate: row.exitDate,
    exitTypeCode: row.exitTypeCode,
  }));
}

/** Where the child is, from the latest stay. */
export function statusOf(history: readonly StayView[]): ResidenceStatus {
  const current = history.at(-1);
  if (current === undefined || current.exitDate !== null) {
    return 'exited';
  }
  return current.temporarilyAbsent ? 'temporarily_absent' : 'in_residence';
}

/** The codes of one kind a record holds. */
export function codesOf(db: Db, residentId: string, kind: string): string[] {
  return db
    .select({ code: residentCodes.code })
    .from(residentCodes)
    .where(and(eq(residentCodes.residentId, residentId), eq(residentCodes.kind, kind)))
    .orderBy(asc(residentCodes.code))
    .all()
    .map((row) => row.code);
}

/**
 * What someone other than the director sees of a secret (adopted) child's identity: nothing that
 * names or identifies the child — names, place of birth, FİN, certificate — only sex and birth date.
 */
export function redactIdentity<T extends { surname: string; firstName: string; patronymic: string | null }>(identity: T): T {
  return {
    ...identity,
    surname: '',
    firstName: '',
    patronymic: null,
    ...('birthPlace' in identity ? { birthPlace: null } : {}),
    ...('citizenship' in identity ? { citizenship: null } : {}),
    ...('fin' in identity ? { fin: null } : {}),
    ...('birthCertSeries' in identity ? { birthCertSeries: null } : {}),
    ...('birthCertNumber' in identity ? { birthCertNumber: null } : {}),
    ...('birthCertificate' in identity ? { birthCertificate: null } : {}),
  };
}

/**
 * The whole record of a child as the record screen shows it (age as of `today`). A secret record's
 * identity is blank unless `revealSecret` (the director).
 */
export function residentRecord(db: Db, id: string, today: string, revealSecret = true): ResidentRecord {
  const row = residentRow(db, id);
  const history = staysOf(db, id);
  const record: ResidentRecord = {
    id: row.id,
    version: row.version,
    identity: {
      surname: row.surname,
      firstName: row.firstName,
      patronymic: row.patronymic,
      sex: row.sex,
      birthDate: row.birthDate,
      birthPlace: row.birthPlace,
      citizenship: row.citizenship,
      fin: row.fin,
      birthCertSeries: row.birthCertSeries,
      birthCertNumber: row.birthCertNumber,
    },
    legal: { legalStatusCode: row.legalStatusCode, deprivationReasonCodes: codesOf(db, id, DEPRIVATION_REASONS) },
    health: {
      disabilityStatus: row.disabilityStatus,
      disabilityCategoryCode: row.disabilityCategoryCode,
      diagnosis: row.diagnosis,
      needs: row.needs,
      healthNotes: row.healthNotes,
    },
    education: { educationTypeCode: row.educationTypeCode, schoolName: row.schoolName, grade: row.grade },
    photoAttachmentId: row.photoAttachmentId,
    status: statusOf(history),
    secret: row.secret,
    age: ageOn(row.birthDate, today),
    stays: history,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
  return row.secret && !revealSecret
    ? { ...record, identity: redactIdentity(record.identity), photoAttachmentId: null }
    : record;
}
