import { afterEach, describe, expect, it } from 'vitest';

import type { AuditEntry } from '../../src-main/contract/audit';
import type { Envelope, FieldIssue } from '../../src-main/contract/errors';
import { assessmentAlerts } from '../../src-main/services/assessments/assessments-service';
import { childInput } from '../helpers/residents';
import type { TestConnection, TestCore } from '../helpers/temp-core';
import { openTestCore, sampleSetup, tempDir } from '../helpers/temp-core';

const opened: TestCore[] = [];
const dirs: { cleanup(): void }[] = [];
afterEach(() => {
  opened.splice(0).forEach((core) => core.close());
  dirs.splice(0).forEach((dir) => dir.cleanup());
});

/** The test clock's day. */
const TODAY = '2026-11-25';

async function installation(): Promise<{ core: TestCore; director: TestConnection }> {
  const dir = tempDir('korpu-assessments-');
  dirs.push(dir);
  const core = await openTestCore(dir.path);
  opened.push(core);
  return { core, director: await core.setUp() };
}

async function registerChild(window: TestConnection, firstName: string, admissionDate: string): Promise<string> {
  return (await window.call('residents.create', childInput({ firstName, admissionDate }))).id;
}

const assessment = (residentId: string, overrides: Record<string, unknown> = {}) => ({
  residentId,
  date: '2026-11-20',
  summary: 'Uşaq yeni mühitə uyğunlaşır.',
  scores: [
    { domainCode: 'education', score: 2, note: 'Riyaziyyatda geri qalır.' },
    { domainCode: 'health', score: 4 },
  ],
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

describe("a child's assessments", () => {
  it('are saved with their scores in the order of the domain list, listed newest first with the assessor’s name, and audited', async () => {
    const { core, director } = await installation();
    const staff = await core.addUser(director, 'leyla', 'staff');
    const kamran = await registerChild(director, 'Kamran', '2024-09-02');

    const first = await staff.call('assessments.add', assessment(kamran, { date: '2026-05-10', summary: null }));
    expect(first).toMatchObject({
      residentId: kamran,
      date: '2026-05-10',
      summary: null,
      assessorName: 'User leyla',
      scores: [
        { domainCode: 'health', score: 4, note: null },
        { domainCode: 'education', score: 2, note: 'Riyaziyyatda geri qalır.' },
      ],
    });
    await director.call('assessments.add', assessment(kamran, { scores: [{ domainCode: 'family_relations', score: 1, note: 'Anası ilə əlaqə yoxdur.' }] }));

    const { assessments } = await director.call('assessments.list', { residentId: kamran });
    expect(assessments.map((entry) => [entry.date, entry.assessorName, entry.scores.map((score) => score.domainCode)])).toEqual([
      ['2026-11-20', sampleSetup.director.fullName, ['family_relations']],
      ['2026-05-10', 'User leyla', ['health', 'education']],
    ]);
    expect(assessments[1]).toEqual(first);

    const trail = await trailOf(director, 'assessment');
    expect(trail).toHaveLength(2);
    expect(trail.find((entry) => entry.entityId === first.id)).toMatchObject({
      action: 'create',
      actorLogin: 'leyla',
      changes: {
        residentId: { before: null, after: kamran },
        scores: {
          before: null,
          after: [
            { domainCode: 'education', score: 2, note: 'Riyaziyyatda geri qalır.' },
            { domainCode: 'health', score: 4, note: null },
          ],
        },
      },
    });
    expect((await failure(director.invoke('assessments.list', { residentId: 'nobody' }))).code).toBe('NOT_FOUND');
  });

  it('refuses an unknown domain, a score out of 1–4, a domain twice and a date in the future, naming the field', async () => {
    const { director } = await installation();
    const kamran = await registerChild(director, 'Kamran', '2024-09-02');

    const unknown = await failure(
      director.invoke('assessments.add', assessment(kamran, { scores: [{ domainCode: 'health', score: 3 }, { domainCode: 'astrology', score: 2 }] })),
    );
    expect(unknown).toEqual({ code: 'VALIDATION_FAILED', issues: [{ path: 'scores.1.domainCode', message: 'validation.unknownCode' }] });

    const tooHigh = await failure(director.invoke('assessments.add', assessment(kamran, { scores: [{ domainCode: 'health', score: 5 }] })));
    expect(tooHigh).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'scores.0.score', message: 'validation.scoreRange' }] });

    const twice = await failure(
      director.invoke('assessments.add', assessment(kamran, { scores: [{ domainCode: 'health', score: 3 }, { domainCode: 'health', score: 2 }] })),
    );
    expect(twice.issues).toEqual([{ path: 'scores.1.domainCode', message: 'validation.domainTwice' }]);

    const future = await failure(director.invoke('assessments.add', assessment(kamran, { date: '2026-11-26' })));
    expect(future.issues).toEqual([{ path: 'date', message: 'validation.dateInFuture' }]);
    const beforeBirth = await failure(director.invoke('assessments.add', assessment(kamran, { date: '2015-03-13' })));
    expect(beforeBirth.issues).toEqual([{ path: 'date', message: 'validation.dateBeforeBirth' }]);

    expect((await director.call('assessments.list', { residentId: kamran })).assessments).toEqual([]);
  });

  it('are due the set number of months after the admission, then after the latest assessment', async () => {
    const { director } = await installation();
    const kamran = await registerChild(director, 'Kamran', '2026-06-01');

    expect((await director.call('assessments.list', { residentId: kamran })).nextDue).toBe('2026-12-01');
    await director.call('assessments.add', assessment(kamran, { date: '2026-11-20' }));
    // An older assessment entered afterwards does not move the due date back.
    await director.call('assessments.add', assessment(kamran, { date: '2026-07-01' }));
    expect((await director.call('assessments.list', { residentId: kamran })).nextDue).toBe('2027-05-20');

    await director.call('settings.update', { assessmentIntervalMonths: 3 });
    expect((await director.call('assessments.list', { residentId: kamran })).nextDue).toBe('2027-02-20');
  });

  it('can be read but not recorded by a viewer', async () => {
    const { core, director } = await installation();
    const kamran = await registerChild(director, 'Kamran', '2024-09-02');
    await director.call('assessments.add', assessment(kamran));
    const viewer = await core.addUser(director, 'baxan', 'viewer');

    expect((await viewer.call('assessments.list', { residentId: kamran })).assessments).toHaveLength(1);
    expect((await failure(viewer.invoke('assessments.add', assessment(kamran)))).code).toBe('FORBIDDEN');
    expect((await director.call('assessments.list', { residentId: kamran })).assessments).toHaveLength(1);
  });
});

describe('assessment alerts', () => {
  it('flag children in residence whose assessment is overdue or due within 14 days', async () => {
    const { core, director } = await installation();
    const overdue = await registerChild(director, 'Kamran', '2024-09-02');
    const soon = await registerChild(director, 'Murad', '2026-06-05');
    await registerChild(director, 'Orxan', '2026-06-20');
    const assessed = await registerChild(director, 'Elvin', '2024-09-02');
    await director.call('assessments.add', assessment(assessed, { date: '2026-10-01' }));

    const { db, residentIndex } = core.core.deps;
    const alerts = assessmentAlerts(db, residentIndex.all(), TODAY);
    expect(alerts.map((alert) => [alert.kind, alert.residentId, alert.dueDate])).toEqual([
      ['assessmentDue', overdue, '2025-03-02'],
      ['assessmentDue', soon, '2026-12-05'],
    ]);
    expect(alerts[1]).toMatchObject({ fullName: 'Əliyev Murad Rəşid oğlu', birthDate: '2015-03-14', missing: [] });
  });
});
