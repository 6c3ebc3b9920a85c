import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { FakeFailure } from '../../api/fake-bridge';
import { initI18n } from '../../i18n/i18n';
import { dialogClosed, fill } from '../pathway/pathway-fixtures';
import { choose } from '../resident/test-fixtures';
import { inputsOf } from '../users/test-providers';
import { referral, renderServices, servicesCore } from './services-fixtures';

const REHAB = 'Şəki reabilitasiya mərkəzi';
const DAY_CARE = '«Günəş» günərzi mərkəzi';
const SCHOOL = '7 nömrəli inklüziv məktəb';

beforeAll(async () => {
  await initI18n('az');
});

/** The register's row of the service named `name`. */
async function rowOf(name: string) {
  const header = await screen.findByRole('rowheader', { name });
  return header.closest('tr')!;
}

function listedServices() {
  const table = screen.getByRole('table', { name: 'Xidmətlərin siyahısı' });
  return within(table)
    .getAllByRole('rowheader')
    .map((header) => header.textContent);
}

async function openAdd() {
  await userEvent.click(await screen.findByRole('button', { name: 'Xidmət əlavə et' }));
  return screen.findByRole('dialog', { name: 'Yeni xidmət' });
}

describe('the register of services', () => {
  it('lists the active services with their type, places and load, the full one marked', async () => {
    renderServices(servicesCore());
    const rehab = await rowOf(REHAB);
    await waitFor(() => expect(rehab).toHaveTextContent('Reabilitasiya-inkişaf mərkəzi'));
    expect(rehab).toHaveTextContent('Şəki');
    expect(within(rehab).getByText('3 / 10')).toBeInTheDocument();
    expect(within(rehab).queryByText('Dolub')).not.toBeInTheDocument();
    expect(within(rehab).getByRole('progressbar', { name: `${REHAB}: 10 yerdən 3 yer tutulub` })).toHaveAttribute('aria-valuenow', '30');

    const dayCare = await rowOf(DAY_CARE);
    expect(dayCare).toHaveTextContent('Günərzi qayğı mərkəzi');
    expect(within(dayCare).getByText('8 / 8')).toBeInTheDocument();
    expect(within(dayCare).getByText('Dolub')).toBeInTheDocument();
    expect(within(dayCare).getByRole('progressbar', { name: `${DAY_CARE}: 8 yerdən 8 yer tutulub` })).toHaveAttribute('aria-valuenow', '100');
    expect(listedServices()).toEqual([REHAB, DAY_CARE]);
  });

  it('lists the inactive services too when asked, saying which is which', async () => {
    const fake = renderServices(servicesCore());
    await rowOf(REHAB);
    expect(screen.queryByRole('columnheader', { name: 'Vəziyyəti' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('switch', { name: 'Fəaliyyəti dayanmış xidmətləri də göstər' }));
    const school = await rowOf(SCHOOL);
    expect(within(school).getByText('Fəaliyyəti dayanıb')).toBeInTheDocument();
    expect(within(await rowOf(REHAB)).getByText('Fəaliyyətdədir')).toBeInTheDocument();
    expect(inputsOf(fake, 'services.list')).toEqual([{ includeInactive: false }, { includeInactive: true }]);
  });

  it('says when no service has been added yet', async () => {
    renderServices(servicesCore({ services: [] }));
    expect(await screen.findByText('Hələ heç bir xidmət əlavə edilməyib.')).toBeInTheDocument();
  });

  it("opens a service's referrals from its name: each child linked to the record, a secret one unnamed", async () => {
    const fake = renderServices(
      servicesCore({
        referrals: [
          referral({ status: 'attending', startDate: '2026-02-10' }),
          referral({ id: 'ref-2', residentId: 'r-4', residentName: '', status: 'accepted', requestedDate: '2026-02-15', startDate: '2026-02-20' }),
          referral({ id: 'ref-3', serviceId: 's-2', serviceName: DAY_CARE }),
        ],
      }),
    );
    await userEvent.click(await screen.findByRole('button', { name: REHAB }));
    const drawer = await screen.findByRole('dialog', { name: `Göndərişlər: ${REHAB}` });
    expect(inputsOf(fake, 'referrals.list')).toEqual([{ serviceId: 's-1' }]);
    expect(within(drawer).getByText('3 / 10')).toBeInTheDocument();
    const rows = within(await within(drawer).findByRole('table', { name: `Göndərişlər: ${REHAB}` })).getAllByRole('row');
    expect(rows).toHaveLength(3);
    const [, elvin, secret] = rows;
    expect(within(elvin!).getByRole('link', { name: 'Məmmədov Elvin Rəşid oğlu' })).toHaveAttribute('href', '/residents/r-1');
    expect(within(elvin!).getByText('Xidmətə gedir')).toBeInTheDocument();
    expect(elvin).toHaveTextContent('1 fevral 2026');
    expect(elvin).toHaveTextContent('10 fevral 2026');
    expect(within(secret!).getByRole('link', { name: 'Məxfi qeyd' })).toHaveAttribute('href', '/residents/r-4');
    expect(within(secret!).getByText('Qəbul edilib')).toBeInTheDocument();
  });

  it('says when no child has been referred to a service', async () => {
    renderServices(servicesCore());
    await userEvent.click(await screen.findByRole('button', { name: DAY_CARE }));
    const drawer = await screen.findByRole('dialog', { name: `Göndərişlər: ${DAY_CARE}` });
    expect(await within(drawer).findByText('Bu xidmətə hələ heç bir uşaq göndərilməyib.')).toBeInTheDocument();
    expect(within(drawer).getByText('Dolub')).toBeInTheDocument();
  });
});

describe('adding and changing a service', () => {
  it('adds a service with its name, type and places, and lists it with none taken', async () => {
    const fake = renderServices(servicesCore());
    const dialog = await openAdd();
    await fill(within(dialog).getByLabelText(/^Xidmətin adı/), 'Bakı inklüziv inkişaf mərkəzi');
    await choose(/^Xidmətin növü/, 'Reabilitasiya-inkişaf mərkəzi');
    await choose(/^Şəhər \/ rayon/, 'Bakı');
    await fill(within(dialog).getByLabelText(/^Yer sayı/), '12');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Əlavə et' }));

    await dialogClosed('Yeni xidmət');
    expect(inputsOf(fake, 'services.save')).toEqual([
      {
        id: null,
        service: {
          name: 'Bakı inklüziv inkişaf mərkəzi',
          typeCode: 'rehabilitation',
          regionCode: 'baku',
          address: null,
          phone: null,
          capacity: 12,
          active: true,
          note: null,
        },
      },
    ]);
    expect(await screen.findByText('«Bakı inklüziv inkişaf mərkəzi» yadda saxlanıldı.')).toBeInTheDocument();
    const added = await rowOf('Bakı inklüziv inkişaf mərkəzi');
    expect(within(added).getByText('0 / 12')).toBeInTheDocument();
  });

  it('shows what is missing or wrong beside each field and sends nothing', async () => {
    const fake = renderServices(servicesCore());
    const dialog = await openAdd();
    await fill(within(dialog).getByLabelText(/^Telefon/), '12');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Əlavə et' }));
    expect(within(dialog).getByLabelText(/^Xidmətin adı/)).toHaveAccessibleDescription('Mütləqdir.');
    expect(within(dialog).getByRole('combobox', { name: /^Xidmətin növü/ })).toHaveAccessibleDescription('Mütləqdir.');
    expect(within(dialog).getByLabelText(/^Yer sayı/)).toHaveAccessibleDescription(/Rəqəm daxil edin\./);
    expect(within(dialog).getByLabelText(/^Telefon/)).toHaveAccessibleDescription('7–15 rəqəmli telefon nömrəsi daxil edin, məsələn +994 12 555 12 34.');
    expect(within(dialog).getByRole('combobox', { name: /^Şəhər \/ rayon/ })).not.toHaveAccessibleDescription();
    expect(inputsOf(fake, 'services.save')).toEqual([]);
  });

  it('shows a type the core refused beside it, and a failure no field can say above the buttons', async () => {
    let calls = 0;
    renderServices({
      ...servicesCore(),
      'services.save': () => {
        calls += 1;
        throw calls === 1
          ? new FakeFailure({
              code: 'VALIDATION_FAILED',
              message: 'The input is not valid',
              details: { issues: [{ path: 'service.typeCode', message: 'validation.unknownCode' }] },
            })
          : new FakeFailure({ code: 'NOT_FOUND', message: 'No such service' });
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: `Redaktə et: ${REHAB}` }));
    const dialog = await screen.findByRole('dialog', { name: `Xidməti redaktə et: ${REHAB}` });
    const save = within(dialog).getByRole('button', { name: 'Yadda saxla' });
    await userEvent.click(save);
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: /^Xidmətin növü/ })).toHaveAccessibleDescription('Siyahıdan bir dəyər seçin.'));
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();

    await userEvent.click(save);
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Tapılmadı; ola bilsin ki, silinib.');
    expect(alert.compareDocumentPosition(save) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('opens a service with what was recorded and saves the change under its id', async () => {
    const fake = renderServices(servicesCore());
    await userEvent.click(await screen.findByRole('button', { name: `Redaktə et: ${REHAB}` }));
    const dialog = await screen.findByRole('dialog', { name: `Xidməti redaktə et: ${REHAB}` });
    expect(within(dialog).getByLabelText(/^Xidmətin adı/)).toHaveValue(REHAB);
    expect(within(dialog).getByLabelText(/^Telefon/)).toHaveValue('+994 24 244 12 34');
    const places = within(dialog).getByLabelText(/^Yer sayı/);
    expect(places).toHaveValue('10');
    await userEvent.clear(places);
    await fill(places, '3');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));

    await dialogClosed(`Xidməti redaktə et: ${REHAB}`);
    expect(inputsOf(fake, 'services.save')).toEqual([
      {
        id: 's-1',
        service: {
          name: REHAB,
          typeCode: 'rehabilitation',
          regionCode: 'sheki',
          address: 'Şəki, M. F. Axundzadə pr. 12',
          phone: '+994 24 244 12 34',
          capacity: 3,
          active: true,
          note: null,
        },
      },
    ]);
    // Three children in three places: the service is full now.
    const rehab = await rowOf(REHAB);
    await waitFor(() => expect(within(rehab).getByText('3 / 3')).toBeInTheDocument());
    expect(within(rehab).getByText('Dolub')).toBeInTheDocument();
  });

  it('stops a service: it leaves the register of active services', async () => {
    const fake = renderServices(servicesCore());
    await userEvent.click(await screen.findByRole('button', { name: `Redaktə et: ${DAY_CARE}` }));
    const dialog = await screen.findByRole('dialog', { name: `Xidməti redaktə et: ${DAY_CARE}` });
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /^Xidmət fəaliyyətdədir/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await dialogClosed(`Xidməti redaktə et: ${DAY_CARE}`);
    expect(inputsOf(fake, 'services.save')).toEqual([
      {
        id: 's-2',
        service: { name: DAY_CARE, typeCode: 'day_care', regionCode: 'baku', address: null, phone: null, capacity: 8, active: false, note: null },
      },
    ]);
    await waitFor(() => expect(listedServices()).toEqual([REHAB]));
  });
});

