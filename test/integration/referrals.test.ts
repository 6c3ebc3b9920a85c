import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';

import type { AuditEntry } from '../../src-main/contract/audit';
import type { Envelope, FieldIssue } from '../../src-main/contract/errors';
import { residents, stays } from '../../src-main/db/schema';
import { childInput } from '../helpers/residents';
import type { TestConnection, TestCore } from '../helpers/temp-core';
import { openTestCore, tempDir } from '../helpers/temp-core';

const opened: TestCore[] = [];
const dirs: { cleanup(): void }[] = [];
afterEach(() => {
  opened.splice(0).forEach((core) => core.close());
  dirs.splice(0).forEach((dir) => dir.cleanup());
});

async function installation(): Promise<{ core: TestCore; director: TestConnection }> {
  const dir = tempDir('korpu-referrals-');
  dirs.push(dir);
  const core = await openTestCore(dir.path);
  opened.push(core);
  return { core, director: await core.setUp() };
}

async function registerChild(window: TestConnection, overrides: Parameters<typeof childInput>[0] = {}): Promise<string> {
  return (await window.call('residents.create', childInput(overrides))).id;
}

const service = (overrides: Record<string, unknown> = {}) => ({
  name: 'Şəki reabilitasiya-inkişaf mərkəzi',
  typeCode: 'rehabilitation',
  regionCode: 'baku',
  address: 'Şəki, Azadlıq küçəsi 12',
  phone: '+994 24 244 12 34',
  capacity: 2,
  active: true,
  note: null,
  ...overrides,
});

async function addService(window: TestConnection, overrides: Record<string, unknown> = {}): Promise<string> {
  return (await window.call('services.save', { id: null, service: service(overrides) })).id;
}

async function refer(window: TestConnection, residentId: string, serviceId: string, extra: Record<string, unknown> = {}): Promise<string> {
  return (await window.call('referrals.create', { residentId, serviceId, requestedDate: '2026-10-01', note: null, ...extra })).id;
}

async function loadOf(window: TestConnection, serviceId: string): Promise<number | undefined> {
  return (await window.call('services.list', { includeInactive: true })).find((entry) => entry.id === serviceId)?.load;
}

async function failure(reply: Promise<Envelope<unknown>>): Promise<{ code: string; issues: FieldIssue[]; details: unknown }> {
  const envelope = await reply;
  expect(envelope.ok).toBe(false);
  const error = envelope.ok ? null : envelope.error;
  return { code: error?.code ?? '', issues: error?.details?.issues ?? [], details: error?.details };
}

async function trailOf(window: TestConnection, entityType: AuditEntry['entityType']): Promise<AuditEntry[]> {
  return (await window.call('audit.list', { filter: { entityType }, limit: 500 })).entries;
}

