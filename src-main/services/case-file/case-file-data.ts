import { count, desc, eq, inArray, sql } from 'drizzle-orm';

import type { Assessment } from '../../contract/assessments';
import { compareAz } from '../../contract/az-text';
import type { InstitutionProfile } from '../../contract/institution';
import type { Placement } from '../../contract/placements';
import type { CarePlan } from '../../contract/plans';
import type { ResidentRecord } from '../../contract/residents';
import { fullNameOf } from '../../contract/residents';
import type { Referral } from '../../contract/services-register';
import type { Db } from '../../db/client';
import { contactLog, familyMembers, progressNotes, residents, users } from '../../db/schema';
import { listAssessments } from '../assessments/assessments-service';
import type { CoreDeps } from '../context';
import { getProfile } from '../institution/institution-service';
import { listPlacements } from '../placements/placements-service';
import { getPlan } from '../plans/plans-service';
import { listReferenceItems } from '../reference/reference-service';
import { listReferrals } from '../referrals/referrals-service';
import { residentRecord } from '../residents/resident-record';

/** How many visits and contacts the case file lists (the newest). */
export const CASE_FILE_CONTACTS = 20;

export type CaseFileFamilyMember = {
  relationCode: string;
  fullName: string;
  phone: string | null;
  address: string | null;
  contactAllowed: boolean;
  note: string | null;
  linkedResidentName: string | null;
};

export type CaseFileContact = { date: string; kind: string; personName: string | null; note: string | null };

export type CaseFileNote = { date: string; domainCode: string; text: string; authorName: string; correction: boolean };

/** Everything the case file shows, read in one go. */
export type CaseFileData = {
  institution: InstitutionProfile;
  record: ResidentRecord;
  family: CaseFileFamilyMember[];
  /** The newest contacts, newest first, and how many there are in all. */
  contacts: { rows: CaseFileContact[]; total: number };
  /** Every progress note, newest first. */
  notes: CaseFileNote[];
  /** Every assessment, newest first, and when the next is due (null once the child has left). */
  assessments: { assessments: Assessment[]; nextDue: string | null };
  /** The individual care plan of the latest stay, if there is one. */
  plan: CarePlan | null;
  /** Referrals to services, newest request first. */
  referrals: Referral[];
  /** Placements after leaving, newest first, each with its follow-up visits. */
  placements: Placement[];
};

/**
 * The case file of a secret (adopted) record is refused to everyone but the director before it is
 * made (handlers.ts), so whoever gets this far may see all of it: the readers are called with the
 * director's reveal flag, and the file names where an adopted child went and who visited.
 */
const REVEAL_SECRET = true;

/** Reads the case file's data of a child (age as of `today`); NOT_FOUND when there is no such child. */
export function collectCaseFileData(deps: CoreDeps, id: string, today: string): CaseFileData {
  const { db } = deps;
  // The family, contact and notes services are not imported: the case file reads their tables
  // itself so that it depends only on the schema, not on how those features shape their screens.
  // The care pathway is read through its services: what is due next, which plan is the latest
  // stay's and what of a placement is secret are their rules, not to be restated here.
  const record = residentRecord(db, id, today, REVEAL_SECRET);
  return {
    institution: getProfile(db),
    record,
    family: familyOf(db, id),
    contacts: contactsOf(db, id),
    notes: notesOf(db, id),
    assessments: listAssessments(db, id),
    plan: getPlan(db, id),
    referrals: listReferrals(deps, { residentId: id }, REVEAL_SECRET),
    placements: listPlacements(db, id, REVEAL_SECRET),
  };
}

function familyOf(db: Db, residentId: string): CaseFileFamilyMember[] {
  // The record screen's order: as in the relation list (parents first), then by name.
  const order = new Map(listReferenceItems(db, 'relation_type', true).map((item, index) => [item.code, index]));
  const rank = (code: string): number => order.get(code) ?? Number.MAX_SAFE_INTEGER;
  const rows = db
    .select()
    .from(familyMembers)
    .where(eq(familyMembers.residentId, residentId))
    .all()
    .sort((a, b) => rank(a.relationCode) - rank(b.relationCode) || compareAz(a.fullName, b.fullName) || a.id.localeCompare(b.id));
  const linkedIds = rows.flatMap((row) => (row.linkedResidentId === null ? [] : [row.linkedResidentId]));
  const linked =
    linkedIds.length === 0
      ? []
      : db
          .select({ id: residents.id, surname: residents.surname, firstName: residents.firstName, patronymic: residents.patronymic })
          .from(residents)
          .where(inArray(residents.id, linkedIds))
          .all();
  const names = new Map(linked.map((row) => [row.id, fullNameOf(row)]));
  return rows.map((row) => ({
    relationCode: row.relationCode,
    fullName: row.fullName,
    phone: row.phone,
    address: row.address,
    contactAllowed: row.contactAllowed,
    note: row.note,
    linkedResidentName: row.linkedResidentId === null ? null : (names.get(row.linkedResidentId) ?? null),
  }));
}

function contactsOf(db: Db, residentId: string): CaseFileData['contacts'] {
  const rows = db
    .select({
      date: contactLog.date,
      kind: contactLog.kind,
      personName: contactLog.personName,
      memberName: familyMembers.fullName,
      note: contactLog.note,
    })
    .from(contactLog)
    .leftJoin(familyMembers, eq(familyMembers.id, contactLog.familyMemberId))
    .where(eq(contactLog.residentId, residentId))
    // rowid breaks ties of the same instant in insertion order.
    .orderBy(desc(contactLog.date), desc(contactLog.createdAt), desc(sql`${contactLog}.rowid`))
    .limit(CASE_FILE_CONTACTS)
    .all();
  const total = db.select({ total: count() }).from(contactLog).where(eq(contactLog.residentId, residentId)).get()?.total ?? 0;
  return {
    rows: rows.map((row) => ({ date: row.date, kind: row.kind, personName: row.memberName ?? row.personName, note: row.note })),
    total,
  };
}

function notesOf(db: Db, residentId: string): CaseFileNote[] {
  return db
    .select({
      date: progressNotes.date,
      domainCode: progressNotes.domainCode,
      text: progressNotes.text,
      authorName: users.fullName,
      correctsNoteId: progressNotes.correctsNoteId,
    })
    .from(progressNotes)
    .leftJoin(users, eq(users.id, progressNotes.authorId))
    .where(eq(progressNotes.residentId, residentId))
    .orderBy(desc(progressNotes.date), desc(progressNotes.createdAt), desc(sql`${progressNotes}.rowid`))
    .all()
    .map((row) => ({
      date: row.date,
      domainCode: row.domainCode,
      text: row.text,
      authorName: row.authorName ?? '',
      correction: row.correctsNoteId !== null,
    }));
}

