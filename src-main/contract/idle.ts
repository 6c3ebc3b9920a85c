/** How often, at most, a window tells the core that someone is working in it. */
const REPORT_AT_MOST_EVERY_MS = 60_000;

/**
 * The interval between a window's activity reports for an idle time: a quarter of it, at most a
 * minute, so a report always reaches the core well before its own idle check would lock a user who
 * is typing (with a one-minute idle time, a report once a minute would arrive just too late).
 */
export function activityReportIntervalMs(idleMinutes: number): number {
  return Math.min(REPORT_AT_MOST_EVERY_MS, (idleMinutes * 60_000) / 4);
}
