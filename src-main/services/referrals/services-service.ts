import { and, eq, inArray, sql } from 'drizzle-orm';

import { compareAz } from '../../contract/az-text';
import { AppError, validationError } from '../../contract/errors';
import type { FieldIssue } from '../../contract/errors';
import type { ParsedInput, ProcedureOutput } from '../../contract/procedures';
import { fullNameOf } from '../../contract/residents';
import type { ResidenceStatus } from '../../contract/residents';
import type { ReferralStatus, Service } from '../../contract/services-register';
import { OCCUPYING_STATUSES } from '../../contract/services-register';
import type { Db } from '../../db/client';
import { referrals, residents, services } from '../../db/schema';
import { appendAudit, changesBetween } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import { listReferenceItems, referenceCodeIssue } from '../reference/reference-service';

/** A service as the form sends it (after parsing). */
export type ServiceFields = ParsedInput<'services.save'>['service'];

type ServiceRow = typeof services.$inferSelect;

/** The referral statuses that keep a child "referred": waiting for the service or using it. */
const OPEN_STATUSES: readonly ReferralStatus[] = ['requested', 'accepted', 'attending'];

/** Where a child counts as in the institution's care: living there or away for a while. */
export const IN_CARE: readonly ResidenceStatus[] = ['in_residence', 'temporarily_absent'];

function fieldsOf(row: ServiceRow): ServiceFields {
  return {
    name: row.name,
    typeCode: row.typeCode,
    regionCode: row.regionCode,
    address: row.address,
    phone: row.phone,
    capacity: row.capacity,
    active: row.active,
    note: row.note,
  };
}

function viewOf(row: ServiceRow, load: number): Service {
  return { id: row.id, ...fieldsOf(row), load };
}

/** The service with this id; NOT_FOUND otherwise. */
export function serviceRow(db: Db, id: string): ServiceRow {
  const row = db.select().from(services).where(eq(services.id, id)).get();
  if (row === undefined) {
    throw new AppError('NOT_FOUND', 'No such service');
  }
  return row;
}

/** Places taken (referrals accepted or attending), by service id; one grouped query for all services. */
function loads(db: Db): Map<string, number> {
  const rows = db
    .select({ serviceId: referrals.serviceId, load: sql<number>`count(*)` })
    .from(referrals)
    .where(inArray(referrals.status, [...OCCUPYING_STATUSES]))
    .groupBy(referrals.serviceId)
    .all();
  return new Map(rows.map((row) => [row.serviceId, row.load]));
}

/** Places taken at one service: its referrals accepted or attending. */
export function loadOf(db: Db, serviceId: string): number {
  const found = db
    .select({ load: sql<number>`count(*)` })
    .from(referrals)
    .where(and(eq(referrals.serviceId, serviceId), inArray(referrals.status, [...OCCUPYING_STATUSES])))
    .get();
  return found?.load ?? 0;
}

/** What is wrong with a service's fields; `kept` are since-retired codes the service already has. */
function serviceIssues(db: Db, service: ServiceFields, kept: ServiceRow | null): FieldIssue[] {
  const issues = [referenceCodeIssue(db, 'service_type', service.typeCode, 'service.typeCode', kept?.typeCode ?? null)];
  if (service.regionCode !== null) {
    issues.push(referenceCodeIssue(db, 'region', service.regionCode, 'service.regionCode', kept?.regionCode ?? null));
  }
  return issues.filter((issue): issue is FieldIssue => issue !== null);
}

function fail(issues: readonly FieldIssue[]): void {
  if (issues.length > 0) {
    throw validationError([...issues]);
  }
}

/** The register of services in the order of the service types, then by name; inactive ones only when asked. */
export function listServices(db: Db, includeInactive: boolean): Service[] {
  const rows = db
    .select()
    .from(services)
    .where(includeInactive ? undefined : eq(services.active, true))
    .all();
  const order = new Map(listReferenceItems(db, 'service_type', true).map((item, index) => [item.code, index]));
  const rank = (code: string): number => order.get(code) ?? Number.MAX_SAFE_INTEGER;
  const taken = loads(db);
  return rows
    .sort((a, b) => rank(a.typeCode) - rank(b.typeCode) || compareAz(a.name, b.name) || a.id.localeCompare(b.id))
    .map((row) => viewOf(row, taken.get(row.id) ?? 0));
}

/** Adds a service to the register (`id` null) or changes one; audited. */
export function saveService(deps: CoreDeps, actor: Actor, id: string | null, service: ServiceFields): Service {
  if (id === null) {
    fail(serviceIssues(deps.db, service, null));
    const now = deps.clock.now();
    const row: ServiceRow = { id: deps.ids.newId(), ...service, createdAt: now.toISOString(), updatedAt: now.toISOString() };
    deps.db.transaction((tx) => {
      tx.insert(services).values(row).run();
      appendAudit(tx, actor, now, { action: 'create', entityType: 'service', entityId: row.id, changes: changesBetween(null, service) });
    });
    return viewOf(row, 0);
  }
  fail(serviceIssues(deps.db, service, serviceRow(deps.db, id)));
  deps.db.transaction((tx) => {
    const changes = changesBetween(fieldsOf(serviceRow(tx, id)), service);
    if (Object.keys(changes).length === 0) {
      return;
    }
    const now = deps.clock.now();
    tx.update(services)
      .set({ ...service, updatedAt: now.toISOString() })
      .where(eq(services.id, id))
      .run();
    appendAudit(tx, actor, now, { action: 'update', entityType: 'service', entityId: id, changes });
  });
  return viewOf(serviceRow(deps.db, id), loadOf(deps.db, id));
}

/**
 * Children with a disability in residence (or temporarily away) who have no referral waiting,
 * accepted or attending, in name order. A secret record's name is blank unless `revealSecret`.
 */
export function unreferredDisabled(deps: CoreDeps, revealSecret: boolean): ProcedureOutput<'services.unreferredDisabled'> {
  const referred = new Set(
    deps.db
      .selectDistinct({ residentId: referrals.residentId })
      .from(referrals)
      .where(inArray(referrals.status, [...OPEN_STATUSES]))
      .all()
      .map((row) => row.residentId),
  );
  const categories = new Map(
    deps.db
      .select({ id: residents.id, code: residents.disabilityCategoryCode })
      .from(residents)
      .where(eq(residents.disabilityStatus, 'disability'))
      .all()
      .map((row) => [row.id, row.code]),
  );
  return deps.residentIndex
    .all()
    .filter((entry) => entry.disability && IN_CARE.includes(entry.status) && !referred.has(entry.id))
    .map((entry) => ({
      residentId: entry.id,
      fullName: entry.secret && !revealSecret ? '' : fullNameOf(entry),
      birthDate: entry.birthDate,
      disabilityCategoryCode: categories.get(entry.id) ?? null,
    }));
}
