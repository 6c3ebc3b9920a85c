import { describe, expect, it } from 'vitest';

import { budgetMovedShareSeries, serviceCapacityOpenedSeries, staffRetrainedSeries } from './plan-series';

const values = (series: { value: number | null }[]) => series.map((point) => point.value);

describe('staff retrained', () => {
  it('counts each person once, from the month of their first training, and not planned trainings', () => {
    const trainings = [
      { date: '2026-02-10', person: 'Sevinc Quliyeva' },
      { date: '2026-01-31', person: 'Sevinc Quliyeva' },
      { date: '2026-03-01', person: 'Rauf Həsənov' },
      { date: '2026-03-31' },
      { date: null, person: 'Aysel Məmmədova' },
    ];
    const series = staffRetrainedSeries(trainings, '2025-12', '2026-04');
    expect(series.map((point) => point.month)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04']);
    expect(values(series)).toEqual([0, 1, 1, 3, 3]);
  });
});

describe('service capacity opened', () => {
  it('adds a service’s places from the month it opened, not before and never for one not open yet', () => {
    const services = [
      { openedDate: '2026-05-15', capacity: 20 },
      { openedDate: null, capacity: 40 },
      { openedDate: '2026-03-01', capacity: 12 },
    ];
    expect(values(serviceCapacityOpenedSeries(services, '2026-02', '2026-06'))).toEqual([0, 12, 12, 32, 32]);
  });
});

describe('share of budget moved', () => {
  it('divides what has moved by then by everything planned, and may pass 100 %', () => {
    const lines = [
      { planned: 100_000, moved: 25_000, movedDate: '2026-01-20' },
      { planned: 60_000, moved: 0, movedDate: null },
      { planned: 40_000, moved: 30_000, movedDate: '2026-03-05' },
      { planned: 0, moved: 160_000, movedDate: '2026-04-01' },
    ];
    expect(values(budgetMovedShareSeries(lines, '2025-12', '2026-04'))).toEqual([0, 12.5, 12.5, 27.5, 107.5]);
  });

  it('is undefined (null), not 0 %, while nothing is planned', () => {
    expect(values(budgetMovedShareSeries([], '2026-01', '2026-02'))).toEqual([null, null]);
  });

  it('refuses a reversed range like every series', () => {
    expect(() => budgetMovedShareSeries([], '2026-03', '2026-01')).toThrow('The input is not valid');
  });
});