describe('the register of services', () => {
  it('counts accepted and attending children against capacity and warns before a referral over it', async () => {
    const { director } = await installation();
    const centre = await addService(director);
    expect(await loadOf(director, centre)).toBe(0);

    const first = await refer(director, await registerChild(director, { firstName: 'Kamran' }), centre);
    const second = await refer(director, await registerChild(director, { firstName: 'Murad' }), centre);
    // A request waits for the service's answer: it takes no place yet.
    expect(await loadOf(director, centre)).toBe(0);
    await director.call('referrals.setStatus', { id: first, status: 'accepted', date: '2026-10-05', note: null });
    await director.call('referrals.setStatus', { id: second, status: 'accepted', date: '2026-10-05', note: null });
    expect(await loadOf(director, centre)).toBe(2);

    const third = await registerChild(director, { firstName: 'Cavid' });
    const full = await failure(director.invoke('referrals.create', { residentId: third, serviceId: centre, requestedDate: '2026-10-01', note: null }));
    expect(full.code).toBe('SERVICE_AT_CAPACITY');
    expect(full.details).toEqual({ capacity: 2, load: 2 });
    expect(await director.call('referrals.list', { residentId: third })).toEqual([]);
    expect(await director.call('referrals.list', { serviceId: centre })).toHaveLength(2);

    // The user saw the warning and goes on: the referral is made, and accepting it needs the same consent.
    const over = await refer(director, third, centre, { acceptOverCapacity: true });
    expect((await failure(director.invoke('referrals.setStatus', { id: over, status: 'accepted', date: '2026-10-05', note: null }))).code).toBe(
      'SERVICE_AT_CAPACITY',
    );
    await director.call('referrals.setStatus', { id: over, status: 'accepted', date: '2026-10-05', note: null, acceptOverCapacity: true });
    expect(await loadOf(director, centre)).toBe(3);
    // Accepted → attending keeps the same place: no second warning.
    await director.call('referrals.setStatus', { id: over, status: 'attending', date: '2026-10-10', note: null });
    expect(await loadOf(director, centre)).toBe(3);
  });

  it('lists active services by type, then by name, and shows the inactive ones only when asked', async () => {
    const { director } = await installation();
    await addService(director, { name: 'Zəfər reabilitasiya mərkəzi' });
    await addService(director, { name: 'Çinar reabilitasiya mərkəzi' });
    await addService(director, { name: 'Günəş günərzi mərkəzi', typeCode: 'day_care', regionCode: null, phone: '' });
    const closed = await addService(director, { name: 'Bağlı mərkəz', typeCode: 'day_care', active: false });

    expect((await director.call('services.list', {})).map((entry) => entry.name)).toEqual([
      'Günəş günərzi mərkəzi',
      'Çinar reabilitasiya mərkəzi',
      'Zəfər reabilitasiya mərkəzi',
    ]);
    expect((await director.call('services.list', {}))[0]).toMatchObject({ regionCode: null, phone: null, load: 0 });
    expect((await director.call('services.list', { includeInactive: true })).map((entry) => entry.id)).toContain(closed);

    // Nobody is referred to a closed service.
    const child = await registerChild(director);
    const refused = await failure(director.invoke('referrals.create', { residentId: child, serviceId: closed, requestedDate: '2026-10-01', note: null }));
    expect(refused.issues).toEqual([{ path: 'serviceId', message: 'validation.unknownCode' }]);
  });

  it('refuses an unknown service type or region, naming the field', async () => {
    const { director } = await installation();
    const refused = await failure(director.invoke('services.save', { id: null, service: service({ typeCode: 'spaceport', regionCode: 'atlantis' }) }));
    expect(refused.code).toBe('VALIDATION_FAILED');
    expect(refused.issues).toEqual([
      { path: 'service.typeCode', message: 'validation.unknownCode' },
      { path: 'service.regionCode', message: 'validation.unknownCode' },
    ]);
    expect(await director.call('services.list', { includeInactive: true })).toEqual([]);
  });

  it('changes a service and records what changed', async () => {
    const { director } = await installation();
    const centre = await addService(director);
    const saved = await director.call('services.save', { id: centre, service: service({ capacity: 10, active: false }) });
    expect(saved).toMatchObject({ id: centre, capacity: 10, active: false, load: 0 });
    // Saving the same again changes nothing and writes nothing.
    await director.call('services.save', { id: centre, service: service({ capacity: 10, active: false }) });

    const trail = await trailOf(director, 'service');
    expect(trail.map((entry) => entry.action)).toEqual(['update', 'create']);
    expect(trail[0]?.changes).toEqual({ capacity: { before: 2, after: 10 }, active: { before: true, after: false } });
    expect((await failure(director.invoke('services.save', { id: 'no-such', service: service() }))).code).toBe('NOT_FOUND');
  });
});

