import type { Role } from '@contract/common';
import type { CarePlan } from '@contract/plans';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { FakeFailure } from '../../api/fake-bridge';
import { initI18n } from '../../i18n/i18n';
import { choose } from '../resident/test-fixtures';
import { inputsOf } from '../users/test-providers';
import { CarePlanSection } from './CarePlanSection';
import { dialogClosed, dialogNamed, fill, plan, record, renderSection } from './pathway-fixtures';

const GOAL = 'Riyaziyyatdan sinif səviyyəsinə çatmaq';
const ACTION = 'Həftədə iki dəfə əlavə dərs';

function renderPlan(handlers: Record<string, (input: unknown) => unknown>, role: Role = 'staff', status: 'in_residence' | 'exited' = 'in_residence') {
  return renderSection(<CarePlanSection record={record({ status })} role={role} />, handlers);
}

/** A core that keeps the plan: each change answers with the whole plan, and plans.get reads it. */
function planCore(start: CarePlan | null, change: (current: CarePlan, name: string, input: unknown) => CarePlan) {
  let current = start;
  const write = (name: string) => (input: unknown) => {
    if (current === null) {
      throw new FakeFailure({ code: 'NOT_FOUND', message: 'No plan' });
    }
    current = change(current, name, input);
    return current;
  };
  return {
    'plans.get': () => current,
    'plans.addGoal': write('plans.addGoal'),
    'plans.updateGoal': write('plans.updateGoal'),
    'plans.addAction': write('plans.addAction'),
    'plans.updateAction': write('plans.updateAction'),
    'plans.addReview': write('plans.addReview'),
  };
}

const refusal = (path: string, message: string) =>
  new FakeFailure({ code: 'VALIDATION_FAILED', message: 'The input is not valid', details: { issues: [{ path, message }] } });

beforeAll(async () => {
  await initI18n('az');
});

