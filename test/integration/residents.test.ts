import { afterEach, describe, expect, it } from 'vitest';

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

async function director(): Promise<{ core: TestCore; window: TestConnection }> {
  const dir = tempDir();
  dirs.push(dir);
  const core = await openTestCore(dir.path);
  opened.push(core);
  return { core, window: await core.setUp() };
}

type Failure = { code: string; details?: { issues?: { path: string; message: string }[]; duplicates?: { id: string; reason: string }[] } };
async function failure(promise: Promise<{ ok: boolean; error?: Failure }>): Promise<Failure> {
  const envelope = await promise;
  expect(envelope.ok).toBe(false);
  return envelope.error!;
}

describe('registering a child', () => {
  it('creates the record with its first stay, in residence, with an audit entry', async () => {
    const { core, window } = await director();
    const record = await window.call('residents.create', childInput({ fin: '5ab7k2x', birthCertSeries: 'aze', birthCertNumber: '1234567' }));
    expect(record).toMatchObject({
      version: 1,
      status: 'in_residence',
      age: 11,
      identity: { surname: 'Əliyev', fin: '5AB7K2X', birthCertSeries: 'AZE', birthCertNumber: '1234567' },
      legal: { legalStatusCode: 'orphan', deprivationReasonCodes: [] },
    });
    expect(record.stays).toHaveLength(1);
    expect(record.stays[0]?.admission).toMatchObject({ admissionDate: '2024-09-02', reasonCodes: ['parental_care_loss'] });
    expect(await window.call('residents.get', { id: record.id })).toEqual(record);
    const audit = await window.call('audit.list', { filter: { entityType: 'resident' } });
    expect(audit.entries[0]).toMatchObject({ action: 'create', entityId: record.id });
    expect(audit.entries[0]?.changes.surname).toEqual({ before: null, after: 'Əliyev' });
    expect(core.core.deps.residentIndex.get(record.id)?.status).toBe('in_residence');
  });

  it('refuses a malformed FİN, a birth in the future, an admission before birth, and a half certificate', async () => {
    const { window } = await director();
    const badFin = await failure(window.invoke('residents.create', childInput({ fin: '5AB7KIO' })));
    expect(badFin.details?.issues).toContainEqual({ path: 'identity.fin', message: 'validation.fin' });
    const future = await failure(window.invoke('residents.create', childInput({ birthDate: '2027-01-01', admissionDate: '2026-11-01' })));
    expect(future.details?.issues).toEqual(
      expect.arrayContaining([
        { path: 'identity.birthDate', message: 'validation.birthInFuture' },
        { path: 'admission.admissionDate', message: 'validation.admissionBeforeBirth' },
      ]),
    );
    const half = await failure(window.invoke('residents.create', childInput({ birthCertSeries: 'AZE' })));
    expect(half.details?.issues).toContainEqual({ path: 'identity.birthCertNumber', message: 'validation.certificateBoth' });
    expect((await window.call('residents.list', { filter: {} })).total).toBe(0);
  });

  it('requires a deprivation reason where the legal status says so, and current reference codes', async () => {
    const { window } = await director();
    const missing = await failure(window.invoke('residents.create', childInput({ legalStatusCode: 'deprived_of_care' })));
    expect(missing.details?.issues).toEqual([{ path: 'legal.deprivationReasonCodes', message: 'validation.deprivationReasonRequired' }]);
    const unknown = await failure(window.invoke('residents.create', childInput({ legalStatusCode: 'pirate' })));
    expect(unknown.details?.issues).toContainEqual({ path: 'legal.legalStatusCode', message: 'validation.unknownCode' });
    const created = await window.call(
      'residents.create',
      childInput({ legalStatusCode: 'deprived_of_care', deprivationReasonCodes: ['parents_imprisoned'] }),
    );
    expect(created.legal.deprivationReasonCodes).toEqual(['parents_imprisoned']);
  });

  it('is refused for a viewer', async () => {
    const { core, window } = await director();
    const viewer = await core.addUser(window, 'inspector', 'viewer');
    expect((await failure(viewer.invoke('residents.create', childInput()))).code).toBe('FORBIDDEN');
  });
});

