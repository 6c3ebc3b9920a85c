import { afterEach, describe, expect, it } from 'vitest';

import type { Envelope, FieldIssue } from '../../src-main/contract/errors';
import type { ResidentRecord } from '../../src-main/contract/residents';
import { placementAlerts } from '../../src-main/services/placements/follow-ups-service';
import { childInput } from '../helpers/residents';
import type { TestConnection, TestCore } from '../helpers/temp-core';
import { openTestCore, tempDir } from '../helpers/temp-core';

const opened: TestCore[] = [];
const dirs: { cleanup(): void }[] = [];
afterEach(() => {
  opened.splice(0).forEach((core) => core.close());
  dirs.splice(0).forEach((dir) => dir.cleanup());
});

/** An installation (today is 2026-11-25) with the director and a staff member (Leyla), both signed in. */
async function installation() {
  const dir = tempDir('korpu-placements-');
  dirs.push(dir);
  const core = await openTestCore(dir.path);
  opened.push(core);
  const director = await core.setUp();
  const staff = await core.addUser(director, 'leyla', 'staff');
  /** The alerts the dashboard would show on `today` (every child, those who left included). */
  const alertsOn = (today: string) => placementAlerts(core.core.deps.db, core.core.deps.residentIndex.all(), today);
  return { core, director, staff, alertsOn };
}

function register(window: TestConnection, surname: string, birthDate: string): Promise<ResidentRecord> {
  return window.call('residents.create', childInput({ surname, birthDate }));
}

