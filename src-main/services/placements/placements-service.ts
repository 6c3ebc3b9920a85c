import { and, desc, eq, isNull, sql } from 'drizzle-orm';

import { AppError, validationError } from '../../contract/errors';
import type { FieldIssue } from '../../contract/errors';
import type { FollowUp, Placement } from '../../contract/placements';
import type { ParsedInput } from '../../contract/procedures';
import type { Admission, ResidentRecord } from '../../contract/residents';
import { residentDateIssues } from '../../contract/residents';
import type { Db } from '../../db/client';
import { placements, residents, stayReasons, stays } from '../../db/schema';
import { appendAudit, changesBetween } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import { findReferenceItem, referenceCodeIssue } from '../reference/reference-service';
import type { ResidentRow } from '../residents/resident-record';
import { residentRecord, residentRow, staysOf } from '../residents/resident-record';
import { todayOf } from '../residents/residents-service';
import { getSettings } from '../settings/settings-service';
import { exitAgeIssue } from './exit-rules';
import { cancelFollowUpsAfter, followUpsOf, scheduleFollowUps } from './follow-ups-service';

type PlacementRow = typeof placements.$inferSelect;
type PlacementFields = Pick<ParsedInput<'placements.change'>, 'decision' | 'destination' | 'note'>;

/**
 * What names or finds an adopted child's new family. Shown to the director only, and never written
 * into the audit trail (only that it was set). The note is free text that may name them too.
 */
const SECRET_FIELDS = ['destinationName', 'destinationPhone', 'destinationAddress', 'note'] as const;

function fail(issues: readonly (FieldIssue | null)[]): void {
  const found = issues.filter((issue): issue is FieldIssue => issue !== null);
  if (found.length > 0) {
    throw validationError(found);
  }
}

/** The child's row inside a write, refused (CONFLICT) when someone saved the record since `version` was read. */
function rowAtVersion(tx: Db, id: string, version: number): ResidentRow {
  const row = residentRow(tx, id);
  if (row.version !== version) {
    throw new AppError('CONFLICT', 'The record was changed meanwhile', { currentVersion: row.version });
  }
  return row;
}

/** The placement columns of a decision, a destination and a note. */
function placementColumns(fields: PlacementFields) {
  return {
    decisionBodyCode: fields.decision.bodyCode,
    decisionNumber: fields.decision.number,
    decisionDate: fields.decision.date,
    destinationKind: fields.destination.kind,
    destinationName: fields.destination.name,
    destinationPhone: fields.destination.phone,
    destinationAddress: fields.destination.address,
    note: fields.note,
  };
}

/** What is wrong with a placement's type (and the child's age for it), date and decision; `paths` name the form's fields. */
function placementIssues(
  deps: CoreDeps,
  fields: PlacementFields & { typeCode: string; startDate: string },
  birthDate: string,
  paths: { type: string; date: string },
): (FieldIssue | null)[] {
  const today = todayOf(deps);
  const type = findReferenceItem(deps.db, 'exit_type', fields.typeCode);
  const unknownType = referenceCodeIssue(deps.db, 'exit_type', fields.typeCode, paths.type);
  return [
    unknownType,
    unknownType === null && type !== null ? exitAgeIssue(type.meta, birthDate, fields.startDate, paths.type) : null,
    fields.startDate > today ? { path: paths.date, message: 'validation.dateInFuture' } : null,
    referenceCodeIssue(deps.db, 'decision_body', fields.decision.bodyCode, 'decision.bodyCode'),
    fields.decision.date !== null && fields.decision.date > today ? { path: 'decision.date', message: 'validation.dateInFuture' } : null,
  ];
}

/** The child's placement that has not ended, if any. */
function openPlacement(db: Db, residentId: string): PlacementRow | undefined {
  return db
    .select()
    .from(placements)
    .where(and(eq(placements.residentId, residentId), isNull(placements.endedDate)))
    .get();
}