describe("a child's referrals", () => {
  it('moves from request to the end, setting the dates, and never back', async () => {
    const { director } = await installation();
    const centre = await addService(director);
    const child = await registerChild(director);
    const id = await refer(director, child, centre, { note: 'Eşitmə üzrə məşğələlər' });

    const accepted = await director.call('referrals.setStatus', { id, status: 'accepted', date: '2026-10-05', note: null });
    expect(accepted).toMatchObject({ status: 'accepted', requestedDate: '2026-10-01', startDate: '2026-10-05', endDate: null, note: 'Eşitmə üzrə məşğələlər' });
    const attending = await director.call('referrals.setStatus', { id, status: 'attending', date: '2026-10-12', note: null });
    // The start is the day the place was given, not the first visit.
    expect(attending).toMatchObject({ status: 'attending', startDate: '2026-10-05', endDate: null });
    const ended = await director.call('referrals.setStatus', { id, status: 'ended', date: '2026-11-20', note: 'Kurs başa çatdı' });
    expect(ended).toMatchObject({
      status: 'ended',
      startDate: '2026-10-05',
      endDate: '2026-11-20',
      note: 'Kurs başa çatdı',
      residentName: 'Əliyev Kamran Rəşid oğlu',
      serviceName: 'Şəki reabilitasiya-inkişaf mərkəzi',
    });

    const back = await failure(director.invoke('referrals.setStatus', { id, status: 'attending', date: '2026-11-21', note: null }));
    expect(back.code).toBe('VALIDATION_FAILED');
    expect(back.issues).toEqual([{ path: 'status', message: 'validation.statusOrder' }]);

    const trail = await trailOf(director, 'referral');
    expect(trail.map((entry) => entry.action)).toEqual(['update', 'update', 'update', 'create']);
    expect(trail[0]?.changes).toEqual({
      status: { before: 'attending', after: 'ended' },
      endDate: { before: null, after: '2026-11-20' },
      note: { before: 'Eşitmə üzrə məşğələlər', after: 'Kurs başa çatdı' },
    });
  });

  it('refuses a skipped step, a date before the request and a date in the future', async () => {
    const { director } = await installation();
    const centre = await addService(director);
    const id = await refer(director, await registerChild(director), centre);

    const skipped = await failure(director.invoke('referrals.setStatus', { id, status: 'attending', date: '2026-10-05', note: null }));
    expect(skipped.issues).toEqual([{ path: 'status', message: 'validation.statusOrder' }]);
    const early = await failure(director.invoke('referrals.setStatus', { id, status: 'accepted', date: '2026-09-30', note: null }));
    expect(early.issues).toEqual([{ path: 'date', message: 'validation.dateBeforeRequest' }]);
    const future = await failure(director.invoke('referrals.setStatus', { id, status: 'accepted', date: '2026-11-26', note: null }));
    expect(future.issues).toEqual([{ path: 'date', message: 'validation.dateInFuture' }]);
    const ahead = await failure(
      director.invoke('referrals.create', { residentId: await registerChild(director, { firstName: 'Murad' }), serviceId: centre, requestedDate: '2026-11-26', note: null }),
    );
    expect(ahead.issues).toEqual([{ path: 'requestedDate', message: 'validation.dateInFuture' }]);

    const declined = await director.call('referrals.setStatus', { id, status: 'declined', date: '2026-10-03', note: null });
    expect(declined).toMatchObject({ status: 'declined', startDate: null, endDate: '2026-10-03' });
  });

  it('refers only a child in care: temporarily away yes, after leaving no', async () => {
    const { core, director } = await installation();
    const centre = await addService(director, { capacity: 10 });
    const away = await director.call('residents.create', childInput({ firstName: 'Murad' }));
    await director.call('residents.setAbsence', { id: away.id, version: away.version, absent: true, note: 'Xəstəxanada' });
    await refer(director, away.id, centre);

    const left = await registerChild(director, { firstName: 'Kamran', disability: true });
    expect((await director.call('services.unreferredDisabled', {})).map((entry) => entry.residentId)).toEqual([left]);
    // The exit itself belongs to placements; here the stay is closed as an exit would close it.
    const { db, residentIndex } = core.core.deps;
    db.update(stays).set({ exitDate: '2026-11-01', exitTypeCode: 'reintegration' }).where(eq(stays.residentId, left)).run();
    residentIndex.refresh(db, left);
    expect(await director.call('services.unreferredDisabled', {})).toEqual([]);
    const refused = await failure(director.invoke('referrals.create', { residentId: left, serviceId: centre, requestedDate: '2026-11-02', note: null }));
    expect(refused.issues).toEqual([{ path: 'residentId', message: 'validation.notInResidence' }]);
    expect((await failure(director.invoke('referrals.create', { residentId: 'nobody', serviceId: centre, requestedDate: '2026-11-02', note: null }))).code).toBe(
      'NOT_FOUND',
    );
  });

  it('lists newest request first and needs a child or a service', async () => {
    const { director } = await installation();
    const centre = await addService(director, { capacity: 10 });
    const school = await addService(director, { name: 'Şəki 3 nömrəli inklüziv məktəb', typeCode: 'inclusive_school' });
    const child = await registerChild(director);
    await refer(director, child, centre, { requestedDate: '2026-09-01' });
    await refer(director, child, school, { requestedDate: '2026-10-15' });
    await refer(director, await registerChild(director, { firstName: 'Murad' }), centre, { requestedDate: '2026-11-01' });

    expect((await director.call('referrals.list', { residentId: child })).map((entry) => [entry.serviceName, entry.requestedDate])).toEqual([
      ['Şəki 3 nömrəli inklüziv məktəb', '2026-10-15'],
      ['Şəki reabilitasiya-inkişaf mərkəzi', '2026-09-01'],
    ]);
    expect((await director.call('referrals.list', { serviceId: centre })).map((entry) => entry.residentName)).toEqual([
      'Əliyev Murad Rəşid oğlu',
      'Əliyev Kamran Rəşid oğlu',
    ]);
    const neither = await failure(director.invoke('referrals.list', {}));
    expect(neither.code).toBe('VALIDATION_FAILED');
    expect(neither.issues).toEqual([{ path: '', message: 'validation.required' }]);
  });

  it("hides a secret child's name from everyone but the director", async () => {
    const { core, director } = await installation();
    const staff = await core.addUser(director, 'leyla', 'staff');
    const centre = await addService(director);
    const child = await registerChild(director);
    await refer(director, child, centre);
    // As an adoption would: the record becomes secret.
    const { db, residentIndex } = core.core.deps;
    db.update(residents).set({ secret: true }).where(eq(residents.id, child)).run();
    residentIndex.refresh(db, child);

    expect((await director.call('referrals.list', { serviceId: centre }))[0]?.residentName).toBe('Əliyev Kamran Rəşid oğlu');
    expect((await staff.call('referrals.list', { serviceId: centre }))[0]?.residentName).toBe('');
  });

  it('lets a viewer read but not write', async () => {
    const { core, director } = await installation();
    const viewer = await core.addUser(director, 'nigar', 'viewer');
    const centre = await addService(director);
    const child = await registerChild(director);
    const id = await refer(director, child, centre);

    expect(await viewer.call('services.list', {})).toHaveLength(1);
    expect(await viewer.call('referrals.list', { residentId: child })).toHaveLength(1);
    expect((await failure(viewer.invoke('services.save', { id: null, service: service() }))).code).toBe('FORBIDDEN');
    expect((await failure(viewer.invoke('referrals.create', { residentId: child, serviceId: centre, requestedDate: '2026-10-01', note: null }))).code).toBe(
      'FORBIDDEN',
    );
    expect((await failure(viewer.invoke('referrals.setStatus', { id, status: 'accepted', date: '2026-10-05', note: null }))).code).toBe('FORBIDDEN');
    expect(await director.call('referrals.list', { residentId: child })).toHaveLength(1);
  });
});

