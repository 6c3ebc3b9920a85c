import { calendarDate } from '@contract/dates';
import type { PlanPhase } from '@contract/transformation-views';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { initI18n } from '../../i18n/i18n';
import { ActionsTimeline } from './ActionsTimeline';
import { action, plan, renderInRouter } from './plan-items-fixtures';

const LIST = 'Uşaqların siyahısını dəqiqləşdirmək';
const REVIEW = 'Hər uşağın vəziyyətinə baxış';
const APPROVED = 'Fərdi planlar təsdiq edilib';
const ROOMS = 'Otaqların təmiri';
const TALKS = 'Valideynlərlə görüşlər';

/** Two phases: the template's baseline, and one the director named; the second action depends on the first. */
function phases(): PlanPhase[] {
  return [
    {
      id: 'ph-1',
      componentCode: 'baseline',
      customTitle: null,
      actions: [
        action('a-1', { title: LIST, startDate: '2026-01-10', dueDate: '2026-02-28', status: 'done', progress: 100, doneDate: '2026-02-20' }),
        action('a-2', { title: REVIEW, startDate: '2026-02-01', dueDate: '2026-04-30', status: 'in_progress', progress: 40, dependsOn: ['a-1'] }),
        action('a-3', { title: APPROVED, dueDate: '2026-05-15', milestone: true, dependsOn: ['a-2'] }),
      ],
    },
    {
      id: 'ph-2',
      componentCode: null,
      customTitle: 'Bina üzrə işlər',
      actions: [
        action('a-4', { phaseId: 'ph-2', title: ROOMS, startDate: '2026-01-15', dueDate: '2026-03-01', status: 'blocked', progress: 20, overdue: true }),
        action('a-5', { phaseId: 'ph-2', title: TALKS }),
      ],
    },
  ];
}

beforeAll(async () => {
  await initI18n('az');
});

