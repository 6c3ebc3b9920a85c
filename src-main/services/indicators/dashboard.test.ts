import { describe, expect, it } from 'vitest';

import { dashboardRange } from './dashboard';

const plan = { baselineAsOf: '2026-03-10', periodStart: '2026-04-01' };

describe('the months the dashboard covers', () => {
  it('runs from the earlier of the baseline month and the period’s start to the current month', () => {
    expect(dashboardRange(plan, '2026-11', {})).toEqual({ fromMonth: '2026-03', toMonth: '2026-11' });
    expect(dashboardRange({ ...plan, periodStart: '2025-09-01' }, '2026-11', {})).toEqual({ fromMonth: '2025-09', toMonth: '2026-11' });
  });

  it('keeps the latest sixty months of a long plan, across the turn of a year', () => {
    expect(dashboardRange({ ...plan, periodStart: '2015-01-01' }, '2026-01', {})).toEqual({ fromMonth: '2021-02', toMonth: '2026-01' });
    expect(dashboardRange({ ...plan, periodStart: '2021-02-01' }, '2026-01', {})).toEqual({ fromMonth: '2021-02', toMonth: '2026-01' });
  });

  it('takes the months asked for, and an end before the plan began alone', () => {
    expect(dashboardRange(plan, '2026-11', { fromMonth: '2024-01', toMonth: '2024-06' })).toEqual({ fromMonth: '2024-01', toMonth: '2024-06' });
    expect(dashboardRange(plan, '2026-11', { fromMonth: '2026-08' })).toEqual({ fromMonth: '2026-08', toMonth: '2026-11' });
    expect(dashboardRange(plan, '2026-11', { toMonth: '2026-06' })).toEqual({ fromMonth: '2026-03', toMonth: '2026-06' });
    expect(dashboardRange(plan, '2026-11', { toMonth: '2025-12' })).toEqual({ fromMonth: '2025-12', toMonth: '2025-12' });
  });
});
