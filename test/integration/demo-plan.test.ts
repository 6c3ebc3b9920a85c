import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { addMonths, calendarDate } from '../../src-main/contract/dates';
import type { IndicatorCode } from '../../src-main/contract/indicator-catalogue';
import type { IndicatorDashboard } from '../../src-main/contract/indicators';
import type { ResidentRecord } from '../../src-main/contract/residents';
import type { TransformationPlan } from '../../src-main/contract/transformation-views';
import { dispatch } from '../../src-main/ipc/dispatch';
import { fixedClock } from '../../src-main/platform/clock';
import { sequentialIds } from '../../src-main/platform/ids';
import { memoryLogger } from '../../src-main/platform/logger';
import type { DemoResult } from '../../src-main/services/demo/demo-service';
import { fillDemo } from '../../src-main/services/demo/demo-service';
import { openNodeCore } from '../../src-main/services/node-host';
import type { TestConnection, TestCore } from '../helpers/temp-core';
import { openTestCore, sampleSetup, TEST_NOW, tempDir } from '../helpers/temp-core';

const TODAY = calendarDate(TEST_NOW);
const dirs: { cleanup(): void }[] = [];

let core: TestCore;
let director: TestConnection;
let result: DemoResult;
let plan: TransformationPlan;
let indicators: IndicatorDashboard;

beforeAll(async () => {
  const dir = tempDir('korpu-demo-plan-');
  dirs.push(dir);
  core = await openTestCore(dir.path);
  director = await core.setUp();
  result = fillDemo(core.core.deps, 200, 7);
  plan = (await director.call('transformation.get', {}))!;
  indicators = await director.call('indicators.get', { planId: plan.id });
});

afterAll(() => {
  core.close();
  dirs.splice(0).forEach((dir) => dir.cleanup());
});

const actionsOf = (current: TransformationPlan) => current.phases.flatMap((phase) => phase.actions);
const series = (code: IndicatorCode): (number | null)[] => indicators.computed.find((indicator) => indicator.code === code)!.series.map((point) => point.value);
const sum = (values: readonly (number | null)[]): number => values.reduce<number>((total, value) => total + (value ?? 0), 0);

