import { afterEach, describe, expect, it } from 'vitest';

import type { Envelope, FieldIssue } from '../../src-main/contract/errors';
import { contractMessages } from '../../src-main/contract/messages';
import type { ProcedureOutput } from '../../src-main/contract/procedures';
import { planComponents } from '../../src-main/contract/transformation';
import { childInput } from '../helpers/residents';
import type { TestConnection, TestCore } from '../helpers/temp-core';
import { openTestCore, tempDir } from '../helpers/temp-core';

const opened: TestCore[] = [];
const dirs: { cleanup(): void }[] = [];
afterEach(() => {
  opened.splice(0).forEach((core) => core.close());
  dirs.splice(0).forEach((dir) => dir.cleanup());
});

/** The test clock's day. */
const TODAY = '2026-11-25';

type Plan = ProcedureOutput<'transformation.create'>;

async function installation(): Promise<{ core: TestCore; director: TestConnection }> {
  const dir = tempDir('korpu-transformation-');
  dirs.push(dir);
  const core = await openTestCore(dir.path);
  opened.push(core);
  return { core, director: await core.setUp() };
}

const planFields = (overrides: Record<string, unknown> = {}) => ({
  title: 'Uşaq evinin ailə əsaslı sosial xidmət mərkəzinə çevrilməsi',
  periodStart: '2027-01-01',
  periodEnd: '2029-12-31',
  targetModelCodes: ['family_support', 'day_care_centre'],
  ...overrides,
});

const noFacts = {
  staff: { total: null, care: null, teachers: null, medical: null, other: null },
  budget: { year: null, annualQepik: null },
  building: { places: null, floorAreaM2: null, buildings: null, condition: null },
};

async function failure(reply: Promise<Envelope<unknown>>): Promise<{ code: string; issues: FieldIssue[] }> {
  const envelope = await reply;
  expect(envelope.ok).toBe(false);
  const error = envelope.ok ? null : envelope.error;
  return { code: error?.code ?? '', issues: error?.details?.issues ?? [] };
}

const actionsOf = (plan: Plan) => plan.phases.flatMap((phase) => phase.actions);

/** An action's planned fields as saveAction takes them, with some changed. */
const plannedFields = (action: Plan['phases'][number]['actions'][number], overrides: Record<string, unknown> = {}) => ({
  phaseId: action.phaseId,
  title: action.title,
  owner: action.owner,
  startDate: action.startDate,
  dueDate: action.dueDate,
  milestone: action.milestone,
  dependsOn: action.dependsOn,
  ...overrides,
});

