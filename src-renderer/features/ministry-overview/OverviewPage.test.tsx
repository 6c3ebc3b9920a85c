import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import { FakeFailure } from '../../api/fake-bridge';
import { initI18n } from '../../i18n/i18n';
import { inputsOf } from '../users/test-providers';
import { overviewCore, renderOverview } from './ministry-overview-fixtures';

beforeAll(async () => {
  await initI18n('az');
});

afterEach(async () => {
  await i18next.changeLanguage('az');
});

/** What a description list says under each term: "Müəssisədə olan uşaqlar" → "51". */
function factsOf(element: HTMLElement): Record<string, string> {
  return Object.fromEntries(within(element).getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent ?? '']));
}

/** A table's rows as the texts of their cells. */
function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

/** Opens a chart's table alternative, as a keyboard user would, and returns the table (captioned as the chart is titled). */
async function openTable(section: HTMLElement, name: string) {
  const toggle = within(section).getByRole('button', { name: `Cədvəl kimi göstər: ${name}` });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  toggle.focus();
  await userEvent.keyboard('{Enter}');
  expect(within(section).getByRole('button', { name: `Cədvəli gizlət: ${name}` })).toHaveAttribute('aria-expanded', 'true');
  return within(section).getByRole('table', { name });
}

describe('the national overview', () => {
  it('shows the national totals as cards, transfers said to be no family placement', async () => {
    const fake = renderOverview();
    const totals = await screen.findByRole('region', { name: 'Ölkə üzrə cəmi' });
    expect(factsOf(totals)).toEqual({
      'Qeydiyyatdakı müəssisələr': '3',
      'Rəqəmləri olan müəssisələr': '2',
      'Müəssisədə olan uşaqlar': '51',
      'Sağlamlıq imkanları məhdud uşaqlar': '10',
      'İnklüziv təhsil alan uşaqlar': '4',
      Qəbullar: '10',
      'Alternativ həllər': '19',
      'Ailəyə çıxışlar': '1',
      'Başqa müəssisəyə köçürmələr': '1',
      'Digər çıxışlar': '1',
    });
    expect(totals).toHaveTextContent('Ailəyə yerləşdirmə deyil');
    expect(inputsOf(fake, 'ministry.overview')).toEqual([{ months: 12 }]);
    expect(screen.getByText(/12 yanvar 2027 tarixinə/)).toHaveTextContent('Qəbullar, alternativ həllər və çıxışlar Fevral 2026 – Yanvar 2027 dövrü üzrə sayılır.');
  });

  it('says where the figures come from and what named bundles without adoption-secret records leave out', async () => {
    renderOverview();
    await screen.findByRole('region', { name: 'Ölkə üzrə cəmi' });
    expect(screen.getByText(/ən son paketindən götürülür/)).toBeInTheDocument();
    expect(screen.getByText('Övladlığa götürmə sirri olan qeydlər daxil edilmədən ixrac olunmuş adlı paketlərdə həmin uşaqlar sayılmır.')).toBeInTheDocument();
  });

  it('draws each region chart summed up in words, with the same numbers as a table', async () => {
    renderOverview();
    const name = 'Müəssisədə olan uşaqlar regionlar üzrə';
    const children = await screen.findByRole('region', { name });
    expect(within(children).getByRole('application', { name: 'Müəssisədə olan uşaqlar regionlar üzrə: Bakı: 29; Gəncə: 22; Region göstərilməyib: 0. Rəqəmlər cədvəldədir.' })).toBeInTheDocument();
    expect(rowsOf(await openTable(children, name))).toEqual([
      ['Region', 'Müəssisədə olan uşaqlar', 'Sağlamlıq imkanları məhdud uşaqlar', 'İnklüziv təhsil alan uşaqlar'],
      ['Bakı', '29', '5', '1'],
      ['Gəncə', '22', '5', '3'],
      ['Region göstərilməyib', '0', '0', '0'],
      ['Cəmi', '51', '10', '4'],
    ]);

    const gatekeepingName = 'Qəbullar və alternativ həllər regionlar üzrə';
    const gatekeeping = screen.getByRole('region', { name: gatekeepingName });
    expect(
      within(gatekeeping).getByRole('application', {
        name: 'Qəbullar və alternativ həllər regionlar üzrə, Fevral 2026 – Yanvar 2027: cəmi 10 qəbul, 19 alternativ həll. Rəqəmlər cədvəldədir.',
      }),
    ).toBeInTheDocument();
    expect(rowsOf(await openTable(gatekeeping, gatekeepingName))).toEqual([
      ['Region', 'Qəbullar', 'Alternativ həllər'],
      ['Bakı', '6', '11'],
      ['Gəncə', '4', '8'],
      ['Region göstərilməyib', '0', '0'],
      ['Cəmi', '10', '19'],
    ]);

    const exitsName = 'Çıxışlar istiqamət üzrə, regionlar üzrə';
    const exits = screen.getByRole('region', { name: exitsName });
    expect(rowsOf(await openTable(exits, exitsName))[0]).toEqual([
      'Region',
      'Ailəyə çıxışlar',
      'Başqa müəssisəyə köçürmələr — ailəyə yerləşdirmə deyil',
      'Digər çıxışlar',
    ]);
  });

  it('shows the monthly trend as charts with tables, over the months chosen', async () => {
    const fake = renderOverview();
    const name = 'Müəssisədə olan uşaqlar aylar üzrə';
    let children = await screen.findByRole('region', { name });
    expect(within(children).getByRole('application', { name: /^Müəssisədə olan uşaqlar, Fevral 2026 – Yanvar 2027: əvvəl 0, indi 51\./ })).toBeInTheDocument();
    const table = await openTable(children, name);
    const rows = rowsOf(table);
    expect(rows).toHaveLength(13);
    expect(rows[0]).toEqual(['Ay', 'Müəssisədə olan uşaqlar', 'Rəqəmləri olan müəssisələr']);
    expect(rows.slice(-3)).toEqual([
      ['Noyabr 2026', '29', '1'],
      ['Dekabr 2026', '29', '1'],
      ['Yanvar 2027', '51', '2'],
    ]);

    const exitsName = 'Çıxışlar istiqamət üzrə, aylar üzrə';
    const exits = screen.getByRole('region', { name: exitsName });
    const exitRows = rowsOf(await openTable(exits, exitsName));
    expect(exitRows.at(-2)).toEqual(['Yanvar 2027', '1', '1', '0']);
    expect(exitRows.at(-1)).toEqual(['Cəmi', '1', '1', '1']);

    const months = screen.getByRole('radiogroup', { name: 'Dinamika neçə ay üzrə göstərilsin' });
    expect(within(months).getByRole('radio', { name: '12 ay' })).toBeChecked();
    await userEvent.click(within(months).getByRole('radio', { name: '24 ay' }));
    await waitFor(() => expect(inputsOf(fake, 'ministry.overview')).toEqual([{ months: 12 }, { months: 24 }]));
    children = screen.getByRole('region', { name });
    await waitFor(() => expect(within(children).getByRole('application', { name: /Fevral 2025 – Yanvar 2027/ })).toBeInTheDocument());
  });

  it('lists every institution with its last bundle, the bundle its figures come from, its figures and plan progress', async () => {
    renderOverview();
    const table = await screen.findByRole('table', { name: 'Müəssisələr və onların rəqəmləri' });
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!;
    expect(rowsOf(table)[0]).toEqual([
      'Kod',
      'Müəssisə',
      'Region',
      'Son paket',
      'Müəssisədə olan uşaqlar',
      'Sağlamlıq imkanları məhdud uşaqlar',
      'İnklüziv təhsil alan uşaqlar',
      'Qəbullar',
      'Alternativ həllər',
      'Ailəyə çıxışlar',
      'Başqa müəssisəyə köçürmələr',
      'Digər çıxışlar',
      'Planın icrası',
    ]);
    expect(rowsOf(table)[1]).toEqual(['BAK-UE-01', 'Bakı şəhəri 1 nömrəli uşaq evi', 'Bakı', '№1 · adlı · 25 noyabr 2026', '29', '5', '1', '6', '11', '0', '0', '1', '86%17 / 25 tədbir']);
    expect(row('Gəncə şəhəri 2 nömrəli uşaq evi')).toHaveTextContent('№3 · plan · 12 yanvar 2027Rəqəmlər: №2 paket, 12 yanvar 2027');
    expect(rowsOf(table)[3]).toEqual([
      'SHK-UE-03',
      'Şəki uşaq evi',
      'Region göstərilməyib',
      'Hələ paket göndərməyib',
      '—',
      '—',
      '—',
      '—',
      '—',
      '—',
      '—',
      '—',
      'Plan yoxdur',
    ]);
  });

  it('leads from an institution’s name to its page', async () => {
    renderOverview();
    const link = await screen.findByRole('link', { name: 'Gəncə şəhəri 2 nömrəli uşaq evi' });
    expect(link).toHaveAttribute('href', '/institutions/GNC-UE-02');
    link.focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Gəncə şəhəri 2 nömrəli uşaq evi' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ölkə üzrə icmala qayıt' })).toHaveAttribute('href', '/');
  });

  it('saves the PDF summary the core makes, over the months of trend shown', async () => {
    const saved: string[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push((blob as Blob).type);
      return 'blob:summary';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    try {
      const fake = renderOverview(overviewCore({ 'ministry.summaryPdf': () => ({ fileName: 'national-overview-dumi-2027-01-12.pdf', contentBase64: 'JVBERi0=' }) }));
      await userEvent.click(await screen.findByRole('radio', { name: '36 ay' }));
      await userEvent.click(screen.getByRole('button', { name: 'PDF xülasə' }));
      await waitFor(() => expect(saved).toEqual(['application/pdf']));
      expect(inputsOf(fake, 'ministry.summaryPdf')).toEqual([{ months: 36, language: 'az' }]);
    } finally {
      createObjectURL.mockRestore();
      revoke.mockRestore();
    }
  });

  it('says in words when the summary could not be made', async () => {
    renderOverview(
      overviewCore({
        'ministry.summaryPdf': () => {
          throw new FakeFailure({ code: 'INTERNAL', message: 'font missing' });
        },
      }),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'PDF xülasə' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('PDF xülasə hazırlanmadı');
  });

  it('speaks Russian and English too', async () => {
    await i18next.changeLanguage('en');
    renderOverview();
    const totals = await screen.findByRole('region', { name: 'National totals' });
    expect(factsOf(totals)).toMatchObject({ 'Children in residence': '51', 'Transfers to another institution': '1' });
    expect(screen.getByRole('link', { name: 'Bakı şəhəri 1 nömrəli uşaq evi' }).closest('tr')).toHaveTextContent('No. 1 · named · November 25, 2026');
    await i18next.changeLanguage('ru');
    expect(await screen.findByRole('region', { name: 'Итоги по стране' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Сводка в PDF' })).toBeInTheDocument();
  });
});
