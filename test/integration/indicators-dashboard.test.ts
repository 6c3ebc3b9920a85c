import { afterEach, describe, expect, it } from 'vitest';

import type { AuditEntityType } from '../../src-main/contract/audit';
import type { Envelope, FieldIssue } from '../../src-main/contract/errors';
import type { IndicatorCode } from '../../src-main/contract/indicator-catalogue';
import type { IndicatorDashboard } from '../../src-main/contract/indicators';
import type { ProcedureOutput } from '../../src-main/contract/procedures';
import type { ResidentRecord } from '../../src-main/contract/residents';
import { childInput } from '../helpers/residents';
import type { TestConnection, TestCore } from '../helpers/temp-core';
import { openTestCore, sampleSetup, tempDir, TEST_NOW, USER_PASSWORD } from '../helpers/temp-core';

const opened: TestCore[] = [];
const dirs: { cleanup(): void }[] = [];
afterEach(() => {
  opened.splice(0).forEach((core) => core.close());
  dirs.splice(0).forEach((dir) => dir.cleanup());
});

type Plan = ProcedureOutput<'transformation.create'>;

/** An installation (the clock at TEST_NOW, 2026-11-25) with the director signed in and a staff member. */
async function installation() {
  const dir = tempDir('korpu-indicator-dashboard-');
  dirs.push(dir);
  const core = await openTestCore(dir.path);
  opened.push(core);
  const director = await core.setUp();
  await core.addUser(director, 'kamran', 'staff');
  await core.addUser(director, 'nigar', 'viewer');
  return { core, director };
}

/**
 * A window signed in as `login` at `instant`: the clock moves there (what is recorded now is dated
 * then), and windows idle since an earlier instant would be locked.
 */
async function signedInAt(core: TestCore, instant: string, login: string = sampleSetup.director.login): Promise<TestConnection> {
  core.clock.set(new Date(instant));
  const window = core.connection();
  await window.signIn(login, login === sampleSetup.director.login ? sampleSetup.director.password : USER_PASSWORD);
  return window;
}

function admit(window: TestConnection, firstName: string, birthDate: string, admissionDate: string): Promise<ResidentRecord> {
  return window.call('residents.create', childInput({ surname: `${firstName}ov`, firstName, birthDate, admissionDate }));
}

/** A leaving to a family (reintegration) or, for `transfer`, to another institution. */
async function leave(window: TestConnection, child: ResidentRecord, exitTypeCode: 'reintegration' | 'transfer', exitDate: string): Promise<void> {
  const transfer = exitTypeCode === 'transfer';
  const record = await window.call('residents.get', { id: child.id });
  await window.call('placements.exit', {
    residentId: record.id,
    version: record.version,
    exitTypeCode,
    exitDate,
    decision: { bodyCode: transfer ? 'ministry_of_education' : 'guardianship_authority', number: null, date: exitDate },
    destination: transfer
      ? { kind: 'institution', name: 'Gəncə şəhəri 2 nömrəli uşaq evi', phone: null, address: null }
      : { kind: 'person', name: 'Həsənova Səbinə', phone: null, address: null },
    note: null,
  });
}

function createPlan(window: TestConnection, periodStart = '2026-04-01'): Promise<Plan> {
  return window.call('transformation.create', {
    title: 'Transformasiya planı 2026–2028',
    periodStart,
    periodEnd: '2028-12-31',
    targetModelCodes: ['day_care_centre'],
  });
}

/**
 * Four children in residence when the plan is made on 2026-03-10 (its baseline month is March; its
 * period starts in April); the clock then back at 2026-11-25 with the director on a fresh window.
 */
