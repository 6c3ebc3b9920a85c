import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { FakeFailure } from '../../api/fake-bridge';
import { initI18n } from '../../i18n/i18n';
import { dialogClosed, fill } from '../pathway/pathway-fixtures';
import { choose } from '../resident/test-fixtures';
import { inputsOf } from '../users/test-providers';
import { gatekeepingCore, renderGatekeeping, request, TODAY } from './gatekeeping-fixtures';

const refusal = (path: string, message: string) =>
  new FakeFailure({ code: 'VALIDATION_FAILED', message: 'The input is not valid', details: { issues: [{ path, message }] } });

beforeAll(async () => {
  await initI18n('az');
});

async function openNewRequest() {
  await userEvent.click(await screen.findByRole('button', { name: 'Yeni müraciət' }));
  return screen.findByRole('dialog', { name: 'Yeni qəbul müraciəti' });
}

/** Fills what a request needs: the child, who asked and why. */
async function fillRequired(dialog: HTMLElement) {
  await fill(within(dialog).getByLabelText(/^Soyadı/), 'Məmmədli');
  await fill(within(dialog).getByLabelText(/^Adı/), 'Ülvi');
  await userEvent.click(within(dialog).getByRole('radio', { name: 'Oğlan' }));
  await choose(/^Kim müraciət edib/, 'Polis');
  await choose(/^Müraciətin səbəbləri/, 'Ailə böhranı');
}

