import { afterEach, describe, expect, it } from 'vitest';

import type { AuditEntry } from '../../src-main/contract/audit';
import type { Envelope, FieldIssue } from '../../src-main/contract/errors';
import { planAlerts } from '../../src-main/services/plans/plans-service';
import { childInput } from '../helpers/residents';
import type { TestConnection, TestCore } from '../helpers/temp-core';
import { openTestCore, sampleSetup, tempDir, TEST_NOW } from '../helpers/temp-core';

const opened: TestCore[] = [];
const dirs: { cleanup(): void }[] = [];
afterEach(() => {
  opened.splice(0).forEach((core) => core.close());
  dirs.splice(0).forEach((dir) => dir.cleanup());
});

/** The test clock's day, and 40 days before it. */
const TODAY = '2026-11-25';
const FORTY_DAYS_AGO = '2026-10-16';

async function installation(): Promise<{ core: TestCore; director: TestConnection }> {
  const dir = tempDir('korpu-plans-');
  dirs.push(dir);
  const core = await openTestCore(dir.path);
  opened.push(core);
  return { core, director: await core.setUp() };
}

async function registerChild(window: TestConnection, firstName: string, admissionDate: string): Promise<string> {
  return (await window.call('residents.create', childInput({ firstName, admissionDate }))).id;
}

const goal = (overrides: Record<string, unknown> = {}) => ({
  domainCode: 'education',
  text: 'Riyaziyyatdan sinif səviyyəsinə çatmaq',
  targetDate: '2027-06-01',
  status: 'planned',
  ...overrides,
});

const action = (overrides: Record<string, unknown> = {}) => ({
  text: 'Həftədə iki dəfə əlavə dərs',
  ownerName: 'Sevinc Quliyeva',
  dueDate: '2027-01-15',
  done: false,
  ...overrides,
});

const review = (overrides: Record<string, unknown> = {}) => ({
  date: TODAY,
  participants: 'Sosial işçi, müəllim, uşaq',
  decisions: 'Əlavə dərslər davam edir.',
  nextReviewDate: '2027-02-25',
  ...overrides,
});

async function failure(reply: Promise<Envelope<unknown>>): Promise<{ code: string; issues: FieldIssue[] }> {
  const envelope = await reply;
  expect(envelope.ok).toBe(false);
  const error = envelope.ok ? null : envelope.error;
  return { code: error?.code ?? '', issues: error?.details?.issues ?? [] };
}

async function trailOf(window: TestConnection, entityType: AuditEntry['entityType']): Promise<AuditEntry[]> {
  return (await window.call('audit.list', { filter: { entityType }, limit: 500 })).entries;
}

