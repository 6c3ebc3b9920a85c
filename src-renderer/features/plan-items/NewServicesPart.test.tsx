import { calendarDate } from '@contract/dates';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { FakeFailure } from '../../api/fake-bridge';
import { initI18n } from '../../i18n/i18n';
import { choose } from '../resident/test-fixtures';
import { inputsOf } from '../users/test-providers';
import { dialogClosed, dialogNamed, fill, plan, planCore, renderItems } from './plan-items-fixtures';

const DAY_CARE = 'Günərzi qayğı mərkəzi «Günəş»';
const SUPPORT = 'Ailəyə dəstək xidməti';

const planned = (id: string, name: string, overrides: Record<string, unknown> = {}) => ({
  id,
  name,
  serviceTypeCode: 'family_support',
  capacity: 40,
  plannedOpeningDate: '2026-09-01',
  openedDate: null,
  openedCapacity: null,
  serviceId: null,
  serviceName: null,
  ...overrides,
});

/** The table row of the item named `name`. */
async function rowOf(name: string) {
  const header = await screen.findByRole('rowheader', { name });
  return header.closest('tr')!;
}

beforeAll(async () => {
  await initI18n('az');
});

describe('new services of the plan', () => {
  it('are added and changed by the director, each change under the plan version it was made on', async () => {
    const fake = renderItems(planCore(plan()));
    const section = await screen.findByRole('region', { name: 'Yeni xidmətlər' });
    expect(within(section).getByText('Planda hələ yeni xidmət yoxdur.')).toBeInTheDocument();
    await userEvent.click(within(section).getByRole('button', { name: 'Planlaşdırılan xidmət əlavə et' }));
    let dialog = await dialogNamed('Planlaşdırılan yeni xidmət');
    // The plan is approved: its content changing needs a new approval, and the form says so.
    expect(dialog).toHaveTextContent('yenidən təsdiq edilməlidir');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    expect(within(dialog).getByLabelText(/^Xidmətin adı/)).toHaveAccessibleDescription('Mütləqdir.');
    expect(inputsOf(fake, 'transformation.saveNewService')).toEqual([]);

    await fill(within(dialog).getByLabelText(/^Xidmətin adı/), DAY_CARE);
    await choose(/^Xidmətin növü/, 'Günərzi qayğı mərkəzi');
    await fill(within(dialog).getByLabelText(/^Yer sayı/), '25');
    fireEvent.change(within(dialog).getByLabelText('Planlaşdırılan açılış tarixi'), { target: { value: '2027-03-01' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await dialogClosed('Planlaşdırılan yeni xidmət');
    expect(inputsOf(fake, 'transformation.saveNewService')).toEqual([
      { planId: 'tp-1', version: 7, id: null, service: { name: DAY_CARE, serviceTypeCode: 'day_care', capacity: 25, plannedOpeningDate: '2027-03-01' } },
    ]);
    expect(await screen.findByText(`«${DAY_CARE}» xidməti planda yadda saxlanıldı.`)).toBeInTheDocument();
    const row = await rowOf(DAY_CARE);
    expect(row).toHaveTextContent('Günərzi qayğı mərkəzi251 mart 2027Hələ açılmayıb');
    expect(screen.getByText('Planlaşdırılan yer sayı: 25; açılmış yer sayı: 0.')).toBeInTheDocument();

    await userEvent.click(within(row).getByRole('button', { name: `Redaktə et: ${DAY_CARE}` }));
    dialog = await dialogNamed(`Planlaşdırılan xidməti redaktə et: ${DAY_CARE}`);
    await fill(within(dialog).getByLabelText(/^Yer sayı/), '30');
    fireEvent.change(within(dialog).getByLabelText('Planlaşdırılan açılış tarixi'), { target: { value: '' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await dialogClosed(`Planlaşdırılan xidməti redaktə et: ${DAY_CARE}`);
    // The plan read again after the first save is version 8.
    expect(inputsOf(fake, 'transformation.saveNewService')[1]).toEqual({
      planId: 'tp-1',
      version: 8,
      id: 'new-1',
      service: { name: DAY_CARE, serviceTypeCode: 'day_care', capacity: 30, plannedOpeningDate: null },
    });
  });

  it('are opened by linking an entry of the services register, without the plan version', async () => {
    const today = calendarDate(new Date());
    const fake = renderItems(planCore(plan({ newServices: [planned('ns-1', SUPPORT)] })));
    const row = await rowOf(SUPPORT);
    await userEvent.click(within(row).getByRole('button', { name: `Açılışı qeyd et: ${SUPPORT}` }));
    const dialog = await dialogNamed(`Xidmətin açılışı: ${SUPPORT}`);
    const date = within(dialog).getByLabelText(/^Açılış tarixi/);
    expect(date).toHaveValue(today);
    // By default the register gets a new entry with the planned places.
    expect(dialog).toHaveTextContent('Açılmış kimi sayılacaq yer sayı: 40.');

    await userEvent.click(within(dialog).getByRole('radio', { name: 'Reyestrdə artıq olan xidmətə bağla' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Açılışı qeyd et' }));
    expect(within(dialog).getByRole('combobox', { name: /^Reyestrdəki xidmət/ })).toHaveAccessibleDescription('Xidmətlər reyestrindən bir xidmət seçin.');
    await choose(/^Reyestrdəki xidmət/, 'Rayon ailəyə dəstək mərkəzi (Ailəyə dəstək xidməti)');
    expect(dialog).toHaveTextContent('Açılmış kimi sayılacaq yer sayı: 30.');
    fireEvent.change(date, { target: { value: '2999-01-01' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Açılışı qeyd et' }));
    expect(date).toHaveAccessibleDescription('Tarix gələcəkdə ola bilməz.');
    expect(inputsOf(fake, 'transformation.openNewService')).toEqual([]);

    fireEvent.change(date, { target: { value: '2026-02-10' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Açılışı qeyd et' }));
    await dialogClosed(`Xidmətin açılışı: ${SUPPORT}`);
    expect(inputsOf(fake, 'transformation.openNewService')).toEqual([{ id: 'ns-1', openedDate: '2026-02-10', serviceId: 'svc-9' }]);
    expect(await screen.findByText(`«${SUPPORT}» xidmətinin açılışı qeyd edildi.`)).toBeInTheDocument();
    const opened = await rowOf(SUPPORT);
    await waitFor(() => expect(opened).toHaveTextContent('10 fevral 2026 tarixində açılıb, 30 yer'));
    expect(within(opened).getByRole('link', { name: 'Xidmətlər reyestrində: Rayon ailəyə dəstək mərkəzi' })).toHaveAttribute('href', '/services');
    // Opened is done: it is neither opened again nor removed.
    expect(within(opened).queryByRole('button', { name: /^Açılışı qeyd et/ })).not.toBeInTheDocument();
    expect(within(opened).queryByRole('button', { name: /^Sil/ })).not.toBeInTheDocument();
    expect(screen.getByText('Planlaşdırılan yer sayı: 40; açılmış yer sayı: 30.')).toBeInTheDocument();
  });

  it('are opened by creating the register entry from the plan', async () => {
    const fake = renderItems(planCore(plan({ newServices: [planned('ns-1', SUPPORT)] })));
    await userEvent.click(await screen.findByRole('button', { name: `Açılışı qeyd et: ${SUPPORT}` }));
    const dialog = await dialogNamed(`Xidmətin açılışı: ${SUPPORT}`);
    fireEvent.change(within(dialog).getByLabelText(/^Açılış tarixi/), { target: { value: '2026-02-10' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Açılışı qeyd et' }));
    await dialogClosed(`Xidmətin açılışı: ${SUPPORT}`);
    expect(inputsOf(fake, 'transformation.openNewService')).toEqual([{ id: 'ns-1', openedDate: '2026-02-10', serviceId: null }]);
  });

  it('are removed when entered in error, under the plan version', async () => {
    const fake = renderItems(planCore(plan({ newServices: [planned('ns-1', SUPPORT)] })));
    await userEvent.click(await screen.findByRole('button', { name: `Sil: ${SUPPORT}` }));
    const dialog = await dialogNamed(`Plandan silinsin: ${SUPPORT}?`);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sil' }));
    await dialogClosed(`Plandan silinsin: ${SUPPORT}?`);
    expect(inputsOf(fake, 'transformation.removeItem')).toEqual([{ planId: 'tp-1', version: 7, section: 'newService', id: 'ns-1' }]);
    expect(await screen.findByText('Planda hələ yeni xidmət yoxdur.')).toBeInTheDocument();
  });

  it('tell the director when the plan changed meanwhile, and reload it instead of overwriting', async () => {
    let refused = false;
    const core = planCore(plan({ newServices: [planned('ns-1', SUPPORT)] }));
    const fake = renderItems({
      ...core,
      'transformation.saveNewService': (input) => {
        if (!refused) {
          refused = true;
          throw new FakeFailure({ code: 'CONFLICT', message: 'The plan was changed meanwhile' });
        }
        return core['transformation.saveNewService']!(input);
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: `Redaktə et: ${SUPPORT}` }));
    const dialog = await dialogNamed(`Planlaşdırılan xidməti redaktə et: ${SUPPORT}`);
    await fill(within(dialog).getByLabelText(/^Yer sayı/), '45');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Plan artıq dəyişib');
    expect(within(dialog).getByRole('button', { name: 'Yadda saxla' })).toBeDisabled();
    const reads = inputsOf(fake, 'transformation.get').length;
    await userEvent.click(within(alert).getByRole('button', { name: 'Planı yenilə' }));
    await dialogClosed(`Planlaşdırılan xidməti redaktə et: ${SUPPORT}`);
    expect(inputsOf(fake, 'transformation.get').length).toBeGreaterThan(reads);
  });

  it('show a refused service type beside its field', async () => {
    renderItems(
      planCore(plan(), {
        'transformation.saveNewService': () => {
          throw new FakeFailure({
            code: 'VALIDATION_FAILED',
            message: 'The input is not valid',
            details: { issues: [{ path: 'service.serviceTypeCode', message: 'validation.unknownCode' }] },
          });
        },
      }),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Planlaşdırılan xidmət əlavə et' }));
    const dialog = await dialogNamed('Planlaşdırılan yeni xidmət');
    await fill(within(dialog).getByLabelText(/^Xidmətin adı/), DAY_CARE);
    await choose(/^Xidmətin növü/, 'Günərzi qayğı mərkəzi');
    await fill(within(dialog).getByLabelText(/^Yer sayı/), '25');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: /^Xidmətin növü/ })).toHaveAccessibleDescription('Siyahıdan bir dəyər seçin.'));
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });
});
