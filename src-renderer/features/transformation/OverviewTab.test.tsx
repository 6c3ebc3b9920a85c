import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { initI18n } from '../../i18n/i18n';
import { inputsOf } from '../users/test-providers';
import { dialogClosed, fill, plan, planCore, refusal, renderPlanPage } from './transformation-fixtures';

beforeAll(async () => {
  await initI18n('az');
});

/** The cells of each body row of a table, as text. */
function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe("the plan's overview", () => {
  it('shows the progress of each phase: actions done of all and their average as a labelled bar', async () => {
    renderPlanPage('viewer', planCore(plan()));
    const table = await screen.findByRole('table', { name: 'Mərhələlər üzrə irəliləyiş' });
    expect(rowsOf(table)).toEqual([
      ['1. Başlanğıc vəziyyət', '1 / 2', '75%'],
      ['2. Yeni xidmətlər', '0 / 2', '10%'],
      ['3. İşçi heyəti: yenidən istiqamətləndirmə və hazırlıq', '0 / 0', 'Tədbir yoxdur'],
      ['Bütün plan', '1 / 4', '43%'],
    ]);
    expect(within(table).getByRole('progressbar', { name: '1. Başlanğıc vəziyyət: orta irəliləyiş 75%' })).toHaveAttribute('aria-valuenow', '75');
    expect(within(table).getByRole('progressbar', { name: 'Bütün plan: orta irəliləyiş 43%' })).toHaveAttribute('aria-valuenow', '43');
  });

  it('shows the baseline counted from the records, with its date, as tables', async () => {
    renderPlanPage('viewer', planCore(plan()));
    expect(await screen.findByText(/^25 noyabr 2026 tarixinə, plan yaradılan gün qeydlərdən hesablanıb/)).toBeInTheDocument();
    expect(rowsOf(screen.getByRole('table', { name: 'Yaş qrupu və cins üzrə uşaqlar' }))).toEqual([
      ['0–2 yaş', '0', '0', '0'],
      ['3–6 yaş', '0', '1', '1'],
      ['7–10 yaş', '0', '0', '0'],
      ['11–14 yaş', '1', '0', '1'],
      ['15–17 yaş', '0', '1', '1'],
      ['18 və yuxarı', '0', '0', '0'],
      ['Bütün uşaqlar', '1', '2', '3'],
    ]);
    expect(rowsOf(screen.getByRole('table', { name: 'Əsas göstəricilər' }))).toEqual([
      ['Cəmi uşaq', '3', ''],
      ['Sağlamlıq imkanları məhdud olanlar', '1', '33%'],
      ['Ailəsi ilə əlaqəsi olanlar', '1', '33%'],
    ]);
    await waitFor(() =>
      expect(rowsOf(screen.getByRole('table', { name: 'Hüquqi status üzrə uşaqlar' }))).toEqual([
        ['Yetim (hər iki valideyni vəfat edib)', '2'],
        ['Valideynləri var, sosial səbəblərdən yerləşdirilib', '1'],
      ]),
    );
    expect(rowsOf(screen.getByRole('table', { name: 'Qəbul səbəbləri üzrə uşaqlar' }))).toEqual([
      ['Yoxsulluq', '1'],
      ['Uşağın sağlamlıq imkanlarının məhdudluğu', '1'],
      ['Valideyn himayəsinin itirilməsi', '2'],
    ]);
  });

  it("lets the director enter the facts, reading manat as qəpik and showing them back in manat", async () => {
    const fake = renderPlanPage(
      'director',
      planCore(plan(), (current, name, input) =>
        name === 'transformation.saveFacts' ? { ...current, version: current.version + 1, facts: (input as { facts: typeof current.facts }).facts } : current,
      ),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Faktları dəyiş' }));
    const dialog = await screen.findByRole('dialog', { name: 'İşçi heyəti, büdcə və bina haqqında faktlar' });
    const type = (label: RegExp, text: string) => fill(within(dialog).getByLabelText(label), text);
    await type(/^İşçilərin ümumi sayı/, '60');
    await type(/^Tərbiyəçilər və qayğı işçiləri/, '30');
    await type(/^Müəllimlər/, '15');
    await type(/^Tibb işçiləri/, '5');
    await type(/^Digər işçilər/, '10');
    await type(/^Büdcə ili/, '2026');
    await type(/^İllik büdcə \(AZN\)/, '1250000.55');
    await type(/^Ümumi sahə/, '2400.5');
    await type(/^Binaların vəziyyəti/, 'Yataq korpusu təmir tələb edir');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await dialogClosed('İşçi heyəti, büdcə və bina haqqında faktlar');
    expect(inputsOf(fake, 'transformation.saveFacts')).toEqual([
      {
        id: 'tp-1',
        version: 3,
        facts: {
          staff: { total: 60, care: 30, teachers: 15, medical: 5, other: 10 },
          budget: { year: 2026, annualQepik: 125_000_055 },
          building: { places: null, floorAreaM2: 2400.5, buildings: null, condition: 'Yataq korpusu təmir tələb edir' },
        },
      },
    ]);
    expect(await screen.findByText('Faktlar yadda saxlanıldı.')).toBeInTheDocument();
    const budget = screen.getByRole('region', { name: 'Büdcə' });
    expect(budget).toHaveTextContent('1.250.000,55 AZN');
    expect(screen.getByRole('region', { name: 'Bina' })).toHaveTextContent('2.400,5 m²');

    // Opened again, the form shows manat with two decimals, not qəpik.
    await userEvent.click(screen.getByRole('button', { name: 'Faktları dəyiş' }));
    const again = await screen.findByRole('dialog', { name: 'İşçi heyəti, büdcə və bina haqqında faktlar' });
    expect(within(again).getByLabelText(/^İllik büdcə \(AZN\)/)).toHaveValue('1 250 000.55 AZN');
  });

  it("shows the core's refusal of the facts beside the field it names", async () => {
    const fake = renderPlanPage('director', {
      ...planCore(plan()),
      'transformation.saveFacts': () => {
        throw refusal('facts.staff.total', 'validation.staffSum');
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Faktları dəyiş' }));
    const dialog = await screen.findByRole('dialog', { name: 'İşçi heyəti, büdcə və bina haqqında faktlar' });
    await fill(within(dialog).getByLabelText(/^İşçilərin ümumi sayı/), '50');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText(/^İşçilərin ümumi sayı/)).toHaveAccessibleDescription(/^Qruplar üzrə işçilərin cəmi ümumi sayla üst-üstə düşmür\./),
    );
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(inputsOf(fake, 'transformation.saveFacts')).toHaveLength(1);
  });

  it('offers staff and viewers no way to change the facts', async () => {
    renderPlanPage('staff', planCore(plan()));
    await screen.findByRole('table', { name: 'Mərhələlər üzrə irəliləyiş' });
    expect(screen.queryByRole('button', { name: 'Faktları dəyiş' })).not.toBeInTheDocument();
  });
});
