import type { TransformationPlan } from '@contract/transformation-views';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { initI18n } from '../../i18n/i18n';
import { choose } from '../resident/test-fixtures';
import { inputsOf } from '../users/test-providers';
import { fill, plan, refusal, renderPlanPage } from './transformation-fixtures';

const TITLE = 'Uşaq evinin ailə əsaslı sosial xidmət mərkəzinə çevrilməsi';

beforeAll(async () => {
  await initI18n('az');
});

describe('before the institution has a transformation plan', () => {
  it('lets the director create it from the template, checking the fields first and showing a refusal that fits no field', async () => {
    let current: TransformationPlan | null = null;
    let calls = 0;
    const fake = renderPlanPage('director', {
      'transformation.get': () => current,
      'transformation.create': () => {
        calls += 1;
        if (calls === 1) {
          throw refusal('', 'validation.transformationPlanOpen');
        }
        current = plan();
        return current;
      },
    });
    expect(await screen.findByRole('heading', { name: 'Transformasiya planı', level: 1 })).toBeInTheDocument();
    expect(screen.getByText(/ailə əsaslı sosial xidmətlər mərkəzinə necə çevriləcəyini göstərir/)).toBeInTheDocument();
    expect(screen.getByText('Qəbula nəzarət')).toBeInTheDocument();

    const start = screen.getByLabelText(/^Dövrün başlanğıcı/);
    const end = screen.getByLabelText(/^Dövrün sonu/);
    fireEvent.change(start, { target: { value: '2027-01-01' } });
    fireEvent.change(end, { target: { value: '2026-12-31' } });
    await userEvent.click(screen.getByRole('button', { name: 'Planı yarat' }));
    expect(screen.getByLabelText(/^Planın adı/)).toHaveAccessibleDescription(/^Mütləqdir\./);
    expect(end).toHaveAccessibleDescription('Son tarix başlanğıcdan əvvəl ola bilməz.');
    expect(screen.getByRole('combobox', { name: /^Hədəf xidmət modelləri/ })).toHaveAccessibleDescription(/^Ən azı birini seçin\./);
    expect(inputsOf(fake, 'transformation.create')).toEqual([]);

    await fill(screen.getByLabelText(/^Planın adı/), TITLE);
    fireEvent.change(end, { target: { value: '2029-12-31' } });
    await choose(/^Hədəf xidmət modelləri/, 'Günərzi qayğı mərkəzi');
    await choose(/^Hədəf xidmət modelləri/, 'Ailəyə dəstək xidməti');
    await userEvent.click(screen.getByRole('button', { name: 'Planı yarat' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Müəssisənin artıq tamamlanmamış transformasiya planı var.');

    await userEvent.click(screen.getByRole('button', { name: 'Planı yarat' }));
    expect(await screen.findByRole('heading', { name: TITLE, level: 1 })).toBeInTheDocument();
    const sent = { title: TITLE, periodStart: '2027-01-01', periodEnd: '2029-12-31', targetModelCodes: ['day_care_centre', 'family_support'] };
    expect(inputsOf(fake, 'transformation.create')).toEqual([sent, sent]);
    expect(screen.getByText('Transformasiya planı yaradıldı.')).toBeInTheDocument();
  });

  it.each(['staff', 'viewer'] as const)('tells a %s that there is no plan yet, with no form to make one', async (role) => {
    renderPlanPage(role, { 'transformation.get': () => null });
    expect(await screen.findByText('Müəssisənin hələ transformasiya planı yoxdur. Planı direktor yaradır.')).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Planın adı/)).not.toBeInTheDocument();
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('keeps completed plans readable from the list', async () => {
    const done = plan({ status: 'completed', completedAt: '2026-11-25T12:00:00.000Z', unapprovedChanges: false, approval: null });
    renderPlanPage('viewer', {
      'transformation.get': (input) => ((input as { id?: string }).id === 'tp-1' ? done : null),
      'transformation.list': () => [
        { id: 'tp-1', title: TITLE, periodStart: '2027-01-01', periodEnd: '2029-12-31', status: 'completed', createdAt: '2026-11-25T09:00:00.000Z', approvedRevision: 2 },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: `Plana bax: ${TITLE}` }));
    expect(await screen.findByRole('heading', { name: TITLE, level: 1 })).toBeInTheDocument();
    expect(screen.getByText(/^Plan .* tamamlanıb; artıq dəyişdirilmir\.$/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cari plana qayıt' }));
    await waitFor(() => expect(screen.getByText('Müəssisənin hələ transformasiya planı yoxdur. Planı direktor yaradır.')).toBeInTheDocument());
  });
});
