import type { Role } from '@contract/common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { initI18n } from '../../i18n/i18n';
import { choose } from '../resident/test-fixtures';
import { inputsOf } from '../users/test-providers';
import { dialogClosed, dialogNamed, fill, plan, planCore, renderItems } from './plan-items-fixtures';

const LEYLA = 'Leyla Həsənova';
const TRAINING = 'Ailəyə dəstək üzrə sosial iş';
const SPACE = 'İkinci mərtəbə, yataq otaqları';

beforeAll(async () => {
  await initI18n('az');
});

/** A plan with one item of each kind, one service opened. */
function fullPlan(status: 'in_progress' | 'completed' = 'in_progress') {
  return plan({
    status,
    newServices: [
      {
        id: 'ns-1',
        name: 'Günərzi qayğı mərkəzi',
        serviceTypeCode: 'day_care',
        capacity: 25,
        plannedOpeningDate: '2026-09-01',
        openedDate: '2026-09-03',
        openedCapacity: 25,
        serviceId: 'svc-1',
        serviceName: 'Günərzi qayğı mərkəzi',
      },
      { id: 'ns-2', name: 'Ailəyə dəstək', serviceTypeCode: 'family_support', capacity: 40, plannedOpeningDate: null, openedDate: null, openedCapacity: null, serviceId: null, serviceName: null },
    ],
    trainings: [
      { id: 'tr-1', person: LEYLA, training: TRAINING, newRole: 'Sosial işçi', completedDate: '2026-01-20', hours: 72 },
      { id: 'tr-2', person: 'leyla  həsənova', training: 'Uşaq hüquqları', newRole: null, completedDate: '2026-02-03', hours: 16 },
      { id: 'tr-3', person: 'Rauf Əliyev', training: 'Reabilitasiya əsasları', newRole: 'Reabilitoloq köməkçisi', completedDate: null, hours: null },
    ],
    budgetLines: [{ id: 'bl-1', title: 'Mərkəzin işçi xərcləri', plannedQepik: 480_000_000, movedQepik: 0, movedDate: null }],
    buildingItems: [{ id: 'bi-1', space: SPACE, currentUse: 'Yataq otaqları', newUse: 'Günərzi mərkəzin otaqları', status: 'planned', dueDate: '2027-06-30' }],
  });
}

