import { afterEach, describe, expect, it } from 'vitest';

import type { AuditEntry } from '../../src-main/contract/audit';
import type { Envelope, FieldIssue } from '../../src-main/contract/errors';
import type { ProcedureOutput } from '../../src-main/contract/procedures';
import { overduePlanActions } from '../../src-main/services/transformation/overdue';
import type { TestConnection, TestCore } from '../helpers/temp-core';
import { openTestCore, tempDir } from '../helpers/temp-core';

const opened: TestCore[] = [];
const dirs: { cleanup(): void }[] = [];
afterEach(() => {
  opened.splice(0).forEach((core) => core.close());
  dirs.splice(0).forEach((dir) => dir.cleanup());
});

/** The test clock's day, and the next. */
const TODAY = '2026-11-25';
const TOMORROW = '2026-11-26';

type Plan = ProcedureOutput<'transformation.create'>;

/** A set-up installation whose director has made and approved a plan; staff and a viewer can sign in. */
async function approvedPlan(): Promise<{ core: TestCore; director: TestConnection; staff: TestConnection; viewer: TestConnection; plan: Plan }> {
  const dir = tempDir('korpu-transformation-run-');
  dirs.push(dir);
  const core = await openTestCore(dir.path);
  opened.push(core);
  const director = await core.setUp();
  const staff = await core.addUser(director, 'sevinc', 'staff');
  const viewer = await core.addUser(director, 'nigar', 'viewer');
  const draft = await director.call('transformation.create', {
    title: 'Transformasiya planı 2027–2029',
    periodStart: '2027-01-01',
    periodEnd: '2029-12-31',
    targetModelCodes: ['day_care_centre'],
  });
  const plan = await director.call('transformation.approve', { id: draft.id, version: draft.version });
  return { core, director, staff, viewer, plan };
}

async function failure(reply: Promise<Envelope<unknown>>): Promise<{ code: string; issues: FieldIssue[] }> {
  const envelope = await reply;
  expect(envelope.ok).toBe(false);
  const error = envelope.ok ? null : envelope.error;
  return { code: error?.code ?? '', issues: error?.details?.issues ?? [] };
}

const actionsOf = (plan: Plan) => plan.phases.flatMap((phase) => phase.actions);

/** A file that is a PNG by its first bytes, and a PDF. */
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR-and-the-rest', 'latin1')]);
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

const newService = { name: 'Günərzi qayğı mərkəzi', serviceTypeCode: 'day_care', capacity: 25, plannedOpeningDate: '2027-09-01' };

