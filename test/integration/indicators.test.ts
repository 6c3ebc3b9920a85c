import { afterEach, describe, expect, it } from 'vitest';

import type { GatekeepingRequestInput } from '../../src-main/contract/gatekeeping';
import type { RecordIndicatorCode } from '../../src-main/contract/indicator-catalogue';
import type { ResidentRecord } from '../../src-main/contract/residents';
import { allRecordSeries, exitsByType, recordSeries, valueAt } from '../../src-main/services/indicators/record-series';
import { childInput } from '../helpers/residents';
import type { TestConnection, TestCore } from '../helpers/temp-core';
import { openTestCore, sampleSetup, tempDir, TEST_NOW } from '../helpers/temp-core';

const opened: TestCore[] = [];
const dirs: { cleanup(): void }[] = [];
afterEach(() => {
  opened.splice(0).forEach((core) => core.close());
  dirs.splice(0).forEach((dir) => dir.cleanup());
});

/** An installation (today is 2026-11-25) with the director signed in, and its series as plain values. */
async function installation() {
  const dir = tempDir('korpu-indicators-');
  dirs.push(dir);
  const core = await openTestCore(dir.path);
  opened.push(core);
  const director = await core.setUp();
  const db = core.core.deps.db;
  const series = (code: RecordIndicatorCode, from: string, to: string) => recordSeries(db, code, from, to).map((point) => point.value);
  return { core, director, db, series };
}

/**
 * The director signed in on a new window at `instant`: the clock moves there (records made now are
 * dated then), and a window idle since an earlier instant would be locked.
 */
async function directorAt(core: TestCore, instant: string): Promise<TestConnection> {
  core.clock.set(new Date(instant));
  const window = core.connection();
  await window.signIn(sampleSetup.director.login, sampleSetup.director.password);
  return window;
}

/** A child admitted on `admissionDate`; names and birth dates differ per child, so no duplicate warning stops the test. */
function admit(window: TestConnection, firstName: string, birthDate: string, admissionDate: string, disability = false): Promise<ResidentRecord> {
  return window.call('residents.create', childInput({ surname: `${firstName}ov`, firstName, birthDate, admissionDate, disability }));
}

