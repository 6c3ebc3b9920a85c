import { and, desc, eq, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';

import { calendarDate } from '../../contract/dates';
import { AppError, validationError } from '../../contract/errors';
import type { FieldIssue } from '../../contract/errors';
import type { ParsedInput } from '../../contract/procedures';
import { fullNameOf } from '../../contract/residents';
import type { Referral, ReferralStatus } from '../../contract/services-register';
import { OCCUPYING_STATUSES } from '../../contract/services-register';
import type { Db } from '../../db/client';
import { referrals, services } from '../../db/schema';
import { appendAudit, changesBetween } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import type { ResidentIndex } from '../residents/resident-index';
import { residentRow } from '../residents/resident-record';
import { IN_CARE, loadOf, serviceRow } from './services-service';

type ReferralRow = typeof referrals.$inferSelect;

/** Where a referral may go from each status; an ended or declined referral is closed for good. */
const NEXT_STATUSES: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  requested: ['accepted', 'declined'],
  accepted: ['attending', 'ended', 'declined'],
  attending: ['ended'],
  ended: [],
  declined: [],
};

const occupies = (status: ReferralStatus): boolean => OCCUPYING_STATUSES.includes(status);

function viewOf(row: ReferralRow, serviceName: string, index: ResidentIndex, revealSecret: boolean): Referral {
  const entry = index.get(row.residentId);
  return {
    id: row.id,
    residentId: row.residentId,
    residentName: entry === undefined || (entry.secret && !revealSecret) ? '' : fullNameOf(entry),
    serviceId: row.serviceId,
    serviceName,
    status: row.status,
    requestedDate: row.requestedDate,
    startDate: row.startDate,
    endDate: row.endDate,
    note: row.note,
    createdAt: row.createdAt,
  };
}

function referralRow(db: Db, id: string): ReferralRow {
  const row = db.select().from(referrals).where(eq(referrals.id, id)).get();
  if (row === undefined) {
    throw new AppError('NOT_FOUND', 'No such referral');
  }
  return row;
}

function referralView(deps: CoreDeps, id: string, revealSecret: boolean): Referral {
  const row = referralRow(deps.db, id);
  return viewOf(row, serviceRow(deps.db, row.serviceId).name, deps.residentIndex, revealSecret);
}

/**
 * Refuses a new place at a full service unless the user has seen the warning and goes on
 * (`acceptOverCapacity`): services do take a child over their number, but never by accident.
 */
function assertRoom(db: Db, serviceId: string, acceptOverCapacity: boolean | undefined): void {
  if (acceptOverCapacity === true) {
    return;
  }
  const { capacity } = serviceRow(db, serviceId);
  const load = loadOf(db, serviceId);
  if (load >= capacity) {
    throw new AppError('SERVICE_AT_CAPACITY', 'The service has no free place', { capacity, load });
  }
}

function fail(issues: readonly FieldIssue[]): void {
  if (issues.length > 0) {
    throw validationError([...issues]);
  }
}

/** Referrals of a child or of a service (or of both), newest request first. */
export function listReferrals(deps: CoreDeps, filter: ParsedInput<'referrals.list'>, revealSecret: boolean): Referral[] {
  const conditions: SQL[] = [];
  if (filter.residentId !== undefined) {
    residentRow(deps.db, filter.residentId);
    conditions.push(eq(referrals.residentId, filter.residentId));
  }
  if (filter.serviceId !== undefined) {
    serviceRow(deps.db, filter.serviceId);
    conditions.push(eq(referrals.serviceId, filter.serviceId));
  }
  if (conditions.length === 0) {
    throw validationError([{ path: '', message: 'validation.required' }]);
  }
  return deps.db
    .select({ referral: referrals, serviceName: services.name })
    .from(referrals)
    .innerJoin(services, eq(services.id, referrals.serviceId))
    .where(and(...conditions))
    // rowid breaks ties of the same instant in insertion order.
    .orderBy(desc(referrals.requestedDate), desc(referrals.createdAt), desc(sql`${referrals}.rowid`))
    .all()
    .map((found) => viewOf(found.referral, found.serviceName, deps.residentIndex, revealSecret));
}

