import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import { FakeFailure } from '../../api/fake-bridge';
import { initI18n } from '../../i18n/i18n';
import { inputsOf } from '../users/test-providers';
import { DEFAULT_RANGE, FEW, indicatorsCore, renderIndicators } from './indicators-fixtures';

const CHILDREN = 'Müəssisədə olan uşaqlar';
const EXITS = 'Çıxışlar istiqamət üzrə';

beforeAll(async () => {
  await initI18n('az');
});

afterEach(async () => {
  await i18next.changeLanguage('az');
});

/** The card of an indicator, found as a person finds it: by its heading. */
function card(name: string) {
  return screen.findByRole('region', { name });
}

/** What a card says under each term: "İndi" → "34". */
function factsOf(region: HTMLElement): Record<string, string> {
  return Object.fromEntries(within(region).getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent ?? '']));
}

/** A table's rows as the texts of their cells. */
function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

/** Opens a chart's table alternative and returns the table. */
async function openTable(region: HTMLElement, name: string) {
  const toggle = within(region).getByRole('button', { name: `Cədvəl kimi göstər: ${name}` });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await userEvent.click(toggle);
  expect(within(region).getByRole('button', { name: `Cədvəli gizlət: ${name}` })).toHaveAttribute('aria-expanded', 'true');
  return within(region).getByRole('table', { name: `${name} — aylar üzrə` });
}

