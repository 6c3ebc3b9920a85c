import { and, eq, inArray } from 'drizzle-orm';

import { compareAz } from '../../contract/az-text';
import { AppError, validationError } from '../../contract/errors';
import type { FieldIssue } from '../../contract/errors';
import type { FamilyMember } from '../../contract/family';
import type { ParsedInput } from '../../contract/procedures';
import { fullNameOf } from '../../contract/residents';
import type { Db } from '../../db/client';
import { contactLog, familyMembers, residents } from '../../db/schema';
import { appendAudit, changesBetween } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import { listReferenceItems, referenceCodeIssue } from '../reference/reference-service';
import { residentRow } from '../residents/resident-record';

/** A family entry as the form sends it (after parsing). */
export type FamilyMemberFields = ParsedInput<'family.add'>['member'];

type FamilyRow = typeof familyMembers.$inferSelect;

function fieldsOf(row: FamilyRow): FamilyMemberFields {
  return {
    relationCode: row.relationCode,
    fullName: row.fullName,
    phone: row.phone,
    address: row.address,
    contactAllowed: row.contactAllowed,
    note: row.note,
    linkedResidentId: row.linkedResidentId,
  };
}

/** The current names of linked children, by id. */
function linkedNames(db: Db, ids: readonly string[]): Map<string, string> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = db
    .select({ id: residents.id, surname: residents.surname, firstName: residents.firstName, patronymic: residents.patronymic })
    .from(residents)
    .where(inArray(residents.id, [...new Set(ids)]))
    .all();
  return new Map(rows.map((row) => [row.id, fullNameOf(row)]));
}

function viewOf(row: FamilyRow, names: ReadonlyMap<string, string>): FamilyMember {
  return {
    id: row.id,
    residentId: row.residentId,
    ...fieldsOf(row),
    linkedResidentName: row.linkedResidentId === null ? null : (names.get(row.linkedResidentId) ?? null),
    updatedAt: row.updatedAt,
  };
}

function memberView(db: Db, row: FamilyRow): FamilyMember {
  return viewOf(row, linkedNames(db, row.linkedResidentId === null ? [] : [row.linkedResidentId]));
}

function familyRow(db: Db, id: string): FamilyRow {
  const row = db.select().from(familyMembers).where(eq(familyMembers.id, id)).get();
  if (row === undefined) {
    throw new AppError('NOT_FOUND', 'No such family entry');
  }
  return row;
}

/** What is wrong with an entry for the child `residentId`; `keptRelation` may be a since-retired code. */
function memberIssues(db: Db, residentId: string, member: FamilyMemberFields, keptRelation: string | null): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const relation = referenceCodeIssue(db, 'relation_type', member.relationCode, 'member.relationCode', keptRelation);
  if (relation !== null) {
    issues.push(relation);
  }
  const linked = member.linkedResidentId;
  if (linked !== null) {
    const exists = db.select({ id: residents.id }).from(residents).where(eq(residents.id, linked)).get() !== undefined;
    // A child cannot be their own sibling: linking the record to itself is a slip of the picker.
    if (!exists || linked === residentId) {
      issues.push({ path: 'member.linkedResidentId', message: 'validation.unknownResident' });
    }
  }
  return issues;
}

function fail(issues: readonly FieldIssue[]): void {
  if (issues.length > 0) {
    throw validationError([...issues]);
  }
}

/** The child's family and other contacts, in the order of the relation list, then by name. */
export function listFamily(db: Db, residentId: string): FamilyMember[] {
  residentRow(db, residentId);
  const rows = db.select().from(familyMembers).where(eq(familyMembers.residentId, residentId)).all();
  const order = new Map(listReferenceItems(db, 'relation_type', true).map((item, index) => [item.code, index]));
  const names = linkedNames(
    db,
    rows.flatMap((row) => (row.linkedResidentId === null ? [] : [row.linkedResidentId])),
  );
  const rank = (code: string): number => order.get(code) ?? Number.MAX_SAFE_INTEGER;
  return rows
    .sort((a, b) => rank(a.relationCode) - rank(b.relationCode) || compareAz(a.fullName, b.fullName) || a.id.localeCompare(b.id))
    .map((row) => viewOf(row, names));
}

/** Adds a family member or other contact person to a child's record; audited. */
export function addFamilyMember(deps: CoreDeps, actor: Actor, residentId: string, member: FamilyMemberFields): FamilyMember {
  residentRow(deps.db, residentId);
  fail(memberIssues(deps.db, residentId, member, null));
  const id = deps.ids.newId();
  const now = deps.clock.now();
  const row: FamilyRow = { id, residentId, ...member, createdAt: now.toISOString(), updatedAt: now.toISOString() };
  deps.db.transaction((tx) => {
    tx.insert(familyMembers).values(row).run();
    appendAudit(tx, actor, now, {
      action: 'create',
      entityType: 'family_member',
      entityId: id,
      changes: changesBetween(null, { residentId, ...member }),
    });
  });
  return memberView(deps.db, row);
}

/** Changes a family member's details; audited with the fields that changed. */
export function updateFamilyMember(deps: CoreDeps, actor: Actor, id: string, member: FamilyMemberFields): FamilyMember {
  const current = familyRow(deps.db, id);
  fail(memberIssues(deps.db, current.residentId, member, current.relationCode));
  deps.db.transaction((tx) => {
    const before = familyRow(tx, id);
    const changes = changesBetween(fieldsOf(before), member);
    if (Object.keys(changes).length === 0) {
      return;
    }
    const now = deps.clock.now();
    tx.update(familyMembers)
      .set({ ...member, updatedAt: now.toISOString() })
      .where(eq(familyMembers.id, id))
      .run();
    appendAudit(tx, actor, now, { action: 'update', entityType: 'family_member', entityId: id, changes });
  });
  return memberView(deps.db, familyRow(deps.db, id));
}

/**
 * Removes a family entry made in error. The audit entry keeps everything it said; contacts that
 * named this person stay in the log, unlinked, with the person's name written on them.
 */
export function removeFamilyMember(deps: CoreDeps, actor: Actor, id: string): void {
  deps.db.transaction((tx) => {
    const row = familyRow(tx, id);
    const now = deps.clock.now();
    const referring = tx.select().from(contactLog).where(eq(contactLog.familyMemberId, id)).all();
    for (const contact of referring) {
      const after: Pick<typeof contact, 'familyMemberId' | 'personName'> = { familyMemberId: null, personName: contact.personName ?? row.fullName };
      tx.update(contactLog)
        .set({ ...after, updatedAt: now.toISOString() })
        .where(and(eq(contactLog.id, contact.id), eq(contactLog.familyMemberId, id)))
        .run();
      appendAudit(tx, actor, now, {
        action: 'update',
        entityType: 'contact',
        entityId: contact.id,
        changes: changesBetween({ familyMemberId: contact.familyMemberId, personName: contact.personName }, after),
      });
    }
    tx.delete(familyMembers).where(eq(familyMembers.id, id)).run();
    // The entry keeps every field the person had, so the removal can be read back in full.
    const said = { residentId: row.residentId, ...fieldsOf(row) };
    appendAudit(tx, actor, now, {
      action: 'delete',
      entityType: 'family_member',
      entityId: id,
      changes: {
        removed: { before: false, after: true },
        ...Object.fromEntries(Object.entries(said).map(([field, value]) => [field, { before: value, after: null }])),
      },
    });
  });
}
