import { and, eq } from 'drizzle-orm';

import type { AuditEntityType } from '../../contract/audit';
import { AppError } from '../../contract/errors';
import type { ParsedInput } from '../../contract/procedures';
import type { TransformationPlan } from '../../contract/transformation-views';
import type { Db } from '../../db/client';
import { institution, planBudgetLines, planBuildingItems, planNewServices, planTrainings, services } from '../../db/schema';
import { appendAudit, changesBetween } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import { referenceCodeIssue } from '../reference/reference-service';
import { saveService } from '../referrals/services-service';
import { removeAction } from './actions-service';
import type { NewServiceRow } from './plan-data';
import { changePlan, fail, futureIssue, removalChanges, todayOf, trackPlan } from './plan-write';

type ItemTable = typeof planNewServices | typeof planTrainings | typeof planBudgetLines | typeof planBuildingItems;

/** Selects the item with this id among the plan's items in `table`. */
function inPlan(table: ItemTable, planId: string, id: string) {
  return and(eq(table.id, id), eq(table.planId, planId));
}

/** The item found, or NOT_FOUND. */
function found<R>(row: R | undefined): R {
  if (row === undefined) {
    throw new AppError('NOT_FOUND', 'No such item of this plan');
  }
  return row;
}

/** Audits adding (`before` null) or changing an item of the plan; false when nothing changed. */
function auditItem(
  tx: Db,
  actor: Actor,
  now: Date,
  entity: { type: AuditEntityType; id: string; planId: string },
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): boolean {
  const changes = changesBetween(before, before === null ? { planId: entity.planId, ...after } : after);
  if (Object.keys(changes).length === 0) {
    return false;
  }
  appendAudit(tx, actor, now, { action: before === null ? 'create' : 'update', entityType: entity.type, entityId: entity.id, changes });
  return true;
}

function newServiceFields(row: NewServiceRow) {
  return { name: row.name, serviceTypeCode: row.serviceTypeCode, capacity: row.capacity, plannedOpeningDate: row.plannedOpeningDate };
}

/** Adds (`id` null) or changes a new service the plan will open: plan content; audited. */
export function saveNewService(deps: CoreDeps, actor: Actor, input: ParsedInput<'transformation.saveNewService'>): TransformationPlan {
  return changePlan(deps, input.planId, input.version, 'planId', (tx, plan, now) => {
    const before = input.id === null ? null : found(tx.select().from(planNewServices).where(inPlan(planNewServices, plan.id, input.id)).get());
    fail([referenceCodeIssue(tx, 'service_type', input.service.serviceTypeCode, 'service.serviceTypeCode', before?.serviceTypeCode ?? null)]);
    const id = before?.id ?? deps.ids.newId();
    if (before === null) {
      tx.insert(planNewServices)
        .values({ id, planId: plan.id, ...input.service, createdAt: now.toISOString() })
        .run();
    } else {
      tx.update(planNewServices).set(input.service).where(eq(planNewServices.id, id)).run();
    }
    return auditItem(tx, actor, now, { type: 'plan_new_service', id, planId: plan.id }, before === null ? null : newServiceFields(before), input.service);
  });
}

function newServiceRow(db: Db, id: string): NewServiceRow {
  const row = db.select().from(planNewServices).where(eq(planNewServices.id, id)).get();
  if (row === undefined) {
    throw new AppError('NOT_FOUND', 'No such new service of a plan');
  }
  return row;
}

/**
 * A planned service has opened (execution: never needs approval), on a day not in the future. It is
 * linked to an entry of the services register (`serviceId`), or that entry is created from the
 * planned name, type and capacity in the institution's region (saveService, audited there). The
 * places counted as opened are the register entry's capacity that day. Audited.
 */
export function openNewService(deps: CoreDeps, actor: Actor, input: ParsedInput<'transformation.openNewService'>): TransformationPlan {
  const planned = newServiceRow(deps.db, input.id);
  const linked = input.serviceId === null ? undefined : deps.db.select().from(services).where(eq(services.id, input.serviceId)).get();
  const taken =
    input.serviceId === null
      ? undefined
      : deps.db
          .select({ id: planNewServices.id })
          .from(planNewServices)
          .where(and(eq(planNewServices.planId, planned.planId), eq(planNewServices.serviceId, input.serviceId)))
          .get();
  fail([
    planned.openedDate === null ? null : { path: 'id', message: 'validation.serviceOpened' },
    futureIssue(input.openedDate, todayOf(deps), 'openedDate'),
    input.serviceId !== null && linked === undefined ? { path: 'serviceId', message: 'validation.unknownService' } : null,
    taken === undefined ? null : { path: 'serviceId', message: 'validation.serviceLinked' },
  ]);
  return trackPlan(deps, planned.planId, 'id', (tx, _plan, now) => {
    fail([newServiceRow(tx, planned.id).openedDate === null ? null : { path: 'id', message: 'validation.serviceOpened' }]);
    const regionCode = tx.select({ regionCode: institution.regionCode }).from(institution).get()?.regionCode ?? null;
    // Inside this transaction: a register entry is created only if the service is marked opened too.
    const register =
      linked ??
      saveService(deps, actor, null, {
        name: planned.name,
        typeCode: planned.serviceTypeCode,
        regionCode,
        address: null,
        phone: null,
        capacity: planned.capacity,
        active: true,
        note: null,
      });
    const after = { openedDate: input.openedDate, openedCapacity: register.capacity, serviceId: register.id };
    tx.update(planNewServices).set(after).where(eq(planNewServices.id, planned.id)).run();
    appendAudit(tx, actor, now, {
      action: 'update',
      entityType: 'plan_new_service',
      entityId: planned.id,
      changes: changesBetween<Record<string, unknown>>({ openedDate: planned.openedDate, openedCapacity: planned.openedCapacity, serviceId: planned.serviceId }, after),
    });
  });
}