describe('staff retraining', () => {
  it('lists each training with its totals: people, completed, hours', async () => {
    renderItems(planCore(fullPlan()));
    const section = await screen.findByRole('region', { name: 'İşçi heyəti: yenidən istiqamətləndirmə və hazırlıq' });
    expect(within(section).getByRole('row', { name: new RegExp(`^${LEYLA} ${TRAINING} 20 yanvar 2026 72 Sosial işçi`) })).toBeInTheDocument();
    expect(within(section).getByRole('row', { name: /^Rauf Əliyev Reabilitasiya əsasları Başa çatmayıb — Reabilitoloq köməkçisi/ })).toBeInTheDocument();
    // The same person typed with other case and spacing counts once.
    expect(section).toHaveTextContent('2 əməkdaş, 3 hazırlıq; 2 hazırlıq başa çatıb (1 əməkdaş), cəmi 88 saat.');
  });

  it('adds a training, then records it completed, each under the plan version', async () => {
    const fake = renderItems(planCore(plan()));
    await userEvent.click(await screen.findByRole('button', { name: 'Hazırlıq əlavə et' }));
    let dialog = await dialogNamed('Əməkdaşın yeni hazırlığı');
    await fill(within(dialog).getByLabelText(/^Əməkdaş/), LEYLA);
    await fill(within(dialog).getByLabelText(/^Hazırlıq \(təlim\)/), TRAINING);
    await fill(within(dialog).getByLabelText('Yeni vəzifə'), 'Sosial işçi');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await dialogClosed('Əməkdaşın yeni hazırlığı');
    expect(inputsOf(fake, 'transformation.saveTraining')).toEqual([
      { planId: 'tp-1', version: 7, id: null, training: { person: LEYLA, training: TRAINING, newRole: 'Sosial işçi', completedDate: null, hours: null } },
    ]);
    expect(await screen.findByText(`${LEYLA} üçün hazırlıq yadda saxlanıldı.`)).toBeInTheDocument();

    await userEvent.click(await screen.findByRole('button', { name: `Redaktə et: ${LEYLA}, ${TRAINING}` }));
    dialog = await dialogNamed(`Hazırlığı redaktə et: ${LEYLA}`);
    const completed = within(dialog).getByLabelText('Başa çatma tarixi');
    fireEvent.change(completed, { target: { value: '2999-01-01' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    expect(completed).toHaveAccessibleDescription('Tarix gələcəkdə ola bilməz.');
    expect(inputsOf(fake, 'transformation.saveTraining')).toHaveLength(1);
    fireEvent.change(completed, { target: { value: '2026-01-20' } });
    await fill(within(dialog).getByLabelText('Saat sayı'), '72');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await dialogClosed(`Hazırlığı redaktə et: ${LEYLA}`);
    expect(inputsOf(fake, 'transformation.saveTraining')[1]).toEqual({
      planId: 'tp-1',
      version: 8,
      id: 'new-1',
      training: { person: LEYLA, training: TRAINING, newRole: 'Sosial işçi', completedDate: '2026-01-20', hours: 72 },
    });
    await waitFor(() => expect(screen.getByText('1 əməkdaş, 1 hazırlıq; 1 hazırlıq başa çatıb (1 əməkdaş), cəmi 72 saat.')).toBeInTheDocument());
  });
});

describe('repurposing the building', () => {
  it('adds a part of the building as planned, then moves its status on', async () => {
    const fake = renderItems(planCore(plan()));
    await userEvent.click(await screen.findByRole('button', { name: 'Binanın hissəsini əlavə et' }));
    let dialog = await dialogNamed('Binanın hissəsinin yenidən təyinatı');
    await fill(within(dialog).getByLabelText(/^Binanın hissəsi/), SPACE);
    await fill(within(dialog).getByLabelText(/^Yeni istifadəsi/), 'Günərzi mərkəzin otaqları');
    fireEvent.change(within(dialog).getByLabelText('Son tarix'), { target: { value: '2027-06-30' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await dialogClosed('Binanın hissəsinin yenidən təyinatı');
    expect(inputsOf(fake, 'transformation.saveBuildingItem')).toEqual([
      { planId: 'tp-1', version: 7, id: null, item: { space: SPACE, currentUse: null, newUse: 'Günərzi mərkəzin otaqları', status: 'planned', dueDate: '2027-06-30' } },
    ]);
    const row = (await screen.findByRole('rowheader', { name: SPACE })).closest('tr')!;
    expect(row).toHaveTextContent(`${SPACE}—Günərzi mərkəzin otaqlarıPlanlaşdırılıb30 iyun 2027`);

    await userEvent.click(within(row).getByRole('button', { name: `Redaktə et: ${SPACE}` }));
    dialog = await dialogNamed(`Yenidən təyinatı redaktə et: ${SPACE}`);
    await choose(/^Vəziyyəti/, 'İşlər gedir');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await dialogClosed(`Yenidən təyinatı redaktə et: ${SPACE}`);
    expect(inputsOf(fake, 'transformation.saveBuildingItem')[1]).toEqual({
      planId: 'tp-1',
      version: 8,
      id: 'new-1',
      item: { space: SPACE, currentUse: null, newUse: 'Günərzi mərkəzin otaqları', status: 'in_progress', dueDate: '2027-06-30' },
    });
    expect(await screen.findByText('İşlər gedir')).toBeInTheDocument();
  });

  it('removes a part entered in error', async () => {
    const fake = renderItems(planCore(fullPlan()));
    await userEvent.click(await screen.findByRole('button', { name: `Sil: ${SPACE}` }));
    const dialog = await dialogNamed(`Plandan silinsin: ${SPACE}?`);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sil' }));
    await dialogClosed(`Plandan silinsin: ${SPACE}?`);
    expect(inputsOf(fake, 'transformation.removeItem')).toEqual([{ planId: 'tp-1', version: 7, section: 'buildingItem', id: 'bi-1' }]);
    expect(await screen.findByText('Planda hələ binanın yenidən təyinatı yoxdur.')).toBeInTheDocument();
  });
});

describe('who may change the items', () => {
  it.each<[Role, 'in_progress' | 'completed']>([
    ['viewer', 'in_progress'],
    ['staff', 'in_progress'],
    ['director', 'completed'],
  ])('a %s of a plan %s reads every item but sees no button', async (role, status) => {
    renderItems(planCore(fullPlan(status)), role);
    expect(await screen.findByRole('rowheader', { name: SPACE })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Ailəyə dəstək' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: LEYLA })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Mərkəzin işçi xərcləri' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Xidmətlər reyestrində: Günərzi qayğı mərkəzi' })).toBeInTheDocument();
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryByRole('columnheader', { name: 'Əməliyyatlar' })).not.toBeInTheDocument();
  });

  it('the director of a plan in progress gets every button', async () => {
    renderItems(planCore(fullPlan()));
    for (const name of [
      'Planlaşdırılan xidmət əlavə et',
      'Açılışı qeyd et: Ailəyə dəstək',
      'Sil: Ailəyə dəstək',
      'Hazırlıq əlavə et',
      'Büdcə maddəsi əlavə et',
      'Binanın hissəsini əlavə et',
      `Redaktə et: ${SPACE}`,
    ]) {
      expect(await screen.findByRole('button', { name })).toBeInTheDocument();
    }
  });
});