async function planWithChildren() {
  const { core } = await installation();
  const inMarch = await signedInAt(core, '2026-03-10T09:00:00.000Z');
  const children = {
    aysel: await admit(inMarch, 'Aysel', '2016-05-01', '2025-09-01'),
    elvin: await admit(inMarch, 'Elvin', '2017-02-11', '2025-10-01'),
    samir: await admit(inMarch, 'Samir', '2015-03-14', '2026-01-15'),
    leyla: await admit(inMarch, 'Leyla', '2013-01-15', '2026-02-01'),
  };
  const plan = await createPlan(inMarch);
  const director = await signedInAt(core, TEST_NOW.toISOString());
  return { core, director, plan, children };
}

function indicator(board: IndicatorDashboard, code: IndicatorCode) {
  const found = board.computed.find((candidate) => candidate.code === code);
  expect(found, code).toBeDefined();
  return found!;
}

/** The series' values in month order. */
function values(board: IndicatorDashboard, code: IndicatorCode): (number | null)[] {
  return indicator(board, code).series.map((point) => point.value);
}

async function failure(reply: Promise<Envelope<unknown>>): Promise<{ code: string; issues: FieldIssue[] }> {
  const envelope = await reply;
  expect(envelope.ok).toBe(false);
  const error = envelope.ok ? null : envelope.error;
  return { code: error?.code ?? '', issues: error?.details?.issues ?? [] };
}

/** The audit entries about `entityType`, oldest first. */
async function audited(director: TestConnection, entityType: AuditEntityType) {
  const { entries } = await director.call('audit.list', { filter: { entityType } });
  return entries.reverse();
}

