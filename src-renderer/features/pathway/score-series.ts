import type { Assessment } from '@contract/assessments';

/** One score of a domain on the day it was given. */
export type ScorePoint = { date: string; score: number };

/** A domain's scores, oldest first. */
export type DomainSeries = { domainCode: string; points: readonly ScorePoint[] };

/**
 * Each scored domain's scores over time, oldest first; domains in the order of the domain list
 * (codes not in it, if any, last by code). `assessments` come newest first, as the core lists them.
 */
export function scoreSeries(assessments: readonly Assessment[], order: readonly string[]): DomainSeries[] {
  const byDomain = new Map<string, ScorePoint[]>();
  // Oldest first; the same day keeps the order it was recorded in.
  const chronological = [...assessments].reverse().sort((a, b) => a.date.localeCompare(b.date));
  for (const assessment of chronological) {
    for (const { domainCode, score } of assessment.scores) {
      byDomain.set(domainCode, [...(byDomain.get(domainCode) ?? []), { date: assessment.date, score }]);
    }
  }
  const rank = (code: string) => {
    const index = order.indexOf(code);
    return index < 0 ? order.length : index;
  };
  return [...byDomain.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([domainCode, points]) => ({ domainCode, points }));
}

/** Whole days from 1970-01-01 to a calendar date `YYYY-MM-DD`, for placing points in time. */
export function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** True when a due date (`YYYY-MM-DD`) has passed: it is before `today`. */
export function isOverdue(due: string | null, today: string): boolean {
  return due !== null && due < today;
}