describe('the duplicate guard', () => {
  it('blocks the same FİN or the same birth certificate, naming the existing child', async () => {
    const { window } = await director();
    const first = await window.call('residents.create', childInput({ fin: '5AB7K2X', birthCertSeries: 'AZE', birthCertNumber: '1234567' }));
    const sameFin = await failure(window.invoke('residents.create', childInput({ surname: 'Başqa', fin: '5ab7k2x' })));
    expect(sameFin.code).toBe('DUPLICATE_RESIDENT');
    expect(sameFin.details?.duplicates).toEqual([expect.objectContaining({ id: first.id, reason: 'fin' })]);
    const sameCertificate = await failure(
      window.invoke('residents.create', childInput({ surname: 'Başqa', birthDate: '2016-01-01', birthCertSeries: 'aze', birthCertNumber: '1234567' })),
    );
    expect(sameCertificate.details?.duplicates).toEqual([expect.objectContaining({ id: first.id, reason: 'birthCertificate' })]);
  });

  it('warns about a similar name with the same birth date, and creates after confirmation', async () => {
    const { window } = await director();
    const first = await window.call('residents.create', childInput({ surname: 'Məmmədov', firstName: 'Tural', patronymic: 'Elçin oğlu' }));
    const similar = childInput({ surname: 'Mamedov', firstName: 'Tural', patronymic: 'Elçin oğlu' });
    const probe = (input: typeof similar) => {
      const { surname, firstName, patronymic, birthDate, fin, birthCertSeries, birthCertNumber } = input.identity;
      return { surname, firstName, patronymic, birthDate, fin, birthCertSeries, birthCertNumber };
    };
    const check = await window.call('residents.checkDuplicates', probe(similar));
    expect(check).toEqual({ blocking: [], similar: [expect.objectContaining({ id: first.id, fullName: 'Məmmədov Tural Elçin oğlu' })] });
    expect((await failure(window.invoke('residents.create', similar))).code).toBe('POSSIBLE_DUPLICATE');
    const second = await window.call('residents.create', { ...similar, confirmNotDuplicate: true });
    expect(second.id).not.toBe(first.id);
    // Another birth date is another child: no warning.
    const other = childInput({ surname: 'Məmmədov', firstName: 'Tural', birthDate: '2012-05-05' });
    expect(await window.call('residents.checkDuplicates', probe(other))).toEqual({ blocking: [], similar: [] });
  });
});

describe('changing a record', () => {
  async function oneChild() {
    const setup = await director();
    const record = await setup.window.call('residents.create', childInput());
    return { ...setup, record };
  }

  it('saves a section, raises the version and audits only what changed', async () => {
    const { window, record } = await oneChild();
    const saved = await window.call('residents.updateEducation', {
      id: record.id,
      version: record.version,
      education: { educationTypeCode: 'inclusive_class', schoolName: 'Şəki şəhər 5 nömrəli məktəb', grade: 5 },
    });
    expect(saved.version).toBe(2);
    expect(saved.education).toEqual({ educationTypeCode: 'inclusive_class', schoolName: 'Şəki şəhər 5 nömrəli məktəb', grade: 5 });
    const audit = await window.call('audit.list', { filter: { entityType: 'resident', action: 'update' } });
    expect(Object.keys(audit.entries[0]?.changes ?? {}).sort()).toEqual(['educationTypeCode', 'grade', 'schoolName']);
  });

  it('refuses an edit made on an outdated copy instead of overwriting the other change', async () => {
    const { window, record } = await oneChild();
    await window.call('residents.updateHealth', {
      id: record.id,
      version: record.version,
      health: { disabilityStatus: 'assessment', disabilityCategoryCode: null, diagnosis: null, needs: null, healthNotes: 'Yoxlanılır' },
    });
    const stale = await failure(
      window.invoke('residents.updateHealth', {
        id: record.id,
        version: record.version,
        health: { disabilityStatus: 'none', disabilityCategoryCode: null, diagnosis: null, needs: null, healthNotes: null },
      }),
    );
    expect(stale.code).toBe('CONFLICT');
    const now: ResidentRecord = await window.call('residents.get', { id: record.id });
    expect(now.health.healthNotes).toBe('Yoxlanılır');
  });

  it('keeps FİN unique when the identity changes, and marks a temporary absence', async () => {
    const { window, record } = await oneChild();
    const other = await window.call('residents.create', childInput({ surname: 'Quliyeva', firstName: 'Aysel', sex: 'female', fin: '7XYZ123', birthDate: '2013-01-01' }));
    const taken = await failure(
      window.invoke('residents.updateIdentity', { id: record.id, version: record.version, identity: { ...childInput().identity, fin: '7xyz123' } }),
    );
    expect(taken.code).toBe('DUPLICATE_RESIDENT');
    const away = await window.call('residents.setAbsence', { id: other.id, version: other.version, absent: true, note: 'Xəstəxanada' });
    expect(away.status).toBe('temporarily_absent');
    expect(away.stays.at(-1)).toMatchObject({ temporarilyAbsent: true, absenceNote: 'Xəstəxanada' });
  });
});