describe('the indicator dashboard', () => {
  it('shows a computed indicator with its value now, baseline and target, a chart summed up in words, and its months as a table', async () => {
    const fake = renderIndicators('viewer', indicatorsCore({}, FEW));
    const children = await card(CHILDREN);
    expect(inputsOf(fake, 'indicators.get')).toEqual([{ planId: 'tp-1' }]);
    expect(children).toHaveTextContent('Qeydlərdən hesablanır');
    expect(children).toHaveTextContent('Ölçü vahidi: uşaq sayı; ayın son gününə olan vəziyyət. Azalma irəliləyişdir.');
    expect(factsOf(children)).toEqual({ İndi: '34', 'Başlanğıc (Oktyabr 2025)': '40', Hədəf: '20, 31 dekabr 2026 tarixinədək' });
    // Fewer children than at the baseline, where fewer is better: progress.
    expect(children).toHaveTextContent('Başlanğıcdan bəri irəliləyiş');
    expect(
      within(children).getByRole('application', {
        name: 'Müəssisədə olan uşaqlar, Oktyabr 2025 – Mart 2026. İndi: 34. Başlanğıc: 40. Hədəf: 20, 31 dekabr 2026 tarixinədək. Aylar üzrə rəqəmlər cədvəldədir.',
      }),
    ).toBeInTheDocument();

    const table = await openTable(children, CHILDREN);
    expect(rowsOf(table)).toEqual([
      ['Ay', 'Dəyər'],
      ['Oktyabr 2025', '40'],
      ['Noyabr 2025', '39'],
      ['Dekabr 2025', '38'],
      ['Yanvar 2026', '37'],
      ['Fevral 2026', '35'],
      ['Mart 2026', '34'],
    ]);
  });

  it('writes percentages and days in Azerbaijani, keeps transfers apart from family placements, and colours no direction for other exits', async () => {
    renderIndicators('viewer');
    const coverage = await card('Fərdi planı olan uşaqların payı');
    expect(factsOf(coverage)).toEqual({ İndi: '87,5%', 'Başlanğıc (Oktyabr 2025)': '60%', Hədəf: 'təyin edilməyib' });
    const time = screen.getByRole('region', { name: 'Müəssisədə qalma müddəti (median)' });
    expect(factsOf(time)).toMatchObject({ İndi: '450,5 gün', 'Başlanğıc (Oktyabr 2025)': '400 gün' });
    // Longer stays where shorter is better: a setback, said in words as well as in red.
    expect(time).toHaveTextContent('Başlanğıcdan bəri geriləmə');

    const transfers = screen.getByRole('region', { name: 'Başqa müəssisəyə köçürmələr' });
    expect(transfers).toHaveTextContent('Ailəyə yerləşdirmə deyil');
    expect(transfers).toHaveTextContent('Bu, ailəyə yerləşdirmə deyil və heç vaxt irəliləyiş sayılmır.');

    const other = screen.getByRole('region', { name: 'Digər çıxışlar' });
    expect(other).toHaveTextContent('Nə artım, nə azalma irəliləyiş sayılmır.');
    expect(other).not.toHaveTextContent('irəliləyiş Başlanğıcdan');
    expect(within(other).queryByText(/^Başlanğıcdan bəri/)).not.toBeInTheDocument();
  });

  it('shows exits by destination with transfers in a group of their own, named as not a family placement', async () => {
    renderIndicators('viewer', indicatorsCore({}, FEW));
    const exits = await card(EXITS);
    expect(
      within(exits).getByRole('application', {
        name: 'Çıxışlar istiqamət üzrə, Oktyabr 2025 – Mart 2026: ailəyə 4, başqa müəssisəyə köçürmə (ailəyə yerləşdirmə deyil) 2, digər çıxışlar 1. Aylar üzrə rəqəmlər cədvəldədir.',
      }),
    ).toBeInTheDocument();

    const table = await openTable(exits, EXITS);
    const groups = within(table).getAllByRole('columnheader').filter((header) => header.getAttribute('scope') === 'colgroup');
    expect(groups.map((group) => [group.textContent, group.getAttribute('colspan')])).toEqual([
      ['Ailəyə çıxışlar', '2'],
      ['Başqa müəssisəyə köçürmələr — ailəyə yerləşdirmə deyil', '1'],
      ['Digər çıxışlar', '1'],
    ]);
    expect(rowsOf(table)).toEqual([
      ['Ay', 'Ailəyə çıxışlar', 'Başqa müəssisəyə köçürmələr — ailəyə yerləşdirmə deyil', 'Digər çıxışlar'],
      ['Bioloji ailəyə qayıdış', 'Qohumların himayəsi', 'Başqa müəssisəyə köçürmə (ailəyə yerləşdirmə deyil)', 'Yetkinlik yaşına çatma'],
      ['Oktyabr 2025', '0', '0', '0', '0'],
      ['Noyabr 2025', '0', '1', '0', '0'],
      ['Dekabr 2025', '1', '0', '0', '0'],
      ['Yanvar 2026', '0', '0', '1', '0'],
      ['Fevral 2026', '0', '0', '0', '0'],
      ['Mart 2026', '2', '0', '1', '1'],
      ['Cəmi', '3', '1', '2', '1'],
    ]);
  });

  it('shows admissions beside diversions, month by month and in all', async () => {
    renderIndicators('viewer', indicatorsCore({}, FEW));
    const name = 'Qəbullar və alternativ həllər';
    const comparison = await card(name);
    expect(
      within(comparison).getByRole('application', {
        name: 'Qəbullar və alternativ həllər, Oktyabr 2025 – Mart 2026: cəmi 5 qəbul, 15 alternativ həll. Aylar üzrə rəqəmlər cədvəldədir.',
      }),
    ).toBeInTheDocument();
    expect(rowsOf(await openTable(comparison, name))).toEqual([
      ['Ay', 'Qəbullar', 'Alternativ həllər'],
      ['Oktyabr 2025', '2', '1'],
      ['Noyabr 2025', '1', '2'],
      ['Dekabr 2025', '1', '3'],
      ['Yanvar 2026', '0', '2'],
      ['Fevral 2026', '1', '4'],
      ['Mart 2026', '0', '3'],
      ['Cəmi', '5', '15'],
    ]);
  });

  it('lists the manual indicators apart, each marked as typed in by hand', async () => {
    renderIndicators('viewer', indicatorsCore({}, FEW));
    const manual = await screen.findByRole('region', { name: 'Əl ilə aparılan göstəricilər' });
    const families = within(manual).getByRole('region', { name: 'Dəstək alan ailələr' });
    expect(families).toHaveTextContent('Əl ilə');
    expect(families).toHaveTextContent('Əl ilə daxil edilib, qeydlərdən hesablanmır.');
    expect(families).not.toHaveTextContent('Qeydlərdən hesablanır');
    expect(factsOf(families)).toEqual({ 'Son dəyər (Fevral 2026)': '12', Başlanğıc: '4', Hədəf: '20, 31 dekabr 2026 tarixinədək' });
    expect(families).toHaveTextContent('Ölçü vahidi: ailə.');
    const computed = screen.getByRole('region', { name: 'Hesablanan göstəricilər' });
    expect(within(computed).queryByRole('region', { name: 'Dəstək alan ailələr' })).not.toBeInTheDocument();
  });

  it.each(['viewer', 'staff'] as const)('lets a %s read but change nothing', async (role) => {
    renderIndicators(role, indicatorsCore({}, FEW));
    await card(CHILDREN);
    expect(screen.getByText('Hədəfləri və əl ilə aparılan göstəriciləri yalnız direktor dəyişə bilər.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Hədəf/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Göstərici əlavə et' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Ay üzrə dəyər/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Dəyiş/ })).not.toBeInTheDocument();
  });

  it("offers the director no changes once the plan is completed (the core refuses them)", async () => {
    renderIndicators('director', indicatorsCore({}, FEW), { status: 'completed' });
    await card(CHILDREN);
    expect(screen.getByText('Plan tamamlanıb: hədəflər və əl ilə aparılan göstəricilər artıq dəyişdirilmir.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Hədəf/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Göstərici əlavə et' })).not.toBeInTheDocument();
  });
});