describe('the demo transformation plan', () => {
  it('was made 18 to 24 months ago, approved, started, changed and approved again', async () => {
    expect(plan).toMatchObject({ status: 'in_progress', revision: 2, unapprovedChanges: false, approval: { number: 2 } });
    const made = calendarDate(new Date(plan.createdAt));
    expect(made).toBe(plan.baseline.asOf);
    expect(made >= addMonths(TODAY, -25) && made <= addMonths(TODAY, -18)).toBe(true);
    expect(plan.startedAt! > plan.createdAt && plan.startedAt! < TEST_NOW.toISOString()).toBe(true);

    const revisions = await director.call('transformation.revisions', { id: plan.id });
    expect(revisions.map((revision) => revision.number)).toEqual([1, 2]);
    expect(revisions[0]!.approvedAt > plan.createdAt && revisions[0]!.approvedAt < plan.startedAt!).toBe(true);
    expect(revisions[1]!.approvedAt > addMonths(made, 11) && revisions[1]!.approvedAt < TEST_NOW.toISOString()).toBe(true);
    const diff = await director.call('transformation.compare', { id: plan.id, from: 1, to: 2 });
    expect(diff.plan.map((change) => change.field)).toContain('targetModelCodes');
    const changed = new Map(diff.sections.map((section) => [section.section, section]));
    expect(changed.get('actions')!.added.length).toBeGreaterThan(0);
    expect(changed.get('actions')!.changed.length).toBeGreaterThan(0);
    expect(changed.get('newServices')!.added.length).toBeGreaterThan(0);
    expect(result.plan).toMatchObject({ revision: 2, actionsTotal: actionsOf(plan).length });
  });

  it('counted its baseline from the children there that day, those who have left since included', async () => {
    const list = await director.call('residents.list', { filter: {} });
    const records: ResidentRecord[] = await Promise.all(list.rows.map((row) => director.call('residents.get', { id: row.id })));
    const asOf = plan.baseline.asOf;
    const there = records.filter((record) => record.stays.some((stay) => stay.admission.admissionDate <= asOf && (stay.exitDate === null || stay.exitDate > asOf)));
    expect(plan.baseline.total).toBe(there.length);
    expect(there.some((record) => record.status === 'exited')).toBe(true);
    expect(plan.facts.staff.total).toBeGreaterThan(0);
    expect(plan.facts.budget.annualQepik).toBeGreaterThan(0);
  });

  it('has actions done with notes, in progress, blocked, not started and overdue, milestones and dependencies, over many months', async () => {
    const actions = actionsOf(plan);
    const done = actions.filter((action) => action.status === 'done');
    expect(done.length).toBeGreaterThan(actions.length / 3);
    for (const action of done) {
      expect(action.doneDate! < TODAY && action.doneDate! >= plan.periodStart).toBe(true);
      expect(action.notes.some((note) => note.date === action.doneDate)).toBe(true);
    }
    expect(new Set(done.map((action) => action.doneDate!.slice(0, 7))).size).toBeGreaterThanOrEqual(6);
    const going = actions.filter((action) => action.status === 'in_progress');
    expect(going.length).toBeGreaterThan(2);
    going.forEach((action) => expect(action.progress > 0 && action.progress < 100).toBe(true));
    expect(actions.some((action) => action.status === 'blocked')).toBe(true);
    expect(actions.some((action) => action.status === 'not_started')).toBe(true);
    expect(actions.filter((action) => action.overdue).length).toBeGreaterThanOrEqual(2);
    expect(done.some((action) => action.milestone)).toBe(true);
    expect(actions.filter((action) => action.dependsOn.length > 0).length).toBeGreaterThan(5);
    const dashboard = await director.call('dashboard.get', {});
    expect(dashboard.planActionsOverdue.map((overdue) => overdue.actionId)).toEqual(
      expect.arrayContaining(actions.filter((action) => action.overdue).map((action) => action.id)),
    );
  });

  it('opened some of its new services on past days, each in the services register; retrained staff, moved money, repurposed rooms', async () => {
    const opened = plan.newServices.filter((service) => service.openedDate !== null);
    expect(opened.length).toBeGreaterThanOrEqual(2);
    expect(opened.length).toBeLessThan(plan.newServices.length);
    const register = await director.call('services.list', { includeInactive: true });
    for (const service of opened) {
      expect(service.openedDate! < TODAY).toBe(true);
      expect(register.find((entry) => entry.id === service.serviceId)).toMatchObject({ active: true, capacity: service.openedCapacity });
    }
    const trainings = plan.trainings.filter((training) => training.completedDate !== null);
    expect(new Set(trainings.map((training) => training.completedDate!.slice(0, 7))).size).toBeGreaterThanOrEqual(4);
    expect(trainings.length).toBeLessThan(plan.trainings.length);
    const moved = plan.budgetLines.filter((line) => line.movedQepik > 0);
    expect(new Set(moved.map((line) => line.movedDate)).size).toBeGreaterThanOrEqual(3);
    expect(moved.length).toBeLessThan(plan.budgetLines.length);
    expect(new Set(plan.buildingItems.map((item) => item.status))).toEqual(new Set(['planned', 'in_progress', 'done']));
    expect(result.plan).toMatchObject({ servicesOpened: opened.length, staffRetrained: new Set(trainings.map((training) => training.person)).size });
  });

  it('gives every plan indicator a history: zero at the baseline, more by now', () => {
    for (const code of ['staff_retrained', 'service_capacity_opened', 'budget_moved_share'] as const) {
      const values = series(code);
      expect(values[0], code).toBe(0);
      expect(values.at(-1)!, code).toBeGreaterThan(0);
      expect(new Set(values).size, code).toBeGreaterThan(2);
    }
  });

  it('shows care plans made over the past months: coverage above zero at the baseline and rising', () => {
    expect(indicators.fromMonth).toBe(indicators.baselineMonth);
    const coverage = series('plan_coverage');
    expect(coverage[0]!).toBeGreaterThan(0);
    expect(coverage[0]!).toBeLessThan(50);
    expect(Math.max(...coverage.slice(-6).map((value) => value ?? 0))).toBeGreaterThan(coverage[0]! + 30);
  });

  it('moves the record indicators over the plan months: fewer children here, diversions rising, children going to families, transfers apart', () => {
    const here = series('children_in_residence');
    expect(here.at(-1)!).toBeLessThan(here[0]!);
    const diversions = series('diversions');
    expect(sum(diversions.slice(-6))).toBeGreaterThan(sum(diversions.slice(0, 6)));
    const family = series('exits_family');
    expect(sum(family.slice(-6))).toBeGreaterThan(sum(family.slice(0, 6)));
    // A transfer to another institution is counted as a transfer, never as a family exit.
    const transfers = series('exits_transfer');
    expect(sum(transfers)).toBeGreaterThan(0);
    indicators.exitsByType.forEach((month, index) => {
      const count = (placement: string) => sum(month.types.filter((type) => type.placement === placement).map((type) => type.count));
      expect(count('family')).toBe(family[index]);
      expect(count('transfer')).toBe(transfers[index]);
      expect(month.types.filter((type) => type.code === 'transfer').every((type) => type.placement === 'transfer')).toBe(true);
    });
    const exits = sum(indicators.exitsByType.map((month) => sum(month.types.map((type) => type.count))));
    expect(sum(family) + sum(transfers) + sum(series('exits_other'))).toBe(exits);
    const targets = indicators.computed.filter((indicator) => indicator.target !== null).map((indicator) => indicator.code);
    expect(targets).toContain('children_in_residence');
  });

  it('leaves an audit trail that verifies, with the plan written at its own past moments', async () => {
    expect(await director.call('audit.verify', {})).toMatchObject({ ok: true });
    const entries = await director.call('audit.list', { filter: { entityType: 'plan_action', to: addMonths(TODAY, -6) + 'T00:00:00.000Z' }, limit: 500 });
    expect(entries.total).toBeGreaterThan(10);
    const carePlans = await director.call('audit.list', { filter: { entityType: 'plan', to: plan.createdAt }, limit: 1 });
    expect(carePlans.total).toBeGreaterThan(0);
  });
});