describe('finding children', () => {
  async function register(window: TestConnection) {
    const children = [
      childInput({ surname: 'İsmayılov', firstName: 'Elvin', birthDate: '2012-02-02', fin: '2AB3C4D' }),
      childInput({ surname: 'Əliyeva', firstName: 'Leyla', patronymic: 'Vüsal qızı', sex: 'female', birthDate: '2019-06-01' }),
      childInput({ surname: 'Cəfərov', firstName: 'Orxan', birthDate: '2009-10-10', disability: true }),
      childInput({ surname: 'Çələbi', firstName: 'Nərgiz', sex: 'female', patronymic: null, birthDate: '2022-04-04' }),
      childInput({ surname: 'Abbasov', firstName: 'Murad', birthDate: '2016-07-07', birthCertSeries: 'AZE', birthCertNumber: '7654321' }),
    ];
    for (const child of children) {
      await window.call('residents.create', { ...child, confirmNotDuplicate: true });
    }
  }

  it('sorts by the Azerbaijani alphabet and filters by sex, age group and disability', async () => {
    const { window } = await director();
    await register(window);
    const all = await window.call('residents.list', { filter: {} });
    expect(all.rows.map((row) => row.surname)).toEqual(['Abbasov', 'Cəfərov', 'Çələbi', 'Əliyeva', 'İsmayılov']);
    const descending = await window.call('residents.list', { filter: {}, sort: { by: 'name', descending: true } });
    expect(descending.rows[0]?.surname).toBe('İsmayılov');
    expect((await window.call('residents.list', { filter: { sex: 'female' } })).rows.map((row) => row.firstName)).toEqual(['Nərgiz', 'Leyla']);
    // On 2026-11-25 Nərgiz is 4, Leyla 7 and Murad 10.
    expect((await window.call('residents.list', { filter: { ageGroups: ['0-2', '3-6'] } })).rows.map((row) => row.firstName)).toEqual([
      'Nərgiz',
    ]);
    expect((await window.call('residents.list', { filter: { ageGroups: ['7-10'] } })).rows.map((row) => row.firstName)).toEqual([
      'Murad',
      'Leyla',
    ]);
    expect((await window.call('residents.list', { filter: { disability: true } })).rows.map((row) => row.surname)).toEqual(['Cəfərov']);
  });

  it('finds children by folded name, FİN or certificate, whatever the case and letters typed', async () => {
    const { window } = await director();
    await register(window);
    const names = async (query: string) => (await window.call('residents.search', { query })).map((row) => row.surname);
    expect(await names('ismayilov')).toEqual(['İsmayılov']);
    expect(await names('ISMAYILOV')).toEqual(['İsmayılov']);
    expect(await names('eliyeva')).toEqual(['Əliyeva']);
    expect(await names('celebi nergiz')).toEqual(['Çələbi']);
    expect(await names('2ab3')).toEqual(['İsmayılov']);
    expect(await names('7654321')).toEqual(['Abbasov']);
    expect(await names('vusal qizi')).toEqual(['Əliyeva']);
    expect(await names('zzz')).toEqual([]);
    expect((await window.call('residents.list', { filter: { query: 'orxan' } })).rows.map((row) => row.surname)).toEqual(['Cəfərov']);
  });
});

