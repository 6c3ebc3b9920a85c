import { z } from 'zod';

/** A calendar date `YYYY-MM-DD` (no time, no zone): birth dates, admission dates, note dates. */
export const calendarDateSchema = z.iso.date({ error: 'validation.date' });

/** An optional calendar date; empty or missing becomes null. */
export const optionalDateSchema = z
  .union([calendarDateSchema, z.literal('')])
  .nullish()
  .transform((value) => (value === undefined || value === null || value === '' ? null : value));

/** Today as `YYYY-MM-DD` in the local calendar of `now`. */
export function calendarDate(now: Date): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** Whole years between a birth date and `on` (both `YYYY-MM-DD`): the child's age that day. */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The date a child reaches `years` (29 February birthdays fall on 1 March in common years). */
export function birthdayAt(birthDate: string, years: number): string {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(by + years, bm - 1, bd));
  return date.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` shifted by whole days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * `YYYY-MM-DD` shifted by whole months, the day kept where the month has it and otherwise the
 * month's last day: 31 January + 1 month is 28 (or 29) February, never 3 March.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}