/** A leaving to a family by the guardianship authority's decision; override what a test is about. */
function exit(record: ResidentRecord, exitTypeCode: string, exitDate: string, overrides: Record<string, unknown> = {}) {
  return {
    residentId: record.id,
    version: record.version,
    exitTypeCode,
    exitDate,
    decision: { bodyCode: 'guardianship_authority', number: 'Q-17/2026', date: exitDate },
    destination: { kind: 'person', name: 'Həsənova Səbinə', phone: '+994 50 555 12 34', address: 'Sumqayıt, 5-ci mkr.' },
    note: 'Ailə uşağı tanıyır.',
    ...overrides,
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

async function failure(reply: Promise<Envelope<unknown>>): Promise<{ code: string; issues: FieldIssue[] }> {
  const envelope = await reply;
  expect(envelope.ok).toBe(false);
  const error = envelope.ok ? null : envelope.error;
  return { code: error?.code ?? '', issues: error?.details?.issues ?? [] };
}

describe('a child leaving', () => {
  it('refuses guardianship for a 15-year-old naming the ages, accepts trusteeship and schedules visits at 1, 3, 6 and 12 months', async () => {
    const { director, staff } = await installation();
    const child = await register(director, 'Əliyev', '2011-06-10');

    const refused = await failure(staff.invoke('placements.exit', exit(child, 'guardianship', '2026-11-20')));
    expect(refused.code).toBe('VALIDATION_FAILED');
    expect(refused.issues).toEqual([{ path: 'exitTypeCode', message: 'validation.exitAgeOutside', params: { min: 0, max: 13, age: 15 } }]);

    const record = await staff.call('placements.exit', exit(child, 'trusteeship', '2026-11-20'));
    expect(record).toMatchObject({ status: 'exited', version: child.version + 1, secret: false });
    expect(record.stays).toEqual([expect.objectContaining({ exitDate: '2026-11-20', exitTypeCode: 'trusteeship' })]);

    const [placement, ...others] = await staff.call('placements.list', { residentId: child.id });
    expect(others).toEqual([]);
    expect(placement).toMatchObject({
      typeCode: 'trusteeship',
      startDate: '2026-11-20',
      decision: { bodyCode: 'guardianship_authority', number: 'Q-17/2026', date: '2026-11-20' },
      destination: { kind: 'person', name: 'Həsənova Səbinə', phone: '+994 50 555 12 34', address: 'Sumqayıt, 5-ci mkr.' },
      note: 'Ailə uşağı tanıyır.',
      endedDate: null,
      endReason: null,
    });
    expect(placement?.followUps.map((visit) => [visit.dueDate, visit.visitDate, visit.outcome])).toEqual([
      ['2026-12-20', null, null],
      ['2027-02-20', null, null],
      ['2027-05-20', null, null],
      ['2027-11-20', null, null],
    ]);

    const again = await failure(staff.invoke('placements.exit', exit(record, 'kinship', '2026-11-21')));
    expect(again.issues).toEqual([{ path: 'residentId', message: 'validation.exitWhileAway' }]);
    const [entry] = (await director.call('audit.list', { filter: { entityType: 'resident', action: 'exit' } })).entries;
    expect(entry).toMatchObject({ entityId: child.id, actorLogin: 'leyla' });
    expect(entry?.changes).toMatchObject({
      exitTypeCode: { before: null, after: 'trusteeship' },
      destinationName: { before: null, after: 'Həsənova Səbinə' },
      followUpDueDates: { before: null, after: ['2026-12-20', '2027-02-20', '2027-05-20', '2027-11-20'] },
    });
  });

  it('refuses an exit dated before the admission or in the future, an unknown type and an unknown decision body', async () => {
    const { staff } = await installation();
    const child = await register(staff, 'Əliyev', '2015-03-14');
    const early = await failure(staff.invoke('placements.exit', exit(child, 'reintegration', '2024-09-01')));
    expect(early.issues).toEqual([{ path: 'exitDate', message: 'validation.exitBeforeAdmission' }]);
    const future = await failure(
      staff.invoke('placements.exit', exit(child, 'pirates', '2026-11-26', { decision: { bodyCode: 'nobody', date: '2026-11-26' } })),
    );
    expect(future.issues).toEqual([
      { path: 'exitTypeCode', message: 'validation.unknownCode' },
      { path: 'exitDate', message: 'validation.dateInFuture' },
      { path: 'decision.bodyCode', message: 'validation.unknownCode' },
      { path: 'decision.date', message: 'validation.dateInFuture' },
    ]);
    expect((await staff.call('residents.get', { id: child.id })).status).toBe('in_residence');
  });

  it('schedules the next exit’s visits as the settings now say', async () => {
    const { director, staff } = await installation();
    await director.call('settings.update', { followUpMonths: [4, 2] });
    const child = await register(staff, 'Əliyev', '2015-03-14');
    await staff.call('placements.exit', exit(child, 'reintegration', '2026-11-20'));
    const [placement] = await staff.call('placements.list', { residentId: child.id });
    expect(placement?.followUps.map((visit) => visit.dueDate)).toEqual(['2027-01-20', '2027-03-20']);
  });

  it('schedules no visits after a transfer to another institution', async () => {
    const { staff } = await installation();
    const child = await register(staff, 'Əliyev', '2015-03-14');
    const record = await staff.call(
      'placements.exit',
      exit(child, 'transfer', '2026-11-20', {
        decision: { bodyCode: 'ministry_of_education', number: null, date: null },
        destination: { kind: 'institution', name: 'Gəncə şəhəri 2 nömrəli uşaq evi', phone: null, address: null },
      }),
    );
    expect(record.stays.at(-1)).toMatchObject({ exitDate: '2026-11-20', exitTypeCode: 'transfer' });
    const [placement] = await staff.call('placements.list', { residentId: child.id });
    expect(placement).toMatchObject({ typeCode: 'transfer', destination: { kind: 'institution', name: 'Gəncə şəhəri 2 nömrəli uşaq evi' } });
    expect(placement?.followUps).toEqual([]);
  });

  it('refuses a stale version (CONFLICT) and a viewer (FORBIDDEN)', async () => {
    const { core, director, staff } = await installation();
    const viewer = await core.addUser(director, 'nigar', 'viewer');
    const child = await register(staff, 'Əliyev', '2015-03-14');
    await staff.call('residents.updateEducation', {
      id: child.id,
      version: child.version,
      education: { educationTypeCode: null, schoolName: '12 nömrəli məktəb', grade: 5 },
    });
    expect((await failure(staff.invoke('placements.exit', exit(child, 'reintegration', '2026-11-20')))).code).toBe('CONFLICT');
    expect((await failure(viewer.invoke('placements.exit', exit(child, 'reintegration', '2026-11-20')))).code).toBe('FORBIDDEN');

    const current = await staff.call('residents.get', { id: child.id });
    const left = await staff.call('placements.exit', exit(current, 'reintegration', '2026-11-20'));
    expect((await failure(staff.invoke('placements.readmit', readmission(current, '2026-11-24')))).code).toBe('CONFLICT');
    expect((await failure(viewer.invoke('placements.readmit', readmission(left, '2026-11-24')))).code).toBe('FORBIDDEN');
    const [placement] = await viewer.call('placements.list', { residentId: child.id });
    const visit = placement!.followUps[0]!;
    expect((await failure(viewer.invoke('followUps.record', { id: visit.id, visitDate: '2026-11-25', outcome: 'stable' }))).code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('an adoption', () => {
  it('makes the record secret: others see no identity and no destination, the director sees everything', async () => {
    const { director, staff, alertsOn } = await installation();
    const child = await register(staff, 'Quliyev', '2020-02-02');
    const exited = await staff.call('placements.exit', exit(child, 'adoption', '2026-10-01', { decision: { bodyCode: 'court', number: '2-9/2026', date: '2026-09-20' } }));
    // The staff member who recorded it already sees it redacted.
    expect(exited).toMatchObject({ secret: true, identity: { surname: '', firstName: '', birthDate: '2020-02-02' } });

    expect((await staff.call('residents.get', { id: child.id })).identity).toMatchObject({ surname: '', firstName: '', patronymic: null });
    const row = (await staff.call('residents.list', { filter: {} })).rows.find((candidate) => candidate.id === child.id);
    expect(row).toMatchObject({ surname: '', firstName: '', secret: true });
    expect(await staff.call('residents.search', { query: 'Quliyev' })).toEqual([]);
    const [hidden] = await staff.call('placements.list', { residentId: child.id });
    expect(hidden).toMatchObject({
      typeCode: 'adoption',
      destination: { kind: 'person', name: null, phone: null, address: null },
      note: null,
    });
    expect(hidden?.followUps).toHaveLength(4);

    expect((await director.call('residents.get', { id: child.id })).identity).toMatchObject({ surname: 'Quliyev', firstName: 'Kamran' });
    expect((await director.call('residents.search', { query: 'Quliyev' })).map((found) => found.id)).toEqual([child.id]);
    const [shown] = await director.call('placements.list', { residentId: child.id });
    expect(shown).toMatchObject({ destination: { name: 'Həsənova Səbinə', phone: '+994 50 555 12 34' }, note: 'Ailə uşağı tanıyır.' });

    // Even the audit trail records only that the family was named, never who they are.
    const [entry] = (await director.call('audit.list', { filter: { entityType: 'resident', action: 'exit' } })).entries;
    expect(entry?.changes).toMatchObject({
      exitTypeCode: { before: null, after: 'adoption' },
      secret: { before: false, after: true },
      destinationName: { before: '[redacted]', after: '[redacted]' },
      destinationPhone: { before: '[redacted]', after: '[redacted]' },
      destinationAddress: { before: '[redacted]', after: '[redacted]' },
    });
    expect(JSON.stringify(entry)).not.toContain('Həsənova');

    // A visit to the adoptive family: who went and what they found is the director's to read.
    const visit = await staff.call('followUps.record', {
      id: hidden!.followUps[0]!.id,
      visitDate: '2026-11-03',
      visitor: 'Sosial işçi Nərmin Əzizova',
      outcome: 'stable',
      notes: 'Həsənovlar ailəsində uşaq yaxşı uyğunlaşıb.',
    });
    expect(visit).toMatchObject({ visitDate: '2026-11-03', outcome: 'stable', visitor: null, notes: null });
    expect((await staff.call('placements.list', { residentId: child.id }))[0]?.followUps[0]).toMatchObject({ visitor: null, notes: null });
    expect((await director.call('placements.list', { residentId: child.id }))[0]?.followUps[0]).toMatchObject({
      visitor: 'Sosial işçi Nərmin Əzizova',
      notes: 'Həsənovlar ailəsində uşaq yaxşı uyğunlaşıb.',
    });
    const [visitEntry] = (await director.call('audit.list', { filter: { entityType: 'follow_up' } })).entries;
    expect(visitEntry?.changes).toMatchObject({ visitor: { before: '[redacted]', after: '[redacted]' }, notes: { before: '[redacted]', after: '[redacted]' } });
    expect(JSON.stringify(visitEntry)).not.toContain('Həsənov');

    // The dashboard, seen by everyone, names no one; the next visit is not yet due.
    expect(alertsOn('2026-11-25')).toEqual([]);
    expect(alertsOn('2027-01-02')).toEqual([
      { kind: 'followUpOverdue', residentId: child.id, fullName: '', birthDate: '2020-02-02', dueDate: '2027-01-01', missing: [] },
    ]);
  });
});

describe('follow-up visits', () => {
  it('raise an alert when overdue and when the latest found the placement broken down', async () => {
    const { staff, alertsOn } = await installation();
    const child = await register(staff, 'Əliyev', '2015-03-14');
    const inResidence = await register(staff, 'Məmmədov', '2014-01-05');
    await staff.call('placements.exit', exit(child, 'reintegration', '2026-10-01'));
    expect(alertsOn('2026-11-25')).toEqual([
      { kind: 'followUpOverdue', residentId: child.id, fullName: 'Əliyev Kamran Rəşid oğlu', birthDate: '2015-03-14', dueDate: '2026-11-01', missing: [] },
    ]);

    const [placement] = await staff.call('placements.list', { residentId: child.id });
    const [first, second] = placement!.followUps;
    const future = await failure(staff.invoke('followUps.record', { id: first!.id, visitDate: '2026-11-26', outcome: 'stable' }));
    expect(future.issues).toEqual([{ path: 'visitDate', message: 'validation.dateInFuture' }]);
    const early = await failure(staff.invoke('followUps.record', { id: first!.id, visitDate: '2026-09-30', outcome: 'stable' }));
    expect(early.issues).toEqual([{ path: 'visitDate', message: 'validation.visitBeforePlacement' }]);

    const recorded = await staff.call('followUps.record', {
      id: first!.id,
      visitDate: '2026-11-20',
      visitor: 'Sosial işçi Nərmin Əzizova',
      outcome: 'broken_down',
      notes: 'Ana uşağı qəbul etmir.',
    });
    expect(recorded).toMatchObject({ dueDate: '2026-11-01', visitDate: '2026-11-20', outcome: 'broken_down', recordedByName: 'User leyla' });
    const twice = await failure(staff.invoke('followUps.record', { id: first!.id, visitDate: '2026-11-21', outcome: 'stable' }));
    expect(twice.issues).toEqual([{ path: 'id', message: 'validation.followUpRecorded' }]);

    // A breakdown does not end the placement by itself.
    expect((await staff.call('placements.list', { residentId: child.id }))[0]).toMatchObject({ endedDate: null, endReason: null });
    expect(alertsOn('2026-11-25')).toEqual([
      { kind: 'placementBreakdown', residentId: child.id, fullName: 'Əliyev Kamran Rəşid oğlu', birthDate: '2015-03-14', dueDate: '2026-11-20', missing: [] },
    ]);
    // Two months on, the next visit is overdue as well.
    expect(alertsOn('2027-01-15').map((alert) => [alert.kind, alert.dueDate])).toEqual([
      ['placementBreakdown', '2026-11-20'],
      ['followUpOverdue', second!.dueDate],
    ]);
    expect(alertsOn('2027-01-15').some((alert) => alert.residentId === inResidence.id)).toBe(false);
  });
});

describe('a visit of a placement that has ended', () => {
  it('may be recorded late, but not dated after the placement ended', async () => {
    const { staff } = await installation();
    const child = await register(staff, 'Əliyev', '2015-03-14');
    await staff.call('placements.exit', exit(child, 'kinship', '2026-09-01'));
    const [first] = await staff.call('placements.list', { residentId: child.id });
    await staff.call('placements.change', {
      residentId: child.id,
      previousPlacementId: first!.id,
      endReason: 'replaced',
      typeCode: 'foster_family',
      startDate: '2026-10-20',
      decision: { bodyCode: 'guardianship_authority', number: 'Q-31/2026', date: '2026-10-18' },
      destination: { kind: 'person', name: 'Rzayeva Aygün', phone: null, address: null },
    });
    const due = first!.followUps[0]!;
    const late = await failure(staff.invoke('followUps.record', { id: due.id, visitDate: '2026-10-25', outcome: 'stable' }));
    expect(late.issues).toEqual([{ path: 'visitDate', message: 'validation.visitAfterPlacement' }]);
    expect(await staff.call('followUps.record', { id: due.id, visitDate: '2026-10-15', outcome: 'at_risk' })).toMatchObject({
      visitDate: '2026-10-15',
      outcome: 'at_risk',
    });
  });
});

describe('after a breakdown', () => {
  it('re-admission opens a second stay, ends the placement and cancels the visits still ahead', async () => {
    const { director, staff, alertsOn } = await installation();
    const child = await register(staff, 'Əliyev', '2015-03-14');
    const left = await staff.call('placements.exit', exit(child, 'kinship', '2026-09-01'));
    const [placement] = await staff.call('placements.list', { residentId: child.id });
    await staff.call('followUps.record', { id: placement!.followUps[0]!.id, visitDate: '2026-10-03', outcome: 'broken_down' });

    expect((await failure(staff.invoke('placements.readmit', readmission(left, '2026-08-31')))).issues).toEqual([
      { path: 'admission.admissionDate', message: 'validation.admissionBeforeExit' },
    ]);
    const record = await staff.call('placements.readmit', readmission(left, '2026-10-10'));
    expect(record).toMatchObject({ status: 'in_residence', version: left.version + 1 });
    expect(record.stays.map((stay) => [stay.admission.admissionDate, stay.exitDate, stay.exitTypeCode])).toEqual([
      ['2024-09-02', '2026-09-01', 'kinship'],
      ['2026-10-10', null, null],
    ]);

    const [ended] = await staff.call('placements.list', { residentId: child.id });
    expect(ended).toMatchObject({ endedDate: '2026-10-10', endReason: 'readmitted' });
    expect(ended?.followUps.map((visit) => [visit.dueDate, visit.outcome])).toEqual([['2026-10-01', 'broken_down']]);
    expect(alertsOn('2027-06-01')).toEqual([]);

    expect((await failure(staff.invoke('placements.readmit', readmission(record, '2026-11-20')))).issues).toEqual([
      { path: 'residentId', message: 'validation.notExited' },
    ]);
    const [entry] = (await director.call('audit.list', { filter: { entityType: 'resident', action: 'readmission' } })).entries;
    expect(entry?.changes).toMatchObject({ admissionDate: { before: null, after: '2026-10-10' } });
    // A correction of either stay's admission keeps the stays in order.
    const [first, second] = record.stays;
    const correction = (stayId: string, admissionDate: string) => ({
      id: record.id,
      version: record.version,
      stayId,
      admission: { ...readmission(record, admissionDate).admission },
    });
    expect((await failure(staff.invoke('residents.updateAdmission', correction(second!.id, '2026-08-20')))).issues).toEqual([
      { path: 'admission.admissionDate', message: 'validation.admissionBeforeExit' },
    ]);
    expect((await failure(staff.invoke('residents.updateAdmission', correction(first!.id, '2026-09-05')))).issues).toEqual([
      { path: 'admission.admissionDate', message: 'validation.admissionAfterExit' },
    ]);
    const corrected = await staff.call('residents.updateAdmission', correction(second!.id, '2026-10-12'));
    expect(corrected.stays.map((stay) => stay.admission.admissionDate)).toEqual(['2024-09-02', '2026-10-12']);

    // In residence again, the child can leave again.
    const again = await staff.call('placements.exit', exit(corrected, 'foster_family', '2026-11-24'));
    expect(again.stays.at(-1)).toMatchObject({ exitDate: '2026-11-24', exitTypeCode: 'foster_family' });
  });

  it('a new family placement ends the old one and schedules its own visits', async () => {
    const { staff, alertsOn } = await installation();
    const child = await register(staff, 'Əliyev', '2015-03-14');
    const left = await staff.call('placements.exit', exit(child, 'kinship', '2026-09-01'));
    const [first] = await staff.call('placements.list', { residentId: child.id });
    await staff.call('followUps.record', { id: first!.followUps[0]!.id, visitDate: '2026-10-05', outcome: 'broken_down' });
    const change = {
      residentId: child.id,
      previousPlacementId: first!.id,
      endReason: 'breakdown',
      typeCode: 'foster_family',
      startDate: '2026-10-20',
      decision: { bodyCode: 'guardianship_authority', number: 'Q-30/2026', date: '2026-10-18' },
      destination: { kind: 'person', name: 'Rzayeva Aygün', phone: null, address: 'Bakı, Xətai rayonu' },
    };

    const transfer = await failure(staff.invoke('placements.change', { ...change, typeCode: 'transfer' }));
    expect(transfer.issues).toEqual([{ path: 'typeCode', message: 'validation.noFamilyPlacement' }]);
    const trusteeship = await failure(staff.invoke('placements.change', { ...change, typeCode: 'trusteeship' }));
    expect(trusteeship.issues).toEqual([{ path: 'typeCode', message: 'validation.exitAgeOutside', params: { min: 14, max: 17, age: 11 } }]);

    const placements = await staff.call('placements.change', change);
    expect(placements.map((placement) => [placement.typeCode, placement.startDate, placement.endedDate, placement.endReason])).toEqual([
      ['foster_family', '2026-10-20', null, null],
      ['kinship', '2026-09-01', '2026-10-20', 'breakdown'],
    ]);
    expect(placements[0]?.stayId).toBe(first!.stayId);
    expect(placements[0]?.followUps.map((visit) => visit.dueDate)).toEqual(['2026-11-20', '2027-01-20', '2027-04-20', '2027-10-20']);
    expect(placements[1]?.followUps.map((visit) => [visit.dueDate, visit.outcome])).toEqual([['2026-10-01', 'broken_down']]);
    // The stay keeps the exit it had; the record itself did not change.
    const record = await staff.call('residents.get', { id: child.id });
    expect(record).toMatchObject({ version: left.version, status: 'exited' });
    expect(record.stays.at(-1)?.exitTypeCode).toBe('kinship');
    // The breakdown is dealt with; the new placement's first visit is now what is due.
    expect(alertsOn('2026-11-25').map((alert) => [alert.kind, alert.dueDate])).toEqual([['followUpOverdue', '2026-11-20']]);

    const ended = await failure(staff.invoke('placements.change', { ...change, startDate: '2026-11-01' }));
    expect(ended.issues).toEqual([{ path: 'previousPlacementId', message: 'validation.placementEnded' }]);
  });
});