/** A leaving by the guardianship authority's decision, to a family unless `exitTypeCode` says otherwise. */
function leave(window: TestConnection, record: ResidentRecord, exitTypeCode: string, exitDate: string): Promise<ResidentRecord> {
  const transfer = exitTypeCode === 'transfer';
  return window.call('placements.exit', {
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

function readmit(window: TestConnection, record: ResidentRecord, admissionDate: string): Promise<ResidentRecord> {
  return window.call('placements.readmit', {
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
}

/** The child's placements, latest first, with their visits in due order. */
function placementsOf(window: TestConnection, record: ResidentRecord) {
  return window.call('placements.list', { residentId: record.id });
}

async function visit(window: TestConnection, record: ResidentRecord, dueDate: string, visitDate: string, outcome: string): Promise<void> {
  const visits = (await placementsOf(window, record)).flatMap((placement) => placement.followUps);
  const due = visits.find((candidate) => candidate.dueDate === dueDate);
  expect(due, `a visit due ${dueDate}`).toBeDefined();
  await window.call('followUps.record', { id: due!.id, visitDate, outcome, visitor: 'Sosial işçi', notes: null });
}

/** A new placement in a foster family after the current one broke down. */
async function replaceAfterBreakdown(window: TestConnection, record: ResidentRecord, startDate: string): Promise<void> {
  const [current] = await placementsOf(window, record);
  await window.call('placements.change', {
    residentId: record.id,
    previousPlacementId: current!.id,
    endReason: 'breakdown',
    typeCode: 'foster_family',
    startDate,
    decision: { bodyCode: 'guardianship_authority', number: null, date: startDate },
    destination: { kind: 'person', name: 'Məmmədova Günay', phone: null, address: null },
    note: null,
  });
}

const request = (receivedDate: string, childFirstName: string): { request: GatekeepingRequestInput } => ({
  request: {
    receivedDate,
    childSurname: 'Quliyev',
    childFirstName,
    childPatronymic: null,
    childSex: 'male',
    childBirthDate: '2018-04-11',
    requesterCode: 'guardianship_authority',
    requesterName: null,
    reasonCodes: ['poverty'],
    assessmentSummary: null,
    commissionInvolved: true,
  },
});

describe('children in residence, admissions and exits', () => {
  it('counts a child admitted in March who leaves to a family in June at the March, April and May month ends, and as June’s family exit', async () => {
    const { db, director, series } = await installation();
    const aysel = await admit(director, 'Aysel', '2016-05-01', '2026-03-10');
    const elvin = await admit(director, 'Elvin', '2017-02-11', '2026-04-02');
    // In hospital: away, but still the institution's child.
    await director.call('residents.setAbsence', { id: elvin.id, version: elvin.version, absent: true, note: 'Xəstəxanada' });
    await leave(director, aysel, 'reintegration', '2026-06-15');

    expect(series('children_in_residence', '2026-02', '2026-07')).toEqual([0, 1, 2, 2, 1, 1]);
    expect(series('admissions', '2026-02', '2026-07')).toEqual([0, 1, 1, 0, 0, 0]);
    expect(series('exits_family', '2026-02', '2026-07')).toEqual([0, 0, 0, 0, 1, 0]);
    expect(series('exits_transfer', '2026-02', '2026-07')).toEqual([0, 0, 0, 0, 0, 0]);
    expect(series('exits_other', '2026-02', '2026-07')).toEqual([0, 0, 0, 0, 0, 0]);
    expect(valueAt(db, 'exits_family', '2026-06')).toBe(1);
    expect(exitsByType(db, '2026-05', '2026-06')).toEqual([
      { month: '2026-05', types: [{ code: 'reintegration', placement: 'family', count: 0 }] },
      { month: '2026-06', types: [{ code: 'reintegration', placement: 'family', count: 1 }] },
    ]);
    // Days since admission at the month's end: Aysel 21 in March; 51 and Elvin 28 in April; 82 and 59 in May.
    expect(series('median_time_in_care', '2026-02', '2026-05')).toEqual([null, 21, 39.5, 70.5]);
  });

  it('counts a transfer only as a transfer and ageing out as neither, an adoption as a family exit, and a disabled child’s family exit as a disability exit', async () => {
    const { db, director, series } = await installation();
    const rauf = await admit(director, 'Rauf', '2008-02-01', '2024-09-02');
    const nigar = await admit(director, 'Nigar', '2014-07-07', '2024-09-03', true);
    const leyla = await admit(director, 'Leyla', '2013-01-15', '2024-09-04', true);
    const samir = await admit(director, 'Samir', '2021-10-30', '2024-09-05');
    await leave(director, rauf, 'aged_out', '2026-05-02');
    await leave(director, nigar, 'transfer', '2026-05-10');
    await leave(director, leyla, 'kinship', '2026-05-20');
    await leave(director, samir, 'adoption', '2026-05-25');

    expect(series('children_in_residence', '2026-04', '2026-05')).toEqual([4, 0]);
    expect(series('exits_family', '2026-04', '2026-05')).toEqual([0, 2]);
    expect(series('exits_transfer', '2026-04', '2026-05')).toEqual([0, 1]);
    expect(series('exits_other', '2026-04', '2026-05')).toEqual([0, 1]);
    // Nigar has a disability too, but a transfer is no family exit.
    expect(series('exits_disability', '2026-04', '2026-05')).toEqual([0, 1]);
    expect(exitsByType(db, '2026-05', '2026-05')).toEqual([
      {
        month: '2026-05',
        types: [
          { code: 'kinship', placement: 'family', count: 1 },
          { code: 'adoption', placement: 'family', count: 1 },
          { code: 'transfer', placement: 'transfer', count: 1 },
          { code: 'aged_out', placement: 'none', count: 1 },
        ],
      },
    ]);
  });

  it('counts a re-admitted child again, in residence and as an admission, with time in care starting again', async () => {
    const { director, series } = await installation();
    const kamran = await admit(director, 'Kamran', '2015-03-14', '2025-12-01');
    const left = await leave(director, kamran, 'kinship', '2026-02-10');
    await readmit(director, left, '2026-04-05');

    expect(series('children_in_residence', '2025-12', '2026-05')).toEqual([1, 1, 0, 0, 1, 1]);
    expect(series('admissions', '2025-12', '2026-05')).toEqual([1, 0, 0, 0, 1, 0]);
    expect(series('exits_family', '2025-12', '2026-05')).toEqual([0, 0, 1, 0, 0, 0]);
    expect(series('median_time_in_care', '2026-01', '2026-04')).toEqual([61, null, null, 25]);
    // Coming back is not in itself a breakdown: no visit found one, no new placement replaced it.
    expect(series('placement_breakdowns', '2026-02', '2026-04')).toEqual([0, 0, 0]);
  });
});

describe('placement breakdowns', () => {
  it('counts each family placement that broke down once, in the month a visit first found it or it was replaced for it', async () => {
    const { director, series } = await installation();
    const kamran = await admit(director, 'Kamran', '2015-03-14', '2025-12-01');
    const ayten = await admit(director, 'Aytən', '2016-08-19', '2025-12-02');
    const tural = await admit(director, 'Tural', '2017-09-23', '2025-12-03');
    const nihad = await admit(director, 'Nihad', '2014-11-02', '2025-12-04');
    const orxan = await admit(director, 'Orxan', '2012-10-12', '2025-12-05');

    // Found broken down in March, then the child came back.
    const kamranLeft = await leave(director, kamran, 'kinship', '2026-02-10');
    await visit(director, kamranLeft, '2026-03-10', '2026-03-12', 'broken_down');
    await readmit(director, kamranLeft, '2026-04-05');
    // Found broken down in July and again in August, then replaced by a foster family: July's, once.
    await leave(director, ayten, 'reintegration', '2026-06-01');
    await visit(director, ayten, '2026-07-01', '2026-07-03', 'broken_down');
    await visit(director, ayten, '2026-09-01', '2026-08-10', 'broken_down');
    await replaceAfterBreakdown(director, ayten, '2026-08-15');
    // Replaced for a breakdown no visit had recorded: September's.
    await leave(director, tural, 'reintegration', '2026-06-01');
    await replaceAfterBreakdown(director, tural, '2026-09-20');
    // A stable visit is no breakdown, and a transfer is no family placement to break down.
    await leave(director, nihad, 'reintegration', '2026-06-02');
    await visit(director, nihad, '2026-07-02', '2026-07-02', 'stable');
    await leave(director, orxan, 'transfer', '2026-06-03');
    await replaceAfterBreakdown(director, orxan, '2026-10-05');

    expect(series('placement_breakdowns', '2026-02', '2026-10')).toEqual([0, 1, 0, 0, 0, 1, 0, 1, 0]);
  });
});

describe('individual plan coverage', () => {
  it('covers the children in residence whose current stay had a plan by the month’s end, and not a re-admitted child’s new stay', async () => {
    const { core, director, series } = await installation();
    const aysel = await admit(director, 'Aysel', '2016-05-01', '2026-01-05');
    const elvin = await admit(director, 'Elvin', '2017-02-11', '2026-01-20');
    const nigar = await admit(director, 'Nigar', '2014-07-07', '2026-03-01');
    const inFebruary = await directorAt(core, '2026-02-10T09:00:00.000Z');
    await inFebruary.call('plans.create', { residentId: aysel.id, firstReviewDate: '2026-05-10' });
    const inApril = await directorAt(core, '2026-04-10T09:00:00.000Z');
    await inApril.call('plans.create', { residentId: nigar.id, firstReviewDate: '2026-07-10' });

    const today = await directorAt(core, TEST_NOW.toISOString());
    await leave(today, elvin, 'reintegration', '2026-05-15');
    const nigarLeft = await leave(today, await today.call('residents.get', { id: nigar.id }), 'kinship', '2026-06-10');
    await readmit(today, nigarLeft, '2026-07-01');

    // January: nobody has a plan; February: Aysel of two; March: Aysel of three; April: Aysel and
    // Nigar of three; May: both left in; June: Aysel alone; July: Aysel, not Nigar's new stay.
    expect(series('plan_coverage', '2026-01', '2026-07')).toEqual([0, 50, 100 / 3, 200 / 3, 100, 100, 50]);
    expect(series('plan_coverage', '2025-12', '2025-12')).toEqual([null]);
  });
});

describe('diversions', () => {
  it('counts requests diverted, referred or placed with relatives in the month they were decided, never refusals, pending ones or admissions', async () => {
    const { director, series } = await installation();
    const decide = async (receivedDate: string, name: string, decision: string, decisionDate: string) => {
      const { id } = await director.call('gatekeeping.create', request(receivedDate, name));
      await director.call('gatekeeping.decide', { id, decision, decisionDate, note: null });
    };
    await decide('2026-05-03', 'Elvin', 'diverted_family_support', '2026-06-02');
    await decide('2026-06-05', 'Orxan', 'referred_services', '2026-06-20');
    await decide('2026-06-25', 'Murad', 'kinship_foster', '2026-07-01');
    await decide('2026-06-08', 'Fuad', 'refused', '2026-06-10');
    await director.call('gatekeeping.create', request('2026-06-12', 'Vüsal'));
    const admitted = await director.call('gatekeeping.create', request('2026-06-15', 'Ramil'));
    await director.call('residents.create', {
      ...childInput({ surname: 'Quliyev', firstName: 'Ramil', birthDate: '2018-04-11', admissionDate: '2026-06-18' }),
      gatekeepingRequestId: admitted.id,
    });

    expect(series('diversions', '2026-05', '2026-07')).toEqual([0, 2, 1]);
    expect(series('admissions', '2026-05', '2026-07')).toEqual([0, 1, 0]);
  });
});

describe('a past month', () => {
  it('keeps every value when later admissions, exits, decisions, plans and visits are recorded', async () => {
    const { db, director } = await installation();
    const aysel = await admit(director, 'Aysel', '2016-05-01', '2026-01-05');
    const elvin = await admit(director, 'Elvin', '2017-02-11', '2026-02-20', true);
    const kamran = await admit(director, 'Kamran', '2015-03-14', '2026-03-01');
    const kamranLeft = await leave(director, kamran, 'guardianship', '2026-05-10');
    const before = allRecordSeries(db, '2026-01', '2026-06');

    await admit(director, 'Nigar', '2014-07-07', '2026-08-03');
    await leave(director, aysel, 'foster_family', '2026-09-01');
    await leave(director, elvin, 'reintegration', '2026-07-15');
    await visit(director, kamranLeft, '2026-08-10', '2026-08-12', 'broken_down');
    await readmit(director, kamranLeft, '2026-10-01');
    await director.call('plans.create', { residentId: kamran.id, firstReviewDate: '2027-01-10' });
    const { id } = await director.call('gatekeeping.create', request('2026-09-20', 'Murad'));
    await director.call('gatekeeping.decide', { id, decision: 'kinship_foster', decisionDate: '2026-10-02', note: null });

    expect(allRecordSeries(db, '2026-01', '2026-06')).toEqual(before);
    expect(before.children_in_residence.map((point) => point.value)).toEqual([1, 2, 3, 3, 2, 2]);
    // The later records show where they belong.
    const later = allRecordSeries(db, '2026-07', '2026-11');
    expect(later.children_in_residence.map((point) => point.value)).toEqual([1, 2, 1, 2, 2]);
    expect(later.exits_disability.map((point) => point.value)).toEqual([1, 0, 0, 0, 0]);
    expect(later.placement_breakdowns.map((point) => point.value)).toEqual([0, 1, 0, 0, 0]);
    expect(later.diversions.map((point) => point.value)).toEqual([0, 0, 0, 1, 0]);
    expect(later.plan_coverage.map((point) => point.value)).toEqual([0, 0, 0, 0, 50]);
    for (const code of ['children_in_residence', 'median_time_in_care', 'plan_coverage', 'exits_family'] as const) {
      expect(valueAt(db, code, '2026-04')).toBe(before[code][3]!.value);
    }
  });
});