describe('carrying out an approved plan', () => {
  it('records progress, evidence, services opened, money moved, trainings and building work without asking for approval again', async () => {
    const { director, staff, plan } = await approvedPlan();
    const [first, second] = actionsOf(plan);

    await staff.call('transformation.setActionProgress', { actionId: first!.id, status: 'in_progress', progress: 40 });
    await staff.call('transformation.addEvidenceNote', { actionId: first!.id, date: TODAY, text: 'Uşaqların siyahısı yoxlanıldı.' });
    await staff.call('transformation.addEvidenceFile', { actionId: first!.id, fileName: 'protokol.pdf', description: 'İclasın protokolu', contentBase64: pdf.toString('base64') });
    let now = await staff.call('transformation.setActionProgress', { actionId: second!.id, status: 'done', progress: 10 });
    expect(now).toMatchObject({ version: plan.version, revision: 1, unapprovedChanges: false });
    const [tracked, finished] = actionsOf(now);
    expect(tracked).toMatchObject({ status: 'in_progress', progress: 40, doneDate: null });
    expect(tracked!.notes).toEqual([expect.objectContaining({ date: TODAY, text: 'Uşaqların siyahısı yoxlanıldı.', authorName: 'User sevinc' })]);
    expect(tracked!.files).toEqual([expect.objectContaining({ fileName: 'protokol.pdf', mimeType: 'application/pdf', size: pdf.length, uploadedByName: 'User sevinc' })]);
    // Done is done: the progress is 100 whatever was sent, from today.
    expect(finished).toMatchObject({ status: 'done', progress: 100, doneDate: TODAY });

    // Planned items are plan content; opening, moving money, completing a training and building status are not.
    now = await director.call('transformation.saveNewService', { planId: plan.id, version: now.version, id: null, service: newService });
    now = await director.call('transformation.saveBudgetLine', {
      planId: plan.id,
      version: now.version,
      id: null,
      line: { title: 'Mərkəzin işçi xərcləri', plannedQepik: 4_800_000_00, movedQepik: 0, movedDate: null },
    });
    now = await director.call('transformation.saveTraining', {
      planId: plan.id,
      version: now.version,
      id: null,
      training: { person: 'Leyla Həsənova', training: 'Ailəyə dəstək üzrə sosial iş', newRole: 'Sosial işçi', completedDate: null, hours: null },
    });
    now = await director.call('transformation.saveBuildingItem', {
      planId: plan.id,
      version: now.version,
      id: null,
      item: { space: 'İkinci mərtəbə, yataq otaqları', currentUse: 'Yataq otaqları', newUse: 'Günərzi mərkəzin otaqları', status: 'planned', dueDate: '2027-06-30' },
    });
    expect(now).toMatchObject({ revision: 2, unapprovedChanges: true });
    now = await director.call('transformation.approve', { id: plan.id, version: now.version });
    expect(now).toMatchObject({ revision: 2, unapprovedChanges: false });

    const line = now.budgetLines[0]!;
    const training = now.trainings[0]!;
    const item = now.buildingItems[0]!;
    now = await director.call('transformation.openNewService', { id: now.newServices[0]!.id, openedDate: TODAY, serviceId: null });
    now = await director.call('transformation.saveBudgetLine', {
      planId: plan.id,
      version: now.version,
      id: line.id,
      line: { title: line.title, plannedQepik: line.plannedQepik, movedQepik: 1_200_000_00, movedDate: TODAY },
    });
    now = await director.call('transformation.saveTraining', {
      planId: plan.id,
      version: now.version,
      id: training.id,
      training: { person: training.person, training: training.training, newRole: training.newRole, completedDate: '2026-11-20', hours: 72 },
    });
    now = await director.call('transformation.saveBuildingItem', {
      planId: plan.id,
      version: now.version,
      id: item.id,
      item: { space: item.space, currentUse: item.currentUse, newUse: item.newUse, status: 'in_progress', dueDate: item.dueDate },
    });
    expect(now).toMatchObject({ revision: 2, unapprovedChanges: false });
    expect(now.budgetLines[0]).toMatchObject({ movedQepik: 1_200_000_00, movedDate: TODAY });
    expect(now.trainings[0]).toMatchObject({ completedDate: '2026-11-20', hours: 72 });
    expect(now.buildingItems[0]!.status).toBe('in_progress');
    const diff = await director.call('transformation.compare', { id: plan.id, from: 2, to: 'current' });
    expect(diff.plan).toEqual([]);
    expect(diff.sections.every((section) => section.added.length + section.removed.length + section.changed.length === 0)).toBe(true);
  });

  it('marks actions overdue when due before today and not done, and lists them for the dashboard', async () => {
    const { core, director, staff, plan } = await approvedPlan();
    const [first, second] = actionsOf(plan);
    const due = (action: typeof first, dueDate: string) => ({
      planId: plan.id,
      id: action!.id,
      action: { phaseId: action!.phaseId, title: action!.title, owner: 'Direktor', startDate: null, dueDate, milestone: action!.milestone, dependsOn: [] },
    });
    let now = await director.call('transformation.saveAction', { ...due(first, '2026-11-01'), version: plan.version });
    now = await director.call('transformation.saveAction', { ...due(second, TODAY), version: now.version });
    expect(actionsOf(now).slice(0, 2).map((action) => action.overdue)).toEqual([true, false]);

    const { db } = core.core.deps;
    expect(overduePlanActions(db, TODAY)).toEqual([
      {
        planId: plan.id,
        actionId: first!.id,
        phaseId: first!.phaseId,
        phaseComponentCode: 'baseline',
        phaseTitle: null,
        title: first!.title,
        owner: 'Direktor',
        dueDate: '2026-11-01',
        status: 'not_started',
        milestone: false,
      },
    ]);
    expect(overduePlanActions(db, TOMORROW).map((action) => action.actionId)).toEqual([first!.id, second!.id]);
    await staff.call('transformation.setActionProgress', { actionId: first!.id, status: 'done', progress: 100 });
    expect(overduePlanActions(db, TOMORROW).map((action) => action.actionId)).toEqual([second!.id]);
  });
});