/**
 * Refers a child in the institution's care to an active service, as requested; a full service
 * needs `acceptOverCapacity` (SERVICE_AT_CAPACITY otherwise). Audited.
 */
export function createReferral(deps: CoreDeps, actor: Actor, input: ParsedInput<'referrals.create'>, revealSecret: boolean): Referral {
  residentRow(deps.db, input.residentId);
  const issues: FieldIssue[] = [];
  const entry = deps.residentIndex.get(input.residentId);
  if (entry === undefined || !IN_CARE.includes(entry.status)) {
    issues.push({ path: 'residentId', message: 'validation.notInResidence' });
  }
  const service = deps.db.select({ active: services.active }).from(services).where(eq(services.id, input.serviceId)).get();
  if (service?.active !== true) {
    issues.push({ path: 'serviceId', message: 'validation.unknownCode' });
  }
  if (input.requestedDate > calendarDate(deps.clock.now())) {
    issues.push({ path: 'requestedDate', message: 'validation.dateInFuture' });
  }
  fail(issues);
  const now = deps.clock.now();
  const row: ReferralRow = {
    id: deps.ids.newId(),
    residentId: input.residentId,
    serviceId: input.serviceId,
    status: 'requested',
    requestedDate: input.requestedDate,
    startDate: null,
    endDate: null,
    note: input.note,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  deps.db.transaction((tx) => {
    assertRoom(tx, input.serviceId, input.acceptOverCapacity);
    tx.insert(referrals).values(row).run();
    const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = row;
    appendAudit(tx, actor, now, { action: 'create', entityType: 'referral', entityId: row.id, changes: changesBetween(null, fields) });
  });
  return referralView(deps, row.id, revealSecret);
}

/**
 * Moves a referral on from `date`: accepted or attending sets the start (once), ended or declined
 * the end. Taking a place at a full service needs `acceptOverCapacity`, as when referring. Audited.
 */
export function setReferralStatus(deps: CoreDeps, actor: Actor, input: ParsedInput<'referrals.setStatus'>, revealSecret: boolean): Referral {
  const current = referralRow(deps.db, input.id);
  const issues: FieldIssue[] = [];
  if (!NEXT_STATUSES[current.status].includes(input.status)) {
    issues.push({ path: 'status', message: 'validation.statusOrder' });
  }
  const closing = input.status === 'ended' || input.status === 'declined';
  if (input.date < current.requestedDate) {
    issues.push({ path: 'date', message: 'validation.dateBeforeRequest' });
  } else if (input.date > calendarDate(deps.clock.now())) {
    issues.push({ path: 'date', message: 'validation.dateInFuture' });
  } else if (closing && current.startDate !== null && input.date < current.startDate) {
    issues.push({ path: 'date', message: 'validation.dateRange' });
  }
  fail(issues);
  deps.db.transaction((tx) => {
    const before = referralRow(tx, input.id);
    if (occupies(input.status) && !occupies(before.status)) {
      assertRoom(tx, before.serviceId, input.acceptOverCapacity);
    }
    const after = {
      status: input.status,
      startDate: closing ? before.startDate : (before.startDate ?? input.date),
      endDate: closing ? input.date : before.endDate,
      // A status change without a note keeps what the referral already said.
      note: input.note ?? before.note,
    };
    const now = deps.clock.now();
    tx.update(referrals)
      .set({ ...after, updatedAt: now.toISOString() })
      .where(eq(referrals.id, input.id))
      .run();
    appendAudit(tx, actor, now, {
      action: 'update',
      entityType: 'referral',
      entityId: input.id,
      changes: changesBetween({ status: before.status, startDate: before.startDate, endDate: before.endDate, note: before.note }, after),
    });
  });
  return referralView(deps, input.id, revealSecret);
}