describe("a child's individual care plan", () => {
  it('is started with its first review date; a refusal that fits no field is said above the button', async () => {
    let answer: CarePlan | null = null;
    let calls = 0;
    const fake = renderPlan({
      'plans.get': () => answer,
      'plans.create': () => {
        calls += 1;
        if (calls === 1) {
          throw refusal('residentId', 'validation.planExists');
        }
        answer = { ...plan(), goals: [], reviews: [], nextReviewDate: '2099-01-15' };
        return answer;
      },
    });
    expect(await screen.findByText('Bu uşaq üçün hələ fərdi qayğı planı hazırlanmayıb.')).toBeInTheDocument();
    const date = screen.getByLabelText(/^Plana ilk baxış tarixi/);
    fireEvent.change(date, { target: { value: '2020-01-15' } });
    await userEvent.click(screen.getByRole('button', { name: 'Planı başlat' }));
    expect(date).toHaveAccessibleDescription(/Tarix keçmişdə ola bilməz\./);
    expect(inputsOf(fake, 'plans.create')).toEqual([]);

    fireEvent.change(date, { target: { value: '2099-01-15' } });
    await userEvent.click(screen.getByRole('button', { name: 'Planı başlat' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Cari qalma dövrünün artıq planı var.');

    await userEvent.click(screen.getByRole('button', { name: 'Planı başlat' }));
    expect(await screen.findByText('Plana növbəti baxış: 15 yanvar 2099')).toBeInTheDocument();
    expect(inputsOf(fake, 'plans.create')).toEqual([
      { residentId: 'r-1', firstReviewDate: '2099-01-15' },
      { residentId: 'r-1', firstReviewDate: '2099-01-15' },
    ]);
    expect(screen.getByText('Hələ məqsəd yoxdur.')).toBeInTheDocument();
    expect(screen.getByText('Fərdi qayğı planı yaradıldı.')).toBeInTheDocument();
  });

  it('cannot be started for a child who has left', async () => {
    renderPlan({ 'plans.get': () => null }, 'staff', 'exited');
    expect(await screen.findByText(/fərdi qayğı planı yalnız müəssisədə olan uşaq üçün başladılır/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Planı başlat' })).not.toBeInTheDocument();
  });

  it('shows the plan of a stay that has ended as it was, with nothing to change', async () => {
    renderPlan({ 'plans.get': () => ({ ...plan(), closed: true }) }, 'director', 'exited');
    expect(await screen.findByText('Uşaq müəssisədən ayrılıb: bu, həmin qalma dövrünün planıdır və artıq dəyişdirilmir.')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: GOAL })).toBeInTheDocument();
    // Not even the director may change it: no button anywhere in the section.
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('shows the overdue review, the goals with their actions, and the reviews', async () => {
    renderPlan(planCore(plan(), (current) => current));
    const due = await screen.findByText('Plana növbəti baxış: 10 mart 2025');
    expect(due.parentElement).toHaveTextContent('Vaxtı keçib');
    const goal = screen.getByRole('article', { name: GOAL });
    expect(goal).toHaveTextContent('Təhsil');
    expect(goal).toHaveTextContent('İcra olunur');
    expect(goal).toHaveTextContent('Hədəf tarix: 1 iyun 2099');
    const actions = within(goal).getByRole('list', { name: `Tədbirlər: ${GOAL}` });
    expect(within(actions).getByRole('listitem')).toHaveTextContent(`${ACTION}Məsul: Sevinc QuliyevaMüddət: 15 yanvar 2025Vaxtı keçib`);
    const review = screen.getByRole('article', { name: '10 dekabr 2024 tarixli baxış' });
    expect(review).toHaveTextContent('Sosial işçi, müəllim, uşaq');
    expect(review).toHaveTextContent('Əlavə dərslər davam edir.');
    expect(review).toHaveTextContent('Növbəti baxış: 10 mart 2025');
  });

  it('adds a goal and changes its status, sending what the form holds', async () => {
    const fake = renderPlan(
      planCore({ ...plan(), goals: [] }, (current, name, input) => {
        if (name === 'plans.addGoal') {
          const { goal } = input as { goal: CarePlan['goals'][number] };
          return { ...current, goals: [{ ...goal, id: 'g-1', targetDate: goal.targetDate ?? null, actions: [] }] };
        }
        return current;
      }),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Məqsəd əlavə et' }));
    let dialog = await dialogNamed('Yeni məqsəd');
    await choose(/^Sahə/, 'Təhsil');
    await fill(within(dialog).getByLabelText(/^Məqsəd/), GOAL);
    fireEvent.change(within(dialog).getByLabelText('Hədəf tarix'), { target: { value: '2027-06-01' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await dialogClosed('Yeni məqsəd');
    expect(inputsOf(fake, 'plans.addGoal')).toEqual([
      { planId: 'p-1', goal: { domainCode: 'education', text: GOAL, targetDate: '2027-06-01', status: 'planned' } },
    ]);
    expect(await screen.findByText('Məqsəd yadda saxlanıldı.')).toBeInTheDocument();

    await userEvent.click(await screen.findByRole('button', { name: `Məqsədi dəyiş: ${GOAL}` }));
    dialog = await dialogNamed('Məqsədi dəyiş');
    expect(within(dialog).getByLabelText(/^Məqsəd/)).toHaveValue(GOAL);
    await choose(/^Vəziyyət/, 'İcra olunur');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await dialogClosed('Məqsədi dəyiş');
    expect(inputsOf(fake, 'plans.updateGoal')).toEqual([
      { goalId: 'g-1', goal: { domainCode: 'education', text: GOAL, targetDate: '2027-06-01', status: 'in_progress' } },
    ]);
  });

  it('adds an action towards a goal and marks it done', async () => {
    const fake = renderPlan(
      planCore({ ...plan(), goals: plan().goals.map((goal) => ({ ...goal, actions: [] })) }, (current, name) =>
        name === 'plans.addAction' ? plan() : current,
      ),
    );
    await userEvent.click(await screen.findByRole('button', { name: `Tədbir əlavə et: ${GOAL}` }));
    const dialog = await dialogNamed('Yeni tədbir');
    await fill(within(dialog).getByLabelText(/^Tədbir/), ACTION);
    await fill(within(dialog).getByLabelText('Məsul şəxs'), 'Sevinc Quliyeva');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await dialogClosed('Yeni tədbir');
    expect(inputsOf(fake, 'plans.addAction')).toEqual([
      { goalId: 'g-1', action: { text: ACTION, ownerName: 'Sevinc Quliyeva', dueDate: null, done: false } },
    ]);

    await userEvent.click(await screen.findByRole('button', { name: `İcra olunub kimi qeyd et: ${ACTION}` }));
    await waitFor(() =>
      expect(inputsOf(fake, 'plans.updateAction')).toEqual([
        { actionId: 'ac-1', action: { text: ACTION, ownerName: 'Sevinc Quliyeva', dueDate: '2025-01-15', done: true } },
      ]),
    );
    // One notice for the new action, one for marking it done.
    await waitFor(() => expect(screen.getAllByText('Tədbir yadda saxlanıldı.')).toHaveLength(2));
  });

  it('records a review, checking its dates first, and shows a refused field beside it', async () => {
    let refused = false;
    const fake = renderPlan({
      'plans.get': plan,
      'plans.addReview': (input) => {
        if (!refused) {
          refused = true;
          throw refusal('review.date', 'validation.dateInFuture');
        }
        return { ...plan(), nextReviewDate: (input as { review: { nextReviewDate: string } }).review.nextReviewDate };
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Baxışı qeydə al' }));
    const dialog = await dialogNamed('Plana baxış');
    const date = within(dialog).getByLabelText(/^Baxış tarixi/);
    const next = within(dialog).getByLabelText(/^Növbəti baxış tarixi/);
    fireEvent.change(date, { target: { value: '2025-03-10' } });
    fireEvent.change(next, { target: { value: '2025-03-01' } });
    await fill(within(dialog).getByLabelText(/^İştirakçılar/), 'Sosial işçi, psixoloq');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    expect(next).toHaveAccessibleDescription('Növbəti baxış bu baxışdan sonra olmalıdır.');
    expect(within(dialog).getByLabelText(/^Qəbul edilmiş qərarlar/)).toHaveAccessibleDescription('Mütləqdir.');
    expect(inputsOf(fake, 'plans.addReview')).toEqual([]);

    fireEvent.change(next, { target: { value: '2025-09-10' } });
    await fill(within(dialog).getByLabelText(/^Qəbul edilmiş qərarlar/), 'Dərslər davam edir.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await waitFor(() => expect(date).toHaveAccessibleDescription('Tarix gələcəkdə ola bilməz.'));

    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await dialogClosed('Plana baxış');
    const review = { date: '2025-03-10', participants: 'Sosial işçi, psixoloq', decisions: 'Dərslər davam edir.', nextReviewDate: '2025-09-10' };
    expect(inputsOf(fake, 'plans.addReview')).toEqual([
      { planId: 'p-1', review },
      { planId: 'p-1', review },
    ]);
    expect(await screen.findByText('Plana baxış qeydə alındı.')).toBeInTheDocument();
  });

  it('shows a goal the core refused beside its domain', async () => {
    renderPlan({
      'plans.get': plan,
      'plans.addGoal': () => {
        throw refusal('goal.domainCode', 'validation.unknownCode');
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Məqsəd əlavə et' }));
    const dialog = await dialogNamed('Yeni məqsəd');
    await choose(/^Sahə/, 'Sağlamlıq');
    await fill(within(dialog).getByLabelText(/^Məqsəd/), 'Diş həkiminə müntəzəm baxış');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: /^Sahə/ })).toHaveAccessibleDescription('Siyahıdan bir dəyər seçin.'));
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('is only read by a viewer: no button to change anything', async () => {
    renderPlan(planCore(plan(), (current) => current), 'viewer');
    expect(await screen.findByRole('article', { name: GOAL })).toBeInTheDocument();
    expect(screen.getByText(ACTION)).toBeInTheDocument();
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('offers a viewer no way to start a plan', async () => {
    renderPlan({ 'plans.get': () => null }, 'viewer');
    expect(await screen.findByText('Bu uşaq üçün hələ fərdi qayğı planı hazırlanmayıb.')).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Plana ilk baxış tarixi/)).not.toBeInTheDocument();
    expect(screen.queryAllByRole('button')).toEqual([]);
  });
});
