import type { PlanDiff } from '@contract/transformation-views';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { initI18n } from '../../i18n/i18n';
import { inputsOf } from '../users/test-providers';
import { approval, COLLECT_FACTS, openTab, plan, planCore, renderPlanPage } from './transformation-fixtures';

const nothing = (section: PlanDiff['sections'][number]['section']) => ({ section, added: [], removed: [], changed: [] });

/** From revision 1 to the working one: a new title, a due date set, a phase added, the budget given. */
const diff: PlanDiff = {
  fromRevision: 1,
  toRevision: 'current',
  plan: [
    { field: 'title', before: 'Köhnə ad', after: plan().title },
    { field: 'facts.budget.annualQepik', before: null, after: 125_000_050 },
  ],
  sections: [
    { section: 'phases', added: [{ id: 'ph-9', label: 'Qəyyumluq orqanları ilə razılaşma', fields: { componentCode: null, customTitle: 'Qəyyumluq orqanları ilə razılaşma', position: 10 } }], removed: [], changed: [] },
    { section: 'actions', added: [], removed: [], changed: [{ id: 'a-2', label: COLLECT_FACTS, changes: [{ field: 'dueDate', before: null, after: '2027-03-01' }, { field: 'milestone', before: false, after: true }] }] },
    nothing('newServices'),
    nothing('trainings'),
    nothing('budgetLines'),
    nothing('buildingItems'),
  ],
};

/** Opens a select by its label and picks the option whose name matches (times depend on the zone). */
async function pick(label: RegExp, option: RegExp) {
  const input = await screen.findByRole('combobox', { name: label });
  await userEvent.click(input);
  // Each select has its own list; the input names the one it controls.
  const listbox = await waitFor(() => {
    const list = document.getElementById(input.getAttribute('aria-controls') ?? '');
    expect(list).not.toBeNull();
    return list!;
  });
  await userEvent.click(within(listbox).getByRole('option', { name: option, hidden: true }));
}

beforeAll(async () => {
  await initI18n('az');
});

describe("the plan's revisions", () => {
  it('lists the approvals and compares the latest with the working version in words, section by section', async () => {
    const fake = renderPlanPage('viewer', {
      ...planCore(plan({ status: 'approved', revision: 2, unapprovedChanges: true, approval: approval(1) })),
      'transformation.revisions': () => [approval(1)],
      'transformation.compare': () => diff,
    });
    await openTab('Redaksiyalar');
    const approvals = await screen.findByRole('table', { name: 'Təsdiq olunmuş redaksiyalar' });
    expect(within(approvals).getByRole('rowheader', { name: 'Redaksiya 1' }).closest('tr')).toHaveTextContent(/Aynur Məmmədova25 noyabr 2026/);
    await waitFor(() => expect(inputsOf(fake, 'transformation.compare')).toEqual([{ id: 'tp-1', from: 1, to: 'current' }]));

    const planPart = await screen.findByRole('region', { name: 'Plan və faktlar' });
    expect(planPart).toHaveTextContent(`Planın adı: Köhnə ad → ${plan().title}`);
    expect(planPart).toHaveTextContent('İllik büdcə (AZN): göstərilməyib → 1.250.000,50 AZN');
    expect(screen.getByRole('region', { name: 'Mərhələlər' })).toHaveTextContent('Əlavə olunub: Qəyyumluq orqanları ilə razılaşma');
    const actions = screen.getByRole('region', { name: 'Tədbirlər' });
    expect(actions).toHaveTextContent(`Dəyişib: ${COLLECT_FACTS}`);
    expect(actions).toHaveTextContent('Son tarix: göstərilməyib → 1 mart 2027');
    expect(actions).toHaveTextContent('Nəzarət nöqtəsi: xeyr → bəli');
    expect(screen.queryByRole('region', { name: 'Yeni xidmətlər' })).not.toBeInTheDocument();
  });

  it('compares two approved revisions chosen by the user, and says when nothing differs', async () => {
    const fake = renderPlanPage('viewer', {
      ...planCore(plan({ status: 'in_progress', revision: 2, unapprovedChanges: false, approval: approval(2, '2026-12-01T10:00:00.000Z') })),
      'transformation.revisions': () => [approval(1), approval(2, '2026-12-01T10:00:00.000Z')],
      'transformation.compare': (input) => ((input as { to: unknown }).to === 'current' ? { ...diff, sections: diff.sections.map((one) => nothing(one.section)), plan: [] } : diff),
    });
    await openTab('Redaksiyalar');
    await waitFor(() => expect(inputsOf(fake, 'transformation.compare')).toEqual([{ id: 'tp-1', from: 1, to: 2 }]));
    expect(await screen.findByRole('region', { name: 'Tədbirlər' })).toHaveTextContent('Son tarix: göstərilməyib → 1 mart 2027');

    await pick(/^Əvvəlki/, /^Redaksiya 2 \(1 dekabr 2026/);
    await pick(/^Sonrakı/, /^Hazırkı işçi variant \(redaksiya 2\)$/);
    expect(await screen.findByText('Seçilmiş redaksiyalar arasında fərq yoxdur.')).toBeInTheDocument();
    expect(inputsOf(fake, 'transformation.compare').at(-1)).toEqual({ id: 'tp-1', from: 2, to: 'current' });
  });

  it('explains that a plan never approved has nothing to compare yet', async () => {
    renderPlanPage('director', { ...planCore(plan()), 'transformation.revisions': () => [] });
    await openTab('Redaksiyalar');
    expect(await screen.findByText('Plan hələ təsdiq olunmayıb, ona görə də müqayisə üçün redaksiya yoxdur.')).toBeInTheDocument();
  });
});
