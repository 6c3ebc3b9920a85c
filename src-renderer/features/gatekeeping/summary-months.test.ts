import { describe, expect, it } from 'vitest';

import type { SummaryMonth } from './summary-months';
import { countScale, lastTwelveMonths, monthParts, totalsOf } from './summary-months';

describe('the months the summary covers', () => {
  it('are the twelve up to and including the current one, across the turn of the year', () => {
    expect(lastTwelveMonths('2026-03-15')).toEqual({ fromMonth: '2025-04', toMonth: '2026-03' });
    expect(lastTwelveMonths('2026-12-31')).toEqual({ fromMonth: '2026-01', toMonth: '2026-12' });
    expect(lastTwelveMonths('2026-01-01')).toEqual({ fromMonth: '2025-02', toMonth: '2026-01' });
  });

  it('are named by their month key and year', () => {
    expect(monthParts('2025-09')).toEqual({ key: '09', year: '2025' });
  });
});

describe('the totals row', () => {
  it('adds up every column of every month', () => {
    const month = (name: string, admitted: number, diverted: number, refused: number, pending: number): SummaryMonth => ({
      month: name,
      requests: admitted + diverted + refused + pending,
      admitted,
      diverted,
      refused,
      pending,
    });
    expect(totalsOf([month('2026-01', 1, 2, 0, 0), month('2026-02', 0, 3, 1, 2)])).toEqual({
      requests: 9,
      admitted: 1,
      diverted: 5,
      refused: 1,
      pending: 2,
    });
    expect(totalsOf([])).toEqual({ requests: 0, admitted: 0, diverted: 0, refused: 0, pending: 0 });
  });
});

describe("the chart's count axis", () => {
  it('has gridlines on whole, round numbers, at most five steps, reaching past the tallest bar', () => {
    expect(countScale(0)).toEqual({ top: 1, ticks: [0, 1] });
    expect(countScale(3)).toEqual({ top: 3, ticks: [0, 1, 2, 3] });
    expect(countScale(7)).toEqual({ top: 8, ticks: [0, 2, 4, 6, 8] });
    expect(countScale(23)).toEqual({ top: 25, ticks: [0, 5, 10, 15, 20, 25] });
    expect(countScale(26)).toEqual({ top: 30, ticks: [0, 10, 20, 30] });
    expect(countScale(51)).toEqual({ top: 60, ticks: [0, 20, 40, 60] });
    expect(countScale(1000)).toEqual({ top: 1000, ticks: [0, 200, 400, 600, 800, 1000] });
  });

  it('reaches the tallest bar in at most five whole steps, whatever the counts', () => {
    for (let max = 0; max <= 2000; max += 1) {
      const { top, ticks } = countScale(max);
      expect(top).toBeGreaterThanOrEqual(max);
      expect(ticks.length - 1).toBeLessThanOrEqual(5);
      expect(ticks.every((tick) => Number.isInteger(tick))).toBe(true);
    }
  });
});
