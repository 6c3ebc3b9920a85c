import type { PlanAction, PlanPhase } from '@contract/transformation-views';
import { describe, expect, it } from 'vitest';

import { actionSpan, dayNumber, monthScale, timelineRows } from './timeline-layout';

function action(id: string, dates: Partial<Pick<PlanAction, 'startDate' | 'dueDate'>> = {}): PlanAction {
  return {
    id,
    phaseId: 'ph-1',
    title: id,
    owner: null,
    startDate: null,
    dueDate: null,
    milestone: false,
    dependsOn: [],
    status: 'not_started',
    progress: 0,
    doneDate: null,
    overdue: false,
    notes: [],
    files: [],
    ...dates,
  };
}

describe('where an action lies on the calendar', () => {
  it('runs from start to due; one date alone is a one-day bar; none is off the scale', () => {
    expect(actionSpan({ startDate: '2026-01-10', dueDate: '2026-02-28', milestone: false })).toEqual({ from: '2026-01-10', to: '2026-02-28' });
    expect(actionSpan({ startDate: null, dueDate: '2026-02-28', milestone: false })).toEqual({ from: '2026-02-28', to: '2026-02-28' });
    expect(actionSpan({ startDate: '2026-01-10', dueDate: null, milestone: false })).toEqual({ from: '2026-01-10', to: '2026-01-10' });
    expect(actionSpan({ startDate: null, dueDate: null, milestone: false })).toBeNull();
  });

  it('puts a milestone on its due date, even when it has a start', () => {
    expect(actionSpan({ startDate: '2026-01-10', dueDate: '2026-05-15', milestone: true })).toEqual({ from: '2026-05-15', to: '2026-05-15' });
  });
});

describe('the month scale', () => {
  it('covers the whole months of the period', () => {
    const scale = monthScale({ periodStart: '2026-01-15', periodEnd: '2026-03-02' }, []);
    expect(scale.months).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
    expect(scale.firstDay).toBe(dayNumber('2026-01-01'));
    expect(scale.endDay).toBe(dayNumber('2026-04-01'));
  });

  it('stretches to actions planned outside the period, across a new year', () => {
    const scale = monthScale({ periodStart: '2026-03-01', periodEnd: '2026-04-30' }, [
      action('a-1', { startDate: '2025-12-20' }),
      action('a-2', { dueDate: '2027-01-05' }),
    ]);
    expect(scale.months[0]).toBe('2025-12-01');
    expect(scale.months.at(-1)).toBe('2027-01-01');
    expect(scale.months).toHaveLength(14);
    expect(scale.endDay).toBe(dayNumber('2027-02-01'));
  });
});

describe('the rows of the timeline', () => {
  it('are each phase followed by its actions, the actions numbered across phases', () => {
    const phases: PlanPhase[] = [
      { id: 'ph-1', componentCode: 'baseline', customTitle: null, actions: [action('a-1'), action('a-2')] },
      { id: 'ph-2', componentCode: null, customTitle: 'Öz mərhələmiz', actions: [action('a-3')] },
    ];
    const rows = timelineRows(phases, (phase) => phase.customTitle ?? `template ${phase.componentCode}`);
    expect(rows.map((row) => (row.kind === 'phase' ? `phase ${row.name}` : `${row.index} ${row.action.id} in ${row.phaseName}`))).toEqual([
      'phase template baseline',
      '0 a-1 in template baseline',
      '1 a-2 in template baseline',
      'phase Öz mərhələmiz',
      '2 a-3 in Öz mərhələmiz',
    ]);
  });
});
