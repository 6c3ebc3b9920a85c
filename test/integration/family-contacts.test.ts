import { afterEach, describe, expect, it } from 'vitest';

import type { AuditEntry } from '../../src-main/contract/audit';
import type { Envelope, FieldIssue } from '../../src-main/contract/errors';
import type { TestConnection, TestCore } from '../helpers/temp-core';
import { openTestCore, tempDir } from '../helpers/temp-core';

const opened: TestCore[] = [];
const dirs: { cleanup(): void }[] = [];
afterEach(() => {
  opened.splice(0).forEach((core) => core.close());
  dirs.splice(0).forEach((dir) => dir.cleanup());
});

async function installation(): Promise<{ core: TestCore; director: TestConnection }> {
  const dir = tempDir('korpu-family-');
  dirs.push(dir);
  const core = await openTestCore(dir.path);
  opened.push(core);
  return { core, director: await core.setUp() };
}

/** Registers a child (an orphan admitted from the family by a court) and returns the record's id. */
async function registerChild(window: TestConnection, name: { surname: string; firstName: string; patronymic: string; birthDate: string }): Promise<string> {
  const record = await window.call('residents.create', {
    identity: { ...name, sex: 'male' },
    legal: { legalStatusCode: 'orphan', deprivationReasonCodes: [] },
    admission: { admissionDate: '2024-09-02', basisBodyCode: 'court', reasonCodes: ['poverty'], sourceCode: 'family' },
  });
  return record.id;
}

const KAMRAN = { surname: 'Əliyev', firstName: 'Kamran', patronymic: 'Rəşid oğlu', birthDate: '2015-03-14' };
const MURAD = { surname: 'Əliyev', firstName: 'Murad', patronymic: 'Rəşid oğlu', birthDate: '2012-06-01' };

