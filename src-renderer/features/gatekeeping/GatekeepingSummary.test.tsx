import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import { FakeFailure } from '../../api/fake-bridge';
import { initI18n } from '../../i18n/i18n';
import { inputsOf } from '../users/test-providers';
import { gatekeepingCore, renderGatekeeping, summaryMonths } from './gatekeeping-fixtures';

beforeAll(async () => {
  await initI18n('az');
});

/** Each row of the summary table as its cells' text, header row first. */
function tableRows() {
  const table = screen.getByRole('table', { name: 'Qəbullar və alternativ həllər' });
  return within(table)
    .getAllByRole('row')
    .map((row) => Array.from((row as HTMLTableRowElement).cells, (cell) => cell.textContent));
}

describe('admissions versus diversions over the last twelve months', () => {
  it('asks for the twelve months up to this one, and sums them up in the chart and the table', async () => {
    const fake = renderGatekeeping({ ...gatekeepingCore(), 'gatekeeping.summary': summaryMonths });
    const chart = await screen.findByRole('img', {
      name: 'Qəbullar və alternativ həllər, Aprel 2025 – Mart 2026: cəmi 5 qəbul, 9 alternativ həll, 2 imtina. Aylar üzrə rəqəmlər aşağıdakı cədvəldədir.',
    });
    expect(inputsOf(fake, 'gatekeeping.summary')).toEqual([{ fromMonth: '2025-04', toMonth: '2026-03' }]);

    const rows = tableRows();
    expect(rows[0]).toEqual(['Ay', 'Müraciətlər', 'Qəbul edilib', 'Alternativ həll', 'Rədd edilib', 'Gözləyir']);
    expect(rows).toHaveLength(14);
    expect(rows[1]).toEqual(['Aprel 2025', '1', '1', '0', '0', '0']);
    expect(rows[10]).toEqual(['Yanvar 2026', '2', '0', '1', '1', '0']);
    expect(rows[12]).toEqual(['Mart 2026', '3', '1', '1', '0', '1']);
    expect(rows[13]).toEqual(['Cəmi', '17', '5', '9', '2', '1']);

    // A bar for each count above zero, named by its month and series, as tall as its count.
    const bars = Array.from(chart.querySelectorAll('rect'));
    expect(bars.map((bar) => bar.querySelector('title')?.textContent)).toEqual([
      'Aprel 2025 — Qəbul edilib: 1',
      'May 2025 — Alternativ həll: 2',
      'İyul 2025 — Qəbul edilib: 1',
      'İyul 2025 — Alternativ həll: 1',
      'Avqust 2025 — Rədd edilib: 1',
      'Sentyabr 2025 — Alternativ həll: 1',
      'Oktyabr 2025 — Qəbul edilib: 1',
      'Noyabr 2025 — Alternativ həll: 2',
      'Yanvar 2026 — Alternativ həll: 1',
      'Yanvar 2026 — Rədd edilib: 1',
      'Fevral 2026 — Qəbul edilib: 1',
      'Fevral 2026 — Alternativ həll: 1',
      'Mart 2026 — Qəbul edilib: 1',
      'Mart 2026 — Alternativ həll: 1',
    ]);
    const height = (bar: Element | undefined) => Number(bar?.getAttribute('height'));
    expect(height(bars[0])).toBeGreaterThan(0);
    expect(height(bars[1])).toBe(2 * height(bars[0]));
  });

  it('says when the summary cannot be read, and the register is still there', async () => {
    renderGatekeeping({
      ...gatekeepingCore(),
      'gatekeeping.summary': () => {
        throw new FakeFailure({ code: 'FORBIDDEN', message: 'No' });
      },
    });
    const summary = await screen.findByRole('region', { name: 'Qəbullar və alternativ həllər' });
    await waitFor(() => expect(within(summary).getByRole('alert')).toHaveTextContent('Rolunuz buna icazə vermir.'));
    expect(within(summary).queryByRole('img')).not.toBeInTheDocument();
    expect(await screen.findByRole('rowheader', { name: /^Hüseynova Aysel/ })).toBeInTheDocument();
  });
});