describe('the indicator dashboard of a plan', () => {
  it('covers the months from the baseline month to this one, the baseline being that month’s value and the current this month’s', async () => {
    const { director, plan, children } = await planWithChildren();
    await leave(director, children.aysel, 'reintegration', '2026-05-10');
    await leave(director, children.elvin, 'transfer', '2026-05-20');
    await admit(director, 'Orxan', '2018-06-06', '2026-07-01');

    const board = await director.call('indicators.get', { planId: plan.id });
    expect(board).toMatchObject({ planId: plan.id, fromMonth: '2026-03', toMonth: '2026-11', baselineMonth: '2026-03' });
    expect(indicator(board, 'children_in_residence').series.map((point) => point.month)).toEqual([
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(values(board, 'children_in_residence')).toEqual([4, 4, 2, 2, 3, 3, 3, 3, 3]);
    // The baseline is what the plan counted the day it was made; the number drops as children leave.
    expect(indicator(board, 'children_in_residence')).toMatchObject({ baseline: plan.baseline.total, current: 3, kind: 'records', unit: 'children', higherIsBetter: false });
    expect(plan.baseline.total).toBe(4);
    expect(values(board, 'admissions')).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0]);
    expect(values(board, 'exits_family')).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0]);
    expect(values(board, 'exits_transfer')).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0]);
    expect(values(board, 'exits_other')).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(board.exitsByType.find((month) => month.month === '2026-05')!.types).toEqual([
      { code: 'reintegration', placement: 'family', count: 1 },
      { code: 'transfer', placement: 'transfer', count: 1 },
    ]);
    // Every indicator of the catalogue, in its order, records first.
    expect(board.computed.map((computed) => computed.code)).toEqual([
      'children_in_residence',
      'admissions',
      'diversions',
      'exits_family',
      'exits_transfer',
      'exits_other',
      'plan_coverage',
      'median_time_in_care',
      'placement_breakdowns',
      'exits_disability',
      'staff_retrained',
      'service_capacity_opened',
      'budget_moved_share',
    ]);
    expect(board.computed.every((computed) => computed.target === null)).toBe(true);
    expect(board.manual).toEqual([]);
  });

  it('counts an exit to a family as a family exit and a transfer as a transfer, each changing only its own series', async () => {
    const { director, plan, children } = await planWithChildren();
    const unchangedBut = (before: IndicatorDashboard, after: IndicatorDashboard, changed: readonly IndicatorCode[]) => {
      const exits = ['exits_family', 'exits_transfer', 'exits_other', 'exits_disability', 'admissions', 'diversions'] as const;
      for (const code of exits.filter((candidate) => !changed.includes(candidate))) {
        expect(values(after, code), code).toEqual(values(before, code));
      }
    };
    const start = await director.call('indicators.get', { planId: plan.id });

    await leave(director, children.samir, 'reintegration', '2026-06-03');
    const afterFamily = await director.call('indicators.get', { planId: plan.id });
    unchangedBut(start, afterFamily, ['exits_family']);
    expect(values(afterFamily, 'exits_family')).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0]);
    expect(values(afterFamily, 'children_in_residence')).toEqual([4, 4, 4, 3, 3, 3, 3, 3, 3]);

    await leave(director, children.leyla, 'transfer', '2026-06-20');
    const afterTransfer = await director.call('indicators.get', { planId: plan.id });
    unchangedBut(afterFamily, afterTransfer, ['exits_transfer']);
    expect(values(afterTransfer, 'exits_transfer')).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0]);
    // A transfer is not progress, but the child has left all the same.
    expect(values(afterTransfer, 'children_in_residence')).toEqual([4, 4, 4, 2, 2, 2, 2, 2, 2]);
    expect(indicator(afterTransfer, 'children_in_residence')).toMatchObject({ baseline: 4, current: 2 });
  });

  it('shows the months asked for, with the baseline and the current value even when their months lie outside them', async () => {
    const { director, plan, children } = await planWithChildren();
    await leave(director, children.aysel, 'reintegration', '2026-07-10');
    await leave(director, children.elvin, 'reintegration', '2026-10-02');

    const summer = await director.call('indicators.get', { planId: plan.id, fromMonth: '2026-06', toMonth: '2026-08' });
    expect(summer).toMatchObject({ fromMonth: '2026-06', toMonth: '2026-08', baselineMonth: '2026-03' });
    expect(values(summer, 'children_in_residence')).toEqual([4, 3, 3]);
    expect(indicator(summer, 'children_in_residence')).toMatchObject({ baseline: 4, current: 2 });
    expect(summer.exitsByType.map((month) => month.month)).toEqual(['2026-06', '2026-07', '2026-08']);

    // Only a start: up to this month; only an end before the plan began: that month alone.
    expect(await director.call('indicators.get', { planId: plan.id, fromMonth: '2026-10' })).toMatchObject({ fromMonth: '2026-10', toMonth: '2026-11' });
    expect(await director.call('indicators.get', { planId: plan.id, toMonth: '2025-12' })).toMatchObject({ fromMonth: '2025-12', toMonth: '2025-12' });

    const backwards = await failure(director.invoke('indicators.get', { planId: plan.id, fromMonth: '2026-08', toMonth: '2026-06' }));
    expect(backwards).toEqual({ code: 'VALIDATION_FAILED', issues: [{ path: 'toMonth', message: 'validation.dateRange' }] });
    expect((await failure(director.invoke('indicators.get', { planId: plan.id, fromMonth: '2026-13' }))).issues).toEqual([{ path: 'fromMonth', message: 'validation.month' }]);
    expect((await failure(director.invoke('indicators.get', { planId: 'no-such-plan' }))).code).toBe('NOT_FOUND');
  });

  it('shows at most five years by default, the latest, for a plan whose period began long ago', async () => {
    const { director } = await installation();
    const plan = await createPlan(director, '2019-01-01');
    const board = await director.call('indicators.get', { planId: plan.id });
    expect(board).toMatchObject({ fromMonth: '2021-12', toMonth: '2026-11', baselineMonth: '2026-11' });
    expect(indicator(board, 'admissions').series).toHaveLength(60);
  });

  it('answers for a plan of an institution with no records yet: nobody in residence, no share of nothing', async () => {
    const { core } = await installation();
    const viewer = await signedInAt(core, TEST_NOW.toISOString(), 'nigar');
    const director = await signedInAt(core, TEST_NOW.toISOString());
    const plan = await createPlan(director, '2027-01-01');

    // The plan was made in November for a period from January: from the baseline month.
    const board = await viewer.call('indicators.get', { planId: plan.id });
    expect(board).toMatchObject({ fromMonth: '2026-11', toMonth: '2026-11', baselineMonth: '2026-11', manual: [] });
    expect(indicator(board, 'children_in_residence')).toMatchObject({ baseline: 0, current: 0, series: [{ month: '2026-11', value: 0 }] });
    expect(indicator(board, 'plan_coverage')).toMatchObject({ baseline: null, current: null });
    expect(indicator(board, 'median_time_in_care')).toMatchObject({ baseline: null, current: null });
    expect(indicator(board, 'staff_retrained')).toMatchObject({ baseline: 0, current: 0 });
    expect(indicator(board, 'budget_moved_share')).toMatchObject({ baseline: null, current: null });
    expect(board.exitsByType).toEqual([{ month: '2026-11', types: [] }]);
  });
});

