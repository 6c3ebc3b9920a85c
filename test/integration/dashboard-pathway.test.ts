import { afterEach, describe, expect, it } from 'vitest';

import type { ResidentAlert } from '../../src-main/contract/dashboard';
import type { ResidentRecord } from '../../src-main/contract/residents';
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

/** An installation (today is 2026-11-25) with the director and a staff member (Leyla), both signed in. */
async function installation() {
  const dir = tempDir('korpu-dashboard-pathway-');
  dirs.push(dir);
  const core = await openTestCore(dir.path);
  opened.push(core);
  const director = await core.setUp();
  const staff = await core.addUser(director, 'leyla', 'staff');
  return { director, staff };
}

let certificates = 0;

/** A child with a birth certificate of its own, so that no 'missingData' alert joins the ones under test. */
function register(window: TestConnection, firstName: string, admissionDate: string): Promise<ResidentRecord> {
  certificates++;
  return window.call('residents.create', childInput({ firstName, admissionDate, birthCertSeries: 'AZE', birthCertNumber: `100000${certificates}` }));
}

/** The dashboard's alerts about one child, as [kind, due date, name], in the dashboard's order. */
async function alertsOf(window: TestConnection, residentId: string): Promise<[ResidentAlert['kind'], string | null, string][]> {
  const { alerts } = await window.call('dashboard.get', {});
  return alerts.filter((alert) => alert.residentId === residentId).map((alert) => [alert.kind, alert.dueDate, alert.fullName]);
}

/** A leaving to a family by the guardianship authority's decision. */
function exit(record: ResidentRecord, exitTypeCode: string, exitDate: string) {
  return {
    residentId: record.id,
    version: record.version,
    exitTypeCode,
    exitDate,
    decision: { bodyCode: 'guardianship_authority', number: 'Q-17/2026', date: exitDate },
    destination: { kind: 'person', name: 'Həsənova Səbinə', phone: '+994 50 555 12 34', address: 'Sumqayıt, 5-ci mkr.' },
  };
}

const readmission = (record: ResidentRecord, admissionDate: string) => ({
  residentId: record.id,
  version: record.version,
  admission: {
    admissionDate,
    basisBodyCode: 'court',
    basisNumber: '2-77/2026',
    basisDate: admissionDate,
    referringBodyCode: 'guardianship_authority',
    reasonCodes: ['parental_care_loss'],
    sourceCode: 'family',
  },
});

const review = (date: string, nextReviewDate: string) => ({
  date,
  participants: 'Sosial işçi, müəllim, uşaq',
  decisions: 'Əlavə dərslər davam edir.',
  nextReviewDate,
});

