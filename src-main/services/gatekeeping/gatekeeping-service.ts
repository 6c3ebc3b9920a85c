import { and, asc, desc, eq, gte, inArray, lt, lte, sql } from 'drizzle-orm';
import type { SQL, SQLWrapper } from 'drizzle-orm';

import { addMonths, calendarDate, calendarDateSchema } from '../../contract/dates';
import { AppError, validationError } from '../../contract/errors';
import type { FieldIssue } from '../../contract/errors';
import type { GatekeepingDecision, GatekeepingRequest } from '../../contract/gatekeeping';
import { DIVERSIONS } from '../../contract/gatekeeping';
import type { ParsedInput, ProcedureOutput } from '../../contract/procedures';
import type { Db } from '../../db/client';
import { gatekeepingReasons, gatekeepingRequests, residents } from '../../db/schema';
import { appendAudit, changesBetween } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import { referenceCodeIssue } from '../reference/reference-service';
import { redactIdentity } from '../residents/resident-record';

/** A request as the form sends it (after parsing). */
export type GatekeepingFields = ParsedInput<'gatekeeping.create'>['request'];
/** A decision other than admission, as the form sends it. */
export type DecisionFields = Omit<ParsedInput<'gatekeeping.decide'>, 'id'>;
export type GatekeepingFilter = ParsedInput<'gatekeeping.list'>;
/** One month of the summary. */
export type GatekeepingMonth = ProcedureOutput<'gatekeeping.summary'>[number];

/** The longest summary asked for at once: ten years of months. */
export const SUMMARY_MAX_MONTHS = 120;

type RequestRow = typeof gatekeepingRequests.$inferSelect;

/** A row with whether the child it admitted is secret (adopted since). */
type Found = { request: RequestRow; secret: boolean | null };

const withSecret = { request: gatekeepingRequests, secret: residents.secret };

function fieldsOf(row: RequestRow, reasonCodes: readonly string[]): GatekeepingFields {
  return {
    receivedDate: row.receivedDate,
    childSurname: row.childSurname,
    childFirstName: row.childFirstName,
    childPatronymic: row.childPatronymic,
    childSex: row.childSex,
    childBirthDate: row.childBirthDate,
    requesterCode: row.requesterCode,
    requesterName: row.requesterName,
    reasonCodes: [...reasonCodes],
    assessmentSummary: row.assessmentSummary,
    commissionInvolved: row.commissionInvolved,
  };
}

/** The columns of a request's own fields (the reasons live in gatekeeping_reasons). */
function columnsOf(request: GatekeepingFields): Omit<GatekeepingFields, 'reasonCodes'> {
  const { reasonCodes: _reasons, ...columns } = request;
  return columns;
}

/**
 * A request as shown. Once the child it admitted is secret (adopted), whoever is not the director
 * sees it without the child's names, as on the child's record.
 */
