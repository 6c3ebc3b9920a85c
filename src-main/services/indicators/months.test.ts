import { describe, expect, it } from 'vitest';

import { dayNumber, INDICATOR_MAX_MONTHS, isMonth, monthEnd, months } from './months';

/** What `months` throws for a bad range: a validation failure naming the fields at fault. */
const refusal = (issues: unknown[]): unknown => expect.objectContaining({ code: 'VALIDATION_FAILED', details: { issues } });

describe('months', () => {
  it('lists every month of the range across a new year, both ends included', () => {
    expect(months('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(months('2026-06', '2026-06')).toEqual(['2026-06']);
  });

  it('refuses a month that does not exist, a reversed range and a span over the limit, naming the field', () => {
    expect(() => months('2026-13', '2026-6')).toThrow(
      refusal([
        { path: 'fromMonth', message: 'validation.month' },
        { path: 'toMonth', message: 'validation.month' },
      ]),
    );
    expect(() => months('2026-03', '2026-02')).toThrow(refusal([{ path: 'toMonth', message: 'validation.dateRange' }]));
    expect(months('2000-01', '2019-12')).toHaveLength(INDICATOR_MAX_MONTHS);
    expect(() => months('2000-01', '2020-01')).toThrow(
      refusal([{ path: 'toMonth', message: 'validation.monthSpan', params: { limit: INDICATOR_MAX_MONTHS } }]),
    );
  });

  it('tells the real last day of each month, leap Februaries included', () => {
    expect(['2026-01', '2026-02', '2024-02', '2100-02', '2000-02', '2026-04', '2026-12'].map(monthEnd)).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2024-02-29',
      '2100-02-28',
      '2000-02-29',
      '2026-04-30',
      '2026-12-31',
    ]);
    expect(isMonth('2026-00')).toBe(false);
  });

  it('counts days between dates across months and a leap day', () => {
    expect(dayNumber('2026-04-30') - dayNumber('2026-03-10')).toBe(51);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
  });
});
