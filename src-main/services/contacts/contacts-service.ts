import { and, desc, eq, sql } from 'drizzle-orm';

import { calendarDate } from '../../contract/dates';
import { AppError, validationError } from '../../contract/errors';
import type { FieldIssue } from '../../contract/errors';
import type { ContactEntry } from '../../contract/family';
import { contactKindSchema } from '../../contract/family';
import type { ParsedInput } from '../../contract/procedures';
import type { Db } from '../../db/client';
import { contactLog, familyMembers } from '../../db/schema';
import { appendAudit, changesBetween } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import { residentRow } from '../residents/resident-record';
import { userFullName } from '../users/user-names';

/** A visit or contact as the form sends it (after parsing). */
export type ContactFields = ParsedInput<'contacts.add'>['entry'];

type ContactRow = typeof contactLog.$inferSelect;

function fieldsOf(row: ContactRow): ContactFields {
  return {
    date: row.date,
    kind: contactKindSchema.parse(row.kind),
    familyMemberId: row.familyMemberId,
    personName: row.personName,
    note: row.note,
  };
}

function viewOf(db: Db, row: ContactRow): ContactEntry {
  return {
    id: row.id,
    residentId: row.residentId,
    ...fieldsOf(row),
    recordedBy: row.recordedBy,
    recordedByName: userFullName(db, row.recordedBy),
    createdAt: row.createdAt,
  };
}

function contactRow(db: Db, id: string): ContactRow {
  const row = db.select().from(contactLog).where(eq(contactLog.id, id)).get();
  if (row === undefined) {
    throw new AppError('NOT_FOUND', 'No such contact entry');
  }
  return row;
}

/** Refuses an entry dated after the core's today or naming someone not in this child's family. */
function assertEntry(deps: CoreDeps, residentId: string, entry: ContactFields): void {
  const issues: FieldIssue[] = [];
  if (entry.date > calendarDate(deps.clock.now())) {
    issues.push({ path: 'entry.date', message: 'validation.dateInFuture' });
  }
  if (entry.familyMemberId !== null) {
    const member = deps.db
      .select({ id: familyMembers.id })
      .from(familyMembers)
      .where(and(eq(familyMembers.id, entry.familyMemberId), eq(familyMembers.residentId, residentId)))
      .get();
    if (member === undefined) {
      issues.push({ path: 'entry.familyMemberId', message: 'validation.unknownFamilyMember' });
    }
  }
  if (issues.length > 0) {
    throw validationError(issues);
  }
}

/** The child's visits and contacts, newest day first (the latest recorded first within a day). */
export function listContacts(db: Db, residentId: string): ContactEntry[] {
  residentRow(db, residentId);
  return db
    .select()
    .from(contactLog)
    .where(eq(contactLog.residentId, residentId))
    // rowid breaks ties of the same instant in insertion order.
    .orderBy(desc(contactLog.date), desc(contactLog.createdAt), desc(sql`${contactLog}.rowid`))
    .all()
    .map((row) => viewOf(db, row));
}

/** Records a visit or contact, by the calling user; audited. */
export function addContact(deps: CoreDeps, actor: Actor, residentId: string, entry: ContactFields): ContactEntry {
  residentRow(deps.db, residentId);
  assertEntry(deps, residentId, entry);
  const now = deps.clock.now();
  const row: ContactRow = {
    id: deps.ids.newId(),
    residentId,
    ...entry,
    recordedBy: actor.userId,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  deps.db.transaction((tx) => {
    tx.insert(contactLog).values(row).run();
    appendAudit(tx, actor, now, {
      action: 'create',
      entityType: 'contact',
      entityId: row.id,
      changes: changesBetween(null, { residentId, ...entry }),
    });
  });
  return viewOf(deps.db, row);
}

/** Corrects a visit or contact entry; audited with the fields that changed. */
export function updateContact(deps: CoreDeps, actor: Actor, id: string, entry: ContactFields): ContactEntry {
  assertEntry(deps, contactRow(deps.db, id).residentId, entry);
  deps.db.transaction((tx) => {
    const changes = changesBetween(fieldsOf(contactRow(tx, id)), entry);
    if (Object.keys(changes).length === 0) {
      return;
    }
    const now = deps.clock.now();
    tx.update(contactLog)
      .set({ ...entry, updatedAt: now.toISOString() })
      .where(eq(contactLog.id, id))
      .run();
    appendAudit(tx, actor, now, { action: 'update', entityType: 'contact', entityId: id, changes });
  });
  return viewOf(deps.db, contactRow(deps.db, id));
}