describe('starting a transformation plan', () => {
  it('lays out the nine components of the template in order, each with default actions, as a draft', async () => {
    const { director } = await installation();
    expect(await director.call('transformation.get', {})).toBeNull();
    const plan = await director.call('transformation.create', planFields());

    expect(plan).toMatchObject({
      version: 1,
      status: 'draft',
      title: planFields().title,
      targetModelCodes: ['day_care_centre', 'family_support'],
      facts: noFacts,
      revision: 1,
      unapprovedChanges: true,
      approval: null,
      createdByName: 'Aynur Məmmədova',
      newServices: [],
      trainings: [],
      budgetLines: [],
      buildingItems: [],
    });
    expect(plan.phases.map((phase) => [phase.componentCode, phase.customTitle])).toEqual(planComponents.map((code) => [code, null]));
    for (const phase of plan.phases) {
      expect(phase.actions.length, phase.componentCode ?? '').toBeGreaterThanOrEqual(2);
      for (const action of phase.actions) {
        expect(action).toMatchObject({ status: 'not_started', progress: 0, owner: null, dependsOn: [], overdue: false, notes: [], files: [] });
        // A first schedule within the plan's period, for the director to move.
        expect(action.startDate! >= '2027-01-01' && action.startDate! <= action.dueDate! && action.dueDate! <= '2029-12-31', action.title).toBe(true);
      }
    }
    const [first] = plan.phases[0]!.actions;
    expect([first!.startDate, first!.dueDate]).toEqual(['2027-01-01', '2027-03-08']);
    const [, annualReport] = plan.phases[8]!.actions;
    expect([annualReport!.startDate, annualReport!.dueDate, annualReport!.milestone]).toEqual(['2029-09-13', '2029-12-31', true]);
    // The template's names are there for the screens, the PDF and the command line, in every language.
    for (const language of ['az', 'ru', 'en'] as const) {
      const names: Record<string, string> = contractMessages[language].transformationComponents;
      expect(planComponents.filter((code) => (names[code] ?? '').trim() === ''), language).toEqual([]);
    }
    expect(await director.call('transformation.get', {})).toEqual(plan);
    expect(await director.call('transformation.get', { id: plan.id })).toEqual(plan);
    expect(await director.call('transformation.list', {})).toEqual([
      { id: plan.id, title: plan.title, periodStart: '2027-01-01', periodEnd: '2029-12-31', status: 'draft', createdAt: plan.createdAt, approvedRevision: null },
    ]);
  });

  it('refuses a second plan while one is not completed, an empty title, no model, an unknown model and a period ending before it starts', async () => {
    const { director } = await installation();
    const invalid = await failure(director.invoke('transformation.create', planFields({ title: ' ', targetModelCodes: [], periodEnd: '2026-12-31' })));
    expect(invalid).toEqual({
      code: 'VALIDATION_FAILED',
      issues: [
        { path: 'title', message: 'validation.required', params: { limit: 1 } },
        { path: 'targetModelCodes', message: 'validation.chooseAtLeastOne', params: { limit: 1 } },
        { path: 'periodEnd', message: 'validation.dateRange' },
      ],
    });
    const unknown = await failure(director.invoke('transformation.create', planFields({ targetModelCodes: ['orphanage'] })));
    expect(unknown.issues).toEqual([{ path: 'targetModelCodes', message: 'validation.unknownCode' }]);

    await director.call('transformation.create', planFields());
    const second = await failure(director.invoke('transformation.create', planFields({ title: 'İkinci plan' })));
    expect(second).toEqual({ code: 'VALIDATION_FAILED', issues: [{ path: '', message: 'validation.transformationPlanOpen' }] });
    expect(await director.call('transformation.list', {})).toHaveLength(1);
  });

  it('seeds the target service models in every language', async () => {
    const { director } = await installation();
    const models = await director.call('reference.list', { kind: 'service_model' });
    expect(models.map((item) => [item.code, item.labels.az])).toEqual([
      ['day_care_centre', 'Günərzi qayğı mərkəzi'],
      ['rehabilitation_centre', 'Reabilitasiya-inkişaf mərkəzi'],
      ['small_group_home', 'Ailə tipli kiçik qrup evi'],
      ['general_school', 'Ümumtəhsil məktəbi'],
      ['family_support', 'Ailəyə dəstək xidməti'],
      ['foster_care_service', 'Himayədar ailə xidməti'],
    ]);
    expect(models.find((item) => item.code === 'foster_care_service')?.labels).toEqual({
      az: 'Himayədar ailə xidməti',
      ru: 'Служба приёмных семей',
      en: 'Foster care service',
    });
  });
});