/**
 * Adds (`id` null) or changes a staff member's retraining. Person, training and new role are plan
 * content; the completed date (not in the future) and hours record that it took place. Audited.
 */
export function saveTraining(deps: CoreDeps, actor: Actor, input: ParsedInput<'transformation.saveTraining'>): TransformationPlan {
  fail([futureIssue(input.training.completedDate, todayOf(deps), 'training.completedDate')]);
  return changePlan(deps, input.planId, input.version, 'planId', (tx, plan, now) => {
    const before = input.id === null ? null : found(tx.select().from(planTrainings).where(inPlan(planTrainings, plan.id, input.id)).get());
    const id = before?.id ?? deps.ids.newId();
    if (before === null) {
      tx.insert(planTrainings)
        .values({ id, planId: plan.id, ...input.training, createdAt: now.toISOString() })
        .run();
    } else {
      tx.update(planTrainings).set(input.training).where(eq(planTrainings.id, id)).run();
    }
    const old = before === null ? null : { person: before.person, training: before.training, newRole: before.newRole, completedDate: before.completedDate, hours: before.hours };
    return auditItem(tx, actor, now, { type: 'plan_training', id, planId: plan.id }, old, input.training);
  });
}

/**
 * Adds (`id` null) or changes a budget line, amounts in qəpik. Title and planned amount are plan
 * content; the amount moved to new services (≤ planned) and the day it moved (not in the future)
 * are execution. Audited.
 */
export function saveBudgetLine(deps: CoreDeps, actor: Actor, input: ParsedInput<'transformation.saveBudgetLine'>): TransformationPlan {
  fail([futureIssue(input.line.movedDate, todayOf(deps), 'line.movedDate')]);
  return changePlan(deps, input.planId, input.version, 'planId', (tx, plan, now) => {
    const before = input.id === null ? null : found(tx.select().from(planBudgetLines).where(inPlan(planBudgetLines, plan.id, input.id)).get());
    const id = before?.id ?? deps.ids.newId();
    if (before === null) {
      tx.insert(planBudgetLines)
        .values({ id, planId: plan.id, ...input.line, createdAt: now.toISOString() })
        .run();
    } else {
      tx.update(planBudgetLines).set(input.line).where(eq(planBudgetLines.id, id)).run();
    }
    const old = before === null ? null : { title: before.title, plannedQepik: before.plannedQepik, movedQepik: before.movedQepik, movedDate: before.movedDate };
    return auditItem(tx, actor, now, { type: 'plan_budget_line', id, planId: plan.id }, old, input.line);
  });
}

/** Adds (`id` null) or changes the repurposing of a part of the building; its status is execution. Audited. */
export function saveBuildingItem(deps: CoreDeps, actor: Actor, input: ParsedInput<'transformation.saveBuildingItem'>): TransformationPlan {
  return changePlan(deps, input.planId, input.version, 'planId', (tx, plan, now) => {
    const before = input.id === null ? null : found(tx.select().from(planBuildingItems).where(inPlan(planBuildingItems, plan.id, input.id)).get());
    const id = before?.id ?? deps.ids.newId();
    if (before === null) {
      tx.insert(planBuildingItems)
        .values({ id, planId: plan.id, ...input.item, createdAt: now.toISOString() })
        .run();
    } else {
      tx.update(planBuildingItems).set(input.item).where(eq(planBuildingItems.id, id)).run();
    }
    const old = before === null ? null : { space: before.space, currentUse: before.currentUse, newUse: before.newUse, status: before.status, dueDate: before.dueDate };
    return auditItem(tx, actor, now, { type: 'plan_building_item', id, planId: plan.id }, old, input.item);
  });
}

/** Removes an item entered in error (plan content); an opened service stays. Audited in full. */
export function removeItem(deps: CoreDeps, actor: Actor, input: ParsedInput<'transformation.removeItem'>): TransformationPlan {
  return changePlan(deps, input.planId, input.version, 'planId', (tx, plan, now) => {
    /** Deletes the item (found in `table`) and records everything it said. */
    const remove = (table: ItemTable, type: AuditEntityType, row: { id: string; planId: string; createdAt: string } | undefined) => {
      const { id, planId, createdAt: _createdAt, ...fields } = found(row);
      tx.delete(table).where(inPlan(table, planId, id)).run();
      appendAudit(tx, actor, now, { action: 'delete', entityType: type, entityId: id, changes: removalChanges({ planId, ...fields }) });
    };
    const where = (table: ItemTable) => inPlan(table, plan.id, input.id);
    switch (input.section) {
      case 'action':
        removeAction(tx, actor, now, plan.id, input.id);
        break;
      case 'newService': {
        const service = found(tx.select().from(planNewServices).where(where(planNewServices)).get());
        fail([service.openedDate === null ? null : { path: 'id', message: 'validation.serviceOpened' }]);
        remove(planNewServices, 'plan_new_service', service);
        break;
      }
      case 'training':
        remove(planTrainings, 'plan_training', tx.select().from(planTrainings).where(where(planTrainings)).get());
        break;
      case 'budgetLine':
        remove(planBudgetLines, 'plan_budget_line', tx.select().from(planBudgetLines).where(where(planBudgetLines)).get());
        break;
      case 'buildingItem':
        remove(planBuildingItems, 'plan_building_item', tx.select().from(planBuildingItems).where(where(planBuildingItems)).get());
        break;
    }
    return true;
  });
}