describe('children with a disability referred to no service', () => {
  it('lists a child until a referral is requested, and again after it ends', async () => {
    const { director } = await installation();
    const centre = await addService(director);
    const ayan = await registerChild(director, { surname: 'Quliyeva', firstName: 'Ayan', patronymic: 'Elçin qızı', sex: 'female', disability: true });
    const ceyhun = await registerChild(director, { surname: 'Babayev', firstName: 'Ceyhun', disability: true });
    await registerChild(director, { surname: 'Həsənov', firstName: 'Orxan' });

    const unreferred = async () => (await director.call('services.unreferredDisabled', {})).map((entry) => entry.fullName);
    expect(await director.call('services.unreferredDisabled', {})).toEqual([
      { residentId: ceyhun, fullName: 'Babayev Ceyhun Rəşid oğlu', birthDate: '2015-03-14', disabilityCategoryCode: 'hearing' },
      { residentId: ayan, fullName: 'Quliyeva Ayan Elçin qızı', birthDate: '2015-03-14', disabilityCategoryCode: 'hearing' },
    ]);

    const id = await refer(director, ayan, centre);
    expect(await unreferred()).toEqual(['Babayev Ceyhun Rəşid oğlu']);
    await director.call('referrals.setStatus', { id, status: 'accepted', date: '2026-10-05', note: null });
    expect(await unreferred()).toEqual(['Babayev Ceyhun Rəşid oğlu']);
    await director.call('referrals.setStatus', { id, status: 'ended', date: '2026-11-20', note: null });
    expect(await unreferred()).toEqual(['Babayev Ceyhun Rəşid oğlu', 'Quliyeva Ayan Elçin qızı']);
  });
});