describe('an individual care plan', () => {
  it('is started for the current stay and grows goals, actions and reviews, each call returning the whole plan', async () => {
    const { director } = await installation();
    const kamran = await registerChild(director, 'Kamran', FORTY_DAYS_AGO);
    expect(await director.call('plans.get', { residentId: kamran })).toBeNull();

    const created = await director.call('plans.create', { residentId: kamran, firstReviewDate: '2026-12-15' });
    expect(created).toMatchObject({ residentId: kamran, nextReviewDate: '2026-12-15', goals: [], reviews: [] });

    const withGoal = await director.call('plans.addGoal', { planId: created.id, goal: goal() });
    const goalId = withGoal.goals[0]!.id;
    await director.call('plans.addGoal', { planId: created.id, goal: goal({ domainCode: 'family_relations', text: 'Nənə ilə görüşlər', targetDate: '' }) });
    const withAction = await director.call('plans.addAction', { goalId, action: action() });
    const actionId = withAction.goals[0]!.actions[0]!.id;
    expect(withAction.goals[0]!.actions[0]).toMatchObject({ ownerName: 'Sevinc Quliyeva', dueDate: '2027-01-15', doneAt: null });

    const done = await director.call('plans.updateAction', { actionId, action: action({ done: true }) });
    expect(done.goals[0]!.actions[0]!.doneAt).toBe(TODAY);
    await director.call('plans.updateGoal', { goalId, goal: goal({ status: 'in_progress' }) });

    const reviewed = await director.call('plans.addReview', { planId: created.id, review: review() });
    expect(reviewed.nextReviewDate).toBe('2027-02-25');
    expect(reviewed.goals.map((entry) => [entry.domainCode, entry.status, entry.targetDate, entry.actions.length])).toEqual([
      ['education', 'in_progress', '2027-06-01', 1],
      ['family_relations', 'planned', null, 0],
    ]);
    expect(reviewed.reviews).toEqual([expect.objectContaining({ date: TODAY, nextReviewDate: '2027-02-25' })]);
    // An older meeting entered afterwards is kept but does not move the next review back.
    const older = await director.call('plans.addReview', { planId: created.id, review: review({ date: '2026-11-01', nextReviewDate: '2026-12-01' }) });
    expect(older.nextReviewDate).toBe('2027-02-25');
    expect(older.reviews.map((entry) => entry.date)).toEqual([TODAY, '2026-11-01']);
    expect(await director.call('plans.get', { residentId: kamran })).toEqual(older);

    const trail = await trailOf(director, 'plan');
    expect(trail.map((entry) => entry.action).sort()).toEqual(['create', ...Array<string>(7).fill('update')]);
    const goalChange = trail.find((entry) => `goals.${goalId}.status` in entry.changes);
    expect(goalChange).toMatchObject({ entityId: created.id, changes: { [`goals.${goalId}.status`]: { before: 'planned', after: 'in_progress' } } });
    const reviewChange = trail.find((entry) => 'nextReviewDate' in entry.changes && entry.action === 'update');
    expect(reviewChange?.changes.nextReviewDate).toEqual({ before: '2026-12-15', after: '2027-02-25' });
  });

  it('keeps the day an action was done until it is marked not done', async () => {
    const { core, director } = await installation();
    const kamran = await registerChild(director, 'Kamran', FORTY_DAYS_AGO);
    const plan = await director.call('plans.create', { residentId: kamran, firstReviewDate: TODAY });
    const goalId = (await director.call('plans.addGoal', { planId: plan.id, goal: goal() })).goals[0]!.id;
    const actionId = (await director.call('plans.addAction', { goalId, action: action({ done: true }) })).goals[0]!.actions[0]!.id;

    // The next day (the session has idle-locked by then: sign in again).
    core.clock.set(new Date(TEST_NOW.getTime() + 24 * 3_600_000));
    await director.signIn(sampleSetup.director.login, sampleSetup.director.password);
    const edited = await director.call('plans.updateAction', { actionId, action: action({ text: 'Həftədə üç dəfə', done: true }) });
    expect(edited.goals[0]!.actions[0]).toMatchObject({ text: 'Həftədə üç dəfə', doneAt: TODAY });
    const undone = await director.call('plans.updateAction', { actionId, action: action({ done: false }) });
    expect(undone.goals[0]!.actions[0]!.doneAt).toBeNull();
    const redone = await director.call('plans.updateAction', { actionId, action: action({ done: true }) });
    expect(redone.goals[0]!.actions[0]!.doneAt).toBe('2026-11-26');
  });

  it('refuses a second plan for the stay, a past first review, an unknown domain and misdated reviews', async () => {
    const { director } = await installation();
    const kamran = await registerChild(director, 'Kamran', FORTY_DAYS_AGO);

    const past = await failure(director.invoke('plans.create', { residentId: kamran, firstReviewDate: '2026-11-24' }));
    expect(past).toEqual({ code: 'VALIDATION_FAILED', issues: [{ path: 'firstReviewDate', message: 'validation.dateInPast' }] });
    const plan = await director.call('plans.create', { residentId: kamran, firstReviewDate: TODAY });
    const second = await failure(director.invoke('plans.create', { residentId: kamran, firstReviewDate: '2027-01-10' }));
    expect(second).toEqual({ code: 'VALIDATION_FAILED', issues: [{ path: 'residentId', message: 'validation.planExists' }] });

    const domain = await failure(director.invoke('plans.addGoal', { planId: plan.id, goal: goal({ domainCode: 'astrology' }) }));
    expect(domain.issues).toEqual([{ path: 'goal.domainCode', message: 'validation.unknownCode' }]);

    const future = await failure(director.invoke('plans.addReview', { planId: plan.id, review: review({ date: '2026-11-26', nextReviewDate: '2027-01-01' }) }));
    expect(future.issues).toEqual([{ path: 'review.date', message: 'validation.dateInFuture' }]);
    const sameDay = await failure(director.invoke('plans.addReview', { planId: plan.id, review: review({ nextReviewDate: TODAY }) }));
    expect(sameDay.issues).toEqual([{ path: 'review.nextReviewDate', message: 'validation.nextReviewAfter' }]);

    expect((await failure(director.invoke('plans.addGoal', { planId: 'nothing', goal: goal() }))).code).toBe('NOT_FOUND');
    expect((await failure(director.invoke('plans.create', { residentId: 'nobody', firstReviewDate: TODAY }))).code).toBe('NOT_FOUND');
    expect(await director.call('plans.get', { residentId: kamran })).toEqual(plan);
  });

  it('can be read but not changed by a viewer', async () => {
    const { core, director } = await installation();
    const kamran = await registerChild(director, 'Kamran', FORTY_DAYS_AGO);
    const murad = await registerChild(director, 'Murad', FORTY_DAYS_AGO);
    const plan = await director.call('plans.create', { residentId: kamran, firstReviewDate: TODAY });
    const withGoal = await director.call('plans.addGoal', { planId: plan.id, goal: goal() });
    const goalId = withGoal.goals[0]!.id;
    const full = await director.call('plans.addAction', { goalId, action: action() });
    const viewer = await core.addUser(director, 'baxan', 'viewer');

    expect(await viewer.call('plans.get', { residentId: kamran })).toEqual(full);
    const writes: [string, unknown][] = [
      ['plans.create', { residentId: murad, firstReviewDate: TODAY }],
      ['plans.addGoal', { planId: plan.id, goal: goal() }],
      ['plans.updateGoal', { goalId, goal: goal({ status: 'dropped' }) }],
      ['plans.addAction', { goalId, action: action() }],
      ['plans.updateAction', { actionId: full.goals[0]!.actions[0]!.id, action: action({ done: true }) }],
      ['plans.addReview', { planId: plan.id, review: review() }],
    ];
    for (const [name, input] of writes) {
      expect((await failure(viewer.invoke(name, input))).code).toBe('FORBIDDEN');
    }
    expect(await director.call('plans.get', { residentId: kamran })).toEqual(full);
    expect(await director.call('plans.get', { residentId: murad })).toBeNull();
  });
});

