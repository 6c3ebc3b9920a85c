import type { BackupEntry } from '@contract/backup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { initI18n } from '../../i18n/i18n';
import { inputsOf, renderWithProviders } from '../users/test-providers';
import { BackupsPage } from './BackupsPage';

beforeAll(async () => {
  await initI18n('az');
});

const daily: BackupEntry = { fileName: 'korpu-20261203T080000000Z-daily.db', reason: 'daily', createdAt: '2026-12-03T08:00:00.000Z', size: 634_880 };
const preImport: BackupEntry = { fileName: 'korpu-20261202T100000000Z-pre-import.db', reason: 'pre-import', createdAt: '2026-12-02T10:00:00.000Z', size: 600_000 };

function renderPage() {
  return renderWithProviders(<BackupsPage />, {
    'backup.list': () => [daily, preImport],
    'backup.restore': () => ({ format: 'korpu-backup', formatVersion: 1, createdAt: daily.createdAt, appVersion: '0.1.0', kind: 'institution', code: 'BAK-UE-01', name: 'Bakı', migrations: 10, databaseSha256: 'a'.repeat(64) }),
    'backup.exportPortable': () => ({ fileName: 'korpu-bak-ue-01-2026-12-03.korpu-backup', contentBase64: 'YWdl' }),
  });
}

describe('the backups page', () => {
  it('lists the backups with why each was made, and restores one only after the warning is confirmed', async () => {
    const fake = renderPage();
    const table = await screen.findByRole('table', { name: 'Bu kompüterdəki nüsxələr' });
    expect(await within(table).findByRole('row', { name: /Gündəlik/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /İdxaldan əvvəl/ })).toBeInTheDocument();
    await userEvent.click(within(table).getAllByRole('button', { name: /nüsxəsini bərpa et/ })[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'Nüsxəni bərpa etmək' });
    expect(dialog).toHaveTextContent('Hamı sistemdən çıxarılacaq');
    expect(inputsOf(fake, 'backup.restore')).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Bərpa et' }));
    await waitFor(() => expect(inputsOf(fake, 'backup.restore')).toEqual([{ fileName: daily.fileName }]));
  });

  it('asks for a passphrase of twelve characters, typed twice, before saving a portable copy', async () => {
    const fake = renderPage();
    const passphrase = await screen.findByLabelText(/^Parol \*?$/);
    await userEvent.type(passphrase, 'qısa');
    await userEvent.click(screen.getByRole('button', { name: 'Nüsxəni saxla' }));
    expect(await screen.findByText('Parol ən azı 12 simvol olmalıdır.')).toBeInTheDocument();
    await userEvent.type(passphrase, ' və uzun parol');
    await userEvent.type(screen.getByLabelText(/Parolu təkrarlayın/), 'qısa və uzun parol');
    await userEvent.click(screen.getByRole('button', { name: 'Nüsxəni saxla' }));
    await waitFor(() => expect(inputsOf(fake, 'backup.exportPortable')).toEqual([{ passphrase: 'qısa və uzun parol' }]));
  });
});