function viewOf(found: Found, reasonCodes: readonly string[], revealSecret: boolean): GatekeepingRequest {
  const row = found.request;
  const view: GatekeepingRequest = {
    id: row.id,
    ...fieldsOf(row, reasonCodes),
    decision: row.decision,
    decisionDate: row.decisionDate,
    decisionNote: row.decisionNote,
    residentId: row.residentId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
  if (found.secret !== true || revealSecret) {
    return view;
  }
  const hidden = redactIdentity({ surname: view.childSurname, firstName: view.childFirstName, patronymic: view.childPatronymic });
  return { ...view, childSurname: hidden.surname, childFirstName: hidden.firstName, childPatronymic: hidden.patronymic };
}

/** The sorted reason codes of the requests chosen by `requestIds` (ids or a subquery of them), by request. */
function reasonsOf(db: Db, requestIds: string[] | SQLWrapper): Map<string, string[]> {
  const rows = db
    .select()
    .from(gatekeepingReasons)
    .where(inArray(gatekeepingReasons.requestId, requestIds))
    .orderBy(asc(gatekeepingReasons.code))
    .all();
  const byRequest = new Map<string, string[]>();
  for (const row of rows) {
    byRequest.set(row.requestId, [...(byRequest.get(row.requestId) ?? []), row.code]);
  }
  return byRequest;
}

function found(db: Db, id: string): Found {
  const row = db
    .select(withSecret)
    .from(gatekeepingRequests)
    .leftJoin(residents, eq(residents.id, gatekeepingRequests.residentId))
    .where(eq(gatekeepingRequests.id, id))
    .get();
  if (row === undefined) {
    throw new AppError('NOT_FOUND', 'No such admission request');
  }
  return row;
}

function requestView(db: Db, id: string, revealSecret: boolean): GatekeepingRequest {
  return viewOf(found(db, id), reasonsOf(db, [id]).get(id) ?? [], revealSecret);
}

/** A decided request takes no more changes: its decision rests on what it said. */
function assertPending(row: RequestRow): void {
  if (row.decision !== 'pending') {
    throw validationError([{ path: 'id', message: 'validation.requestDecided' }]);
  }
}

/** What is wrong with a request's fields; `kept` are codes it already has (may be retired since). */
function requestIssues(deps: CoreDeps, request: GatekeepingFields, kept: { requester: string; reasons: readonly string[] } | null): FieldIssue[] {
  const today = calendarDate(deps.clock.now());
  const requester = referenceCodeIssue(deps.db, 'gatekeeping_requester', request.requesterCode, 'request.requesterCode', kept?.requester ?? null);
  // One issue for the list, however many of its codes are unknown.
  const reason = request.reasonCodes
    .map((code) => referenceCodeIssue(deps.db, 'admission_reason', code, 'request.reasonCodes', kept?.reasons ?? null))
    .find((issue) => issue !== null);
  return [
    ...(requester === null ? [] : [requester]),
    ...(reason === undefined ? [] : [reason]),
    ...(request.receivedDate > today ? [{ path: 'request.receivedDate', message: 'validation.dateInFuture' }] : []),
    ...(request.childBirthDate !== null && request.childBirthDate > today
      ? [{ path: 'request.childBirthDate', message: 'validation.birthInFuture' }]
      : []),
  ];
}

function fail(issues: readonly FieldIssue[]): void {
  if (issues.length > 0) {
    throw validationError([...issues]);
  }
}

/** The request's fields with its reasons deduplicated and sorted, as stored and audited. */
function normalized(request: GatekeepingFields): GatekeepingFields {
  return { ...request, reasonCodes: [...new Set(request.reasonCodes)].sort() };
}

function writeReasons(tx: Db, requestId: string, reasonCodes: readonly string[]): void {
  tx.delete(gatekeepingReasons).where(eq(gatekeepingReasons.requestId, requestId)).run();
  for (const code of reasonCodes) {
    tx.insert(gatekeepingReasons).values({ requestId, code }).run();
  }
}

/** A `YYYY-MM-DD` bound of the list filter; empty means no bound. */
function dateBound(value: string | undefined, path: string, issues: FieldIssue[]): string | null {
  if (value === undefined || value === '') {
    return null;
  }
  if (!calendarDateSchema.safeParse(value).success) {
    issues.push({ path, message: 'validation.date' });
    return null;
  }
  return value;
}

/** Admission requests, newest received first, by decision and received between `from` and `to` (inclusive). */
export function listRequests(db: Db, filter: GatekeepingFilter, revealSecret: boolean): GatekeepingRequest[] {
  const issues: FieldIssue[] = [];
  const from = dateBound(filter.from, 'from', issues);
  const to = dateBound(filter.to, 'to', issues);
  if (from !== null && to !== null && from > to) {
    issues.push({ path: 'to', message: 'validation.dateRange' });
  }
  fail(issues);
  const where = and(
    filter.decision === undefined ? undefined : eq(gatekeepingRequests.decision, filter.decision),
    from === null ? undefined : gte(gatekeepingRequests.receivedDate, from),
    to === null ? undefined : lte(gatekeepingRequests.receivedDate, to),
  );
  const rows = db
    .select(withSecret)
    .from(gatekeepingRequests)
    .leftJoin(residents, eq(residents.id, gatekeepingRequests.residentId))
    .where(where)
    // rowid keeps requests received and recorded at the same moment in a stable order.
    .orderBy(desc(gatekeepingRequests.receivedDate), desc(gatekeepingRequests.createdAt), desc(sql`${gatekeepingRequests}.rowid`))
    .all();
  if (rows.length === 0) {
    return [];
  }
  const reasons = reasonsOf(db, db.select({ id: gatekeepingRequests.id }).from(gatekeepingRequests).where(where));
  return rows.map((row) => viewOf(row, reasons.get(row.request.id) ?? [], revealSecret));
}

/** One admission request; NOT_FOUND when there is none. */
export function getRequest(db: Db, id: string, revealSecret: boolean): GatekeepingRequest {
  return requestView(db, id, revealSecret);
}

/** Records a request to admit a child, pending a decision; audited. */
export function createRequest(deps: CoreDeps, actor: Actor, input: GatekeepingFields): GatekeepingRequest {
  const request = normalized(input);
  fail(requestIssues(deps, request, null));
  const id = deps.ids.newId();
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    tx.insert(gatekeepingRequests)
      .values({
        id,
        ...columnsOf(request),
        decision: 'pending',
        decisionDate: null,
        decisionNote: null,
        residentId: null,
        createdBy: actor.userId,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      })
      .run();
    writeReasons(tx, id, request.reasonCodes);
    appendAudit(tx, actor, now, {
      action: 'create',
      entityType: 'gatekeeping',
      entityId: id,
      changes: changesBetween(null, { ...request, decision: 'pending' }),
    });
  });
  return requestView(deps.db, id, true);
}