describe('the demo transformation plan, left out', () => {
  it('is not made when asked not to, nor when the installation already has a plan not completed', async () => {
    const dir = tempDir('korpu-demo-plan-none-');
    dirs.push(dir);
    const other = await openTestCore(dir.path);
    try {
      const window = await other.setUp();
      expect(fillDemo(other.core.deps, 20, 3, undefined, { plan: false }).plan).toBeNull();
      expect(await window.call('transformation.list', {})).toEqual([]);
      const own = await window.call('transformation.create', { title: 'Öz planımız', periodStart: '2027-01-01', periodEnd: '2029-12-31', targetModelCodes: ['day_care_centre'] });
      expect(fillDemo(other.core.deps, 20, 4).plan).toBeNull();
      expect((await window.call('transformation.list', {})).map((listed) => listed.id)).toEqual([own.id]);
    } finally {
      other.close();
    }
  });
});

/** The transformation plan's tables after a demo fill of a fresh installation on a pinned clock and id sequence. */
async function planTables(count: number, seed: number): Promise<Record<string, unknown[]>> {
  const dir = tempDir('korpu-demo-plan-same-');
  dirs.push(dir);
  const opened = await openNodeCore(dir.path, { logger: memoryLogger(), clock: fixedClock(TEST_NOW), ids: sequentialIds('same') });
  try {
    const setup = await dispatch('setup.complete', sampleSetup, { deps: opened.deps, sessionId: null, connectionId: 'same', emit: () => undefined });
    expect(setup.ok).toBe(true);
    fillDemo(opened.deps, count, seed);
    const tables = ['transformation_plans', 'plan_target_models', 'plan_revisions', 'plan_phases', 'plan_phase_actions', 'plan_action_dependencies'];
    const more = ['plan_evidence_notes', 'plan_new_services', 'plan_trainings', 'plan_budget_lines', 'plan_building_items', 'plan_indicator_targets'];
    const sqlite = opened.deps.db.$client;
    return Object.fromEntries([...tables, ...more].map((table) => [table, sqlite.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()]));
  } finally {
    opened.close();
  }
}

describe('the demo transformation plan, made twice', () => {
  it('is the same for the same seed and day', async () => {
    const first = await planTables(40, 5);
    expect(first.plan_revisions).toHaveLength(2);
    expect(first.plan_evidence_notes!.length).toBeGreaterThan(10);
    expect(await planTables(40, 5)).toEqual(first);
  });
});