describe('the months shown', () => {
  it("starts with the core's default months and fetches the months chosen", async () => {
    const fake = renderIndicators('viewer', indicatorsCore({}, FEW));
    await card(CHILDREN);
    const from = screen.getByLabelText(/^Başlanğıc ay/);
    const to = screen.getByLabelText(/^Son ay/);
    expect(from).toHaveValue(DEFAULT_RANGE.fromMonth);
    expect(to).toHaveValue(DEFAULT_RANGE.toMonth);

    fireEvent.change(from, { target: { value: '2025-01' } });
    fireEvent.change(to, { target: { value: '2025-06' } });
    await userEvent.click(screen.getByRole('button', { name: 'Göstər' }));
    await waitFor(() =>
      expect(inputsOf(fake, 'indicators.get')).toEqual([{ planId: 'tp-1' }, { planId: 'tp-1', fromMonth: '2025-01', toMonth: '2025-06' }]),
    );
    const children = await card(CHILDREN);
    expect(await within(children).findByRole('application', { name: /^Müəssisədə olan uşaqlar, Yanvar 2025 – İyun 2025\./ })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Başlanğıc ay/)).toHaveValue('2025-01');
  });

  it('wants the last month not before the first, before it asks the core', async () => {
    const fake = renderIndicators('viewer', indicatorsCore({}, FEW));
    await card(CHILDREN);
    fireEvent.change(screen.getByLabelText(/^Başlanğıc ay/), { target: { value: '2026-03' } });
    fireEvent.change(screen.getByLabelText(/^Son ay/), { target: { value: '2025-10' } });
    await userEvent.click(screen.getByRole('button', { name: 'Göstər' }));
    expect(screen.getByLabelText(/^Son ay/)).toHaveAccessibleDescription('Son tarix başlanğıcdan əvvəl ola bilməz.');
    expect(inputsOf(fake, 'indicators.get')).toEqual([{ planId: 'tp-1' }]);
  });

  it('says beside the month what the core refused, keeping the months typed', async () => {
    renderIndicators(
      'viewer',
      indicatorsCore({
        'indicators.get': (input) => {
          if ((input as { fromMonth?: string }).fromMonth !== undefined) {
            throw new FakeFailure({
              code: 'VALIDATION_FAILED',
              message: 'The input is not valid',
              details: { issues: [{ path: 'toMonth', message: 'validation.monthSpan', params: { limit: 240 } }] },
            });
          }
          return indicatorsCore({}, FEW)['indicators.get']!(input);
        },
      }, FEW),
    );
    await card(CHILDREN);
    fireEvent.change(screen.getByLabelText(/^Başlanğıc ay/), { target: { value: '2000-01' } });
    await userEvent.click(screen.getByRole('button', { name: 'Göstər' }));
    await waitFor(() => expect(screen.getByLabelText(/^Son ay/)).toHaveAccessibleDescription('Ən çoxu 240 ay seçin.'));
    expect(screen.getByLabelText(/^Başlanğıc ay/)).toHaveValue('2000-01');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('in English', () => {
  it('names the charts and tables an E2E test reads', async () => {
    await i18next.changeLanguage('en');
    renderIndicators('viewer', indicatorsCore({}, FEW));
    const children = await card('Children in residence');
    expect(factsOf(children)).toEqual({ Now: '34', 'Baseline (October 2025)': '40', Target: '20 by December 31, 2026' });
    expect(
      within(children).getByRole('application', {
        name: 'Children in residence, October 2025 – March 2026. Now: 34. Baseline: 40. Target: 20 by December 31, 2026. The table gives the numbers by month.',
      }),
    ).toBeInTheDocument();
    await userEvent.click(within(children).getByRole('button', { name: 'Show as table: Children in residence' }));
    expect(rowsOf(within(children).getByRole('table', { name: 'Children in residence — by month' })).at(-1)).toEqual(['March 2026', '34']);

    const exits = screen.getByRole('region', { name: 'Exits by destination' });
    expect(within(exits).getByRole('application', { name: /^Exits by destination, October 2025 – March 2026: 4 to a family, 2 transferred/ })).toBeInTheDocument();
    await userEvent.click(within(exits).getByRole('button', { name: 'Show as table: Exits by destination' }));
    const table = within(exits).getByRole('table', { name: 'Exits by destination — by month' });
    expect(within(table).getByRole('columnheader', { name: 'Transfers to another institution — not a family placement' })).toBeInTheDocument();
    expect(rowsOf(table).at(-2)).toEqual(['March 2026', '2', '0', '1', '1']);
  });
});