/** Changes a request still pending (VALIDATION_FAILED `validation.requestDecided` once decided); audited. */
export function updateRequest(deps: CoreDeps, actor: Actor, id: string, input: GatekeepingFields): GatekeepingRequest {
  const request = normalized(input);
  const current = found(deps.db, id).request;
  assertPending(current);
  fail(requestIssues(deps, request, { requester: current.requesterCode, reasons: reasonsOf(deps.db, [id]).get(id) ?? [] }));
  deps.db.transaction((tx) => {
    const before = found(tx, id).request;
    assertPending(before);
    const changes = changesBetween(fieldsOf(before, reasonsOf(tx, [id]).get(id) ?? []), request);
    if (Object.keys(changes).length === 0) {
      return;
    }
    const now = deps.clock.now();
    tx.update(gatekeepingRequests)
      .set({ ...columnsOf(request), updatedAt: now.toISOString() })
      .where(eq(gatekeepingRequests.id, id))
      .run();
    if ('reasonCodes' in changes) {
      writeReasons(tx, id, request.reasonCodes);
    }
    appendAudit(tx, actor, now, { action: 'update', entityType: 'gatekeeping', entityId: id, changes });
  });
  return requestView(deps.db, id, true);
}

/**
 * Decides a pending request other than by admission (that is decided by registering the child):
 * dated neither before the request nor in the future; audited.
 */
export function decideRequest(deps: CoreDeps, actor: Actor, id: string, decision: DecisionFields): GatekeepingRequest {
  const current = found(deps.db, id).request;
  assertPending(current);
  fail([
    ...(decision.decisionDate < current.receivedDate ? [{ path: 'decisionDate', message: 'validation.decisionBeforeRequest' }] : []),
    ...(decision.decisionDate > calendarDate(deps.clock.now()) ? [{ path: 'decisionDate', message: 'validation.dateInFuture' }] : []),
  ]);
  deps.db.transaction((tx) => {
    const before = found(tx, id).request;
    assertPending(before);
    const after: { decision: GatekeepingDecision; decisionDate: string | null; decisionNote: string | null } = {
      decision: decision.decision,
      decisionDate: decision.decisionDate,
      decisionNote: decision.note,
    };
    const now = deps.clock.now();
    tx.update(gatekeepingRequests)
      .set({ ...after, updatedAt: now.toISOString() })
      .where(eq(gatekeepingRequests.id, id))
      .run();
    appendAudit(tx, actor, now, {
      action: 'update',
      entityType: 'gatekeeping',
      entityId: id,
      changes: changesBetween({ decision: before.decision, decisionDate: before.decisionDate, decisionNote: before.decisionNote }, after),
    });
  });
  return requestView(deps.db, id, true);
}

/** `YYYY-MM` as a month count, or null when the month does not exist. */
function monthIndex(month: string): number | null {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number >= 1 && number <= 12 ? year * 12 + number - 1 : null;
}

function monthOf(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Requests received from `fromMonth` to `toMonth` (`YYYY-MM`) counted by month and decision, as a query. */
export function monthCounts(db: Db, fromMonth: string, toMonth: string) {
  const decision = gatekeepingRequests.decision;
  const month = sql<string>`substr(${gatekeepingRequests.receivedDate}, 1, 7)`;
  const counted = (condition: SQL) => sql`sum(case when ${condition} then 1 else 0 end)`.mapWith(Number);
  return (
    db
      .select({
        month,
        requests: sql`count(*)`.mapWith(Number),
        admitted: counted(eq(decision, 'admitted')),
        diverted: counted(inArray(decision, [...DIVERSIONS])),
        refused: counted(eq(decision, 'refused')),
        pending: counted(eq(decision, 'pending')),
      })
      .from(gatekeepingRequests)
      // A range on the received date itself, so that the index on it serves.
      .where(and(gte(gatekeepingRequests.receivedDate, `${fromMonth}-01`), lt(gatekeepingRequests.receivedDate, addMonths(`${toMonth}-01`, 1))))
      .groupBy(month)
  );
}

/**
 * Admissions versus diversions by month of receipt, `fromMonth` to `toMonth` inclusive (at most
 * SUMMARY_MAX_MONTHS), one row per month even when nothing was received. Each request counts in the
 * month it was received, under what has been decided on it so far.
 */
export function summary(db: Db, fromMonth: string, toMonth: string): GatekeepingMonth[] {
  const first = monthIndex(fromMonth);
  const last = monthIndex(toMonth);
  if (first === null || last === null) {
    throw validationError([
      ...(first === null ? [{ path: 'fromMonth', message: 'validation.month' }] : []),
      ...(last === null ? [{ path: 'toMonth', message: 'validation.month' }] : []),
    ]);
  }
  if (last < first) {
    fail([{ path: 'toMonth', message: 'validation.dateRange' }]);
  }
  if (last - first + 1 > SUMMARY_MAX_MONTHS) {
    fail([{ path: 'toMonth', message: 'validation.monthSpan', params: { limit: SUMMARY_MAX_MONTHS } }]);
  }
  const rows = monthCounts(db, fromMonth, toMonth).all();
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  return Array.from({ length: last - first + 1 }, (_, offset) => {
    const name = monthOf(first + offset);
    const row = byMonth.get(name);
    return {
      month: name,
      requests: row?.requests ?? 0,
      admitted: row?.admitted ?? 0,
      diverted: row?.diverted ?? 0,
      refused: row?.refused ?? 0,
      pending: row?.pending ?? 0,
    };
  });
}
