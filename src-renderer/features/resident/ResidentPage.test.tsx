import type { FamilyMember } from '@contract/family';
import type { ProgressNote } from '@contract/notes';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { FakeFailure } from '../../api/fake-bridge';
import { initI18n } from '../../i18n/i18n';
import { inputsOf } from '../users/test-providers';
import { elvin, renderAt } from './test-fixtures';

const HOUR = 60 * 60 * 1000;

function sister(): FamilyMember {
  return {
    id: 'f-1',
    residentId: 'r-1',
    relationCode: 'sister',
    fullName: 'Məmmədova Aysel',
    phone: null,
    address: null,
    contactAllowed: true,
    note: null,
    linkedResidentId: 'r-2',
    linkedResidentName: 'Məmmədova Aysel Rəşid qızı',
    updatedAt: '2026-01-10T08:00:00.000Z',
  };
}

function note(id: string, text: string, createdAt: Date, extra: Partial<ProgressNote> = {}): ProgressNote {
  return {
    id,
    residentId: 'r-1',
    date: createdAt.toISOString().slice(0, 10),
    domainCode: 'health',
    text,
    authorId: 'u-1',
    authorName: 'Aynur Məmmədova',
    createdAt: createdAt.toISOString(),
    editedAt: null,
    editableUntil: null,
    correctsNoteId: null,
    ...extra,
  };
}

function renderRecord(handlers: Record<string, (input: unknown) => unknown> = {}, role: 'director' | 'staff' | 'viewer' = 'staff') {
  return renderAt('/residents/r-1', { 'residents.get': elvin, 'family.list': () => [sister()], ...handlers }, role);
}

const openTab = async (name: string) => userEvent.click(await screen.findByRole('tab', { name }));

beforeAll(async () => {
  await initI18n('az');
});

