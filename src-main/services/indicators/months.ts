import { validationError } from '../../contract/errors';
import type { FieldIssue } from '../../contract/errors';

/**
 * The longest series asked for at once: twenty years of months. A child's stays and an
 * institution's transformation fit well inside it, and it bounds the work one call can ask for.
 */
export const INDICATOR_MAX_MONTHS = 240;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY_MS = 86_400_000;

/** True when `value` is a real calendar month `YYYY-MM`. */
export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** `YYYY-MM` as a count of months since year 0; the caller has checked it with isMonth. */
function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthAt(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Every month from `from` to `to` (`YYYY-MM`, both included), in order. Refused
 * (VALIDATION_FAILED, at `fromMonth` / `toMonth`, the gatekeeping summary's messages) when a bound
 * is not a month, `to` comes before `from`, or the span is over INDICATOR_MAX_MONTHS.
 */
export function months(from: string, to: string): string[] {
  const issues: FieldIssue[] = [
    ...(isMonth(from) ? [] : [{ path: 'fromMonth', message: 'validation.month' }]),
    ...(isMonth(to) ? [] : [{ path: 'toMonth', message: 'validation.month' }]),
  ];
  if (issues.length === 0) {
    const span = monthIndex(to) - monthIndex(from) + 1;
    if (span < 1) {
      issues.push({ path: 'toMonth', message: 'validation.dateRange' });
    } else if (span > INDICATOR_MAX_MONTHS) {
      issues.push({ path: 'toMonth', message: 'validation.monthSpan', params: { limit: INDICATOR_MAX_MONTHS } });
    }
  }
  if (issues.length > 0) {
    throw validationError(issues);
  }
  const first = monthIndex(from);
  return Array.from({ length: monthIndex(to) - first + 1 }, (_, offset) => monthAt(first + offset));
}

/** The first day of `month` (`YYYY-MM-01`). */
export function monthStart(month: string): string {
  return `${month}-01`;
}

/** The last day of `month` (`YYYY-MM-DD`): 28, 29, 30 or 31. */
export function monthEnd(month: string): string {
  const year = Number(month.slice(0, 4));
  const number = Number(month.slice(5, 7));
  const last = new Date(Date.UTC(year, number, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}

/** The month (`YYYY-MM`) a calendar date `YYYY-MM-DD` falls in. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** A calendar date `YYYY-MM-DD` as whole days since 1970-01-01, so that days between two dates is a subtraction. */
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}