describe('the baseline', () => {
  it('counts the children in care on the day the plan is made, as the records say, and keeps those counts', async () => {
    const { director } = await installation();
    const kamran = await director.call('residents.create', childInput({ firstName: 'Kamran', birthDate: '2015-03-14' }));
    const leyla = await director.call('residents.create', {
      ...childInput({ firstName: 'Leyla', sex: 'female', birthDate: '2022-05-01', legalStatusCode: 'with_parents_social', disability: true }),
      admission: { ...childInput().admission, reasonCodes: ['poverty', 'child_disability'] },
    });
    const aysel = await director.call('residents.create', childInput({ firstName: 'Aysel', sex: 'female', birthDate: '2009-01-20' }));
    const murad = await director.call('residents.create', childInput({ firstName: 'Murad', birthDate: '2012-07-07' }));
    // Aysel is in hospital for a while: still in the institution's care. Murad has gone home.
    await director.call('residents.setAbsence', { id: aysel.id, version: aysel.version, absent: true, note: 'Xəstəxanada' });
    await director.call('placements.exit', {
      residentId: murad.id,
      version: murad.version,
      exitTypeCode: 'reintegration',
      exitDate: '2026-10-01',
      decision: { bodyCode: 'guardianship_authority', number: 'Q-5/2026', date: '2026-10-01' },
      destination: { kind: 'person', name: 'Əliyeva Nərgiz', phone: null, address: null },
      note: null,
    });
    // Family contact: Kamran's grandmother visited in June; Leyla's last contact was more than a year ago.
    const visit = (residentId: string, date: string) => ({ residentId, entry: { date, kind: 'visit', familyMemberId: null, personName: 'Nənə', note: null } });
    await director.call('contacts.add', visit(kamran.id, '2026-06-01'));
    await director.call('contacts.add', visit(leyla.id, '2025-11-25'));
    await director.call('contacts.add', visit(murad.id, '2026-09-01'));

    const plan = await director.call('transformation.create', planFields());
    const expected = {
      asOf: TODAY,
      total: 3,
      byAgeGroup: [
        { group: '0-2', male: 0, female: 0 },
        { group: '3-6', male: 0, female: 1 },
        { group: '7-10', male: 0, female: 0 },
        { group: '11-14', male: 1, female: 0 },
        { group: '15-17', male: 0, female: 1 },
        { group: '18+', male: 0, female: 0 },
      ],
      withDisability: 1,
      byLegalStatus: [
        { code: 'orphan', count: 2 },
        { code: 'with_parents_social', count: 1 },
      ],
      byAdmissionReason: [
        { code: 'poverty', count: 1 },
        { code: 'child_disability', count: 1 },
        { code: 'parental_care_loss', count: 2 },
      ],
      withFamilyContact: 1,
    };
    expect(plan.baseline).toEqual(expected);

    // Later records change the institution, not the plan's baseline.
    await director.call('residents.create', childInput({ firstName: 'Elvin', birthDate: '2020-02-02' }));
    await director.call('contacts.add', visit(leyla.id, TODAY));
    expect((await director.call('transformation.get', { id: plan.id }))?.baseline).toEqual(expected);
  });
});

describe("the director's facts", () => {
  it('are saved and changed under the plan version, and add up', async () => {
    const { director } = await installation();
    const plan = await director.call('transformation.create', planFields());
    const facts = {
      staff: { total: 60, care: 30, teachers: 15, medical: 5, other: 10 },
      budget: { year: 2026, annualQepik: 1_250_000_00 },
      building: { places: 120, floorAreaM2: 2400.5, buildings: 2, condition: 'Yataq korpusu təmir tələb edir' },
    };
    const saved = await director.call('transformation.saveFacts', { id: plan.id, version: plan.version, facts });
    expect(saved).toMatchObject({ version: 2, facts });

    const changed = await director.call('transformation.saveFacts', {
      id: plan.id,
      version: saved.version,
      facts: { ...facts, staff: { total: 58, care: 28, teachers: 15, medical: 5, other: 10 }, building: { ...facts.building, condition: '' } },
    });
    expect(changed.facts.staff.total).toBe(58);
    expect(changed.facts.building.condition).toBeNull();

    const stale = await failure(director.invoke('transformation.saveFacts', { id: plan.id, version: saved.version, facts }));
    expect(stale.code).toBe('CONFLICT');
    const wrong = await failure(
      director.invoke('transformation.saveFacts', {
        id: plan.id,
        version: changed.version,
        facts: { ...facts, staff: { ...facts.staff, total: 50 }, budget: { year: 1990, annualQepik: -1 }, building: { ...facts.building, floorAreaM2: 10.005 } },
      }),
    );
    expect(wrong.issues).toEqual([
      { path: 'facts.staff.total', message: 'validation.staffSum' },
      { path: 'facts.budget.year', message: 'validation.yearRange', params: { limit: 2000 } },
      { path: 'facts.budget.annualQepik', message: 'validation.notNegative', params: { limit: 0 } },
      { path: 'facts.building.floorAreaM2', message: 'validation.invalid' },
    ]);
    expect((await director.call('transformation.get', {}))?.facts.staff.total).toBe(58);
  });
});

