import { afterEach, describe, expect, it } from 'vitest';

import type { Envelope, FieldIssue } from '../../src-main/contract/errors';
import type { TestConnection, TestCore } from '../helpers/temp-core';
import { openTestCore, sampleSetup, tempDir, TEST_NOW, USER_PASSWORD } from '../helpers/temp-core';

const opened: TestCore[] = [];
const dirs: { cleanup(): void }[] = [];
afterEach(() => {
  opened.splice(0).forEach((core) => core.close());
  dirs.splice(0).forEach((dir) => dir.cleanup());
});

/** An installation with a child, the director and a staff member (Leyla), both signed in. */
async function installation() {
  const dir = tempDir('korpu-notes-');
  dirs.push(dir);
  const core = await openTestCore(dir.path);
  opened.push(core);
  const director = await core.setUp();
  const staff = await core.addUser(director, 'leyla', 'staff');
  const child = await registerChild(director, 'Kamran', '2015-03-14');
  return { core, director, staff, child };
}

async function registerChild(window: TestConnection, firstName: string, birthDate: string): Promise<string> {
  const record = await window.call('residents.create', {
    identity: { surname: 'Əliyev', firstName, patronymic: 'Rəşid oğlu', sex: 'male', birthDate },
    legal: { legalStatusCode: 'orphan', deprivationReasonCodes: [] },
    admission: { admissionDate: '2024-09-02', basisBodyCode: 'court', reasonCodes: ['poverty'], sourceCode: 'family' },
  });
  return record.id;
}

const hoursAfterStart = (hours: number): Date => new Date(TEST_NOW.getTime() + hours * 3_600_000);

/** Moves the clock; sessions end after 12 hours, so each window signs in again. */
async function later(core: TestCore, hours: number, ...windows: [TestConnection, string, string][]): Promise<void> {
  core.clock.set(hoursAfterStart(hours));
  for (const [window, login, password] of windows) {
    await window.signIn(login, password);
  }
}

const note = (text: string, overrides: Record<string, unknown> = {}) => ({ date: '2026-11-25', domainCode: 'health', text, ...overrides });

async function failure(reply: Promise<Envelope<unknown>>): Promise<{ code: string; issues: FieldIssue[] }> {
  const envelope = await reply;
  expect(envelope.ok).toBe(false);
  const error = envelope.ok ? null : envelope.error;
  return { code: error?.code ?? '', issues: error?.details?.issues ?? [] };
}

