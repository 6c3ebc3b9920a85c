import { describe, expect, it } from 'vitest';

import { auditFilterOf, emptyAuditFilter, hasFilter, isRangeReversed, localMidnight } from './audit-filter';

/** Whether an entry recorded at `at` falls inside the filter, as the core compares (from ≤ at < to). */
function inside(filter: { from?: string; to?: string }, at: Date): boolean {
  const iso = at.toISOString();
  return (filter.from === undefined || filter.from <= iso) && (filter.to === undefined || iso < filter.to);
}

describe('audit filter: local days to instants', () => {
  it('starts the from-day at local midnight', () => {
    expect(localMidnight('2026-11-25')).toBe(new Date(2026, 10, 25, 0, 0, 0, 0).toISOString());
  });

  it('ends after the whole to-day: the day after, exclusive', () => {
    const filter = auditFilterOf({ ...emptyAuditFilter, fromDay: '2026-11-25', toDay: '2026-11-25' });
    expect(filter.to).toBe(new Date(2026, 10, 26).toISOString());
    expect(inside(filter, new Date(2026, 10, 25, 0, 0, 0, 0))).toBe(true);
    expect(inside(filter, new Date(2026, 10, 25, 23, 59, 59, 999))).toBe(true);
    expect(inside(filter, new Date(2026, 10, 26, 0, 0, 0, 0))).toBe(false);
    expect(inside(filter, new Date(2026, 10, 24, 23, 59, 59, 999))).toBe(false);
  });

  it('rolls over the end of a month and of a year', () => {
    expect(localMidnight('2026-02-28', 1)).toBe(new Date(2026, 2, 1).toISOString());
    expect(localMidnight('2026-12-31', 1)).toBe(new Date(2027, 0, 1).toISOString());
  });

  it('ends a day with a daylight-saving change at the next local midnight, not 24 hours later', () => {
    // Meaningful where the zone changes its clocks (run with TZ=America/New_York or Europe/Berlin).
    expect(localMidnight('2026-03-08', 1)).toBe(new Date(2026, 2, 9).toISOString());
    expect(localMidnight('2026-10-25', 1)).toBe(new Date(2026, 9, 26).toISOString());
  });

  it('ignores what is not a real day', () => {
    expect(localMidnight('')).toBeNull();
    expect(localMidnight('2026-02-30')).toBeNull();
    expect(localMidnight('25.11.2026')).toBeNull();
    expect(auditFilterOf({ ...emptyAuditFilter, fromDay: '2026-13-01' })).toEqual({});
  });

  it('passes the chosen user, entity type and action, and nothing unchosen', () => {
    expect(auditFilterOf(emptyAuditFilter)).toEqual({});
    expect(hasFilter(emptyAuditFilter)).toBe(false);
    const values = { ...emptyAuditFilter, actorId: 'u-1', entityType: 'user', action: 'sign-in' } as const;
    expect(auditFilterOf(values)).toEqual({ actorId: 'u-1', entityType: 'user', action: 'sign-in' });
    expect(hasFilter(values)).toBe(true);
  });

  it('notices a range that ends before it starts', () => {
    expect(isRangeReversed({ ...emptyAuditFilter, fromDay: '2026-11-25', toDay: '2026-11-24' })).toBe(true);
    expect(isRangeReversed({ ...emptyAuditFilter, fromDay: '2026-11-25', toDay: '2026-11-25' })).toBe(false);
    expect(isRangeReversed({ ...emptyAuditFilter, fromDay: '2026-11-25' })).toBe(false);
  });
});
