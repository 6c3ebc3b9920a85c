import type { InstitutionProfile } from '@contract/institution';
import type { AppSettings } from '@contract/settings';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { FakeFailure } from '../../api/fake-bridge';
import { initI18n } from '../../i18n/i18n';
import { inputsOf, renderWithProviders } from '../users/test-providers';
import { PathwaySettingsForm } from './PathwaySettingsForm';
import { SettingsPage } from './SettingsPage';

const profile: InstitutionProfile = {
  code: 'UE-017',
  name: 'Bakı şəhəri 2 nömrəli uşaq evi',
  typeCode: 'children_home',
  regionCode: 'baku',
  address: null,
  capacity: 60,
  phone: null,
  directorName: 'Aynur Məmmədova',
  createdAt: '2026-01-10T08:00:00.000Z',
  updatedAt: '2026-01-10T08:00:00.000Z',
};

const settings: AppSettings = { idleLockMinutes: 10, assessmentIntervalMonths: 6, followUpMonths: [1, 3, 6, 12], planDueDays: 30 };

/** The settings page, saving as the core would (the change merged over what is stored, months sorted). */
function renderPage(update: (input: unknown) => unknown = (input) => {
  const change = input as Partial<AppSettings>;
  return { ...settings, ...change, followUpMonths: [...new Set(change.followUpMonths ?? settings.followUpMonths)].sort((a, b) => a - b) };
}) {
  return renderWithProviders(<SettingsPage />, {
    'institution.get': () => profile,
    'settings.get': () => settings,
    'settings.update': update,
    'reference.list': () => [],
  });
}

async function pathwaySection() {
  return screen.findByRole('region', { name: 'Fərdi qayğı prosesi' });
}

async function retype(field: HTMLElement, text: string) {
  await userEvent.clear(field);
  if (text !== '') {
    await userEvent.type(field, text);
  }
}

beforeAll(async () => {
  await initI18n('az');
});

describe('care pathway settings', () => {
  it('shows the current values on the settings page and saves only the pathway’s, months in order', async () => {
    const fake = renderPage();
    const section = await pathwaySection();
    const interval = within(section).getByLabelText('Qiymətləndirmələr arasındakı müddət (ay)');
    const days = within(section).getByLabelText('Plan hazırlamaq üçün müddət (gün)');
    const months = within(section).getByLabelText('İzləmə görüşləri (ayrıldıqdan neçə ay sonra)');
    expect(interval).toHaveValue('6');
    expect(days).toHaveValue('30');
    expect(months).toHaveValue('1, 3, 6, 12');
    expect(months).toHaveAccessibleDescription(/vergüllə ayrılmış/);

    await retype(interval, '3');
    await retype(days, '45');
    await retype(months, '12, 2,6 3');
    await userEvent.click(within(section).getByRole('button', { name: 'Yadda saxla' }));

    expect(await screen.findByText('Fərdi qayğı prosesinin parametrləri yadda saxlanıldı.')).toBeInTheDocument();
    expect(inputsOf(fake, 'settings.update')).toEqual([{ assessmentIntervalMonths: 3, planDueDays: 45, followUpMonths: [2, 3, 6, 12] }]);
    expect(months).toHaveValue('2, 3, 6, 12');
  });

  it('says beside each field what is wrong, in Azerbaijani, and sends nothing', async () => {
    const fake = renderPage();
    const section = await pathwaySection();
    const days = within(section).getByLabelText('Plan hazırlamaq üçün müddət (gün)');
    const months = within(section).getByLabelText('İzləmə görüşləri (ayrıldıqdan neçə ay sonra)');
    await retype(days, '');
    await retype(months, '1, 3, 40');
    await userEvent.click(within(section).getByRole('button', { name: 'Yadda saxla' }));
    expect(days).toHaveAccessibleDescription(/Rəqəm daxil edin\./);
    expect(months).toHaveAccessibleDescription(/1 ilə 36 arasında ay sayı daxil edin\./);

    await retype(months, 'bir, üç');
    await userEvent.click(within(section).getByRole('button', { name: 'Yadda saxla' }));
    expect(months).toHaveAccessibleDescription(/Ayların sayını tam ədədlərlə, vergüllə ayıraraq daxil edin/);
    await retype(months, '');
    await userEvent.click(within(section).getByRole('button', { name: 'Yadda saxla' }));
    expect(months).toHaveAccessibleDescription(/Ayların sayını tam ədədlərlə/);
    expect(inputsOf(fake, 'settings.update')).toEqual([]);
  });

  it('shows the core’s refusal of a month beside the months field', async () => {
    renderPage(() => {
      throw new FakeFailure({
        code: 'VALIDATION_FAILED',
        message: 'Invalid input',
        details: { issues: [{ path: 'followUpMonths.1', message: 'validation.monthsRange' }] },
      });
    });
    const section = await pathwaySection();
    await userEvent.click(within(section).getByRole('button', { name: 'Yadda saxla' }));
    const months = within(section).getByLabelText('İzləmə görüşləri (ayrıldıqdan neçə ay sonra)');
    await waitFor(() => expect(months).toHaveAccessibleDescription(/1 ilə 36 arasında ay sayı daxil edin\./));
  });

  it('shows the values read-only to whoever may not change them', () => {
    renderWithProviders(<PathwaySettingsForm settings={settings} canEdit={false} />, {});
    expect(screen.getByLabelText('Plan hazırlamaq üçün müddət (gün)')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('İzləmə görüşləri (ayrıldıqdan neçə ay sonra)')).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Yadda saxla' })).not.toBeInTheDocument();
    expect(screen.getByText('Fərdi qayğı prosesinin parametrlərini yalnız direktor dəyişə bilər.')).toBeInTheDocument();
  });
});