describe("a child's record", () => {
  it('shows the header and every section with reference codes as labels', async () => {
    renderRecord();
    expect(await screen.findByRole('heading', { level: 1, name: 'Məmmədov Elvin Rəşid oğlu' })).toBeInTheDocument();
    expect(screen.getByText('11 yaş')).toBeInTheDocument();
    expect(screen.getByText('Müəssisədədir')).toBeInTheDocument();
    expect(screen.getByText('AZE 1234567')).toBeInTheDocument();

    await openTab('Hüquqi status və qəbul');
    expect(await screen.findByText('Valideyn himayəsindən məhrum')).toBeInTheDocument();
    for (const label of ['Valideynlər cəza çəkir', 'Məhkəmə', 'Polis', 'Ailə böhranı', 'Ailədən']) {
      expect(screen.getByText(label)).toBeInTheDocument();
    }
    expect(screen.queryByText('deprived_of_care')).not.toBeInTheDocument();

    await openTab('Sağlamlıq');
    expect(await screen.findByText('Eşitmə pozuntusu')).toBeInTheDocument();
    await openTab('Təhsil');
    expect(await screen.findByText('Ümumtəhsil məktəbi')).toBeInTheDocument();

    await openTab('Ailə və əlaqələr');
    const row = (await screen.findByRole('rowheader', { name: 'Məmmədova Aysel' })).closest('tr')!;
    expect(within(row).getByText('Bacı')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Məmmədova Aysel Rəşid qızı' })).toHaveAttribute('href', '/residents/r-2');
  });

  it('saves an identity change with the version that was shown', async () => {
    const fake = renderRecord({ 'residents.updateIdentity': () => ({ ...elvin(), version: 5 }) });
    await userEvent.click(await screen.findByRole('button', { name: 'Redaktə et: Şəxsi məlumatlar' }));
    const birthPlace = screen.getByLabelText(/^Doğum yeri/);
    await userEvent.clear(birthPlace);
    await userEvent.type(birthPlace, 'Qax');
    await userEvent.click(screen.getByRole('button', { name: 'Yadda saxla' }));
    await waitFor(() =>
      expect(inputsOf(fake, 'residents.updateIdentity')).toEqual([
        {
          id: 'r-1',
          version: 4,
          identity: { ...elvin().identity, birthPlace: 'Qax' },
        },
      ]),
    );
    expect(await screen.findByText('Dəyişikliklər yadda saxlanıldı.')).toBeInTheDocument();
  });

  it('never overwrites a change made meanwhile: it asks to reload', async () => {
    const fake = renderRecord({
      'residents.updateIdentity': () => {
        throw new FakeFailure({ code: 'CONFLICT', message: 'The record was changed meanwhile', details: { currentVersion: 5 } });
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Redaktə et: Şəxsi məlumatlar' }));
    await userEvent.type(screen.getByLabelText(/^Doğum yeri/), ' rayonu');
    await userEvent.click(screen.getByRole('button', { name: 'Yadda saxla' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/başqası onu dəyişib/);
    expect(screen.getByRole('button', { name: 'Yadda saxla' })).toBeDisabled();
    await userEvent.click(within(alert).getByRole('button', { name: 'Qeydi yenilə' }));
    await waitFor(() => expect(inputsOf(fake, 'residents.get')).toHaveLength(2));
    expect(await screen.findByText('Şəki')).toBeInTheDocument();
    expect(inputsOf(fake, 'residents.updateIdentity')).toHaveLength(1);
  });

  it('offers Edit on a note for a day, and afterwards only a correction, shown under the note', async () => {
    const now = Date.now();
    const recent = note('n-2', 'Bu gün həkimə baxıldı.', new Date(now - 2 * HOUR), {
      editableUntil: new Date(now + 22 * HOUR).toISOString(),
    });
    const old = note('n-1', 'Eşitmə cihazı verildi.', new Date(now - 5 * 24 * HOUR));
    const correction = note('n-3', 'Cihaz sol qulaq üçündür.', new Date(now - 4 * 24 * HOUR), { correctsNoteId: 'n-1' });
    const fake = renderRecord({
      'notes.list': () => [recent, correction, old],
      'notes.add': (input) => ({ ...old, id: 'n-4', ...(input as { note: object }).note }),
    });
    await openTab('İnkişaf qeydləri');
    const recentCard = (await screen.findByText('Bu gün həkimə baxıldı.')).closest('article')!;
    expect(within(recentCard).getByRole('button', { name: /^Redaktə et/ })).toBeInTheDocument();
    expect(within(recentCard).getByText(/qədər redaktə etmək olar$/)).toBeInTheDocument();
    expect(within(recentCard).queryByRole('button', { name: /^Düzəliş əlavə et/ })).not.toBeInTheDocument();

    const oldCard = screen.getByText('Eşitmə cihazı verildi.').closest('article')!;
    expect(within(oldCard).queryByRole('button', { name: /^Redaktə et/ })).not.toBeInTheDocument();
    const correctionCard = screen.getByText('Cihaz sol qulaq üçündür.').closest('article')!;
    expect(within(correctionCard).getByText('Düzəliş')).toBeInTheDocument();
    // The correction follows the note it corrects, not the list order.
    expect(oldCard.compareDocumentPosition(correctionCard) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    await userEvent.click(within(oldCard).getByRole('button', { name: /^Düzəliş əlavə et/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText(/^Düzəlişin mətni/), 'Cihaz hər iki qulaq üçündür.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await waitFor(() => expect(inputsOf(fake, 'notes.add')).toHaveLength(1));
    expect(inputsOf(fake, 'notes.add')[0]).toMatchObject({
      residentId: 'r-1',
      correctsNoteId: 'n-1',
      note: { domainCode: 'health', text: 'Cihaz hər iki qulaq üçündür.' },
    });
  });

  it('shows a viewer the record without any way to change it', async () => {
    const file = {
      id: 'a-1',
      residentId: 'r-1',
      kind: 'photo',
      fileName: 'elvin.jpg',
      mimeType: 'image/jpeg',
      size: 180_000,
      sha256: 'ab',
      description: null,
      uploadedBy: 'u-1',
      uploadedByName: 'Aynur Məmmədova',
      uploadedAt: '2026-01-10T08:00:00.000Z',
    };
    renderRecord(
      {
        'notes.list': () => [note('n-1', 'Qeyd.', new Date(Date.now() - 5 * 24 * HOUR))],
        'contacts.list': () => [
          { id: 'c-1', residentId: 'r-1', date: '2026-01-05', kind: 'visit', familyMemberId: 'f-1', personName: null, note: null, recordedBy: 'u-1', recordedByName: 'Aynur Məmmədova', createdAt: '2026-01-05T10:00:00.000Z' },
        ],
        'attachments.list': () => [file],
      },
      'viewer',
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Məmmədov Elvin Rəşid oğlu' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Şəxsi işi çap et' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Müvəqqəti yoxdur kimi qeyd et' })).not.toBeInTheDocument();
    const tabs = ['Şəxsi məlumatlar', 'Hüquqi status və qəbul', 'Sağlamlıq', 'Təhsil', 'Ailə və əlaqələr', 'Görüşlər və əlaqələr', 'İnkişaf qeydləri', 'Fayllar'];
    const shown = ['Şəki', 'Məhkəmə', 'Eşitmə pozuntusu', '5 nömrəli məktəb', 'Məmmədova Aysel', 'Görüş', 'Qeyd.', 'elvin.jpg'];
    for (const [index, tab] of tabs.entries()) {
      await openTab(tab);
      expect(await screen.findByText(shown[index]!)).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /Redaktə et|əlavə et|Qeyd yaz|Sil|Foto kimi/ })).not.toBeInTheDocument();
    }
    // Reading stays possible: a file can be opened.
    expect(screen.getByRole('button', { name: 'Aç: elvin.jpg' })).toBeInTheDocument();
  });
});

describe('a secret (adopted) record', () => {
  /** Elvin adopted, as the core sends the record to someone other than the director. */
  function adoptedAsSeenByStaff() {
    const record = elvin();
    return {
      ...record,
      secret: true,
      status: 'exited' as const,
      identity: { ...record.identity, surname: '', firstName: '', patronymic: null, birthPlace: null, fin: null, birthCertSeries: null, birthCertNumber: null },
    };
  }

  it('says what it is instead of a blank name, and offers no printing nor editing of the identity', async () => {
    renderRecord({ 'residents.get': adoptedAsSeenByStaff }, 'staff');
    expect(await screen.findByRole('heading', { level: 1, name: 'Məxfi qeyd (övladlığa götürmə)' })).toBeInTheDocument();
    expect(screen.getByText('Məxfi')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Şəxsi işi çap et' })).not.toBeInTheDocument();
    expect(screen.getByText('Bu uşaq övladlığa götürülüb: qanuna görə onun şəxsi məlumatlarını yalnız direktor görür.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Redaktə et/ })).not.toBeInTheDocument();
  });

  it('shows the director the name, marked secret, with printing', async () => {
    renderRecord({ 'residents.get': () => ({ ...elvin(), secret: true }) }, 'director');
    expect(await screen.findByRole('heading', { level: 1, name: 'Məmmədov Elvin Rəşid oğlu' })).toBeInTheDocument();
    expect(screen.getByText('Məxfi')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Şəxsi işi çap et' })).toBeInTheDocument();
  });
});
