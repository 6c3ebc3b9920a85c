import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';

import { FakeFailure } from '../../api/fake-bridge';
import { initI18n } from '../../i18n/i18n';
import { inputsOf, renderWithProviders } from '../users/test-providers';
import { bundle, deferred, ministry, renderBundlesPage, signingKey } from './bundles-fixtures';
import { BundlesPage } from './BundlesPage';

/** The page, and a way to leave it and come back (as the menu does). */
function LeaveAndComeBack() {
  const [shown, setShown] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setShown(!shown)}>
        {shown ? 'Away' : 'Back'}
      </button>
      {shown && <BundlesPage />}
    </>
  );
}

beforeAll(async () => {
  await initI18n('az');
});

type ExportInput = { jobId: string; profile: string; includeSecret: boolean };

const SECRET = 'Övladlığa götürmə sirri olan qeydləri bu ixraca daxil et';

async function exportSection() {
  return screen.findByRole('region', { name: 'Yeni ixrac' });
}

describe('a new export', () => {
  it('sends the chosen profile, and adoption-secret records only with full records', async () => {
    const fake = renderBundlesPage({ 'bundles.export': () => bundle(3) });
    const section = await exportSection();
    const profiles = within(section).getByRole('radiogroup', { name: 'Nə ixrac olunsun' });
    expect(within(profiles).getByRole('radio', { name: 'Tam qeydlər' })).toBeChecked();
    await userEvent.click(within(section).getByRole('checkbox', { name: SECRET }));
    await userEvent.click(within(section).getByRole('radio', { name: 'Adsız statistika' }));
    // The choice belongs to full records: it is cleared and out of reach for statistics.
    expect(within(section).getByRole('checkbox', { name: SECRET })).toBeDisabled();
    expect(within(section).getByRole('checkbox', { name: SECRET })).not.toBeChecked();
    await userEvent.click(within(section).getByRole('button', { name: 'İxrac et' }));
    await waitFor(() => expect(inputsOf(fake, 'bundles.export')).toHaveLength(1));

    await userEvent.click(within(section).getByRole('radio', { name: 'Tam qeydlər' }));
    await userEvent.click(within(section).getByRole('checkbox', { name: SECRET }));
    await userEvent.click(within(section).getByRole('button', { name: 'İxrac et' }));
    await waitFor(() => expect(inputsOf(fake, 'bundles.export')).toHaveLength(2));

    const [first, second] = inputsOf(fake, 'bundles.export') as ExportInput[];
    expect(first).toEqual({ jobId: expect.stringMatching(/^[0-9a-f-]{36}$/) as string, profile: 'statistical', includeSecret: false });
    expect(second).toMatchObject({ profile: 'named', includeSecret: true });
    expect(second?.jobId).not.toBe(first?.jobId);
  });

  it('follows the progress of its own job and cancels that job calmly', async () => {
    const job = deferred();
    const fake = renderBundlesPage({
      'bundles.export': () => job.promise,
      'bundles.cancelExport': () => {
        job.reject(new FakeFailure({ code: 'JOB_CANCELLED', message: 'cancelled' }));
        return { ok: true };
      },
    });
    const section = await exportSection();
    await userEvent.click(within(section).getByRole('radio', { name: 'Yalnız transformasiya planı' }));
    await userEvent.click(within(section).getByRole('button', { name: 'İxrac et' }));
    const bar = await within(section).findByRole('progressbar', { name: 'İxracın gedişi' });
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    const { jobId } = inputsOf(fake, 'bundles.export')[0] as ExportInput;

    act(() => fake.emit('job.progress', { jobId, stage: 'reading', done: 50, total: 100 }));
    expect(bar).toHaveAttribute('aria-valuenow', '17');
    expect(section).toHaveTextContent('Qeydlər oxunur');
    // Another window's job moves nothing here.
    act(() => fake.emit('job.progress', { jobId: crypto.randomUUID(), stage: 'writing', done: 9, total: 10 }));
    expect(bar).toHaveAttribute('aria-valuenow', '17');
    act(() => fake.emit('job.progress', { jobId, stage: 'encrypting', done: 1, total: 2 }));
    expect(bar).toHaveAttribute('aria-valuenow', '50');
    expect(section).toHaveTextContent('Şifrələnir');

    await userEvent.click(within(section).getByRole('button', { name: 'İxracı ləğv et' }));
    expect(inputsOf(fake, 'bundles.cancelExport')).toEqual([{ jobId }]);
    const notice = await within(section).findByRole('status');
    expect(notice).toHaveTextContent('İxrac ləğv edildi');
    expect(notice).toHaveTextContent('fayl yaradılmadı');
    expect(within(section).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(within(section).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'İxrac et' })).toBeEnabled();
  });

  it('takes up an export still running after the director left the page and came back', async () => {
    const job = deferred();
    const fake = renderWithProviders(<LeaveAndComeBack />, {
      'bundles.keys': () => ({ signingKey, ministry }),
      'bundles.history': () => [],
      'bundles.export': () => job.promise,
      'bundles.cancelExport': () => {
        job.reject(new FakeFailure({ code: 'JOB_CANCELLED', message: 'cancelled' }));
        return { ok: true };
      },
    });
    await userEvent.click(within(await exportSection()).getByRole('button', { name: 'İxrac et' }));
    const { jobId } = inputsOf(fake, 'bundles.export')[0] as ExportInput;
    await userEvent.click(screen.getByRole('button', { name: 'Away' }));
    expect(screen.queryByRole('region', { name: 'Yeni ixrac' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    const section = await exportSection();
    const bar = await within(section).findByRole('progressbar', { name: 'İxracın gedişi' });
    act(() => fake.emit('job.progress', { jobId, stage: 'encrypting', done: 1, total: 2 }));
    expect(bar).toHaveAttribute('aria-valuenow', '50');
    expect(within(section).getByRole('button', { name: 'İxrac et' })).toBeDisabled();
    await userEvent.click(within(section).getByRole('button', { name: 'İxracı ləğv et' }));
    expect(inputsOf(fake, 'bundles.cancelExport')).toEqual([{ jobId }]);
    await waitFor(() => expect(within(section).queryByRole('progressbar')).not.toBeInTheDocument());
  });

  it('sums up the bundle made, refreshes the history and saves the bundle as a zip', async () => {
    const types: string[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      types.push((blob as Blob).type);
      return 'blob:bundle';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    try {
      const made = bundle(3, { size: 2_621_440, counts: { residents: 1200, progress_notes: 80_000 } });
      const fake = renderBundlesPage({
        'bundles.export': () => made,
        'bundles.download': () => ({ fileName: made.fileName, contentBase64: 'UEsDBA==' }),
      });
      const section = await exportSection();
      await waitFor(() => expect(inputsOf(fake, 'bundles.history')).toHaveLength(1));
      await userEvent.click(within(section).getByRole('button', { name: 'İxrac et' }));
      expect(await within(section).findByText('3 nömrəli paket hazırdır')).toBeInTheDocument();
      expect(section).toHaveTextContent('2,5 MB');
      const counts = within(section).getByRole('table', { name: 'Paketdəki qeydlər' });
      expect(within(counts).getByRole('rowheader', { name: 'İnkişaf qeydləri' }).closest('tr')).toHaveTextContent('80.000');
      await waitFor(() => expect(inputsOf(fake, 'bundles.history')).toHaveLength(2));

      await userEvent.click(within(section).getByRole('button', { name: 'Paketi saxla' }));
      await waitFor(() => expect(types).toEqual(['application/zip']));
      expect(inputsOf(fake, 'bundles.download')).toEqual([{ sequence: 3 }]);
    } finally {
      createObjectURL.mockRestore();
      revoke.mockRestore();
    }
  });

  it('says so when another export is running', async () => {
    renderBundlesPage({
      'bundles.export': () => {
        throw new FakeFailure({ code: 'EXPORT_BUSY', message: 'busy' });
      },
    });
    const section = await exportSection();
    await userEvent.click(within(section).getByRole('button', { name: 'İxrac et' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('Başqa ixrac artıq gedir');
  });
});
