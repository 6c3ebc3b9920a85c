import type { BundleExport } from '@contract/bundles';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';

import { FakeFailure } from '../../api/fake-bridge';
import { initI18n } from '../../i18n/i18n';
import { inputsOf } from '../users/test-providers';
import { bundle, renderBundlesPage } from './bundles-fixtures';

beforeAll(async () => {
  await initI18n('az');
});

const receiptOf = (row: HTMLElement) => within(row).getAllByRole('cell')[4];

async function historyRow(sequence: number) {
  const table = await screen.findByRole('table', { name: 'İxrac tarixçəsi' });
  return within(table).getByRole('rowheader', { name: String(sequence) }).closest('tr')!;
}

describe('the export history', () => {
  it('lists each bundle with its date, content, size, hash and whether the ministry acknowledged it', async () => {
    const older = bundle(1, {
      profile: 'statistical',
      size: 900,
      available: false,
      receipt: { status: 'imported', issuedAt: '2026-11-26T08:00:00.000Z', importedAt: '2026-11-26T09:00:00.000Z', message: null },
    });
    renderBundlesPage({ 'bundles.history': () => [bundle(2, { includesSecret: true }), older] });

    const newest = await historyRow(2);
    expect(newest).toHaveTextContent('25 noyabr 2026');
    expect(newest).toHaveTextContent('Tam qeydlər');
    expect(newest).toHaveTextContent('övladlığa götürmə sirri olan qeydlər daxildir');
    expect(newest).toHaveTextContent('1,5 MB');
    const hash = within(newest).getByText('22aaaaaaaaaa…');
    expect(hash).toHaveAttribute('title', `Tam SHA-256: ${bundle(2).sha256}`);
    expect(receiptOf(newest)).toHaveTextContent('Təsdiq olunmayıb');
    expect(within(newest).getByRole('button', { name: '2 nömrəli paketi saxla' })).toBeEnabled();

    const first = await historyRow(1);
    expect(first).toHaveTextContent('Adsız statistika');
    expect(first).toHaveTextContent('900 bayt');
    expect(receiptOf(first)).toHaveTextContent('Təsdiq olunub');
    expect(receiptOf(first)).toHaveTextContent('Qəbzin tarixi: 26 noyabr 2026');
    expect(within(first).getByRole('button', { name: '1 nömrəli paketi saxla' })).toBeDisabled();
    expect(first).toHaveTextContent('Fayl artıq məlumat qovluğunda deyil.');
  });

  it('marks a bundle acknowledged once its receipt is imported', async () => {
    let history: BundleExport[] = [bundle(2), bundle(1)];
    const fake = renderBundlesPage({
      'bundles.history': () => history,
      'bundles.importReceipt': () => {
        const acknowledged = bundle(2, {
          receipt: { status: 'imported', issuedAt: '2026-11-27T08:00:00.000Z', importedAt: '2026-11-27T09:00:00.000Z', message: null },
        });
        history = [acknowledged, bundle(1)];
        return acknowledged;
      },
    });
    expect(receiptOf(await historyRow(2))).toHaveTextContent('Təsdiq olunmayıb');
    await userEvent.upload(screen.getByLabelText('Nazirliyin qəbz faylı'), new File(['receipt'], 'receipt-000002.minisig'));

    await waitFor(async () => expect(receiptOf(await historyRow(2))).toHaveTextContent('Təsdiq olunub'));
    expect(inputsOf(fake, 'bundles.importReceipt')).toEqual([{ fileName: 'receipt-000002.minisig', contentBase64: btoa('receipt') }]);
    expect(await screen.findByText('2 nömrəli paketin qəbzi idxal olundu.')).toBeInTheDocument();
  });

  it('explains a refused receipt in words, with the check it failed beneath', async () => {
    renderBundlesPage({
      'bundles.importReceipt': () => {
        throw new FakeFailure({ code: 'RECEIPT_INVALID', message: 'other file', details: { problem: 'receipt-other-file', params: { sequence: 2 } } });
      },
    });
    await historyRow(2);
    await userEvent.upload(screen.getByLabelText('Nazirliyin qəbz faylı'), new File(['x'], 'receipt.minisig'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Qəbz yoxlamadan keçmədi');
    expect(alert).toHaveTextContent('Qəbz burada ixrac edilmiş 2 nömrəli paketdən başqa fayla aiddir (SHA-256 fərqlidir).');
    expect(receiptOf(await historyRow(2))).toHaveTextContent('Təsdiq olunmayıb');
  });

  it('opens the choice of a receipt file from the keyboard', async () => {
    renderBundlesPage();
    await historyRow(2);
    const input = screen.getByLabelText<HTMLInputElement>('Nazirliyin qəbz faylı');
    const opened = vi.spyOn(input, 'click').mockImplementation(() => undefined);
    screen.getByRole('button', { name: 'Qəbzi idxal et' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(opened).toHaveBeenCalledTimes(1);
  });
});
