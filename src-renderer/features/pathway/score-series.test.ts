import type { Assessment } from '@contract/assessments';
import { describe, expect, it } from 'vitest';

import { dayNumber, isOverdue, scoreSeries } from './score-series';

function assessment(id: string, date: string, scores: [domainCode: string, score: number][]): Assessment {
  return {
    id,
    residentId: 'r-1',
    date,
    summary: null,
    scores: scores.map(([domainCode, score]) => ({ domainCode, score, note: null })),
    assessorId: 'u-1',
    assessorName: 'Aynur Məmmədova',
    createdAt: `${date}T09:00:00.000Z`,
  };
}

describe('scores over time', () => {
  it('follow each domain oldest first, domains in the order of the list and unknown ones last', () => {
    // Newest first, as the core lists them.
    const history = [
      assessment('a-3', '2026-11-20', [['education', 3]]),
      assessment('a-2', '2026-05-10', [['astrology', 2], ['health', 4], ['education', 2]]),
      assessment('a-1', '2025-11-02', [['education', 1]]),
    ];
    expect(scoreSeries(history, ['health', 'education'])).toEqual([
      { domainCode: 'health', points: [{ date: '2026-05-10', score: 4 }] },
      {
        domainCode: 'education',
        points: [
          { date: '2025-11-02', score: 1 },
          { date: '2026-05-10', score: 2 },
          { date: '2026-11-20', score: 3 },
        ],
      },
      { domainCode: 'astrology', points: [{ date: '2026-05-10', score: 2 }] },
    ]);
    expect(scoreSeries([], ['health'])).toEqual([]);
  });

  it('places dates a whole number of days apart and calls a date before today overdue', () => {
    expect(dayNumber('2026-03-01') - dayNumber('2026-02-28')).toBe(1);
    expect(isOverdue('2026-11-24', '2026-11-25')).toBe(true);
    expect(isOverdue('2026-11-25', '2026-11-25')).toBe(false);
    expect(isOverdue(null, '2026-11-25')).toBe(false);
  });
});