describe('indicators from the plan’s own data', () => {
  it('counts staff retrained, places opened and the share of the budget moved by the dates they were recorded', async () => {
    const { director, plan } = await planWithChildren();
    const register = await director.call('services.save', {
      id: null,
      service: { name: 'Reabilitasiya mərkəzi', typeCode: 'rehabilitation', regionCode: 'baku', address: null, phone: null, capacity: 30, active: true, note: null },
    });
    let now = plan;
    const training = (person: string, completedDate: string | null) => ({
      planId: plan.id,
      id: null,
      training: { person, training: 'Ailəyə dəstək üzrə sosial iş', newRole: 'Sosial işçi', completedDate, hours: null },
    });
    // Leyla's second training does not make her a second person retrained; Rauf's is not done.
    now = await director.call('transformation.saveTraining', { ...training('Leyla Həsənova', '2026-06-15'), version: now.version });
    now = await director.call('transformation.saveTraining', { ...training('Leyla Həsənova', '2026-09-01'), version: now.version });
    now = await director.call('transformation.saveTraining', { ...training('Günay Əliyeva', '2026-09-20'), version: now.version });
    now = await director.call('transformation.saveTraining', { ...training('Rauf Quliyev', null), version: now.version });
    const service = (name: string, capacity: number) => ({
      planId: plan.id,
      id: null,
      service: { name, serviceTypeCode: 'day_care', capacity, plannedOpeningDate: '2026-08-01' },
    });
    now = await director.call('transformation.saveNewService', { ...service('Günərzi qayğı mərkəzi', 25), version: now.version });
    now = await director.call('transformation.saveNewService', { ...service('Reabilitasiya mərkəzi', 20), version: now.version });
    now = await director.call('transformation.saveNewService', { ...service('Kiçik qrup evi', 8), version: now.version });
    const line = (title: string, plannedQepik: number) => ({ planId: plan.id, id: null, line: { title, plannedQepik, movedQepik: 0, movedDate: null } });
    now = await director.call('transformation.saveBudgetLine', { ...line('Mərkəzin işçi xərcləri', 1_000_000_00), version: now.version });
    now = await director.call('transformation.saveBudgetLine', { ...line('Ailəyə dəstək', 3_000_000_00), version: now.version });
    // The day-care centre opens with its planned 25 places; the rehabilitation one is linked to a
    // register entry of 30 places, which count; the small group home has not opened.
    now = await director.call('transformation.openNewService', { id: now.newServices[0]!.id, openedDate: '2026-08-03', serviceId: null });
    now = await director.call('transformation.openNewService', { id: now.newServices[1]!.id, openedDate: '2026-10-10', serviceId: register.id });
    const first = now.budgetLines[0]!;
    await director.call('transformation.saveBudgetLine', {
      planId: plan.id,
      version: now.version,
      id: first.id,
      line: { title: first.title, plannedQepik: first.plannedQepik, movedQepik: 1_000_000_00, movedDate: '2026-08-10' },
    });

    const board = await director.call('indicators.get', { planId: plan.id });
    //                    Mar Apr May Jun Jul Aug Sep Oct Nov
    expect(values(board, 'staff_retrained')).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2]);
    expect(values(board, 'service_capacity_opened')).toEqual([0, 0, 0, 0, 0, 25, 25, 55, 55]);
    expect(values(board, 'budget_moved_share')).toEqual([0, 0, 0, 0, 0, 25, 25, 25, 25]);
    expect(indicator(board, 'staff_retrained')).toMatchObject({ kind: 'plan', unit: 'staff', baseline: 0, current: 2 });
    expect(indicator(board, 'service_capacity_opened')).toMatchObject({ baseline: 0, current: 55 });
    expect(indicator(board, 'budget_moved_share')).toMatchObject({ baseline: 0, current: 25 });
  });
});