describe('the dashboard', () => {
  it('counts children by age group and sex and raises the age alerts', async () => {
    const { window } = await director();
    // Today is 2026-11-25 in the test clock.
    const turning14 = await window.call('residents.create', childInput({ surname: 'Həsənov', birthDate: '2012-12-10', admissionDate: '2020-01-10' }));
    const card15 = await window.call(
      'residents.create',
      childInput({ surname: 'Qasımova', firstName: 'Günay', sex: 'female', birthDate: '2011-11-20', admissionDate: '2020-01-10', birthCertSeries: 'AZE', birthCertNumber: '1112223' }),
    );
    const leaving = await window.call('residents.create', childInput({ surname: 'Rzayev', birthDate: '2009-02-01', admissionDate: '2021-05-05', fin: '9QWE8RT' }));
    await window.call('residents.create', childInput({ surname: 'Babayeva', sex: 'female', birthDate: '2024-05-05', admissionDate: '2026-02-02', disability: true }));
    const board = await window.call('dashboard.get', {});
    expect(board.inResidence).toMatchObject({ total: 4, withDisability: 1, temporarilyAbsent: 0 });
    expect(board.inResidence.byAgeGroup.find((row) => row.group === '0-2')).toEqual({ group: '0-2', male: 0, female: 1 });
    expect(board.inResidence.byAgeGroup.find((row) => row.group === '15-17')).toEqual({ group: '15-17', male: 1, female: 1 });
    expect(board.admissionsThisYear).toBe(1);
    const kinds = (id: string) => board.alerts.filter((alert) => alert.residentId === id).map((alert) => alert.kind);
    expect(kinds(turning14.id)).toContain('turning14');
    expect(board.alerts.find((alert) => alert.residentId === turning14.id && alert.kind === 'turning14')?.dueDate).toBe('2026-12-10');
    expect(kinds(card15.id)).toContain('identityCard15');
    expect(kinds(leaving.id)).toContain('leavingCare');
    expect(kinds(leaving.id)).not.toContain('missingData');
    expect(board.alerts.find((alert) => alert.residentId === turning14.id && alert.kind === 'missingData')?.missing).toEqual([
      'residentFields.birthCertificate',
    ]);
  });
});

describe('reference data', () => {
  it('lets the director add, rename and retire items; a retired code stays on the records that use it', async () => {
    const { window } = await director();
    const added = await window.call('reference.save', {
      kind: 'legal_status',
      code: 'temporary_care',
      labels: { az: 'Müvəqqəti himayədə', ru: 'Под временной опекой', en: 'In temporary care' },
      isNew: true,
    });
    expect(added).toMatchObject({ code: 'temporary_care', retired: false, meta: {} });
    const again = await failure(
      window.invoke('reference.save', { kind: 'legal_status', code: 'temporary_care', labels: added.labels, isNew: true }),
    );
    expect(again.code).toBe('CONFLICT');
    const child = await window.call('residents.create', childInput({ legalStatusCode: 'temporary_care' }));
    await window.call('reference.setRetired', { kind: 'legal_status', code: 'temporary_care', retired: true });
    const current = await window.call('reference.list', { kind: 'legal_status' });
    expect(current.map((item) => item.code)).not.toContain('temporary_care');
    // The child keeps the code and can still be edited with it; a new child cannot get it.
    const kept = await window.call('residents.updateLegal', {
      id: child.id,
      version: child.version,
      legal: { legalStatusCode: 'temporary_care', deprivationReasonCodes: [] },
    });
    expect(kept.legal.legalStatusCode).toBe('temporary_care');
    const refused = await failure(window.invoke('residents.create', childInput({ surname: 'Yeni', legalStatusCode: 'temporary_care' })));
    expect(refused.details?.issues).toContainEqual({ path: 'legal.legalStatusCode', message: 'validation.unknownCode' });
  });
});
