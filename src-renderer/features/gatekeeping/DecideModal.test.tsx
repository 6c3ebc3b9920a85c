import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { FakeFailure } from '../../api/fake-bridge';
import { initI18n } from '../../i18n/i18n';
import { dialogClosed, fill } from '../pathway/pathway-fixtures';
import { inputsOf } from '../users/test-providers';
import { gatekeepingCore, renderGatekeeping, TODAY } from './gatekeeping-fixtures';

const AYSEL = 'Hüseynova Aysel Kamran qızı';
const TITLE = `Qərar: ${AYSEL}`;

const refusal = (path: string, message: string) =>
  new FakeFailure({ code: 'VALIDATION_FAILED', message: 'The input is not valid', details: { issues: [{ path, message }] } });

beforeAll(async () => {
  await initI18n('az');
});

async function openDecide() {
  await userEvent.click(await screen.findByRole('button', { name: `Qərar ver: ${AYSEL}` }));
  return screen.findByRole('dialog', { name: TITLE });
}

describe('deciding a request other than by admission', () => {
  it('offers the ways to keep the child in a family, each explained, and admission not among them', async () => {
    renderGatekeeping(gatekeepingCore());
    const dialog = await openDecide();
    expect(dialog).toHaveTextContent('10 mart 2026 tarixli müraciət üzrə uşağı müəssisədən kənarda saxlayan qərarı seçin.');
    const group = within(dialog).getByRole('radiogroup', { name: /^Qərar/ });
    expect(within(group).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual([
      'diverted_family_support',
      'referred_services',
      'kinship_foster',
      'refused',
    ]);
    expect(within(group).getByRole('radio', { name: 'Ailəyə dəstək' })).toHaveAccessibleDescription(
      'Uşaq öz ailəsində qalır; ailəyə sosial, maddi və ya psixoloji dəstək göstərilir.',
    );
    expect(within(group).queryByRole('radio', { name: 'Müəssisəyə qəbul edilib' })).not.toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Qərarın tarixi/)).toHaveValue(TODAY);
  });

  it('sends the decision, its date and note, and the register shows the request decided', async () => {
    const fake = renderGatekeeping(gatekeepingCore());
    const dialog = await openDecide();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Xidmətlərə yönləndirilib' }));
    fireEvent.change(within(dialog).getByLabelText(/^Qərarın tarixi/), { target: { value: '2026-03-12' } });
    await fill(within(dialog).getByLabelText(/^Qeyd/), 'Günərzi qayğı mərkəzinə yönləndirildi.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Qərarı qeyd et' }));

    await dialogClosed(TITLE);
    expect(inputsOf(fake, 'gatekeeping.decide')).toEqual([
      { id: 'gk-1', decision: 'referred_services', decisionDate: '2026-03-12', note: 'Günərzi qayğı mərkəzinə yönləndirildi.' },
    ]);
    expect(await screen.findByText(`${AYSEL} üzrə qərar qeyd edildi: Xidmətlərə yönləndirilib.`)).toBeInTheDocument();
    const row = (await screen.findByRole('rowheader', { name: new RegExp(`^${AYSEL}`) })).closest('tr')!;
    await waitFor(() => expect(within(row).getByText('Xidmətlərə yönləndirilib')).toBeInTheDocument());
    expect(row).toHaveTextContent('12 mart 2026');
    expect(row).toHaveTextContent('Günərzi qayğı mərkəzinə yönləndirildi.');
    // Decided: nothing more to do with it.
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
    expect(within(row).queryByRole('link')).not.toBeInTheDocument();
  });

  it('wants a decision, dated neither before the request nor after today, before it sends anything', async () => {
    const fake = renderGatekeeping(gatekeepingCore());
    const dialog = await openDecide();
    const date = within(dialog).getByLabelText(/^Qərarın tarixi/);
    const submit = within(dialog).getByRole('button', { name: 'Qərarı qeyd et' });
    fireEvent.change(date, { target: { value: '2026-03-09' } });
    await userEvent.click(submit);
    expect(within(dialog).getByRole('radiogroup', { name: /^Qərar/ })).toHaveAccessibleDescription('Mütləqdir.');
    expect(date).toHaveAccessibleDescription('Qərarın tarixi müraciətin daxil olduğu tarixdən əvvəl ola bilməz.');

    await userEvent.click(within(dialog).getByRole('radio', { name: 'Rədd edilib' }));
    fireEvent.change(date, { target: { value: '2026-03-16' } });
    await userEvent.click(submit);
    expect(within(dialog).getByRole('radiogroup', { name: /^Qərar/ })).not.toHaveAccessibleDescription();
    expect(date).toHaveAccessibleDescription('Tarix gələcəkdə ola bilməz.');
    expect(inputsOf(fake, 'gatekeeping.decide')).toEqual([]);

    fireEvent.change(date, { target: { value: '2026-03-10' } });
    await userEvent.click(submit);
    await dialogClosed(TITLE);
    expect(inputsOf(fake, 'gatekeeping.decide')).toEqual([{ id: 'gk-1', decision: 'refused', decisionDate: '2026-03-10', note: null }]);
  });

  it('shows a date the core refused beside it, and a request decided meanwhile above the buttons', async () => {
    let calls = 0;
    renderGatekeeping({
      ...gatekeepingCore(),
      'gatekeeping.decide': () => {
        calls += 1;
        throw calls === 1 ? refusal('decisionDate', 'validation.dateInFuture') : refusal('id', 'validation.requestDecided');
      },
    });
    const dialog = await openDecide();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Qohumların yanında / himayədar ailədə' }));
    const submit = within(dialog).getByRole('button', { name: 'Qərarı qeyd et' });
    await userEvent.click(submit);
    await waitFor(() => expect(within(dialog).getByLabelText(/^Qərarın tarixi/)).toHaveAccessibleDescription('Tarix gələcəkdə ola bilməz.'));
    expect(within(dialog).queryByRole('alert', { name: 'Alınmadı' })).not.toBeInTheDocument();

    await userEvent.click(submit);
    const alert = await within(dialog).findByRole('alert', { name: 'Alınmadı' });
    expect(alert).toHaveTextContent('Bu müraciət üzrə artıq qərar verilib.');
    expect(alert.compareDocumentPosition(submit) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('dialog', { name: TITLE })).toBeInTheDocument();
  });
});