const member = (overrides: Record<string, unknown> = {}) => ({
  relationCode: 'mother',
  fullName: 'Əliyeva Səbinə Tofiq qızı',
  phone: '+994 50 123 45 67',
  address: 'Şəki, M.Ə. Rəsulzadə küçəsi 5',
  contactAllowed: true,
  note: null,
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

describe("a child's family", () => {
  it('lists mother first, then siblings by name, with a linked sibling shown by the name on his own record', async () => {
    const { director } = await installation();
    const kamran = await registerChild(director, KAMRAN);
    const murad = await registerChild(director, MURAD);
    await director.call('family.add', { residentId: kamran, member: member({ relationCode: 'brother', fullName: 'Murad', linkedResidentId: murad }) });
    await director.call('family.add', { residentId: kamran, member: member() });
    await director.call('family.add', { residentId: kamran, member: member({ relationCode: 'brother', fullName: 'Cavid', phone: '' }) });

    const family = await director.call('family.list', { residentId: kamran });
    expect(family.map((entry) => [entry.relationCode, entry.fullName])).toEqual([
      ['mother', 'Əliyeva Səbinə Tofiq qızı'],
      ['brother', 'Cavid'],
      ['brother', 'Murad'],
    ]);
    expect(family[1]).toMatchObject({ phone: null, linkedResidentId: null, linkedResidentName: null });
    expect(family[2]).toMatchObject({ linkedResidentId: murad, linkedResidentName: 'Əliyev Murad Rəşid oğlu' });
    // The other child's family is his own.
    expect(await director.call('family.list', { residentId: murad })).toEqual([]);

    // The link follows the sibling's record: a corrected name shows at once.
    const record = await director.call('residents.get', { id: murad });
    await director.call('residents.updateIdentity', { id: murad, version: record.version, identity: { ...record.identity, firstName: 'Muradəli' } });
    expect((await director.call('family.list', { residentId: kamran }))[2]?.linkedResidentName).toBe('Əliyev Muradəli Rəşid oğlu');
  });

  it('refuses a relation not in the list, a link to an unknown child or to the child himself, and stores nothing', async () => {
    const { director } = await installation();
    const kamran = await registerChild(director, KAMRAN);
    const refused = await failure(
      director.invoke('family.add', { residentId: kamran, member: member({ relationCode: 'pirate', linkedResidentId: 'nobody' }) }),
    );
    expect(refused).toEqual({
      code: 'VALIDATION_FAILED',
      issues: [
        { path: 'member.relationCode', message: 'validation.unknownCode' },
        { path: 'member.linkedResidentId', message: 'validation.unknownResident' },
      ],
    });
    const self = await failure(director.invoke('family.add', { residentId: kamran, member: member({ relationCode: 'brother', linkedResidentId: kamran }) }));
    expect(self.issues).toEqual([{ path: 'member.linkedResidentId', message: 'validation.unknownResident' }]);
    expect(await director.call('family.list', { residentId: kamran })).toEqual([]);
    expect((await failure(director.invoke('family.list', { residentId: 'nobody' }))).code).toBe('NOT_FOUND');
    expect((await failure(director.invoke('family.add', { residentId: 'nobody', member: member() }))).code).toBe('NOT_FOUND');
    expect((await failure(director.invoke('family.update', { id: 'nobody', member: member() }))).code).toBe('NOT_FOUND');
    expect((await failure(director.invoke('family.remove', { id: 'nobody' }))).code).toBe('NOT_FOUND');
  });

  it('keeps a since-retired relation on an entry that has it, but offers it to no new entry', async () => {
    const { director } = await installation();
    const kamran = await registerChild(director, KAMRAN);
    const grandmother = await director.call('family.add', { residentId: kamran, member: member({ relationCode: 'grandmother', fullName: 'Nənə Xədicə' }) });
    await director.call('reference.setRetired', { kind: 'relation_type', code: 'grandmother', retired: true });

    const updated = await director.call('family.update', {
      id: grandmother.id,
      member: member({ relationCode: 'grandmother', fullName: 'Nənə Xədicə', contactAllowed: false }),
    });
    expect(updated).toMatchObject({ relationCode: 'grandmother', contactAllowed: false });
    const refused = await failure(director.invoke('family.add', { residentId: kamran, member: member({ relationCode: 'grandmother' }) }));
    expect(refused.issues).toEqual([{ path: 'member.relationCode', message: 'validation.unknownCode' }]);
    const [change] = await trailOf(director, 'family_member');
    expect(change).toMatchObject({ action: 'update', entityId: grandmother.id, changes: { contactAllowed: { before: true, after: false } } });
  });

  it('removes an entry made in error, keeps the contacts that named the person, and the audit keeps what it said', async () => {
    const { director } = await installation();
    const kamran = await registerChild(director, KAMRAN);
    const mother = await director.call('family.add', { residentId: kamran, member: member({ note: 'Həftə sonları gəlir' }) });
    const visit = await director.call('contacts.add', { residentId: kamran, entry: { date: '2026-11-20', kind: 'visit', familyMemberId: mother.id } });
    const call = await director.call('contacts.add', {
      residentId: kamran,
      entry: { date: '2026-11-21', kind: 'phone', familyMemberId: mother.id, personName: 'Səbinə xanım' },
    });

    expect(await director.call('family.remove', { id: mother.id })).toEqual({ ok: true });

    expect(await director.call('family.list', { residentId: kamran })).toEqual([]);
    const contacts = await director.call('contacts.list', { residentId: kamran });
    expect(contacts.map((entry) => [entry.id, entry.familyMemberId, entry.personName])).toEqual([
      [call.id, null, 'Səbinə xanım'],
      [visit.id, null, 'Əliyeva Səbinə Tofiq qızı'],
    ]);
    const [removal] = await trailOf(director, 'family_member');
    expect(removal).toMatchObject({
      action: 'delete',
      entityId: mother.id,
      changes: {
        removed: { before: false, after: true },
        residentId: { before: kamran, after: null },
        relationCode: { before: 'mother', after: null },
        fullName: { before: 'Əliyeva Səbinə Tofiq qızı', after: null },
        phone: { before: '+994 50 123 45 67', after: null },
        address: { before: 'Şəki, M.Ə. Rəsulzadə küçəsi 5', after: null },
        contactAllowed: { before: true, after: null },
        note: { before: 'Həftə sonları gəlir', after: null },
      },
    });
    const contactChanges = (await trailOf(director, 'contact')).filter((entry) => entry.procedure === 'family.remove');
    expect(contactChanges.map((entry) => entry.entityId).sort()).toEqual([visit.id, call.id].sort());
    expect(await director.call('audit.verify', {})).toMatchObject({ ok: true });
  });
});

describe('the contact log', () => {
  it('shows the newest day first, the latest recorded first within a day, with who recorded each', async () => {
    const { director } = await installation();
    const kamran = await registerChild(director, KAMRAN);
    const session = await director.call('auth.session', {});
    const add = (date: string, note: string) => director.call('contacts.add', { residentId: kamran, entry: { date, kind: 'phone', note } });
    await add('2026-10-01', 'first');
    await add('2026-11-20', 'second');
    await add('2026-10-01', 'third');
    await add('2026-11-25', 'today');

    const log = await director.call('contacts.list', { residentId: kamran });
    expect(log.map((entry) => entry.note)).toEqual(['today', 'second', 'third', 'first']);
    expect(log.every((entry) => entry.recordedBy === session?.user.id)).toBe(true);
  });

  it('refuses a date in the future and a person from another child’s family', async () => {
    const { director } = await installation();
    const kamran = await registerChild(director, KAMRAN);
    const murad = await registerChild(director, MURAD);
    const muradsMother = await director.call('family.add', { residentId: murad, member: member() });
    const refused = await failure(
      director.invoke('contacts.add', { residentId: kamran, entry: { date: '2026-11-27', kind: 'visit', familyMemberId: muradsMother.id } }),
    );
    expect(refused).toEqual({
      code: 'VALIDATION_FAILED',
      issues: [
        { path: 'entry.date', message: 'validation.dateInFuture' },
        { path: 'entry.familyMemberId', message: 'validation.unknownFamilyMember' },
      ],
    });
    expect(await director.call('contacts.list', { residentId: kamran })).toEqual([]);
  });

  it('takes a correction of an entry, audited with what changed', async () => {
    const { director } = await installation();
    const kamran = await registerChild(director, KAMRAN);
    const entry = await director.call('contacts.add', { residentId: kamran, entry: { date: '2026-11-20', kind: 'visit', personName: 'Xala' } });
    const corrected = await director.call('contacts.update', {
      id: entry.id,
      entry: { date: '2026-11-19', kind: 'home_leave', personName: 'Xala', note: 'İki gün' },
    });
    expect(corrected).toMatchObject({ id: entry.id, date: '2026-11-19', kind: 'home_leave', note: 'İki gün', createdAt: entry.createdAt });
    expect(await director.call('contacts.list', { residentId: kamran })).toEqual([corrected]);
    const [change] = await trailOf(director, 'contact');
    expect(change).toMatchObject({
      action: 'update',
      entityId: entry.id,
      changes: { date: { before: '2026-11-20', after: '2026-11-19' }, kind: { before: 'visit', after: 'home_leave' }, note: { before: null, after: 'İki gün' } },
    });
    expect(Object.keys(change!.changes).sort()).toEqual(['date', 'kind', 'note']);
  });
});

describe('what a viewer may do', () => {
  it('reads the family and the log but changes neither', async () => {
    const { core, director } = await installation();
    const kamran = await registerChild(director, KAMRAN);
    const mother = await director.call('family.add', { residentId: kamran, member: member() });
    const entry = await director.call('contacts.add', { residentId: kamran, entry: { date: '2026-11-20', kind: 'visit', familyMemberId: mother.id } });
    const viewer = await core.addUser(director, 'baxan', 'viewer');

    expect(await viewer.call('family.list', { residentId: kamran })).toHaveLength(1);
    expect(await viewer.call('contacts.list', { residentId: kamran })).toHaveLength(1);
    const writes: [string, unknown][] = [
      ['family.add', { residentId: kamran, member: member() }],
      ['family.update', { id: mother.id, member: member({ fullName: 'Başqa' }) }],
      ['family.remove', { id: mother.id }],
      ['contacts.add', { residentId: kamran, entry: { date: '2026-11-20', kind: 'visit' } }],
      ['contacts.update', { id: entry.id, entry: { date: '2026-11-20', kind: 'phone' } }],
    ];
    for (const [name, input] of writes) {
      expect((await failure(viewer.invoke(name, input))).code).toBe('FORBIDDEN');
    }
    expect(await director.call('family.list', { residentId: kamran })).toEqual([mother]);
    expect(await director.call('contacts.list', { residentId: kamran })).toEqual([entry]);
  });
});