describe('progress notes', () => {
  it('are listed newest day first, the latest written first within a day, with the author’s name', async () => {
    const { director, staff, child } = await installation();
    await staff.call('notes.add', { residentId: child, note: note('Qızdırma yoxdur.', { date: '2026-11-20' }) });
    await director.call('notes.add', { residentId: child, note: note('Həkim müayinəsi.', { date: '2026-11-24' }) });
    await staff.call('notes.add', { residentId: child, note: note('Yaxşı yatıb.', { date: '2026-11-20', domainCode: 'development' }) });

    const notes = await director.call('notes.list', { residentId: child });
    expect(notes.map((entry) => [entry.date, entry.text, entry.authorName])).toEqual([
      ['2026-11-24', 'Həkim müayinəsi.', sampleSetup.director.fullName],
      ['2026-11-20', 'Yaxşı yatıb.', 'User leyla'],
      ['2026-11-20', 'Qızdırma yoxdur.', 'User leyla'],
    ]);
    expect((await failure(director.invoke('notes.list', { residentId: 'nobody' }))).code).toBe('NOT_FOUND');
  });

  it('can be edited by the author for 24 hours, and then only corrected, the original staying as it was', async () => {
    const { core, director, staff, child } = await installation();
    const written = await staff.call('notes.add', { residentId: child, note: note('Boğaz ağrısından şikayət edir.') });
    const deadline = hoursAfterStart(24).toISOString();
    expect(written).toMatchObject({ editableUntil: deadline, editedAt: null, correctsNoteId: null });
    // Only the author sees it as editable.
    expect((await director.call('notes.list', { residentId: child }))[0]?.editableUntil).toBeNull();

    await later(core, 23.9, [staff, 'leyla', USER_PASSWORD]);
    const edited = await staff.call('notes.edit', { id: written.id, note: note('Boğaz ağrısından şikayət edir; həkimə göstərildi.') });
    expect(edited).toMatchObject({ text: 'Boğaz ağrısından şikayət edir; həkimə göstərildi.', editedAt: hoursAfterStart(23.9).toISOString(), editableUntil: deadline });

    await later(core, 24, [staff, 'leyla', USER_PASSWORD], [director, 'aynur', sampleSetup.director.password]);
    expect((await failure(staff.invoke('notes.edit', { id: written.id, note: note('Sonradan dəyişdirilmiş.') }))).code).toBe('NOTE_LOCKED');
    const correction = await staff.call('notes.add', {
      residentId: child,
      note: note('Düzəliş: həkim sabah gələcək.'),
      correctsNoteId: written.id,
    });
    expect(correction).toMatchObject({ correctsNoteId: written.id, editableUntil: hoursAfterStart(48).toISOString() });

    const notes = await staff.call('notes.list', { residentId: child });
    expect(notes.map((entry) => [entry.id, entry.text, entry.editableUntil])).toEqual([
      [correction.id, 'Düzəliş: həkim sabah gələcək.', hoursAfterStart(48).toISOString()],
      [written.id, 'Boğaz ağrısından şikayət edir; həkimə göstərildi.', null],
    ]);
    const trail = (await director.call('audit.list', { filter: { entityType: 'note' } })).entries;
    expect(trail.map((entry) => [entry.action, entry.entityId])).toEqual([
      ['create', correction.id],
      ['update', written.id],
      ['create', written.id],
    ]);
    expect(trail[1]?.changes).toEqual({
      text: { before: 'Boğaz ağrısından şikayət edir.', after: 'Boğaz ağrısından şikayət edir; həkimə göstərildi.' },
    });
  });

  it('cannot be edited by anyone but its author, not even the director', async () => {
    const { director, staff, child } = await installation();
    const written = await staff.call('notes.add', { residentId: child, note: note('Məktəbdə yaxşı oxuyur.', { domainCode: 'education' }) });
    const refused = await failure(director.invoke('notes.edit', { id: written.id, note: note('Dəyişdirildi.') }));
    expect(refused.code).toBe('NOTE_LOCKED');
    expect((await director.call('notes.list', { residentId: child }))[0]).toMatchObject({ text: 'Məktəbdə yaxşı oxuyur.', editedAt: null });
    expect((await failure(director.invoke('notes.edit', { id: 'nobody', note: note('x') }))).code).toBe('NOT_FOUND');
  });

  it('refuses an unknown domain, a future date and a correction of another child’s note', async () => {
    const { director, staff, child } = await installation();
    const other = await registerChild(director, 'Murad', '2012-06-01');
    const othersNote = await staff.call('notes.add', { residentId: other, note: note('Başqa uşaq.') });
    const refused = await failure(
      staff.invoke('notes.add', {
        residentId: child,
        note: note('Bu qeyd saxlanmamalıdır.', { domainCode: 'astrology', date: '2026-11-27' }),
        correctsNoteId: othersNote.id,
      }),
    );
    expect(refused).toEqual({
      code: 'VALIDATION_FAILED',
      issues: [
        { path: 'note.domainCode', message: 'validation.unknownCode' },
        { path: 'note.date', message: 'validation.dateInFuture' },
        { path: 'correctsNoteId', message: 'validation.unknownNote' },
      ],
    });
    expect(await staff.call('notes.list', { residentId: child })).toEqual([]);
  });

  it('are read by a viewer, who may neither write nor edit one', async () => {
    const { core, director, child } = await installation();
    const written = await director.call('notes.add', { residentId: child, note: note('Ümumi vəziyyət yaxşıdır.', { domainCode: 'general' }) });
    const viewer = await core.addUser(director, 'baxan', 'viewer');
    expect((await viewer.call('notes.list', { residentId: child })).map((entry) => entry.id)).toEqual([written.id]);
    expect((await failure(viewer.invoke('notes.add', { residentId: child, note: note('x') }))).code).toBe('FORBIDDEN');
    expect((await failure(viewer.invoke('notes.edit', { id: written.id, note: note('x') }))).code).toBe('FORBIDDEN');
  });
});