describe('children with a disability referred to no service', () => {
  it('are listed with their birth date and category, each linked to the record', async () => {
    renderServices({
      ...servicesCore(),
      'services.unreferredDisabled': () => [
        { residentId: 'r-5', fullName: 'Səfərli Murad', birthDate: '2014-06-09', disabilityCategoryCode: 'hearing' },
        { residentId: 'r-6', fullName: '', birthDate: '2020-01-30', disabilityCategoryCode: null },
      ],
    });
    const section = await screen.findByRole('region', { name: 'Heç bir xidmətə göndərilməmiş sağlamlıq imkanları məhdud uşaqlar' });
    const murad = (await within(section).findByRole('link', { name: 'Səfərli Murad' })).closest('tr')!;
    expect(within(murad).getByRole('link', { name: 'Səfərli Murad' })).toHaveAttribute('href', '/residents/r-5');
    expect(murad).toHaveTextContent('9 iyun 2014');
    await waitFor(() => expect(murad).toHaveTextContent('Eşitmə pozuntusu'));
    // A secret record (adoption) is listed without the child's name.
    expect(within(section).getByRole('link', { name: 'Məxfi qeyd' })).toHaveAttribute('href', '/residents/r-6');
  });

  it('says when every such child is referred somewhere', async () => {
    renderServices(servicesCore());
    expect(await screen.findByText('Belə uşaq yoxdur: sağlamlıq imkanları məhdud hər uşaq hansısa xidmətə göndərilib.')).toBeInTheDocument();
  });
});

describe('a viewer', () => {
  it('sees the register, the load and the referrals, and no way to change a service', async () => {
    renderServices(servicesCore(), 'viewer');
    const rehab = await rowOf(REHAB);
    expect(within(rehab).getByText('3 / 10')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Xidmət əlavə et' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Redaktə et/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Əməliyyatlar' })).not.toBeInTheDocument();
    // The services' names still open their referrals: those are the only buttons.
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual([REHAB, DAY_CARE]);
  });
});
