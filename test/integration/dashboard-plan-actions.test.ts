import { afterEach, describe, expect, it } from 'vitest';

import type { ProcedureOutput } from '../../src-main/contract/procedures';
import type { TestConnection, TestCore } from '../helpers/temp-core';
import { openTestCore, tempDir } from '../helpers/temp-core';

const opened: TestCore[] = [];
const dirs: { cleanup(): void }[] = [];
afterEach(() => {
  opened.splice(0).forEach((core) => core.close());
  dirs.splice(0).forEach((dir) => dir.cleanup());
});

type Plan = ProcedureOutput<'transformation.create'>;
type Action = Plan['phases'][number]['actions'][number];

/** An installation (today is 2026-11-25) with the director, a staff member and a viewer signed in. */
async function installation() {
  const dir = tempDir('korpu-dashboard-plan-');
  dirs.push(dir);
  const core = await openTestCore(dir.path);
  opened.push(core);
  const director = await core.setUp();
  const staff = await core.addUser(director, 'sevinc', 'staff');
  const viewer = await core.addUser(director, 'nigar', 'viewer');
  return { director, staff, viewer };
}

function createPlan(director: TestConnection): Promise<Plan> {
  return director.call('transformation.create', {
    title: 'Transformasiya planı 2027–2029',
    periodStart: '2027-01-01',
    periodEnd: '2029-12-31',
    targetModelCodes: ['day_care_centre'],
  });
}

/** Gives an action an owner and a due date (plan content: the version rises). */
function schedule(director: TestConnection, plan: Plan, action: Action, owner: string | null, dueDate: string): Promise<Plan> {
  return director.call('transformation.saveAction', {
    planId: plan.id,
    version: plan.version,
    id: action.id,
    action: { phaseId: action.phaseId, title: action.title, owner, startDate: null, dueDate, milestone: action.milestone, dependsOn: [] },
  });
}

const actionsOf = (plan: Plan) => plan.phases.flatMap((phase) => phase.actions);

describe('the plan’s overdue actions on the home dashboard', () => {
  it('lists the actions due before today and not done, earliest first, to everyone, and none once the plan is completed', async () => {
    const { director, staff, viewer } = await installation();
    expect((await viewer.call('dashboard.get', {})).planActionsOverdue).toEqual([]);

    let plan = await createPlan(director);
    const [first, second, third, fourth] = actionsOf(plan);
    plan = await schedule(director, plan, first!, 'Direktor müavini', '2026-11-10');
    plan = await schedule(director, plan, second!, null, '2026-10-01');
    // Due today is not yet overdue; a done action never is.
    plan = await schedule(director, plan, third!, 'Sosial işçi', '2026-11-25');
    plan = await schedule(director, plan, fourth!, 'Mühasib', '2026-09-01');
    await staff.call('transformation.setActionProgress', { actionId: fourth!.id, status: 'done', progress: 100 });
    await staff.call('transformation.setActionProgress', { actionId: first!.id, status: 'in_progress', progress: 30 });

    const board = await viewer.call('dashboard.get', {});
    expect(board.planActionsOverdue).toEqual([
      {
        planId: plan.id,
        actionId: second!.id,
        phaseId: second!.phaseId,
        phaseComponentCode: 'baseline',
        phaseTitle: null,
        title: second!.title,
        owner: null,
        dueDate: '2026-10-01',
        status: 'not_started',
        milestone: second!.milestone,
      },
      {
        planId: plan.id,
        actionId: first!.id,
        phaseId: first!.phaseId,
        phaseComponentCode: 'baseline',
        phaseTitle: null,
        title: first!.title,
        owner: 'Direktor müavini',
        dueDate: '2026-11-10',
        status: 'in_progress',
        milestone: first!.milestone,
      },
    ]);
    expect((await staff.call('dashboard.get', {})).planActionsOverdue).toEqual(board.planActionsOverdue);

    plan = await director.call('transformation.approve', { id: plan.id, version: plan.version });
    plan = await director.call('transformation.start', { id: plan.id, version: plan.version });
    await director.call('transformation.complete', { id: plan.id, version: plan.version });
    expect((await director.call('dashboard.get', {})).planActionsOverdue).toEqual([]);
  });
});
