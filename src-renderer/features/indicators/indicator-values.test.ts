import { describe, expect, it } from 'vitest';

import { manualInputOf, monthRangeSchema, targetInputOf } from './indicator-forms';
import { exitColumnsOf, exitTotalsOf, formatIndicatorValue, trendOf } from './indicator-values';

describe('trendOf', () => {
  it('calls a move progress or setback by the direction that is better', () => {
    expect(trendOf(40, 34, false)).toBe('progress');
    expect(trendOf(40, 44, false)).toBe('setback');
    expect(trendOf(60, 87.5, true)).toBe('progress');
    expect(trendOf(5, 5, true)).toBe('same');
  });

  it('says nothing where neither direction is progress or a number is missing', () => {
    expect(trendOf(0, 3, null)).toBeNull();
    expect(trendOf(null, 3, true)).toBeNull();
    expect(trendOf(3, null, false)).toBeNull();
  });
});

describe('formatIndicatorValue', () => {
  it('writes percentages, days and counts as each language does', () => {
    expect(formatIndicatorValue(87.5, 'percent', 'az')).toBe('87,5%');
    expect(formatIndicatorValue(87.5, 'percent', 'en')).toBe('87.5%');
    expect(formatIndicatorValue(22, 'days', 'ru')).toBe('22 дня');
    expect(formatIndicatorValue(1, 'days', 'en')).toBe('1 day');
    expect(formatIndicatorValue(1234, 'children', 'az')).toBe('1.234');
    expect(formatIndicatorValue(2.25, null, 'en')).toBe('2.25');
  });
});

describe('exits by destination', () => {
  const exits = [
    {
      month: '2026-03',
      types: [
        { code: 'transfer', placement: 'transfer' as const, count: 1 },
        { code: 'aged_out', placement: 'none' as const, count: 1 },
        { code: 'reintegration', placement: 'family' as const, count: 2 },
        { code: 'adoption', placement: 'family' as const, count: 1 },
      ],
    },
    { month: '2026-04', types: [
      { code: 'transfer', placement: 'transfer' as const, count: 2 },
      { code: 'aged_out', placement: 'none' as const, count: 0 },
      { code: 'reintegration', placement: 'family' as const, count: 0 },
      { code: 'adoption', placement: 'family' as const, count: 0 },
    ] },
  ];

  it('puts family placements first, transfers apart after them, other exits last, each in the core order', () => {
    expect(exitColumnsOf(exits)).toEqual([
      { code: 'reintegration', placement: 'family' },
      { code: 'adoption', placement: 'family' },
      { code: 'transfer', placement: 'transfer' },
      { code: 'aged_out', placement: 'none' },
    ]);
  });

  it('never adds transfers to the family exits', () => {
    expect(exitTotalsOf(exits)).toEqual({ family: 3, transfer: 3, none: 1 });
  });
});

describe('form inputs', () => {
  it('leaves an empty target value missing, so the contract asks for it', () => {
    expect(targetInputOf('tp-1', 'admissions')({ 'target.value': '', 'target.date': '' })).toEqual({
      planId: 'tp-1',
      code: 'admissions',
      target: { value: undefined, date: '' },
    });
  });

  it('sends no target for a manual indicator when both target inputs are empty', () => {
    const input = manualInputOf('tp-1', null)({ name: 'Ailələr', unit: '', higherIsBetter: 'neither', baseline: '', 'target.value': '', 'target.date': '' });
    expect(input).toEqual({ planId: 'tp-1', id: null, name: 'Ailələr', unit: '', higherIsBetter: null, baseline: null, target: null });
  });

  it('wants the last month shown not before the first', () => {
    expect(monthRangeSchema.safeParse({ fromMonth: '2025-01', toMonth: '2025-01' }).success).toBe(true);
    const refused = monthRangeSchema.safeParse({ fromMonth: '2025-02', toMonth: '2025-01' });
    expect(refused.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['toMonth', 'validation.dateRange']]);
    expect(monthRangeSchema.safeParse({ fromMonth: '2025-13', toMonth: '2026-01' }).success).toBe(false);
  });
});
