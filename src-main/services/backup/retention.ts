/*
 * Which automatic backups are kept: the newest of each of the last 7 days that have one, of each of
 * the last 4 weeks (ISO weeks) and of each of the last 12 months. A backup kept by any rule stays;
 * the newest of all is always kept (it is its day's newest).
 */

export const RETENTION = { daily: 7, weekly: 4, monthly: 12 } as const;

/** The ISO week of a UTC day, as `YYYY-Www` (the week with the year's first Thursday is week 1). */
export function isoWeek(at: Date): string {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const weekday = day.getUTCDay() === 0 ? 7 : day.getUTCDay();
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The newest entry of each of the `count` most recent periods (`periodOf` names an entry's period). */
function newestPerPeriod<T extends { createdAt: Date }>(newestFirst: readonly T[], periodOf: (at: Date) => string, count: number): T[] {
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const entry of newestFirst) {
    const period = periodOf(entry.createdAt);
    if (!seen.has(period)) {
      if (seen.size === count) {
        break;
      }
      seen.add(period);
      kept.push(entry);
    }
  }
  return kept;
}

/** The names of the backups to keep, by the retention rules. */
export function backupsToKeep(entries: readonly { fileName: string; createdAt: Date }[]): Set<string> {
  const newestFirst = [...entries].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keep = [
    ...newestPerPeriod(newestFirst, (at) => at.toISOString().slice(0, 10), RETENTION.daily),
    ...newestPerPeriod(newestFirst, isoWeek, RETENTION.weekly),
    ...newestPerPeriod(newestFirst, (at) => at.toISOString().slice(0, 7), RETENTION.monthly),
  ];
  return new Set(keep.map((entry) => entry.fileName));
}