/**
 * Ends a placement (inside the caller's transaction) and deletes its visits not yet made that fall
 * due after it ended; audited on the placement.
 */
function endPlacement(tx: Db, actor: Actor, now: Date, placement: PlacementRow, endedDate: string, endReason: NonNullable<PlacementRow['endReason']>): void {
  tx.update(placements).set({ endedDate, endReason }).where(eq(placements.id, placement.id)).run();
  const cancelled = cancelFollowUpsAfter(tx, placement.id, endedDate);
  appendAudit(tx, actor, now, {
    action: 'update',
    entityType: 'placement',
    entityId: placement.id,
    changes: changesBetween<Record<string, unknown>>(
      { endedDate: placement.endedDate, endReason: placement.endReason },
      { endedDate, endReason, ...(cancelled.length > 0 ? { cancelledFollowUps: cancelled } : {}) },
    ),
  });
}

function placementView(row: PlacementRow, followUps: FollowUp[], hideDestination: boolean): Placement {
  return {
    id: row.id,
    residentId: row.residentId,
    stayId: row.stayId,
    typeCode: row.typeCode,
    startDate: row.startDate,
    decision: { bodyCode: row.decisionBodyCode, number: row.decisionNumber, date: row.decisionDate },
    destination: hideDestination
      ? { kind: row.destinationKind, name: null, phone: null, address: null }
      : { kind: row.destinationKind, name: row.destinationName, phone: row.destinationPhone, address: row.destinationAddress },
    note: hideDestination ? null : row.note,
    endedDate: row.endedDate,
    endReason: row.endReason,
    followUps,
    createdAt: row.createdAt,
  };
}

/**
 * The child's placements, newest first, each with its follow-up visits. Where an adopted child went
 * is blank unless `revealSecret` (the director).
 */
export function listPlacements(db: Db, residentId: string, revealSecret: boolean): Placement[] {
  const resident = residentRow(db, residentId);
  const rows = db
    .select()
    .from(placements)
    .where(eq(placements.residentId, residentId))
    // rowid breaks ties of the same instant in insertion order.
    .orderBy(desc(placements.startDate), desc(placements.createdAt), desc(sql`${placements}.rowid`))
    .all();
  const hide = resident.secret && !revealSecret;
  const visits = followUpsOf(
    db,
    rows.map((row) => row.id),
    hide,
  );
  return rows.map((row) => placementView(row, visits.get(row.id) ?? [], hide));
}

/**
 * A child leaves: the current stay ends with the exit type and date, the placement (decision,
 * destination) is recorded, follow-up visits are scheduled when the type calls for them, and an
 * adoption makes the record secret — in one transaction, audited. `version` guards against an
 * outdated copy (CONFLICT).
 */
