import { and, count, eq, gt, gte, inArray, isNull, lte, min, or, sql } from 'drizzle-orm';

import { DIVERSIONS } from '../../contract/gatekeeping';
import type { Db } from '../../db/client';
import { carePlans, followUpVisits, gatekeepingRequests, placements, residents, stays } from '../../db/schema';
import { listReferenceItems } from '../reference/reference-service';
import { monthEnd, monthStart } from './months';

/*
 * The few queries the record indicators are computed from: each loads the columns it needs once
 * for the whole range of months (or counts by month in SQL), never once per month or per child.
 * Every fact is a dated event or interval of the records' history, so a past month is computed
 * the same whenever it is asked.
 */

/** The months a series covers, with the dates that bound its queries. */
export type MonthWindow = {
  months: readonly string[];
  /** First day of the first month. */
  first: string;
  /** Last day of the first month. */
  firstEnd: string;
  /** Last day of the last month. */
  last: string;
};

/** Where an exit type sends a child; a type without the flag counts as neither family nor transfer. */
export type PlacementKind = 'family' | 'transfer' | 'none';

/** An exit type as the indicators classify it. */
export type ExitKind = { code: string; placement: PlacementKind; sortOrder: number };

/** One stay that was open at some month end of the window, with the day its care plan was started. */
export type StayFact = {
  residentId: string;
  admissionDate: string;
  exitDate: string | null;
  /** Local calendar day the stay's individual care plan was created, or null when it has none. */
  planDate: string | null;
};

/** Exits of one month and exit type, of children with or without a disability. */
export type ExitFact = { month: string; exitTypeCode: string; disability: boolean; count: number };

/**
 * A placement that broke down: the day a follow-up visit first found it broken down, and the day it
 * ended for a breakdown (a new placement replaced it), either possibly null.
 */
export type BreakdownFact = { typeCode: string; firstBrokenVisit: string | null; endedByBreakdown: string | null };

/** The window of `months` (in order, at least one). */
export function windowOf(months: readonly string[]): MonthWindow {
  const from = months[0]!;
  const to = months.at(-1)!;
  return { months, first: monthStart(from), firstEnd: monthEnd(from), last: monthEnd(to) };
}

/**
 * Local calendar day of an ISO instant, as the app's "today" is (calendarDate on the local clock):
 * a plan made late on 31 March in Baku (UTC+4) is March's, though it is 1 April nowhere yet in UTC.
 */
function localDay(instant: string): string {
  const at = new Date(instant);
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
}

/**
 * Stays open at one month end or more of the window (admitted by its last day, not left by its
 * first month's end), each with its care plan's day: one query.
 */
export function loadStays(db: Db, window: MonthWindow): StayFact[] {
  return db
    .select({ residentId: stays.residentId, admissionDate: stays.admissionDate, exitDate: stays.exitDate, planCreatedAt: carePlans.createdAt })
    .from(stays)
    .leftJoin(carePlans, eq(carePlans.stayId, stays.id))
    .where(and(lte(stays.admissionDate, window.last), or(isNull(stays.exitDate), gt(stays.exitDate, window.firstEnd))))
    .all()
    .map((row) => ({
      residentId: row.residentId,
      admissionDate: row.admissionDate,
      exitDate: row.exitDate,
      planDate: row.planCreatedAt === null ? null : localDay(row.planCreatedAt),
    }));
}

/** Stays admitted in each month of the window, by month. */
export function countAdmissions(db: Db, window: MonthWindow): Map<string, number> {
  const month = sql<string>`substr(${stays.admissionDate}, 1, 7)`;
  const rows = db
    .select({ month, count: count() })
    .from(stays)
    .where(and(gte(stays.admissionDate, window.first), lte(stays.admissionDate, window.last)))
    .groupBy(month)
    .all();
  return new Map(rows.map((row) => [row.month, row.count]));
}

/**
 * Requests decided as a diversion in each month of the window, by month of the decision (a request
 * received in May and diverted in June is June's).
 */
export function countDiversions(db: Db, window: MonthWindow): Map<string, number> {
  const month = sql<string>`substr(${gatekeepingRequests.decisionDate}, 1, 7)`;
  const rows = db
    .select({ month, count: count() })
    .from(gatekeepingRequests)
    .where(
      and(
        inArray(gatekeepingRequests.decision, [...DIVERSIONS]),
        gte(gatekeepingRequests.decisionDate, window.first),
        lte(gatekeepingRequests.decisionDate, window.last),
      ),
    )
    .groupBy(month)
    .all();
  return new Map(rows.map((row) => [row.month, row.count]));
}

/** Exits in the window counted by month, exit type and whether the child has a disability (now). */
export function loadExits(db: Db, window: MonthWindow): ExitFact[] {
  const month = sql<string>`substr(${stays.exitDate}, 1, 7)`;
  const disability = sql<number>`(${residents.disabilityStatus} = 'disability')`.mapWith(Number);
  return db
    .select({ month, exitTypeCode: stays.exitTypeCode, disability, count: count() })
    .from(stays)
    .innerJoin(residents, eq(residents.id, stays.residentId))
    .where(and(gte(stays.exitDate, window.first), lte(stays.exitDate, window.last)))
    .groupBy(month, stays.exitTypeCode, disability)
    .all()
    .map((row) => ({ month: row.month, exitTypeCode: row.exitTypeCode ?? '', disability: row.disability === 1, count: row.count }));
}

/**
 * Every exit type, retired ones included (old exits keep theirs), classified as the reference data
 * says now: an exit type's placement kind is its meaning, not a fact of each exit.
 */
export function loadExitKinds(db: Db): Map<string, ExitKind> {
  return new Map(
    listReferenceItems(db, 'exit_type', true).map((item) => [item.code, { code: item.code, placement: item.meta.placement ?? 'none', sortOrder: item.sortOrder }]),
  );
}

/**
 * Every placement that broke down: found broken down by a follow-up visit, ended for a breakdown,
 * or both. Two grouped queries merged by placement, so a placement is one fact however many
 * visits found it broken down.
 */
export function loadBreakdowns(db: Db): BreakdownFact[] {
  const byPlacement = new Map<string, BreakdownFact>();
  const visited = db
    .select({ id: placements.id, typeCode: placements.typeCode, first: min(followUpVisits.visitDate) })
    .from(followUpVisits)
    .innerJoin(placements, eq(placements.id, followUpVisits.placementId))
    .where(eq(followUpVisits.outcome, 'broken_down'))
    .groupBy(placements.id)
    .all();
  for (const row of visited) {
    byPlacement.set(row.id, { typeCode: row.typeCode, firstBrokenVisit: row.first, endedByBreakdown: null });
  }
  const ended = db
    .select({ id: placements.id, typeCode: placements.typeCode, endedDate: placements.endedDate })
    .from(placements)
    .where(eq(placements.endReason, 'breakdown'))
    .all();
  for (const row of ended) {
    const known = byPlacement.get(row.id);
    byPlacement.set(row.id, { typeCode: row.typeCode, firstBrokenVisit: known?.firstBrokenVisit ?? null, endedByBreakdown: row.endedDate });
  }
  return [...byPlacement.values()];
}
