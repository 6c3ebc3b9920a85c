import { describe, expect, it } from 'vitest';

import { months } from './months';
import { breakdownSeries, exitsByTypeOf, exitSeries, monthEndStocks, planCoverage } from './record-computations';
import type { ExitKind, StayFact } from './record-facts';

const kinds = new Map<string, ExitKind>([
  ['reintegration', { code: 'reintegration', placement: 'family', sortOrder: 10 }],
  ['adoption', { code: 'adoption', placement: 'family', sortOrder: 60 }],
  ['transfer', { code: 'transfer', placement: 'transfer', sortOrder: 80 }],
  ['aged_out', { code: 'aged_out', placement: 'none', sortOrder: 90 }],
]);

const stay = (residentId: string, admissionDate: string, exitDate: string | null = null, planDate: string | null = null): StayFact => ({
  residentId,
  admissionDate,
  exitDate,
  planDate,
});

describe('month-end stocks', () => {
  it('counts a child from the month of admission to the month before the exit, a child leaving on the last day included out', () => {
    const stocks = monthEndStocks([stay('aysel', '2026-03-10', '2026-06-15'), stay('elvin', '2026-03-31', '2026-04-30')], months('2026-02', '2026-07'));
    expect(stocks.map((stock) => stock.inResidence)).toEqual([0, 2, 1, 1, 0, 0]);
  });

  it('measures time in care in days from the current stay’s admission to the month end, median over the children', () => {
    const stocks = monthEndStocks(
      [stay('aysel', '2026-03-10'), stay('elvin', '2026-04-20'), stay('nigar', '2026-01-01'), stay('elvin', '2025-01-01', '2026-02-01')],
      ['2026-04'],
    );
    // 110 (nigar), 51 (aysel), 10 (elvin's second stay; his first ended): the middle one.
    expect(stocks[0]).toMatchObject({ inResidence: 3, medianDays: 51 });
  });

  it('counts a child once, on the latest admission, if two stays of the child overlap', () => {
    const [stock] = monthEndStocks([stay('aysel', '2026-01-01'), stay('aysel', '2026-04-01', null, '2026-04-02')], ['2026-04']);
    expect(stock).toMatchObject({ inResidence: 1, withPlan: 1, medianDays: 29 });
  });

  it('covers a child from the month end after the plan was made; nobody in residence is no percentage', () => {
    const stocks = monthEndStocks(
      [stay('aysel', '2026-01-05', null, '2026-02-28'), stay('elvin', '2026-01-20', null, '2026-03-01'), stay('nigar', '2026-01-20')],
      months('2026-01', '2026-03'),
    );
    expect(stocks.map(planCoverage)).toEqual([0, 100 / 3, 200 / 3]);
    expect(planCoverage(monthEndStocks([], ['2026-01'])[0]!)).toBeNull();
    expect(monthEndStocks([], ['2026-01'])[0]!.medianDays).toBeNull();
  });
});

describe('exits', () => {
  const exits = [
    { month: '2026-05', exitTypeCode: 'reintegration', disability: false, count: 2 },
    { month: '2026-05', exitTypeCode: 'reintegration', disability: true, count: 1 },
    { month: '2026-05', exitTypeCode: 'transfer', disability: true, count: 4 },
    { month: '2026-06', exitTypeCode: 'aged_out', disability: false, count: 1 },
    { month: '2026-06', exitTypeCode: 'made_up', disability: false, count: 1 },
  ];

  it('never counts a transfer as a family exit, nor a disabled child’s transfer as a disability exit', () => {
    const range = ['2026-05', '2026-06'];
    const values = (placement: 'family' | 'transfer' | 'none', disabilityOnly = false) =>
      exitSeries(exits, kinds, range, placement, disabilityOnly).map((point) => point.value);
    expect(values('family')).toEqual([3, 0]);
    expect(values('transfer')).toEqual([4, 0]);
    // An exit type the reference data does not know is not progress.
    expect(values('none')).toEqual([0, 2]);
    expect(values('family', true)).toEqual([1, 0]);
  });

  it('lists by type every type exited in the range, in the reference order, zeros included', () => {
    expect(exitsByTypeOf(exits, kinds, ['2026-05', '2026-06'])).toEqual([
      {
        month: '2026-05',
        types: [
          { code: 'reintegration', placement: 'family', count: 3 },
          { code: 'transfer', placement: 'transfer', count: 4 },
          { code: 'aged_out', placement: 'none', count: 0 },
          { code: 'made_up', placement: 'none', count: 0 },
        ],
      },
      {
        month: '2026-06',
        types: [
          { code: 'reintegration', placement: 'family', count: 0 },
          { code: 'transfer', placement: 'transfer', count: 0 },
          { code: 'aged_out', placement: 'none', count: 1 },
          { code: 'made_up', placement: 'none', count: 1 },
        ],
      },
    ]);
  });
});

describe('placement breakdowns', () => {
  it('counts each family placement once, in the month its breakdown was first recorded', () => {
    const series = breakdownSeries(
      [
        // Found broken down in March, replaced for the breakdown in April: March's, once.
        { typeCode: 'reintegration', firstBrokenVisit: '2026-03-12', endedByBreakdown: '2026-04-02' },
        // Replaced for a breakdown no visit had seen.
        { typeCode: 'adoption', firstBrokenVisit: null, endedByBreakdown: '2026-04-20' },
        { typeCode: 'transfer', firstBrokenVisit: null, endedByBreakdown: '2026-04-21' },
        { typeCode: 'reintegration', firstBrokenVisit: '2026-02-27', endedByBreakdown: null },
      ],
      kinds,
      months('2026-03', '2026-04'),
    );
    expect(series).toEqual([
      { month: '2026-03', value: 1 },
      { month: '2026-04', value: 1 },
    ]);
  });
});