describe('the dashboard and the care pathway', () => {
  it('flags a child without a plan after the set days, and forgets it once the plan is started', async () => {
    const { director, staff } = await installation();
    // Admitted 55 days ago: with 30 days allowed the plan was due on 31 October.
    const kamran = await register(staff, 'Kamran', '2026-10-01');
    expect(await alertsOf(staff, kamran.id)).toEqual([['noPlan', '2026-10-31', 'Əliyev Kamran Rəşid oğlu']]);

    // With 60 days allowed it is not late yet; back at 30 it is again.
    await director.call('settings.update', { planDueDays: 60 });
    expect(await alertsOf(staff, kamran.id)).toEqual([]);
    await director.call('settings.update', { planDueDays: 30 });
    expect(await alertsOf(staff, kamran.id)).toEqual([['noPlan', '2026-10-31', 'Əliyev Kamran Rəşid oğlu']]);

    await staff.call('plans.create', { residentId: kamran.id, firstReviewDate: '2026-12-15' });
    expect(await alertsOf(staff, kamran.id)).toEqual([]);
  });

  it('flags a plan whose review is overdue until a review is recorded', async () => {
    const { staff } = await installation();
    const murad = await register(staff, 'Murad', '2026-10-01');
    const plan = await staff.call('plans.create', { residentId: murad.id, firstReviewDate: TODAY });
    // A meeting a week ago set the next review for 20 November, which did not happen.
    await staff.call('plans.addReview', { planId: plan.id, review: review('2026-11-18', '2026-11-20') });
    expect(await alertsOf(staff, murad.id)).toEqual([['reviewOverdue', '2026-11-20', 'Əliyev Murad Rəşid oğlu']]);

    await staff.call('plans.addReview', { planId: plan.id, review: review('2026-11-24', '2027-02-24') });
    expect(await alertsOf(staff, murad.id)).toEqual([]);
  });

  it('flags an assessment overdue or coming due until one is recorded', async () => {
    const { director, staff } = await installation();
    const orxan = await register(staff, 'Orxan', '2024-09-02');
    await staff.call('plans.create', { residentId: orxan.id, firstReviewDate: '2026-12-15' });
    // Never assessed: due six months after the admission.
    expect(await alertsOf(staff, orxan.id)).toEqual([['assessmentDue', '2025-03-02', 'Əliyev Orxan Rəşid oğlu']]);

    await director.call('assessments.add', {
      residentId: orxan.id,
      date: '2026-06-01',
      summary: null,
      scores: [{ domainCode: 'health', score: 3 }],
    });
    // Six months after 1 June is within the next 14 days: coming due.
    expect(await alertsOf(staff, orxan.id)).toEqual([['assessmentDue', '2026-12-01', 'Əliyev Orxan Rəşid oğlu']]);

    await director.call('assessments.add', {
      residentId: orxan.id,
      date: '2026-11-20',
      summary: 'Uşaq yeni mühitə uyğunlaşır.',
      scores: [{ domainCode: 'education', score: 2 }],
    });
    expect(await alertsOf(staff, orxan.id)).toEqual([]);
  });

  it('flags an overdue follow-up visit until it is recorded, and a breakdown until the child is re-admitted', async () => {
    const { staff } = await installation();
    const elvin = await register(staff, 'Elvin', '2026-06-01');
    await staff.call('plans.create', { residentId: elvin.id, firstReviewDate: '2026-12-15' });
    const left = await staff.call('placements.exit', exit(elvin, 'reintegration', '2026-10-01'));
    expect(await alertsOf(staff, elvin.id)).toEqual([['followUpOverdue', '2026-11-01', 'Əliyev Elvin Rəşid oğlu']]);

    const [placement] = await staff.call('placements.list', { residentId: elvin.id });
    const [first] = placement!.followUps;
    await staff.call('followUps.record', { id: first!.id, visitDate: '2026-11-20', visitor: 'Nərmin Əzizova', outcome: 'stable' });
    expect(await alertsOf(staff, elvin.id)).toEqual([]);

    const second = placement!.followUps[1]!;
    // The second visit (due 1 January) is made early and finds the placement broken down.
    await staff.call('followUps.record', { id: second.id, visitDate: '2026-11-24', outcome: 'broken_down' });
    expect(await alertsOf(staff, elvin.id)).toEqual([['placementBreakdown', '2026-11-24', 'Əliyev Elvin Rəşid oğlu']]);

    await staff.call('placements.readmit', readmission(left, TODAY));
    expect(await alertsOf(staff, elvin.id)).toEqual([]);
  });

  it('names a secret (adopted) child to the director only, on placement and pathway alerts alike', async () => {
    const { director, staff } = await installation();
    const samir = await register(staff, 'Samir', '2024-09-02');
    const adopted = await staff.call('placements.exit', exit(samir, 'adoption', '2026-09-01'));
    expect(adopted.secret).toBe(true);
    expect(await alertsOf(staff, samir.id)).toEqual([['followUpOverdue', '2026-10-01', '']]);
    expect(await alertsOf(director, samir.id)).toEqual([['followUpOverdue', '2026-10-01', 'Əliyev Samir Rəşid oğlu']]);

    // The adoption broke down and the child came back: the record stays secret, in residence now.
    const [placement] = await staff.call('placements.list', { residentId: samir.id });
    await staff.call('followUps.record', { id: placement!.followUps[0]!.id, visitDate: '2026-10-03', outcome: 'broken_down' });
    await staff.call('placements.readmit', readmission(adopted, '2026-10-10'));
    expect(await alertsOf(staff, samir.id)).toEqual([['noPlan', '2026-11-09', '']]);
    expect(await alertsOf(director, samir.id)).toEqual([['noPlan', '2026-11-09', 'Əliyev Samir Rəşid oğlu']]);
    const { alerts } = await staff.call('dashboard.get', {});
    expect(JSON.stringify(alerts)).not.toContain('Samir');
  });

  it('lists every kind in one order: by date, then kind, then name', async () => {
    const { staff } = await installation();
    // Without a birth certificate, Kamran and Aysel have missing data as well.
    const kamran = await staff.call('residents.create', childInput({ firstName: 'Kamran', admissionDate: '2026-10-01' }));
    const aysel = await staff.call('residents.create', childInput({ surname: 'Abbasova', firstName: 'Aysel', sex: 'female', patronymic: null, admissionDate: '2026-10-01' }));
    const elvin = await register(staff, 'Elvin', '2026-06-01');
    await staff.call('plans.create', { residentId: elvin.id, firstReviewDate: '2026-12-15' });
    await staff.call('placements.exit', exit(elvin, 'reintegration', '2026-10-01'));

    const { alerts } = await staff.call('dashboard.get', {});
    expect(alerts.map((alert) => [alert.kind, alert.dueDate, alert.residentId])).toEqual([
      ['noPlan', '2026-10-31', aysel.id],
      ['noPlan', '2026-10-31', kamran.id],
      ['followUpOverdue', '2026-11-01', elvin.id],
      // Undated alerts come last.
      ['missingData', null, aysel.id],
      ['missingData', null, kamran.id],
    ]);
    expect((await staff.call('dashboard.get', {})).alerts).toEqual(alerts);
  });
});