export function exitResident(deps: CoreDeps, actor: Actor, input: ParsedInput<'placements.exit'>, revealSecret: boolean): ResidentRecord {
  const row = residentRow(deps.db, input.residentId);
  const current = staysOf(deps.db, input.residentId).at(-1);
  if (current === undefined || current.exitDate !== null) {
    throw validationError([{ path: 'residentId', message: 'validation.exitWhileAway' }]);
  }
  fail([
    ...placementIssues(deps, { ...input, typeCode: input.exitTypeCode, startDate: input.exitDate }, row.birthDate, {
      type: 'exitTypeCode',
      date: 'exitDate',
    }),
    input.exitDate < current.admission.admissionDate ? { path: 'exitDate', message: 'validation.exitBeforeAdmission' } : null,
  ]);
  const meta = findReferenceItem(deps.db, 'exit_type', input.exitTypeCode)!.meta;
  const secret = row.secret || meta.secret === true;
  const placementId = deps.ids.newId();
  deps.db.transaction((tx) => {
    const resident = rowAtVersion(tx, input.residentId, input.version);
    const now = deps.clock.now();
    tx.update(stays)
      .set({ exitDate: input.exitDate, exitTypeCode: input.exitTypeCode, temporarilyAbsent: false, absenceNote: null })
      .where(eq(stays.id, current.id))
      .run();
    const columns = placementColumns(input);
    tx.insert(placements)
      .values({
        id: placementId,
        residentId: input.residentId,
        stayId: current.id,
        typeCode: input.exitTypeCode,
        startDate: input.exitDate,
        ...columns,
        createdBy: actor.userId,
        createdAt: now.toISOString(),
      })
      .run();
    const placement = { id: placementId, residentId: input.residentId, startDate: input.exitDate };
    const followUpDueDates = meta.followUp === true ? scheduleFollowUps(tx, deps, placement, getSettings(tx).followUpMonths) : [];
    tx.update(residents)
      .set({ secret, version: resident.version + 1, updatedAt: now.toISOString() })
      .where(eq(residents.id, input.residentId))
      .run();
    appendAudit(tx, actor, now, {
      action: 'exit',
      entityType: 'resident',
      entityId: input.residentId,
      changes: changesBetween(
        { temporarilyAbsent: current.temporarilyAbsent, secret: resident.secret },
        {
          placementId,
          exitTypeCode: input.exitTypeCode,
          exitDate: input.exitDate,
          ...columns,
          followUpDueDates,
          temporarilyAbsent: false,
          secret,
        },
        secret ? SECRET_FIELDS : [],
      ),
    });
  });
  deps.residentIndex.refresh(deps.db, input.residentId);
  deps.logger.log('info', 'resident.exited', { residentId: input.residentId });
  return residentRecord(deps.db, input.residentId, todayOf(deps), revealSecret);
}

/**
 * After a placement broke down or was replaced, the child's next family placement without coming
 * back: the open placement ends on the new one's start, its visits due later are cancelled, and the
 * new one's are scheduled. The stay's exit stays as it was (history). Returns the placements.
 */
export function changePlacement(deps: CoreDeps, actor: Actor, input: ParsedInput<'placements.change'>, revealSecret: boolean): Placement[] {
  const row = residentRow(deps.db, input.residentId);
  const previous = deps.db
    .select()
    .from(placements)
    .where(and(eq(placements.id, input.previousPlacementId), eq(placements.residentId, input.residentId)))
    .get();
  if (previous === undefined) {
    throw new AppError('NOT_FOUND', 'No such placement of this child');
  }
  const type = findReferenceItem(deps.db, 'exit_type', input.typeCode);
  fail([
    previous.endedDate === null ? null : { path: 'previousPlacementId', message: 'validation.placementEnded' },
    ...placementIssues(deps, input, row.birthDate, { type: 'typeCode', date: 'startDate' }),
    type !== null && type.meta.placement !== 'family' ? { path: 'typeCode', message: 'validation.noFamilyPlacement' } : null,
    input.startDate < previous.startDate ? { path: 'startDate', message: 'validation.beforePreviousPlacement' } : null,
  ]);
  const meta = type!.meta;
  const secret = row.secret || meta.secret === true;
  deps.db.transaction((tx) => {
    const now = deps.clock.now();
    endPlacement(tx, actor, now, previous, input.startDate, input.endReason);
    const id = deps.ids.newId();
    const columns = placementColumns(input);
    const placement = { id, residentId: input.residentId, startDate: input.startDate };
    tx.insert(placements)
      .values({ ...placement, stayId: previous.stayId, typeCode: input.typeCode, ...columns, createdBy: actor.userId, createdAt: now.toISOString() })
      .run();
    const followUpDueDates = meta.followUp === true ? scheduleFollowUps(tx, deps, placement, getSettings(tx).followUpMonths) : [];
    appendAudit(tx, actor, now, {
      action: 'create',
      entityType: 'placement',
      entityId: id,
      changes: changesBetween(
        null,
        { residentId: input.residentId, typeCode: input.typeCode, startDate: input.startDate, ...columns, followUpDueDates },
        secret ? SECRET_FIELDS : [],
      ),
    });
    if (secret && !row.secret) {
      // The record's identity is now shown to the director only: a copy open elsewhere is outdated.
      tx.update(residents)
        .set({ secret, version: row.version + 1, updatedAt: now.toISOString() })
        .where(eq(residents.id, input.residentId))
        .run();
      appendAudit(tx, actor, now, { action: 'update', entityType: 'resident', entityId: input.residentId, changes: { secret: { before: false, after: true } } });
    }
  });
  deps.residentIndex.refresh(deps.db, input.residentId);
  return listPlacements(deps.db, input.residentId, revealSecret);
}

