import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { FakeFailure } from '../../api/fake-bridge';
import { initI18n } from '../../i18n/i18n';
import { dialogClosed, fill } from '../pathway/pathway-fixtures';
import { choose } from '../resident/test-fixtures';
import { inputsOf } from '../users/test-providers';
import { referral, renderReferrals, servicesCore, today } from './services-fixtures';

const REHAB = 'Şəki reabilitasiya mərkəzi';
const DAY_CARE = '«Günəş» günərzi mərkəzi';

/** The day-care centre has no place left: the core says so, with its numbers, until told to go on. */
const atCapacity = () =>
  new FakeFailure({ code: 'SERVICE_AT_CAPACITY', message: 'The service has no free place', details: { capacity: 8, load: 8 } });

const refusal = (path: string, message: string) =>
  new FakeFailure({ code: 'VALIDATION_FAILED', message: 'The input is not valid', details: { issues: [{ path, message }] } });

beforeAll(async () => {
  await initI18n('az');
});

/** The section's row of the referral to `service`. */
async function rowOf(service: string) {
  const header = await screen.findByRole('rowheader', { name: service });
  return header.closest('tr')!;
}

async function openRefer() {
  await userEvent.click(await screen.findByRole('button', { name: 'Xidmətə göndər' }));
  return screen.findByRole('dialog', { name: 'Xidmətə göndərmək' });
}

/** Opens the status menu of the referral to `service` and chooses `action`. */
async function moveOn(service: string, action: string) {
  await userEvent.click(await screen.findByRole('button', { name: `Vəziyyəti dəyiş: ${service}` }));
  await userEvent.click(await screen.findByRole('menuitem', { name: action }));
}

describe("a child's referrals to services", () => {
  it('lists each referral with its status, dates and note', async () => {
    renderReferrals(
      servicesCore({
        referrals: [
          referral({ status: 'attending', startDate: '2026-02-10', note: 'Həftədə üç dəfə.' }),
          referral({ id: 'ref-2', serviceId: 's-2', serviceName: DAY_CARE, status: 'declined', requestedDate: '2025-11-03', endDate: '2025-11-20' }),
        ],
      }),
    );
    const rehab = await rowOf(REHAB);
    expect(within(rehab).getByText('Xidmətə gedir')).toBeInTheDocument();
    expect(rehab).toHaveTextContent('1 fevral 2026');
    expect(rehab).toHaveTextContent('10 fevral 2026');
    expect(rehab).toHaveTextContent('Həftədə üç dəfə.');
    const dayCare = await rowOf(DAY_CARE);
    expect(within(dayCare).getByText('İmtina edilib')).toBeInTheDocument();
    expect(dayCare).toHaveTextContent('3 noyabr 2025');
    expect(dayCare).toHaveTextContent('20 noyabr 2025');
  });

  it('says when the child has been referred nowhere', async () => {
    renderReferrals(servicesCore());
    expect(await screen.findByText('Uşaq hələ heç bir xidmətə göndərilməyib.')).toBeInTheDocument();
  });

  it('shows a viewer the referrals without a single button', async () => {
    renderReferrals(servicesCore({ referrals: [referral()] }), false);
    expect(within(await rowOf(REHAB)).getByText('Müraciət edilib')).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Əməliyyatlar' })).not.toBeInTheDocument();
    expect(screen.queryAllByRole('button')).toEqual([]);
  });
});