describe("the timeline of the plan's actions", () => {
  it('says each action in one sentence: title, phase, dates, status, progress, and when overdue', async () => {
    renderInRouter(<ActionsTimeline plan={plan({ phases: phases() })} />);
    const chart = await screen.findByRole('group', { name: 'Tədbirlərin zaman qrafiki' });
    const bars = within(chart).getAllByRole('img');
    expect(bars.map((bar) => bar.getAttribute('aria-label'))).toEqual([
      `${LIST}. Mərhələ: Başlanğıc vəziyyət. 10 yanvar 2026 – 28 fevral 2026. Vəziyyət: İcra olunub, 100% yerinə yetirilib.`,
      `${REVIEW}. Mərhələ: Başlanğıc vəziyyət. 1 fevral 2026 – 30 aprel 2026. Vəziyyət: İcra olunur, 40% yerinə yetirilib.`,
      `${APPROVED} (nəzarət nöqtəsi). Mərhələ: Başlanğıc vəziyyət. Tarix: 15 may 2026. Vəziyyət: Başlanmayıb, 0% yerinə yetirilib.`,
      `${ROOMS}. Mərhələ: Bina üzrə işlər. 15 yanvar 2026 – 1 mart 2026. Vəziyyət: Əngəllənib, 20% yerinə yetirilib. Vaxtı keçib.`,
      `${TALKS}. Mərhələ: Bina üzrə işlər. Tarixlər təyin edilməyib. Vəziyyət: Başlanmayıb, 0% yerinə yetirilib.`,
    ]);
    for (const bar of bars) {
      expect(bar).toHaveAttribute('tabindex', '0');
    }
  });

  it('draws a bar from start to due with its progress, a diamond for a milestone, an overdue mark, the months of the period', async () => {
    renderInRouter(<ActionsTimeline plan={plan({ phases: phases() })} />);
    const chart = await screen.findByRole('group', { name: 'Tədbirlərin zaman qrafiki' });
    const review = within(chart).getByRole('img', { name: new RegExp(`^${REVIEW}\\.`) });
    const [bar, progress] = [...review.querySelectorAll('rect')].slice(1);
    // Progress fills 40 % of the bar.
    expect(Number(progress!.getAttribute('width'))).toBeCloseTo(Number(bar!.getAttribute('width')) * 0.4, 5);
    expect(review).toHaveTextContent('40%');
    const milestone = within(chart).getByRole('img', { name: new RegExp(`^${APPROVED} \\(nəzarət nöqtəsi\\)`) });
    expect(milestone.querySelector('path')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+ L[\d.]+,[\d.]+ L[\d.]+,[\d.]+ L[\d.]+,[\d.]+ Z$/);
    expect(milestone.querySelectorAll('rect')).toHaveLength(1);
    const rooms = within(chart).getByRole('img', { name: new RegExp(`^${ROOMS}\\.`) });
    expect(rooms).toHaveTextContent('!');
    // Blocked is hatched, overdue outlined red: neither is told by colour alone.
    expect(rooms.querySelectorAll('rect')[1]?.getAttribute('style')).toMatch(/fill: url\("?#gantt-hatch-.*stroke: var\(--mantine-color-red-7\)/);
    expect(within(chart).getByRole('img', { name: new RegExp(`^${TALKS}\\.`) })).toHaveTextContent('Tarixlər təyin edilməyib');
    // The scale covers the plan's period, 2026 and 2027, month by month.
    const labels = [...chart.querySelectorAll('text')].map((text) => text.textContent);
    expect(labels).toEqual(expect.arrayContaining(['2026', '2027', 'yan', 'dek']));
    expect(labels.filter((label) => label === 'yan')).toHaveLength(2);
    // The dependencies are drawn as arrows: a-1 → a-2, a-2 → a-3.
    expect(chart.querySelectorAll('path[marker-end]')).toHaveLength(2);
  });

  it("marks today's day when it falls within the scale", async () => {
    const today = calendarDate(new Date());
    const year = Number(today.slice(0, 4));
    renderInRouter(<ActionsTimeline plan={plan({ periodStart: `${year - 1}-01-01`, periodEnd: `${year + 1}-12-31`, phases: phases() })} />);
    const chart = await screen.findByRole('group', { name: 'Tədbirlərin zaman qrafiki' });
    expect(within(chart).getByText('Bu gün')).toBeInTheDocument();
  });

  it('moves between the actions with the arrow keys', async () => {
    renderInRouter(<ActionsTimeline plan={plan({ phases: phases() })} />);
    const chart = await screen.findByRole('group', { name: 'Tədbirlərin zaman qrafiki' });
    const bars = within(chart).getAllByRole('img');
    await userEvent.tab();
    await userEvent.tab();
    expect(bars[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(bars[1]).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(bars[4]).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(bars[3]).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(bars[0]).toHaveFocus();
    await userEvent.tab();
    expect(bars[1]).toHaveFocus();
  });

  it('shows the same information as a table, every action listed', async () => {
    renderInRouter(<ActionsTimeline plan={plan({ phases: phases() })} />);
    await userEvent.click(await screen.findByRole('switch', { name: 'Cədvəl kimi göstər' }));
    expect(screen.queryByRole('group', { name: 'Tədbirlərin zaman qrafiki' })).not.toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Tədbirlərin zaman qrafiki' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      [LIST, 'Başlanğıc vəziyyət', '10 yanvar 2026', '28 fevral 2026', 'İcra olunub', '100%', '—'],
      [REVIEW, 'Başlanğıc vəziyyət', '1 fevral 2026', '30 aprel 2026', 'İcra olunur', '40%', LIST],
      [`${APPROVED}Nəzarət nöqtəsi`, 'Başlanğıc vəziyyət', '—', '15 may 2026', 'Başlanmayıb', '0%', REVIEW],
      [ROOMS, 'Bina üzrə işlər', '15 yanvar 2026', '1 mart 2026', 'ƏngəllənibVaxtı keçib', '20%', '—'],
      [TALKS, 'Bina üzrə işlər', '—', '—', 'Başlanmayıb', '0%', '—'],
    ]);
  });

  it('says so when the plan has no actions', async () => {
    renderInRouter(<ActionsTimeline plan={plan({ phases: [{ id: 'ph-1', componentCode: 'baseline', customTitle: null, actions: [] }] })} />);
    expect(await screen.findByText('Planda hələ tədbir yoxdur.')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Tədbirlərin zaman qrafiki' })).not.toBeInTheDocument();
  });
});
