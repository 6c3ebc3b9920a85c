import type { Random } from './random';

/** Day count since 1970-01-01 of a `YYYY-MM-DD` date (UTC, so no daylight-saving gaps). */
export const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** The `YYYY-MM-DD` date of a day count. */
export const dateOfDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** A day between `from` and `to`, both included, uniformly. */
export const dateBetween = (rng: Random, from: string, to: string): string => dateOfDay(rng.int(dayNumber(from), dayNumber(to)));

/** Days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/** The later of two dates. */
export const later = (a: string, b: string): string => (a > b ? a : b);

/** The earlier of two dates. */
export const earlier = (a: string, b: string): string => (a < b ? a : b);