describe('targets', () => {
  it('lets the director set, change and clear a target, audited each time, and refuses staff and viewers', async () => {
    const { core, director, plan } = await planWithChildren();
    const staff = await signedInAt(core, TEST_NOW.toISOString(), 'kamran');
    const viewer = await signedInAt(core, TEST_NOW.toISOString(), 'nigar');
    const set = { planId: plan.id, code: 'children_in_residence', target: { value: 0, date: '2028-12-31' } };

    expect((await failure(staff.invoke('indicators.setTarget', set))).code).toBe('FORBIDDEN');
    expect((await failure(viewer.invoke('indicators.setTarget', set))).code).toBe('FORBIDDEN');
    let board = await director.call('indicators.setTarget', set);
    expect(indicator(board, 'children_in_residence').target).toEqual({ value: 0, date: '2028-12-31' });
    // Everyone who reads the plan sees the targets.
    expect(indicator(await staff.call('indicators.get', { planId: plan.id }), 'children_in_residence').target).toEqual({ value: 0, date: '2028-12-31' });

    board = await director.call('indicators.setTarget', { planId: plan.id, code: 'plan_coverage', target: { value: 100, date: '' } });
    expect(indicator(board, 'plan_coverage').target).toEqual({ value: 100, date: null });
    board = await director.call('indicators.setTarget', { ...set, target: { value: 1, date: '2028-06-30' } });
    expect(indicator(board, 'children_in_residence').target).toEqual({ value: 1, date: '2028-06-30' });
    // The same target again changes nothing and records nothing.
    await director.call('indicators.setTarget', { ...set, target: { value: 1, date: '2028-06-30' } });
    board = await director.call('indicators.setTarget', { ...set, target: null });
    expect(indicator(board, 'children_in_residence').target).toBeNull();
    expect(indicator(board, 'plan_coverage').target).toEqual({ value: 100, date: null });

    const entries = await audited(director, 'indicator_target');
    expect(entries.map((entry) => [entry.action, entry.entityId, entry.actorLogin, entry.procedure])).toEqual([
      ['create', plan.id, 'aynur', 'indicators.setTarget'],
      ['create', plan.id, 'aynur', 'indicators.setTarget'],
      ['update', plan.id, 'aynur', 'indicators.setTarget'],
      ['delete', plan.id, 'aynur', 'indicators.setTarget'],
    ]);
    expect(entries[0]!.changes).toEqual({
      'children_in_residence.value': { before: null, after: 0 },
      'children_in_residence.date': { before: null, after: '2028-12-31' },
    });
    expect(entries[2]!.changes).toEqual({
      'children_in_residence.value': { before: 0, after: 1 },
      'children_in_residence.date': { before: '2028-12-31', after: '2028-06-30' },
    });
    expect(entries[3]!.changes).toEqual({
      'children_in_residence.value': { before: 1, after: null },
      'children_in_residence.date': { before: '2028-06-30', after: null },
    });
  });

  it('refuses a percentage over 100, a date before the baseline, an unknown indicator and a completed plan', async () => {
    const { director, plan } = await planWithChildren();
    const percent = await failure(director.invoke('indicators.setTarget', { planId: plan.id, code: 'plan_coverage', target: { value: 120, date: null } }));
    expect(percent).toEqual({ code: 'VALIDATION_FAILED', issues: [{ path: 'target.value', message: 'validation.percentRange' }] });
    const early = await failure(director.invoke('indicators.setTarget', { planId: plan.id, code: 'admissions', target: { value: 2, date: '2026-03-09' } }));
    expect(early.issues).toEqual([{ path: 'target.date', message: 'validation.targetBeforeBaseline' }]);
    const unknown = await failure(director.invoke('indicators.setTarget', { planId: plan.id, code: 'happiness', target: { value: 2, date: null } }));
    expect(unknown.issues).toEqual([{ path: 'code', message: 'validation.notAllowed' }]);
    expect((await failure(director.invoke('indicators.setTarget', { planId: 'no-such-plan', code: 'admissions', target: null }))).code).toBe('NOT_FOUND');
    expect(await audited(director, 'indicator_target')).toEqual([]);

    let now = await director.call('transformation.approve', { id: plan.id, version: plan.version });
    now = await director.call('transformation.start', { id: plan.id, version: now.version });
    await director.call('indicators.setTarget', { planId: plan.id, code: 'exits_family', target: { value: 10, date: '2028-12-31' } });
    await director.call('transformation.complete', { id: plan.id, version: now.version });
    const completed = await failure(director.invoke('indicators.setTarget', { planId: plan.id, code: 'exits_family', target: null }));
    expect(completed.issues).toEqual([{ path: 'planId', message: 'validation.planCompleted' }]);
    // A completed plan still reads, its targets with it.
    const board = await director.call('indicators.get', { planId: plan.id });
    expect(indicator(board, 'exits_family').target).toEqual({ value: 10, date: '2028-12-31' });
    expect(indicator(board, 'children_in_residence')).toMatchObject({ baseline: 4, current: 4 });
  });
});