describe('evidence files', () => {
  it('are taken by their content, not their name, and given back byte for byte', async () => {
    const { staff, viewer, plan } = await approvedPlan();
    const action = actionsOf(plan)[0]!;
    const file = (fileName: string, content: Buffer) => ({ actionId: action.id, fileName, description: null, contentBase64: content.toString('base64') });

    const named = await staff.call('transformation.addEvidenceFile', file('şəkil.pdf', png));
    const stored = actionsOf(named)[0]!.files[0]!;
    expect(stored).toMatchObject({ fileName: 'şəkil.png', mimeType: 'image/png', size: png.length });
    const back = await viewer.call('transformation.getEvidenceFile', { id: stored.id });
    expect(Buffer.from(back.contentBase64, 'base64').equals(png)).toBe(true);

    const text = Buffer.from('Bu PDF deyil, sadəcə mətndir.', 'utf8');
    expect((await failure(staff.invoke('transformation.addEvidenceFile', file('hesabat.pdf', text)))).code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect((await failure(staff.invoke('transformation.addEvidenceFile', { ...file('boş.pdf', pdf), contentBase64: '' }))).issues).toEqual([
      { path: 'contentBase64', message: 'validation.fileEmpty', params: { limit: 1 } },
    ]);
    const future = await failure(staff.invoke('transformation.addEvidenceNote', { actionId: action.id, date: TOMORROW, text: 'Sabah' }));
    expect(future.issues).toEqual([{ path: 'date', message: 'validation.dateInFuture' }]);
    expect((await failure(viewer.invoke('transformation.getEvidenceFile', { id: 'nothing' }))).code).toBe('NOT_FOUND');
  });
});

describe('new services', () => {
  it('opened, land in the services register with their capacity, or link to an entry already there', async () => {
    const { director, plan } = await approvedPlan();
    let now = await director.call('transformation.saveNewService', { planId: plan.id, version: plan.version, id: null, service: newService });
    now = await director.call('transformation.saveNewService', {
      planId: plan.id,
      version: now.version,
      id: null,
      service: { name: 'Ailəyə dəstək xidməti', serviceTypeCode: 'family_support', capacity: 40, plannedOpeningDate: null },
    });
    const [dayCare, support] = now.newServices;

    const future = await failure(director.invoke('transformation.openNewService', { id: dayCare!.id, openedDate: TOMORROW, serviceId: null }));
    expect(future.issues).toEqual([{ path: 'openedDate', message: 'validation.dateInFuture' }]);
    now = await director.call('transformation.openNewService', { id: dayCare!.id, openedDate: TODAY, serviceId: null });
    const register = await director.call('services.list', {});
    const created = register.find((service) => service.name === 'Günərzi qayğı mərkəzi');
    expect(created).toMatchObject({ typeCode: 'day_care', capacity: 25, regionCode: 'baku', active: true, load: 0 });
    expect(now.newServices[0]).toMatchObject({ openedDate: TODAY, openedCapacity: 25, serviceId: created!.id, serviceName: 'Günərzi qayğı mərkəzi' });
    const again = await failure(director.invoke('transformation.openNewService', { id: dayCare!.id, openedDate: TODAY, serviceId: null }));
    expect(again.issues).toEqual([{ path: 'id', message: 'validation.serviceOpened' }]);

    const existing = await director.call('services.save', {
      service: { name: 'Rayon ailəyə dəstək mərkəzi', typeCode: 'family_support', regionCode: 'baku', address: null, phone: null, capacity: 30, active: true, note: null },
    });
    const unknown = await failure(director.invoke('transformation.openNewService', { id: support!.id, openedDate: TODAY, serviceId: 'nothing' }));
    expect(unknown.issues).toEqual([{ path: 'serviceId', message: 'validation.unknownService' }]);
    const taken = await failure(director.invoke('transformation.openNewService', { id: support!.id, openedDate: TODAY, serviceId: created!.id }));
    expect(taken.issues).toEqual([{ path: 'serviceId', message: 'validation.serviceLinked' }]);
    now = await director.call('transformation.openNewService', { id: support!.id, openedDate: '2026-11-20', serviceId: existing.id });
    expect(now.newServices[1]).toMatchObject({ openedDate: '2026-11-20', openedCapacity: 30, serviceId: existing.id });
    expect(await director.call('services.list', {})).toHaveLength(register.length + 1);

    const kept = await failure(director.invoke('transformation.removeItem', { planId: plan.id, version: now.version, section: 'newService', id: dayCare!.id }));
    expect(kept.issues).toEqual([{ path: 'id', message: 'validation.serviceOpened' }]);
    const badType = await failure(
      director.invoke('transformation.saveNewService', { planId: plan.id, version: now.version, id: null, service: { ...newService, serviceTypeCode: 'circus' } }),
    );
    expect(badType.issues).toEqual([{ path: 'service.serviceTypeCode', message: 'validation.unknownCode' }]);
  });
});

describe('budget lines', () => {
  it('take whole qəpik, never negative, never moving more than planned, with the day the money moved', async () => {
    const { director, plan } = await approvedPlan();
    const save = (line: Record<string, unknown>) =>
      failure(
        director.invoke('transformation.saveBudgetLine', {
          planId: plan.id,
          version: plan.version,
          id: null,
          line: { title: 'Yeni xidmətlərə köçürülən vəsait', plannedQepik: 100_000_00, movedQepik: 0, movedDate: null, ...line },
        }),
      );
    expect((await save({ movedQepik: 150_000_00, movedDate: TODAY })).issues).toEqual([{ path: 'line.movedQepik', message: 'validation.movedOverPlanned' }]);
    expect((await save({ plannedQepik: -5 })).issues).toEqual([
      { path: 'line.plannedQepik', message: 'validation.notNegative', params: { limit: 0 } },
    ]);
    expect((await save({ plannedQepik: 100.5 })).issues).toEqual([{ path: 'line.plannedQepik', message: 'validation.integer' }]);
    expect((await save({ movedQepik: 10_00 })).issues).toEqual([{ path: 'line.movedDate', message: 'validation.required' }]);
    expect((await save({ movedQepik: 10_00, movedDate: TOMORROW })).issues).toEqual([{ path: 'line.movedDate', message: 'validation.dateInFuture' }]);

    const saved = await director.call('transformation.saveBudgetLine', {
      planId: plan.id,
      version: plan.version,
      id: null,
      line: { title: 'Yeni xidmətlərə köçürülən vəsait', plannedQepik: 100_000_00, movedQepik: 25_000_50, movedDate: TODAY },
    });
    expect(saved.budgetLines).toMatchObject([{ title: 'Yeni xidmətlərə köçürülən vəsait', plannedQepik: 100_000_00, movedQepik: 25_000_50, movedDate: TODAY }]);
    // Planning less than has already moved is refused too.
    const below = await failure(
      director.invoke('transformation.saveBudgetLine', {
        planId: plan.id,
        version: saved.version,
        id: saved.budgetLines[0]!.id,
        line: { title: 'Yeni xidmətlərə köçürülən vəsait', plannedQepik: 20_000_00, movedQepik: 25_000_50, movedDate: TODAY },
      }),
    );
    expect(below.issues).toEqual([{ path: 'line.movedQepik', message: 'validation.movedOverPlanned' }]);
  });
});

describe('who may do what with the plan', () => {
  it('lets staff record progress and evidence but not change or approve the plan, and a viewer only read', async () => {
    const { director, staff, viewer, plan } = await approvedPlan();
    const action = actionsOf(plan)[0]!;
    const planned = { phaseId: action.phaseId, title: 'Başqa ad', owner: null, startDate: null, dueDate: null, milestone: false, dependsOn: [] };
    const directorsOnly: [string, unknown][] = [
      ['transformation.approve', { id: plan.id, version: plan.version }],
      ['transformation.start', { id: plan.id, version: plan.version }],
      ['transformation.saveAction', { planId: plan.id, version: plan.version, id: action.id, action: planned }],
      ['transformation.saveNewService', { planId: plan.id, version: plan.version, id: null, service: newService }],
      ['transformation.removePhase', { planId: plan.id, version: plan.version, id: action.phaseId }],
    ];
    for (const [name, input] of directorsOnly) {
      expect((await failure(staff.invoke(name, input))).code, name).toBe('FORBIDDEN');
      expect((await failure(viewer.invoke(name, input))).code, name).toBe('FORBIDDEN');
    }
    const progressed = await staff.call('transformation.setActionProgress', { actionId: action.id, status: 'blocked', progress: 20 });
    expect(actionsOf(progressed)[0]).toMatchObject({ status: 'blocked', progress: 20 });
    for (const [name, input] of [
      ['transformation.setActionProgress', { actionId: action.id, status: 'done', progress: 100 }],
      ['transformation.addEvidenceNote', { actionId: action.id, date: TODAY, text: 'Baxış' }],
    ] as const) {
      expect((await failure(viewer.invoke(name, input))).code, name).toBe('FORBIDDEN');
    }
    expect(await viewer.call('transformation.get', {})).toEqual(await director.call('transformation.get', {}));
    expect(await viewer.call('transformation.revisions', { id: plan.id })).toHaveLength(1);
    expect((await viewer.call('transformation.compare', { id: plan.id, from: 1, to: 'current' })).plan).toEqual([]);
  });
});

describe('the audit trail of a plan', () => {
  it('records each change with what changed, and the chain still verifies', async () => {
    const { director, staff, plan } = await approvedPlan();
    const action = actionsOf(plan)[0]!;
    const renamed = await director.call('transformation.update', {
      id: plan.id,
      version: plan.version,
      plan: { title: 'Yeni ad', periodStart: '2027-01-01', periodEnd: '2029-12-31', targetModelCodes: ['day_care_centre', 'small_group_home'] },
    });
    await staff.call('transformation.setActionProgress', { actionId: action.id, status: 'in_progress', progress: 50 });
    await staff.call('transformation.addEvidenceNote', { actionId: action.id, date: TODAY, text: 'Görüş keçirildi.' });
    await director.call('transformation.saveTraining', {
      planId: plan.id,
      version: renamed.version,
      id: null,
      training: { person: 'Leyla Həsənova', training: 'Sosial iş', newRole: null, completedDate: null, hours: null },
    });

    const entries = async (entityType: AuditEntry['entityType']) => (await director.call('audit.list', { filter: { entityType }, limit: 500 })).entries;
    const planEntries = await entries('transformation_plan');
    expect(planEntries.map((entry) => entry.action)).toEqual(['update', 'approve', 'create']);
    expect(planEntries[0]).toMatchObject({
      entityId: plan.id,
      procedure: 'transformation.update',
      changes: {
        title: { before: 'Transformasiya planı 2027–2029', after: 'Yeni ad' },
        targetModelCodes: { before: ['day_care_centre'], after: ['day_care_centre', 'small_group_home'] },
      },
    });
    expect(planEntries[1]!.changes).toEqual({ revision: { before: null, after: 1 }, status: { before: 'draft', after: 'approved' } });
    expect(planEntries[2]!.changes).toMatchObject({ status: { before: null, after: 'draft' }, templateActions: { before: null, after: 18 } });
    expect((await entries('plan_action'))[0]).toMatchObject({
      entityId: action.id,
      actorLogin: 'sevinc',
      changes: { status: { before: 'not_started', after: 'in_progress' }, progress: { before: 0, after: 50 } },
    });
    expect((await entries('plan_evidence'))[0]!.changes).toMatchObject({ text: { before: null, after: 'Görüş keçirildi.' } });
    expect((await entries('plan_training'))[0]!.changes).toMatchObject({ planId: { before: null, after: plan.id }, person: { before: null, after: 'Leyla Həsənova' } });
    expect(await director.call('audit.verify', {})).toMatchObject({ ok: true, firstBadSeq: null });
  });
});
