import { addDays, addMonths } from '../../contract/dates';
import type { CoreDeps } from '../context';
import { daysBetween } from './demo-dates';
import { seededRandom } from './random';

/**
 * The demo institution's history turns on one day: the day its transformation plan was made and
 * its baseline counted, 18 to 24 months before today. Before it, children came and few left; from
 * it, fewer are admitted, more are diverted, and more go home or to families, each month more.
 * The same seed and day give the same reform day, so every planner (children, exits, gatekeeping,
 * care plans, the plan itself) agrees on it without passing it around.
 */
export function reformStart(today: string, seed: number): string {
  const rng = seededRandom(seed ^ 0x7e4f0);
  return addDays(addMonths(today, -rng.int(18, 23)), -rng.int(0, 27));
}

/** How far the reform had come on `date`: 0 up to its first day, rising evenly to 1 on `today`. */
export function reformProgress(date: string, start: string, today: string): number {
  if (date <= start) {
    return 0;
  }
  return Math.min(1, daysBetween(start, date) / Math.max(1, daysBetween(start, today)));
}

/** The core's dependencies as they were at a moment of `date` (`YYYY-MM-DD`). */
export type PastMoment = (date: string) => CoreDeps;

/** Working hours of a demo day: writes start at 09:00 and move on a few minutes each, never past 18:00. */
const FIRST_MINUTE = 9 * 60;
const LAST_MINUTE = 18 * 60;
const STEP_MINUTES = 3;

/**
 * The core's dependencies with the clock stopped at a past moment, so that a service records a
 * write as made that day (its dates, "today" checks and audit entry): the services take the clock
 * as an argument, so nothing global is patched. Each call on the same day is a few minutes later
 * than the one before, so a day's writes keep their order; a moment after the real now is now.
 */
export function pastMoments(deps: CoreDeps): PastMoment {
  const now = deps.clock.now();
  const used = new Map<string, number>();
  return (date) => {
    const minute = Math.min(LAST_MINUTE, FIRST_MINUTE + (used.get(date) ?? 0) * STEP_MINUTES);
    used.set(date, (used.get(date) ?? 0) + 1);
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    // Local time, as the app's "today" is the local calendar day (calendarDate).
    const at = new Date(year, month - 1, day, 0, minute);
    const instant = at < now ? at : now;
    return { ...deps, clock: { now: () => new Date(instant) } };
  };
}