describe('the plan of a stay that has ended', () => {
  it('stays readable as it was, refuses every change, and a new stay starts without a plan', async () => {
    const { director } = await installation();
    const kamran = await registerChild(director, 'Kamran', '2024-09-02');
    const plan = await director.call('plans.create', { residentId: kamran, firstReviewDate: TODAY });
    const withGoal = await director.call('plans.addGoal', { planId: plan.id, goal: goal() });
    const goalId = withGoal.goals[0]!.id;
    const withAction = await director.call('plans.addAction', { goalId, action: action() });
    expect(withAction.closed).toBe(false);

    const record = await director.call('residents.get', { id: kamran });
    const left = await director.call('placements.exit', {
      residentId: kamran,
      version: record.version,
      exitTypeCode: 'reintegration',
      exitDate: TODAY,
      decision: { bodyCode: 'guardianship_authority', number: 'Q-5/2026', date: TODAY },
      destination: { kind: 'person', name: 'Əliyeva Nərgiz', phone: null, address: null },
      note: null,
    });
    const kept = await director.call('plans.get', { residentId: kamran });
    expect(kept).toEqual({ ...withAction, closed: true });

    const writes: [string, unknown][] = [
      ['plans.addGoal', { planId: plan.id, goal: goal() }],
      ['plans.updateGoal', { goalId, goal: goal({ status: 'achieved' }) }],
      ['plans.addAction', { goalId, action: action() }],
      ['plans.updateAction', { actionId: withAction.goals[0]!.actions[0]!.id, action: action({ done: true }) }],
      ['plans.addReview', { planId: plan.id, review: review() }],
    ];
    for (const [name, input] of writes) {
      expect(await failure(director.invoke(name, input)), name).toEqual({
        code: 'VALIDATION_FAILED',
        issues: [{ path: 'planId', message: 'validation.planClosed' }],
      });
    }
    expect(await director.call('plans.get', { residentId: kamran })).toEqual(kept);

    await director.call('placements.readmit', {
      residentId: kamran,
      version: left.version,
      admission: {
        admissionDate: TODAY,
        basisBodyCode: 'court',
        basisNumber: '2-80/2026',
        basisDate: TODAY,
        referringBodyCode: null,
        reasonCodes: ['parental_care_loss'],
        sourceCode: 'family',
      },
    });
    expect(await director.call('plans.get', { residentId: kamran })).toBeNull();
    const next = await director.call('plans.create', { residentId: kamran, firstReviewDate: '2027-01-10' });
    expect(next).toMatchObject({ closed: false, goals: [] });
    expect(next.stayId).not.toBe(plan.stayId);
  });
});

describe('plan alerts', () => {
  it('flag a child without a plan after the set days, and a plan whose review is overdue', async () => {
    const { core, director } = await installation();
    const noPlan = await registerChild(director, 'Kamran', FORTY_DAYS_AGO);
    const withPlan = await registerChild(director, 'Murad', FORTY_DAYS_AGO);
    await registerChild(director, 'Orxan', '2026-11-05');
    const lateReview = await registerChild(director, 'Elvin', '2024-09-02');
    await director.call('plans.create', { residentId: withPlan, firstReviewDate: TODAY });
    const late = await director.call('plans.create', { residentId: lateReview, firstReviewDate: '2026-12-10' });
    // A meeting held in the summer set the next review for 1 November, which never happened.
    await director.call('plans.addReview', { planId: late.id, review: review({ date: '2026-08-01', nextReviewDate: '2026-11-01' }) });

    const { db, residentIndex } = core.core.deps;
    const alerts = planAlerts(db, residentIndex.all(), TODAY, 30);
    expect(alerts.map((alert) => [alert.kind, alert.residentId, alert.dueDate])).toEqual([
      ['reviewOverdue', lateReview, '2026-11-01'],
      ['noPlan', noPlan, '2026-11-15'],
    ]);
    expect(alerts[1]).toMatchObject({ fullName: 'Əliyev Kamran Rəşid oğlu', birthDate: '2015-03-14', missing: [] });

    // A day later Murad's first review (due today) is overdue too; with 50 days allowed, Kamran is not yet late.
    const tomorrow = planAlerts(db, residentIndex.all(), '2026-11-26', 50);
    expect(tomorrow.map((alert) => [alert.kind, alert.residentId, alert.dueDate])).toEqual([
      ['reviewOverdue', lateReview, '2026-11-01'],
      ['reviewOverdue', withPlan, TODAY],
    ]);
  });
});
