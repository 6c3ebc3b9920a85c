import type { AppSettings } from '@contract/settings';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { initI18n } from '../../i18n/i18n';
import { inputsOf, renderWithProviders } from '../users/test-providers';
import { SecuritySettingsForm } from './SecuritySettingsForm';

const settings: AppSettings = { idleLockMinutes: 10, assessmentIntervalMonths: 6, followUpMonths: [1, 3, 6, 12], planDueDays: 30 };

beforeAll(async () => {
  await initI18n('az');
});

describe('security settings', () => {
  it('saves the idle time alone, leaving the other settings to the core, and says so', async () => {
    const fake = renderWithProviders(<SecuritySettingsForm settings={settings} />, {
      'settings.update': (input) => ({ ...settings, ...(input as Partial<AppSettings>) }),
    });
    const field = screen.getByLabelText('Fəaliyyətsizlikdən sonra kilid (dəqiqə)');
    await userEvent.clear(field);
    await userEvent.type(field, '5');
    await userEvent.click(screen.getByRole('button', { name: 'Yadda saxla' }));
    await waitFor(() => expect(inputsOf(fake, 'settings.update')).toEqual([{ idleLockMinutes: 5 }]));
    expect(await screen.findByText('Təhlükəsizlik parametrləri yadda saxlanıldı.')).toBeInTheDocument();
  });

  it('refuses an empty idle time beside the field and sends nothing', async () => {
    const fake = renderWithProviders(<SecuritySettingsForm settings={settings} />, {});
    await userEvent.clear(screen.getByLabelText('Fəaliyyətsizlikdən sonra kilid (dəqiqə)'));
    await userEvent.click(screen.getByRole('button', { name: 'Yadda saxla' }));
    expect(await screen.findByLabelText('Fəaliyyətsizlikdən sonra kilid (dəqiqə)')).toHaveAttribute('aria-invalid', 'true');
    expect(inputsOf(fake, 'settings.update')).toEqual([]);
  });
});
