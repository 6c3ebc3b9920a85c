import type { ResidentSummary } from '@contract/residents';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { initI18n } from '../../i18n/i18n';
import { inputsOf } from '../users/test-providers';
import { choose, elvin, renderAt } from './test-fixtures';

const aysel: ResidentSummary = {
  id: 'r-2',
  surname: 'Məmmədova',
  firstName: 'Aysel',
  patronymic: 'Rəşid qızı',
  sex: 'female',
  birthDate: '2017-06-11',
  age: 8,
  ageGroup: '7-10',
  fin: null,
  birthCertificate: null,
  status: 'in_residence',
  legalStatusCode: 'deprived_of_care',
  disability: false,
  educationTypeCode: null,
  admissionDate: '2024-09-01',
  secret: false,
};

function renderRecord(handlers: Record<string, (input: unknown) => unknown>) {
  return renderAt('/residents/r-1', { 'residents.get': elvin, 'family.list': () => [], ...handlers });
}

beforeAll(async () => {
  await initI18n('az');
});

describe("changing parts of a child's record", () => {
  it('adds a sister linked to her own record, found by search', async () => {
    const fake = renderRecord({
      // The child whose record this is never offers itself as a sibling.
      'residents.search': () => [{ ...aysel, id: 'r-1', firstName: 'Elvin' }, aysel],
      'family.add': (input) => ({ id: 'f-9', residentId: 'r-1', ...(input as { member: object }).member, linkedResidentName: null, updatedAt: '2026-01-10T08:00:00.000Z' }),
    });
    await userEvent.click(await screen.findByRole('tab', { name: 'Ailə və əlaqələr' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Şəxs əlavə et' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ailə üzvü və ya yaxın şəxs' });
    expect(within(dialog).queryByLabelText(/Qardaş və ya bacını axtarın/)).not.toBeInTheDocument();
    await choose(/^Qohumluq/, 'Bacı');
    await userEvent.type(within(dialog).getByLabelText(/Qardaş və ya bacını axtarın/), 'Ays');
    const matches = await within(dialog).findByRole('list', { name: 'Tapılan uşaqlar' });
    expect(within(matches).getAllByRole('listitem')).toHaveLength(1);
    await userEvent.click(within(matches).getByRole('button', { name: 'Seç: Məmmədova Aysel Rəşid qızı' }));
    expect(within(dialog).getByLabelText(/^Adı, soyadı/)).toHaveValue('Məmmədova Aysel Rəşid qızı');
    expect(within(dialog).getByRole('link', { name: 'Məmmədova Aysel Rəşid qızı' })).toHaveAttribute('href', '/residents/r-2');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await waitFor(() =>
      expect(inputsOf(fake, 'family.add')).toEqual([
        {
          residentId: 'r-1',
          member: {
            relationCode: 'sister',
            fullName: 'Məmmədova Aysel Rəşid qızı',
            phone: null,
            address: null,
            contactAllowed: true,
            note: null,
            linkedResidentId: 'r-2',
          },
        },
      ]),
    );
  });

  it('uploads a chosen photo as base64 and makes it the child’s photo', async () => {
    const uploaded = {
      id: 'a-1',
      residentId: 'r-1',
      kind: 'photo',
      fileName: 'elvin.png',
      mimeType: 'image/png',
      size: 4,
      sha256: 'ab',
      description: 'Sentyabr 2026',
      uploadedBy: 'u-1',
      uploadedByName: 'Aynur Məmmədova',
      uploadedAt: '2026-01-10T08:00:00.000Z',
    };
    const fake = renderRecord({
      'attachments.list': () => (inputsOf(fake, 'attachments.add').length === 0 ? [] : [uploaded]),
      'attachments.add': () => uploaded,
      'residents.setPhoto': () => ({ ...elvin(), version: 5, photoAttachmentId: 'a-1' }),
    });
    await userEvent.click(await screen.findByRole('tab', { name: 'Fayllar' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Fayl əlavə et' }));
    const dialog = await screen.findByRole('dialog', { name: 'Fayl əlavə et' });
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'elvin.png', { type: 'image/png' });
    await userEvent.upload(within(dialog).getByLabelText(/^Fayl/), png);
    expect(within(dialog).getByRole('radio', { name: 'Foto' })).toBeChecked();
    await userEvent.type(within(dialog).getByLabelText(/^Təsvir/), 'Sentyabr 2026');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yüklə' }));
    await waitFor(() =>
      expect(inputsOf(fake, 'attachments.add')).toEqual([
        { residentId: 'r-1', kind: 'photo', fileName: 'elvin.png', description: 'Sentyabr 2026', contentBase64: 'iVBORw==' },
      ]),
    );
    const row = (await screen.findByRole('rowheader', { name: 'elvin.png' })).closest('tr')!;
    expect(within(row).getByText('PNG')).toBeInTheDocument();
    await userEvent.click(within(row).getByRole('button', { name: 'Foto kimi istifadə et: elvin.png' }));
    await waitFor(() => expect(inputsOf(fake, 'residents.setPhoto')).toEqual([{ id: 'r-1', version: 4, attachmentId: 'a-1' }]));
  });

  it('marks the child temporarily absent with a note', async () => {
    const fake = renderRecord({ 'residents.setAbsence': () => ({ ...elvin(), version: 5, status: 'temporarily_absent' }) });
    await userEvent.click(await screen.findByRole('button', { name: 'Müvəqqəti yoxdur kimi qeyd et' }));
    const dialog = await screen.findByRole('dialog', { name: 'Müvəqqəti yoxdur' });
    await userEvent.type(within(dialog).getByLabelText(/^Olmamasının səbəbi/), 'Xəstəxanada, 3 gün');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Müvəqqəti yoxdur kimi qeyd et' }));
    await waitFor(() =>
      expect(inputsOf(fake, 'residents.setAbsence')).toEqual([{ id: 'r-1', version: 4, absent: true, note: 'Xəstəxanada, 3 gün' }]),
    );
  });
});
