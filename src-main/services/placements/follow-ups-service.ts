import { and, asc, eq, gt, inArray, isNull, lt, min, sql } from 'drizzle-orm';

import type { ResidentAlert } from '../../contract/dashboard';
import { addMonths, calendarDate } from '../../contract/dates';
import { AppError, validationError } from '../../contract/errors';
import type { FieldIssue } from '../../contract/errors';
import type { FollowUp } from '../../contract/placements';
import type { ParsedInput } from '../../contract/procedures';
import { fullNameOf } from '../../contract/residents';
import type { Db } from '../../db/client';
import { followUpVisits, placements, residents } from '../../db/schema';
import { appendAudit, changesBetween } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import type { IndexEntry } from '../residents/resident-index';
import { userFullName } from '../users/user-names';

type VisitRow = typeof followUpVisits.$inferSelect;

/**
 * What a visit to an adopted child may reveal of the new family: who went, and what they wrote.
 * Shown to the director only, and never written into the audit trail (only that it was set).
 */
const SECRET_VISIT_FIELDS = ['visitor', 'notes'] as const;

/**
 * A visit as the placement screen shows it, with the name of whoever recorded it; a secret
 * (adopted) child's visitor and notes blank unless `hideSecret` is false.
 */
function viewOf(db: Db, row: VisitRow, hideSecret: boolean): FollowUp {
  return {
    id: row.id,
    placementId: row.placementId,
    dueDate: row.dueDate,
    visitDate: row.visitDate,
    visitor: hideSecret ? null : row.visitor,
    outcome: row.outcome,
    notes: hideSecret ? null : row.notes,
    recordedByName: userFullName(db, row.recordedBy),
  };
}

/** The visits of these placements in due-date order, by placement; `hideSecret` as in viewOf. */
export function followUpsOf(db: Db, placementIds: readonly string[], hideSecret: boolean): Map<string, FollowUp[]> {
  const byPlacement = new Map<string, FollowUp[]>();
  if (placementIds.length === 0) {
    return byPlacement;
  }
  const rows = db
    .select()
    .from(followUpVisits)
    .where(inArray(followUpVisits.placementId, [...placementIds]))
    .orderBy(asc(followUpVisits.dueDate), asc(followUpVisits.id))
    .all();
  for (const row of rows) {
    byPlacement.set(row.placementId, [...(byPlacement.get(row.placementId) ?? []), viewOf(db, row, hideSecret)]);
  }
  return byPlacement;
}

/** Schedules a new placement's visits `months` after it starts (inside the caller's transaction); returns their due dates. */
export function scheduleFollowUps(
  tx: Db,
  deps: CoreDeps,
  placement: { id: string; residentId: string; startDate: string },
  months: readonly number[],
): string[] {
  const dueDates = months.map((count) => addMonths(placement.startDate, count));
  for (const dueDate of dueDates) {
    tx.insert(followUpVisits).values({ id: deps.ids.newId(), placementId: placement.id, residentId: placement.residentId, dueDate }).run();
  }
  return dueDates;
}

/**
 * Deletes a placement's visits not yet made that fall due after `after` (the day it ended): they
 * were only a schedule, never visits. Returns their due dates, for the audit entry of the ending.
 */
export function cancelFollowUpsAfter(tx: Db, placementId: string, after: string): string[] {
  const unmade = and(eq(followUpVisits.placementId, placementId), isNull(followUpVisits.visitDate), gt(followUpVisits.dueDate, after));
  const dueDates = tx
    .select({ dueDate: followUpVisits.dueDate })
    .from(followUpVisits)
    .where(unmade)
    .orderBy(asc(followUpVisits.dueDate))
    .all()
    .map((row) => row.dueDate);
  tx.delete(followUpVisits).where(unmade).run();
  return dueDates;
}

/**
 * Records what a follow-up visit found; each visit is recorded once, within its placement's time.
 * A visit that found the placement broken down does not end it: the user then re-admits the child
 * or changes the placement. For a secret (adopted) child, visitor and notes are not audited by value.
 */