/** Problems with a re-admission's reference codes, at `admission.*`. */
function admissionCodeIssues(db: Db, admission: Admission): (FieldIssue | null)[] {
  return [
    referenceCodeIssue(db, 'decision_body', admission.basisBodyCode, 'admission.basisBodyCode'),
    admission.referringBodyCode === null ? null : referenceCodeIssue(db, 'referring_body', admission.referringBodyCode, 'admission.referringBodyCode'),
    referenceCodeIssue(db, 'admission_source', admission.sourceCode, 'admission.sourceCode'),
    ...admission.reasonCodes.map((code) => referenceCodeIssue(db, 'admission_reason', code, 'admission.reasonCodes')),
  ];
}

/**
 * Admits a child who has left again: a new stay (the earlier ones stay in the history), the open
 * placement ends as 'readmitted' and its visits due later are cancelled; audited, version + 1.
 */
export function readmitResident(deps: CoreDeps, actor: Actor, input: ParsedInput<'placements.readmit'>, revealSecret: boolean): ResidentRecord {
  const row = residentRow(deps.db, input.residentId);
  const latest = staysOf(deps.db, input.residentId).at(-1);
  const open = openPlacement(deps.db, input.residentId);
  const { admission } = input;
  const leftOn = [latest?.exitDate ?? '', open?.startDate ?? ''].reduce((a, b) => (a > b ? a : b));
  fail([
    latest === undefined || latest.exitDate === null ? { path: 'residentId', message: 'validation.notExited' } : null,
    ...residentDateIssues({ birthDate: row.birthDate, admissionDate: admission.admissionDate, basisDate: admission.basisDate }, todayOf(deps)).filter(
      (issue) => issue.path.startsWith('admission.'),
    ),
    admission.admissionDate < leftOn ? { path: 'admission.admissionDate', message: 'validation.admissionBeforeExit' } : null,
    ...admissionCodeIssues(deps.db, admission),
  ]);
  const stayId = deps.ids.newId();
  deps.db.transaction((tx) => {
    const resident = rowAtVersion(tx, input.residentId, input.version);
    const now = deps.clock.now();
    const { reasonCodes, ...columns } = admission;
    tx.insert(stays)
      .values({ id: stayId, residentId: input.residentId, ...columns, createdAt: now.toISOString() })
      .run();
    for (const code of reasonCodes) {
      tx.insert(stayReasons).values({ stayId, code }).onConflictDoNothing().run();
    }
    if (open !== undefined) {
      endPlacement(tx, actor, now, open, admission.admissionDate, 'readmitted');
    }
    tx.update(residents)
      .set({ version: resident.version + 1, updatedAt: now.toISOString() })
      .where(eq(residents.id, input.residentId))
      .run();
    appendAudit(tx, actor, now, {
      action: 'readmission',
      entityType: 'resident',
      entityId: input.residentId,
      changes: changesBetween(null, { stayId, ...admission, reasonCodes: [...reasonCodes].sort() }),
    });
  });
  deps.residentIndex.refresh(deps.db, input.residentId);
  deps.logger.log('info', 'resident.readmitted', { residentId: input.residentId });
  return residentRecord(deps.db, input.residentId, todayOf(deps), revealSecret);
}