describe('approving and revising the plan', () => {
  it('freezes the approved content; a later change shows as unapproved and in the comparison, until approved again', async () => {
    const { director } = await installation();
    const draft = await director.call('transformation.create', planFields());
    const approved = await director.call('transformation.approve', { id: draft.id, version: draft.version });
    expect(approved).toMatchObject({ status: 'approved', revision: 1, unapprovedChanges: false, approval: { number: 1, approvedByName: 'Aynur Məmmədova' } });
    expect(await director.call('transformation.revisions', { id: draft.id })).toEqual([approved.approval]);
    const nothing = await failure(director.invoke('transformation.approve', { id: draft.id, version: approved.version }));
    expect(nothing).toEqual({ code: 'VALIDATION_FAILED', issues: [{ path: 'id', message: 'validation.nothingToApprove' }] });

    const renamed = await director.call('transformation.update', {
      id: draft.id,
      version: approved.version,
      plan: planFields({ title: 'Yeni xidmətlər mərkəzi — 2027–2030', periodEnd: '2030-06-30' }),
    });
    const first = actionsOf(renamed)[0]!;
    const dated = await director.call('transformation.saveAction', { planId: draft.id, version: renamed.version, id: first.id, action: plannedFields(first, { dueDate: '2027-03-01' }) });
    expect(dated).toMatchObject({ status: 'approved', revision: 2, unapprovedChanges: true, approval: { number: 1 } });

    const frozen = await director.call('transformation.revision', { id: draft.id, number: 1 });
    expect(frozen.snapshot).toMatchObject({ title: planFields().title, periodEnd: '2029-12-31' });
    expect(frozen.snapshot.actions.find((action) => action.id === first.id)?.dueDate).toBe('2027-03-08');

    const diff = await director.call('transformation.compare', { id: draft.id, from: 1, to: 'current' });
    expect(diff.plan).toEqual([
      { field: 'title', before: planFields().title, after: 'Yeni xidmətlər mərkəzi — 2027–2030' },
      { field: 'periodEnd', before: '2029-12-31', after: '2030-06-30' },
    ]);
    expect(diff.sections.find((section) => section.section === 'actions')).toEqual({
      section: 'actions',
      added: [],
      removed: [],
      changed: [{ id: first.id, label: first.title, changes: [{ field: 'dueDate', before: '2027-03-08', after: '2027-03-01' }] }],
    });

    const again = await director.call('transformation.approve', { id: draft.id, version: dated.version });
    expect(again).toMatchObject({ status: 'approved', revision: 2, unapprovedChanges: false, approval: { number: 2 } });
    expect(await director.call('transformation.compare', { id: draft.id, from: 1, to: 2 })).toEqual({ ...diff, toRevision: 2 });
    expect((await director.call('transformation.revision', { id: draft.id, number: 1 })).snapshot).toEqual(frozen.snapshot);
    expect((await failure(director.invoke('transformation.revision', { id: draft.id, number: 3 }))).code).toBe('NOT_FOUND');
  });

  it('moves through its statuses in order, takes a newer approval while in progress, and is closed once completed', async () => {
    const { director } = await installation();
    const draft = await director.call('transformation.create', planFields());
    const early = await failure(director.invoke('transformation.start', { id: draft.id, version: draft.version }));
    expect(early.issues).toEqual([{ path: 'id', message: 'validation.planStatus' }]);
    const approved = await director.call('transformation.approve', { id: draft.id, version: draft.version });
    const started = await director.call('transformation.start', { id: draft.id, version: approved.version });
    expect(started).toMatchObject({ status: 'in_progress', startedAt: '2026-11-25T09:00:00.000Z' });

    const line = { title: 'Günərzi mərkəzin işçi xərcləri', plannedQepik: 4_800_000_00, movedQepik: 0, movedDate: null };
    const withLine = await director.call('transformation.saveBudgetLine', { planId: draft.id, version: started.version, id: null, line });
    expect(withLine).toMatchObject({ revision: 2, unapprovedChanges: true });
    const newer = await director.call('transformation.approve', { id: draft.id, version: withLine.version });
    expect(newer).toMatchObject({ status: 'in_progress', revision: 2, unapprovedChanges: false });

    const done = await director.call('transformation.complete', { id: draft.id, version: newer.version });
    expect(done).toMatchObject({ status: 'completed', completedAt: '2026-11-25T09:00:00.000Z' });
    expect(await director.call('transformation.get', {})).toBeNull();
    const closed = await failure(director.invoke('transformation.update', { id: draft.id, version: done.version, plan: planFields({ title: 'Sonra' }) }));
    expect(closed).toEqual({ code: 'VALIDATION_FAILED', issues: [{ path: 'id', message: 'validation.planCompleted' }] });
    const progress = await failure(
      director.invoke('transformation.setActionProgress', { actionId: actionsOf(done)[0]!.id, status: 'done', progress: 100 }),
    );
    expect(progress.issues).toEqual([{ path: 'actionId', message: 'validation.planCompleted' }]);

    // The next plan can begin once this one is completed.
    const next = await director.call('transformation.create', planFields({ title: 'Növbəti mərhələ', periodStart: '2030-01-01', periodEnd: '2031-12-31' }));
    expect((await director.call('transformation.list', {})).map((plan) => [plan.id, plan.status, plan.approvedRevision])).toEqual([
      [next.id, 'draft', null],
      [draft.id, 'completed', 2],
    ]);
  });
});