export function recordFollowUp(deps: CoreDeps, actor: Actor, input: ParsedInput<'followUps.record'>, revealSecret: boolean): FollowUp {
  const found = deps.db
    .select({ visit: followUpVisits, startDate: placements.startDate, endedDate: placements.endedDate, secret: residents.secret })
    .from(followUpVisits)
    .innerJoin(placements, eq(placements.id, followUpVisits.placementId))
    .innerJoin(residents, eq(residents.id, followUpVisits.residentId))
    .where(eq(followUpVisits.id, input.id))
    .get();
  if (found === undefined) {
    throw new AppError('NOT_FOUND', 'No such follow-up visit');
  }
  const issues: FieldIssue[] = [];
  if (found.visit.visitDate !== null) {
    issues.push({ path: 'id', message: 'validation.followUpRecorded' });
  }
  const now = deps.clock.now();
  if (input.visitDate > calendarDate(now)) {
    issues.push({ path: 'visitDate', message: 'validation.dateInFuture' });
  }
  if (input.visitDate < found.startDate) {
    issues.push({ path: 'visitDate', message: 'validation.visitBeforePlacement' });
  }
  if (found.endedDate !== null && input.visitDate > found.endedDate) {
    issues.push({ path: 'visitDate', message: 'validation.visitAfterPlacement' });
  }
  if (issues.length > 0) {
    throw validationError(issues);
  }
  const recorded = { visitDate: input.visitDate, visitor: input.visitor, outcome: input.outcome, notes: input.notes };
  deps.db.transaction((tx) => {
    tx.update(followUpVisits)
      .set({ ...recorded, recordedBy: actor.userId, recordedAt: now.toISOString() })
      .where(eq(followUpVisits.id, input.id))
      .run();
    appendAudit(tx, actor, now, {
      action: 'update',
      entityType: 'follow_up',
      entityId: input.id,
      changes: changesBetween(
        null,
        { residentId: found.visit.residentId, dueDate: found.visit.dueDate, ...recorded },
        found.secret ? SECRET_VISIT_FIELDS : [],
      ),
    });
  });
  const saved = deps.db.select().from(followUpVisits).where(eq(followUpVisits.id, input.id)).get()!;
  return viewOf(deps.db, saved, found.secret && !revealSecret);
}

/**
 * Alerts about children placed out of the institution: a follow-up visit of their current placement
 * past its due date and not recorded (one per child, the oldest), and a placement whose latest visit
 * found it broken down. These children have left, so `entries` must include exited ones. A secret
 * (adopted) child is listed without a name: everyone sees the dashboard.
 */
export function placementAlerts(db: Db, entries: readonly IndexEntry[], today: string): ResidentAlert[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const alerts: ResidentAlert[] = [];
  const alert = (kind: ResidentAlert['kind'], residentId: string, dueDate: string): void => {
    const entry = byId.get(residentId);
    if (entry !== undefined) {
      const fullName = entry.secret ? '' : fullNameOf(entry);
      alerts.push({ kind, residentId, fullName, birthDate: entry.birthDate, dueDate, missing: [] });
    }
  };
  // Only open placements: once a placement has ended (re-admission, a new placement) nobody will visit it.
  const overdue = db
    .select({ residentId: followUpVisits.residentId, dueDate: min(followUpVisits.dueDate) })
    .from(followUpVisits)
    .innerJoin(placements, eq(placements.id, followUpVisits.placementId))
    .where(and(isNull(placements.endedDate), isNull(followUpVisits.visitDate), lt(followUpVisits.dueDate, today)))
    .groupBy(followUpVisits.residentId)
    .all();
  for (const row of overdue) {
    alert('followUpOverdue', row.residentId, row.dueDate!);
  }
  const latestVisit = sql`(SELECT latest.id FROM follow_up_visits AS latest
    WHERE latest.placement_id = ${placements.id} AND latest.visit_date IS NOT NULL
    ORDER BY latest.visit_date DESC, latest.recorded_at DESC LIMIT 1)`;
  const brokenDown = db
    .select({ residentId: placements.residentId, visitDate: followUpVisits.visitDate })
    .from(placements)
    .innerJoin(followUpVisits, eq(followUpVisits.id, latestVisit))
    .where(and(isNull(placements.endedDate), eq(followUpVisits.outcome, 'broken_down')))
    .all();
  for (const row of brokenDown) {
    alert('placementBreakdown', row.residentId, row.visitDate!);
  }
  return alerts.sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.fullName.localeCompare(b.fullName));
}