describe('recording a request to admit a child', () => {
  it('sends what the form holds, received today unless told otherwise, and lists the new request', async () => {
    const fake = renderGatekeeping(gatekeepingCore());
    const dialog = await openNewRequest();
    expect(within(dialog).getByLabelText(/^Müraciətin tarixi/)).toHaveValue(TODAY);
    await fillRequired(dialog);
    await choose(/^Müraciətin səbəbləri/, 'Yoxsulluq');
    fireEvent.change(within(dialog).getByLabelText(/^Doğum tarixi/), { target: { value: '2018-07-21' } });
    await fill(within(dialog).getByLabelText('Müraciət edənin adı'), 'Kapitan Rəhimov');
    await fill(within(dialog).getByLabelText('Qiymətləndirmənin xülasəsi'), 'Ata həbsdədir, ana xəstəxanadadır.');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /^Komissiya işə cəlb olunub/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Müraciəti qeydə al' }));

    await dialogClosed('Yeni qəbul müraciəti');
    expect(inputsOf(fake, 'gatekeeping.create')).toEqual([
      {
        request: {
          receivedDate: TODAY,
          childSurname: 'Məmmədli',
          childFirstName: 'Ülvi',
          childPatronymic: null,
          childSex: 'male',
          childBirthDate: '2018-07-21',
          requesterCode: 'police',
          requesterName: 'Kapitan Rəhimov',
          reasonCodes: ['family_crisis', 'poverty'],
          assessmentSummary: 'Ata həbsdədir, ana xəstəxanadadır.',
          commissionInvolved: true,
        },
      },
    ]);
    expect(await screen.findByText('Məmmədli Ülvi üzrə müraciət qeydə alındı.')).toBeInTheDocument();
    const row = (await screen.findByRole('rowheader', { name: /^Məmmədli Ülvi/ })).closest('tr')!;
    expect(within(row).getByText('Qərar gözlənilir')).toBeInTheDocument();
    expect(row).toHaveTextContent('15 mart 2026');
  });

  it('shows each missing or impossible field beside it and sends nothing', async () => {
    const fake = renderGatekeeping(gatekeepingCore());
    const dialog = await openNewRequest();
    fireEvent.change(within(dialog).getByLabelText(/^Müraciətin tarixi/), { target: { value: '2026-03-16' } });
    fireEvent.change(within(dialog).getByLabelText(/^Doğum tarixi/), { target: { value: '2026-04-01' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Müraciəti qeydə al' }));

    expect(within(dialog).getByLabelText(/^Müraciətin tarixi/)).toHaveAccessibleDescription('Tarix gələcəkdə ola bilməz.');
    expect(within(dialog).getByLabelText(/^Soyadı/)).toHaveAccessibleDescription('Mütləqdir.');
    expect(within(dialog).getByLabelText(/^Adı/)).toHaveAccessibleDescription('Mütləqdir.');
    expect(within(dialog).getByLabelText(/^Ata adı/)).not.toHaveAccessibleDescription();
    expect(within(dialog).getByRole('radiogroup', { name: /^Cinsi/ })).toHaveAccessibleDescription('Mütləqdir.');
    expect(within(dialog).getByLabelText(/^Doğum tarixi/)).toHaveAccessibleDescription(/Doğum tarixi gələcəkdə ola bilməz\./);
    expect(within(dialog).getByRole('combobox', { name: /^Kim müraciət edib/ })).toHaveAccessibleDescription('Mütləqdir.');
    expect(within(dialog).getByLabelText(/^Müraciətin səbəbləri/)).toHaveAccessibleDescription(/Ən azı birini seçin\./);
    expect(inputsOf(fake, 'gatekeeping.create')).toEqual([]);

    // A field put right loses its message at once.
    await fill(within(dialog).getByLabelText(/^Soyadı/), 'Məmmədli');
    expect(within(dialog).getByLabelText(/^Soyadı/)).not.toHaveAccessibleDescription();
  });

  it('shows a field the core refused beside it, and a refusal no field can show above the buttons', async () => {
    let calls = 0;
    const core = gatekeepingCore();
    const fake = renderGatekeeping({
      ...core,
      'gatekeeping.create': (input) => {
        calls += 1;
        if (calls === 1) {
          throw refusal('request.requesterCode', 'validation.unknownCode');
        }
        if (calls === 2) {
          throw refusal('request', 'validation.invalid');
        }
        return core['gatekeeping.create']!(input);
      },
    });
    const dialog = await openNewRequest();
    await fillRequired(dialog);
    const save = within(dialog).getByRole('button', { name: 'Müraciəti qeydə al' });
    await userEvent.click(save);
    await waitFor(() =>
      expect(within(dialog).getByRole('combobox', { name: /^Kim müraciət edib/ })).toHaveAccessibleDescription('Siyahıdan bir dəyər seçin.'),
    );
    expect(within(dialog).queryByRole('alert', { name: 'Alınmadı' })).not.toBeInTheDocument();

    await userEvent.click(save);
    const alert = await within(dialog).findByRole('alert', { name: 'Alınmadı' });
    expect(alert).toHaveTextContent('Düzgün dəyər deyil.');
    // Above the buttons, not beside any input.
    expect(alert.compareDocumentPosition(save) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    await userEvent.click(save);
    await dialogClosed('Yeni qəbul müraciəti');
    expect(inputsOf(fake, 'gatekeeping.create')).toHaveLength(3);
  });

  it('says when the core cannot be reached, and keeps what was typed', async () => {
    renderGatekeeping({
      ...gatekeepingCore(),
      'gatekeeping.create': () => {
        throw new FakeFailure({ code: 'TRANSPORT_FAILED', message: 'No core' });
      },
    });
    const dialog = await openNewRequest();
    await fillRequired(dialog);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Müraciəti qeydə al' }));
    expect(await within(dialog).findByRole('alert', { name: 'Alınmadı' })).toHaveTextContent('Körpü nüvəsi ilə əlaqə yoxdur.');
    expect(within(dialog).getByLabelText(/^Soyadı/)).toHaveValue('Məmmədli');
  });
});

describe('changing a pending request', () => {
  it('opens with what was recorded and sends the change with the request id', async () => {
    const fake = renderGatekeeping(gatekeepingCore());
    await userEvent.click(await screen.findByRole('button', { name: 'Müraciəti redaktə et: Hüseynova Aysel Kamran qızı' }));
    const dialog = await screen.findByRole('dialog', { name: 'Müraciəti redaktə et: Hüseynova Aysel Kamran qızı' });
    expect(within(dialog).getByLabelText(/^Müraciətin tarixi/)).toHaveValue('2026-03-10');
    expect(within(dialog).getByLabelText(/^Ata adı/)).toHaveValue('Kamran qızı');
    expect(within(dialog).getByRole('radio', { name: 'Qız' })).toBeChecked();
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: /^Kim müraciət edib/ })).toHaveValue('Valideyn'));
    const summary = within(dialog).getByLabelText('Qiymətləndirmənin xülasəsi');
    await userEvent.clear(summary);
    await fill(summary, 'Ananın işə düzəlməsinə kömək edilir.');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /^Komissiya işə cəlb olunub/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));

    await dialogClosed('Müraciəti redaktə et: Hüseynova Aysel Kamran qızı');
    expect(inputsOf(fake, 'gatekeeping.update')).toEqual([
      {
        id: 'gk-1',
        request: {
          receivedDate: '2026-03-10',
          childSurname: 'Hüseynova',
          childFirstName: 'Aysel',
          childPatronymic: 'Kamran qızı',
          childSex: 'female',
          childBirthDate: '2019-05-04',
          requesterCode: 'parent',
          requesterName: 'Hüseynova Sevda',
          reasonCodes: ['poverty', 'family_crisis'],
          assessmentSummary: 'Ananın işə düzəlməsinə kömək edilir.',
          commissionInvolved: true,
        },
      },
    ]);
    expect(await screen.findByText('Hüseynova Aysel Kamran qızı üzrə müraciətdəki dəyişikliklər yadda saxlanıldı.')).toBeInTheDocument();
  });

  it('opens each request with its own values, and a new request empty, after another was open', async () => {
    const leyla = request({ id: 'gk-4', childSurname: 'Nəsirova', childFirstName: 'Leyla', childPatronymic: null, receivedDate: '2026-03-01' });
    renderGatekeeping(gatekeepingCore([request(), leyla]));
    await userEvent.click(await screen.findByRole('button', { name: 'Müraciəti redaktə et: Hüseynova Aysel Kamran qızı' }));
    let dialog = await screen.findByRole('dialog', { name: 'Müraciəti redaktə et: Hüseynova Aysel Kamran qızı' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ləğv et' }));
    await dialogClosed('Müraciəti redaktə et: Hüseynova Aysel Kamran qızı');

    await userEvent.click(screen.getByRole('button', { name: 'Müraciəti redaktə et: Nəsirova Leyla' }));
    dialog = await screen.findByRole('dialog', { name: 'Müraciəti redaktə et: Nəsirova Leyla' });
    expect(within(dialog).getByLabelText(/^Soyadı/)).toHaveValue('Nəsirova');
    expect(within(dialog).getByLabelText(/^Ata adı/)).toHaveValue('');
    expect(within(dialog).getByLabelText(/^Müraciətin tarixi/)).toHaveValue('2026-03-01');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Bağla' }));
    await dialogClosed('Müraciəti redaktə et: Nəsirova Leyla');

    dialog = await openNewRequest();
    expect(within(dialog).getByLabelText(/^Soyadı/)).toHaveValue('');
    expect(within(dialog).getByLabelText(/^Müraciətin tarixi/)).toHaveValue(TODAY);
  });

  it('says so above the buttons when someone decided the request meanwhile', async () => {
    renderGatekeeping({
      ...gatekeepingCore(),
      'gatekeeping.update': () => {
        throw refusal('id', 'validation.requestDecided');
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Müraciəti redaktə et: Hüseynova Aysel Kamran qızı' }));
    const dialog = await screen.findByRole('dialog', { name: 'Müraciəti redaktə et: Hüseynova Aysel Kamran qızı' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    expect(await within(dialog).findByRole('alert', { name: 'Alınmadı' })).toHaveTextContent('Bu müraciət üzrə artıq qərar verilib.');
  });
});