describe('indicators kept by hand', () => {
  const families = {
    id: null,
    name: 'Dəstək alan ailələr',
    unit: 'ailə',
    higherIsBetter: true,
    baseline: 3,
    target: { value: 40, date: '2027-12-31' },
  };

  it('are added, changed and given monthly values by the director, shown over the same months, marked by the month of their latest value', async () => {
    const { core, director, plan } = await planWithChildren();
    const staff = await signedInAt(core, TEST_NOW.toISOString(), 'kamran');
    expect((await failure(staff.invoke('indicators.saveManual', { ...families, planId: plan.id }))).code).toBe('FORBIDDEN');

    let board = await director.call('indicators.saveManual', { ...families, planId: plan.id });
    const [added] = board.manual;
    expect(added).toMatchObject({ name: 'Dəstək alan ailələr', unit: 'ailə', higherIsBetter: true, baseline: 3, target: { value: 40, date: '2027-12-31' }, current: null, currentMonth: null });
    expect(added!.series.map((point) => point.value)).toEqual([null, null, null, null, null, null, null, null, null]);
    expect((await failure(staff.invoke('indicators.recordManualValue', { id: added!.id, month: '2026-09', value: 10 }))).code).toBe('FORBIDDEN');

    await director.call('indicators.recordManualValue', { id: added!.id, month: '2026-05', value: 6 });
    await director.call('indicators.recordManualValue', { id: added!.id, month: '2026-09', value: 10 });
    await director.call('indicators.recordManualValue', { id: added!.id, month: '2026-09', value: 12.5 });
    await director.call('indicators.recordManualValue', { id: added!.id, month: '2026-05', value: null });
    await director.call('indicators.saveManual', {
      ...families,
      planId: plan.id,
      id: added!.id,
      name: 'Dəstək alan ailələrin sayı',
      unit: '',
      target: null,
    });
    // A month before the plan's months is kept, and shows when those months are asked for.
    await director.call('indicators.recordManualValue', { id: added!.id, month: '2025-12', value: 2 });
    board = await staff.call('indicators.get', { planId: plan.id });
    expect(board.manual).toEqual([
      {
        id: added!.id,
        name: 'Dəstək alan ailələrin sayı',
        unit: null,
        higherIsBetter: true,
        baseline: 3,
        target: null,
        current: 12.5,
        currentMonth: '2026-09',
        series: board.computed[0]!.series.map((point) => ({ month: point.month, value: point.month === '2026-09' ? 12.5 : null })),
      },
    ]);
    const december = await director.call('indicators.get', { planId: plan.id, fromMonth: '2025-12', toMonth: '2026-01' });
    expect(december.manual[0]!.series).toEqual([
      { month: '2025-12', value: 2 },
      { month: '2026-01', value: null },
    ]);

    const entries = await audited(director, 'manual_indicator');
    expect(entries.map((entry) => [entry.action, entry.entityId])).toEqual([
      ['create', added!.id],
      ['update', added!.id],
    ]);
    expect(entries[0]!.changes).toMatchObject({ planId: { before: null, after: plan.id }, name: { before: null, after: 'Dəstək alan ailələr' }, targetValue: { before: null, after: 40 } });
    expect(entries[1]!.changes).toEqual({
      name: { before: 'Dəstək alan ailələr', after: 'Dəstək alan ailələrin sayı' },
      unit: { before: 'ailə', after: null },
      targetValue: { before: 40, after: null },
      targetDate: { before: '2027-12-31', after: null },
    });
    const valueEntries = await audited(director, 'manual_indicator_value');
    expect(valueEntries.map((entry) => [entry.action, entry.entityId, entry.changes])).toEqual([
      ['create', added!.id, { '2026-05': { before: null, after: 6 } }],
      ['create', added!.id, { '2026-09': { before: null, after: 10 } }],
      ['update', added!.id, { '2026-09': { before: 10, after: 12.5 } }],
      ['delete', added!.id, { '2026-05': { before: 6, after: null } }],
      ['create', added!.id, { '2025-12': { before: null, after: 2 } }],
    ]);
  });

  it('refuses a name the plan already has, a month still to come, a target date before the baseline and an unknown indicator', async () => {
    const { director, plan } = await planWithChildren();
    const board = await director.call('indicators.saveManual', { ...families, planId: plan.id });
    const id = board.manual[0]!.id;
    const again = await failure(director.invoke('indicators.saveManual', { ...families, planId: plan.id, name: 'DƏSTƏK ALAN AİLƏLƏR' }));
    expect(again).toEqual({ code: 'VALIDATION_FAILED', issues: [{ path: 'name', message: 'validation.indicatorNameTaken' }] });
    // Its own name is no clash.
    await director.call('indicators.saveManual', { ...families, planId: plan.id, id, baseline: 4 });
    const early = await failure(director.invoke('indicators.saveManual', { ...families, planId: plan.id, name: 'Könüllülər', target: { value: 5, date: '2026-01-31' } }));
    expect(early.issues).toEqual([{ path: 'target.date', message: 'validation.targetBeforeBaseline' }]);
    const future = await failure(director.invoke('indicators.recordManualValue', { id, month: '2026-12', value: 20 }));
    expect(future.issues).toEqual([{ path: 'month', message: 'validation.monthInFuture' }]);
    expect((await failure(director.invoke('indicators.recordManualValue', { id: 'no-such-indicator', month: '2026-10', value: 1 }))).code).toBe('NOT_FOUND');
    expect((await failure(director.invoke('indicators.saveManual', { ...families, planId: plan.id, id: 'no-such-indicator' }))).code).toBe('NOT_FOUND');
    expect((await director.call('indicators.get', { planId: plan.id })).manual.map((manual) => [manual.name, manual.baseline])).toEqual([['Dəstək alan ailələr', 4]]);
  });
});