describe('phases and actions', () => {
  it('adds, renames, reorders and removes phases; a phase with actions stays', async () => {
    const { director } = await installation();
    let plan = await director.call('transformation.create', planFields());
    plan = await director.call('transformation.savePhase', { planId: plan.id, version: plan.version, id: null, title: 'Qəyyumluq orqanları ilə razılaşma' });
    const added = plan.phases.at(-1)!;
    expect(added).toMatchObject({ componentCode: null, customTitle: 'Qəyyumluq orqanları ilə razılaşma', actions: [] });
    const baseline = plan.phases[0]!;
    plan = await director.call('transformation.savePhase', { planId: plan.id, version: plan.version, id: baseline.id, title: 'Vəziyyətin təhlili' });
    expect(plan.phases[0]).toMatchObject({ componentCode: 'baseline', customTitle: 'Vəziyyətin təhlili' });
    plan = await director.call('transformation.savePhase', { planId: plan.id, version: plan.version, id: baseline.id, title: null });
    expect(plan.phases[0]!.customTitle).toBeNull();
    const untitled = await failure(director.invoke('transformation.savePhase', { planId: plan.id, version: plan.version, id: added.id, title: '' }));
    expect(untitled.issues).toEqual([{ path: 'title', message: 'validation.required' }]);

    const order = plan.phases.map((phase) => phase.id);
    const reordered = [added.id, ...order.filter((id) => id !== added.id)];
    plan = await director.call('transformation.reorderPhases', { planId: plan.id, version: plan.version, phaseIds: reordered });
    expect(plan.phases.map((phase) => phase.id)).toEqual(reordered);
    const partial = await failure(director.invoke('transformation.reorderPhases', { planId: plan.id, version: plan.version, phaseIds: reordered.slice(1) }));
    expect(partial.issues).toEqual([{ path: 'phaseIds', message: 'validation.phaseOrder' }]);

    const busy = await failure(director.invoke('transformation.removePhase', { planId: plan.id, version: plan.version, id: baseline.id }));
    expect(busy.issues).toEqual([{ path: 'id', message: 'validation.phaseNotEmpty' }]);
    plan = await director.call('transformation.removePhase', { planId: plan.id, version: plan.version, id: added.id });
    expect(plan.phases.map((phase) => phase.componentCode)).toEqual([...planComponents]);
  });

  it('adds actions with owners, dates and milestones, and refuses dependencies that loop', async () => {
    const { director } = await installation();
    let plan = await director.call('transformation.create', planFields());
    const [staff, services] = [plan.phases[4]!, plan.phases[3]!];
    const base = { owner: 'Sevinc Quliyeva', startDate: '2027-01-10', dueDate: '2027-03-31', milestone: false, dependsOn: [] };
    plan = await director.call('transformation.saveAction', { planId: plan.id, version: plan.version, id: null, action: { ...base, phaseId: staff.id, title: 'Təlim proqramını seçmək' } });
    const a = plan.phases[4]!.actions.at(-1)!;
    plan = await director.call('transformation.saveAction', {
      planId: plan.id,
      version: plan.version,
      id: null,
      action: { ...base, phaseId: staff.id, title: 'Tərbiyəçiləri yenidən hazırlamaq', dependsOn: [a.id] },
    });
    const b = plan.phases[4]!.actions.at(-1)!;
    plan = await director.call('transformation.saveAction', {
      planId: plan.id,
      version: plan.version,
      id: null,
      action: { ...base, phaseId: services.id, title: 'Ailəyə dəstək xidmətini açmaq', milestone: true, dependsOn: [b.id] },
    });
    const c = plan.phases[3]!.actions.at(-1)!;
    expect(c).toMatchObject({ title: 'Ailəyə dəstək xidmətini açmaq', owner: 'Sevinc Quliyeva', milestone: true, dependsOn: [b.id], status: 'not_started' });

    const save = (action: typeof a, overrides: Record<string, unknown>) =>
      failure(director.invoke('transformation.saveAction', { planId: plan.id, version: plan.version, id: action.id, action: plannedFields(action, overrides) }));
    expect((await save(a, { dependsOn: [c.id] })).issues).toEqual([{ path: 'action.dependsOn', message: 'validation.dependencyCycle' }]);
    expect((await save(b, { dependsOn: [a.id, b.id] })).issues).toEqual([{ path: 'action.dependsOn', message: 'validation.dependsOnSelf' }]);
    expect((await save(b, { dependsOn: ['no-such-action'] })).issues).toEqual([{ path: 'action.dependsOn', message: 'validation.unknownAction' }]);
    expect((await save(a, { phaseId: 'elsewhere' })).issues).toEqual([{ path: 'action.phaseId', message: 'validation.unknownPhase' }]);
    expect((await save(a, { startDate: '2027-04-01' })).issues).toEqual([{ path: 'action.dueDate', message: 'validation.dateRange' }]);

    // Moving an action to another phase; a phase's actions keep the order they were added in.
    plan = await director.call('transformation.saveAction', { planId: plan.id, version: plan.version, id: a.id, action: plannedFields(a, { phaseId: services.id }) });
    expect(plan.phases[3]!.actions.slice(-2).map((action) => action.id)).toEqual([a.id, c.id]);

    const needed = await failure(director.invoke('transformation.removeItem', { planId: plan.id, version: plan.version, section: 'action', id: b.id }));
    expect(needed.issues).toEqual([{ path: 'id', message: 'validation.actionHasDependants' }]);
    plan = await director.call('transformation.removeItem', { planId: plan.id, version: plan.version, section: 'action', id: c.id });
    plan = await director.call('transformation.removeItem', { planId: plan.id, version: plan.version, section: 'action', id: b.id });
    expect(actionsOf(plan).some((action) => action.id === b.id || action.id === c.id)).toBe(false);
  });
});