describe('referring a child to a service', () => {
  it('offers the active services with their places, sends the referral and lists it as requested', async () => {
    const fake = renderReferrals(servicesCore());
    const dialog = await openRefer();
    const select = within(dialog).getByRole('combobox', { name: /^Xidmət/ });
    await waitFor(() => expect(select).toBeEnabled());
    await userEvent.click(select);
    const options = await screen.findAllByRole('option', { hidden: true });
    // The closed school is not offered; the full centre is, marked as full.
    expect(options.map((option) => option.textContent)).toEqual([`${REHAB} — 3/10`, `${DAY_CARE} — 8/8 (dolub)`]);
    await userEvent.click(options[0]!);
    expect(within(dialog).getByLabelText(/^Müraciət tarixi/)).toHaveValue(today);
    fireEvent.change(within(dialog).getByLabelText(/^Müraciət tarixi/), { target: { value: '2026-02-01' } });
    await fill(within(dialog).getByLabelText(/^Qeyd/), 'Nitq terapiyası üçün.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Göndər' }));

    await dialogClosed('Xidmətə göndərmək');
    expect(inputsOf(fake, 'referrals.create')).toEqual([
      { residentId: 'r-1', serviceId: 's-1', requestedDate: '2026-02-01', note: 'Nitq terapiyası üçün.' },
    ]);
    expect(await screen.findByText(`Uşaq «${REHAB}» xidmətinə göndərildi.`)).toBeInTheDocument();
    const rehab = await rowOf(REHAB);
    expect(within(rehab).getByText('Müraciət edilib')).toBeInTheDocument();
    expect(rehab).toHaveTextContent('Nitq terapiyası üçün.');
  });

  it('wants a service chosen before it sends anything', async () => {
    const fake = renderReferrals(servicesCore());
    const dialog = await openRefer();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Göndər' }));
    expect(within(dialog).getByRole('combobox', { name: /^Xidmət/ })).toHaveAccessibleDescription('Mütləqdir.');
    expect(inputsOf(fake, 'referrals.create')).toEqual([]);
  });

  it('warns that a full service has no place, and refers the child over capacity only when told to', async () => {
    const core = servicesCore();
    const fake = renderReferrals({
      ...core,
      'referrals.create': (input) => {
        if ((input as { acceptOverCapacity?: boolean }).acceptOverCapacity !== true) {
          throw atCapacity();
        }
        return core['referrals.create']!(input);
      },
    });
    const dialog = await openRefer();
    await choose(/^Xidmət/, `${DAY_CARE} — 8/8 (dolub)`);
    const send = within(dialog).getByRole('button', { name: 'Göndər' });
    await userEvent.click(send);

    const warning = await within(dialog).findByRole('alert', { name: 'Xidmətdə boş yer yoxdur' });
    expect(warning).toHaveTextContent('Xidmət doludur (8/8). Uşaq yenə də göndərilsin?');
    expect(send).toBeDisabled();
    expect(screen.queryByRole('dialog', { name: 'Xidmətə göndərmək' })).toBeInTheDocument();
    await userEvent.click(within(warning).getByRole('button', { name: 'Yenə də göndər' }));

    await dialogClosed('Xidmətə göndərmək');
    const sent = { residentId: 'r-1', serviceId: 's-2', requestedDate: today, note: null };
    expect(inputsOf(fake, 'referrals.create')).toEqual([sent, { ...sent, acceptOverCapacity: true }]);
    expect(await rowOf(DAY_CARE)).toBeInTheDocument();
  });

  it('drops the warning when the referral is changed, so the change is checked afresh', async () => {
    const fake = renderReferrals({
      ...servicesCore(),
      'referrals.create': () => {
        throw atCapacity();
      },
    });
    const dialog = await openRefer();
    await choose(/^Xidmət/, `${DAY_CARE} — 8/8 (dolub)`);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Göndər' }));
    expect(await within(dialog).findByRole('alert', { name: 'Xidmətdə boş yer yoxdur' })).toBeInTheDocument();
    await choose(/^Xidmət/, `${REHAB} — 3/10`);
    expect(within(dialog).queryByRole('alert', { name: 'Xidmətdə boş yer yoxdur' })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Göndər' })).toBeEnabled();
    expect(inputsOf(fake, 'referrals.create')).toHaveLength(1);
  });

  it('shows a date the core refused beside it, and a refusal about the child above the buttons', async () => {
    let calls = 0;
    renderReferrals({
      ...servicesCore(),
      'referrals.create': () => {
        calls += 1;
        throw calls === 1 ? refusal('requestedDate', 'validation.dateInFuture') : refusal('residentId', 'validation.notInResidence');
      },
    });
    const dialog = await openRefer();
    await choose(/^Xidmət/, `${REHAB} — 3/10`);
    const send = within(dialog).getByRole('button', { name: 'Göndər' });
    await userEvent.click(send);
    await waitFor(() => expect(within(dialog).getByLabelText(/^Müraciət tarixi/)).toHaveAccessibleDescription('Tarix gələcəkdə ola bilməz.'));
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();

    await userEvent.click(send);
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Uşaq müəssisədə deyil.');
    expect(alert.compareDocumentPosition(send) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

describe("moving a referral on", () => {
  it('offers only the next steps of each status, and none for a closed referral', async () => {
    renderReferrals(
      servicesCore({
        referrals: [
          referral({ status: 'accepted', startDate: '2026-02-05' }),
          referral({ id: 'ref-2', serviceId: 's-2', serviceName: DAY_CARE, status: 'ended', endDate: '2026-01-30' }),
        ],
      }),
    );
    await userEvent.click(await screen.findByRole('button', { name: `Vəziyyəti dəyiş: ${REHAB}` }));
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual(['Xidmətə getməyə başladı', 'Başa çatdı', 'İmtina edildi']);
    expect(within(await rowOf(DAY_CARE)).queryByRole('button')).not.toBeInTheDocument();
  });

  it.each([
    ['requested', 'Xidmət qəbul etdi', 'accepted', 'Qəbul edildi', 'Qəbul edilib'],
    ['requested', 'İmtina edildi', 'declined', 'İmtina edildi', 'İmtina edilib'],
    ['accepted', 'Xidmətə getməyə başladı', 'attending', 'Xidmətə gedir', 'Xidmətə gedir'],
    ['attending', 'Başa çatdı', 'ended', 'Başa çatdı', 'Başa çatıb'],
  ] as const)('from %s, "%s" sends %s with its date and note', async (from, action, status, title, badge) => {
    const fake = renderReferrals(servicesCore({ referrals: [referral({ status: from, startDate: from === 'requested' ? null : '2026-02-05' })] }));
    await moveOn(REHAB, action);
    const dialog = await screen.findByRole('dialog', { name: `${title}: ${REHAB}` });
    expect(within(dialog).getByLabelText(/^Tarix/)).toHaveValue(today);
    fireEvent.change(within(dialog).getByLabelText(/^Tarix/), { target: { value: '2026-02-20' } });
    await fill(within(dialog).getByLabelText(/^Qeyd/), 'Valideyn iclasında razılaşdırıldı.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));

    await dialogClosed(`${title}: ${REHAB}`);
    expect(inputsOf(fake, 'referrals.setStatus')).toEqual([{ id: 'ref-1', status, date: '2026-02-20', note: 'Valideyn iclasında razılaşdırıldı.' }]);
    expect(await screen.findByText(`«${REHAB}» göndərişinin vəziyyəti yeniləndi.`)).toBeInTheDocument();
    await waitFor(async () => expect(within(await rowOf(REHAB)).getByText(badge)).toBeInTheDocument());
  });

  it('says what the step means, and keeps the earlier note when none is written', async () => {
    const fake = renderReferrals(servicesCore({ referrals: [referral({ status: 'attending', startDate: '2026-02-05', note: 'Həftədə üç dəfə.' })] }));
    await moveOn(REHAB, 'Başa çatdı');
    const dialog = await screen.findByRole('dialog', { name: `Başa çatdı: ${REHAB}` });
    expect(dialog).toHaveTextContent('Uşaq artıq bu xidmətə getmir: onun yeri boşalır.');
    expect(within(dialog).getByLabelText(/^Qeyd/)).toHaveAccessibleDescription('Boş qalsa, göndərişin əvvəlki qeydi saxlanılır.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await dialogClosed(`Başa çatdı: ${REHAB}`);
    expect(inputsOf(fake, 'referrals.setStatus')).toEqual([{ id: 'ref-1', status: 'ended', date: today, note: null }]);
    expect(await rowOf(REHAB)).toHaveTextContent('Həftədə üç dəfə.');
  });

  it('warns when the service is full, and takes the child over capacity only when told to', async () => {
    const core = servicesCore({ referrals: [referral({ serviceId: 's-2', serviceName: DAY_CARE })] });
    const fake = renderReferrals({
      ...core,
      'referrals.setStatus': (input) => {
        if ((input as { acceptOverCapacity?: boolean }).acceptOverCapacity !== true) {
          throw atCapacity();
        }
        return core['referrals.setStatus']!(input);
      },
    });
    await moveOn(DAY_CARE, 'Xidmət qəbul etdi');
    const dialog = await screen.findByRole('dialog', { name: `Qəbul edildi: ${DAY_CARE}` });
    fireEvent.change(within(dialog).getByLabelText(/^Tarix/), { target: { value: '2026-02-03' } });
    const save = within(dialog).getByRole('button', { name: 'Yadda saxla' });
    await userEvent.click(save);
    const warning = await within(dialog).findByRole('alert', { name: 'Xidmətdə boş yer yoxdur' });
    expect(warning).toHaveTextContent('Xidmət doludur (8/8). Uşaq yenə də qəbul edilsin?');
    expect(save).toBeDisabled();
    await userEvent.click(within(warning).getByRole('button', { name: 'Yenə də qəbul et' }));

    await dialogClosed(`Qəbul edildi: ${DAY_CARE}`);
    const sent = { id: 'ref-1', status: 'accepted', date: '2026-02-03', note: null };
    expect(inputsOf(fake, 'referrals.setStatus')).toEqual([sent, { ...sent, acceptOverCapacity: true }]);
    await waitFor(async () => expect(within(await rowOf(DAY_CARE)).getByText('Qəbul edilib')).toBeInTheDocument());
  });

  it('shows a date the core refused beside it', async () => {
    renderReferrals({
      ...servicesCore({ referrals: [referral()] }),
      'referrals.setStatus': () => {
        throw refusal('date', 'validation.dateBeforeRequest');
      },
    });
    await moveOn(REHAB, 'Xidmət qəbul etdi');
    const dialog = await screen.findByRole('dialog', { name: `Qəbul edildi: ${REHAB}` });
    fireEvent.change(within(dialog).getByLabelText(/^Tarix/), { target: { value: '2026-01-20' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText(/^Tarix/)).toHaveAccessibleDescription('Tarix göndərişin istənildiyi tarixdən əvvəl ola bilməz.'),
    );
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });
});
