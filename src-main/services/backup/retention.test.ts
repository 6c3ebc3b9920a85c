import { describe, expect, it } from 'vitest';

import { backupsToKeep, isoWeek } from './retention';

/** One backup a day at noon UTC, from `from` for `days` days. */
function daily(from: string, days: number): { fileName: string; createdAt: Date }[] {
  const start = new Date(`${from}T12:00:00.000Z`).getTime();
  return Array.from({ length: days }, (_, index) => {
    const createdAt = new Date(start + index * 86_400_000);
    return { fileName: `korpu-${createdAt.toISOString().slice(0, 10)}.db`, createdAt };
  });
}

describe('backup retention', () => {
  it('names ISO weeks as the calendar does', () => {
    expect(isoWeek(new Date('2026-01-01T10:00:00Z'))).toBe('2026-W01');
    expect(isoWeek(new Date('2027-01-01T10:00:00Z'))).toBe('2026-W53');
    expect(isoWeek(new Date('2026-12-03T10:00:00Z'))).toBe('2026-W49');
  });

  it('keeps the last 7 days, the newest of each of 4 weeks and of each of 12 months, from two years of dailies', () => {
    const entries = daily('2025-01-01', 730);
    const kept = [...backupsToKeep(entries)].sort();
    const newest = entries.at(-1)!.createdAt;
    // Seven days in a row up to the newest.
    for (let back = 0; back < 7; back += 1) {
      expect(kept).toContain(`korpu-${new Date(newest.getTime() - back * 86_400_000).toISOString().slice(0, 10)}.db`);
    }
    // The last day of each of the 12 months before, the newest month's being the newest day.
    expect(kept).toContain('korpu-2026-01-31.db');
    expect(kept).toContain('korpu-2026-06-30.db');
    expect(kept).not.toContain('korpu-2025-12-31.db');
    // Never more than the three rules can name together.
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(kept.length).toBeGreaterThanOrEqual(7 + 12 - 1);
  });

  it('keeps several backups of one day only as that day’s newest', () => {
    const at = (time: string) => ({ fileName: time, createdAt: new Date(`2026-12-03T${time}:00.000Z`) });
    expect([...backupsToKeep([at('08:00'), at('12:00'), at('09:30')])]).toEqual(['12:00']);
  });
});
