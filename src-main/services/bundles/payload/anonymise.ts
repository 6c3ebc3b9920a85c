import { createHmac } from 'node:crypto';

import { PSEUDONYM_HEX_LENGTH } from '../../../contract/bundle-payload-fields';
import { addMonths, calendarDate } from '../../../contract/dates';

/**
 * A record id's pseudonym: the first 32 hex digits of HMAC-SHA256(key, id). Keyed, so nobody
 * without the institution's key can test a guessed id; stable, so one child is one id across exports.
 */
export function pseudonymOf(key: Buffer, id: string): string {
  return createHmac('sha256', key).update(id, 'utf8').digest('hex').slice(0, PSEUDONYM_HEX_LENGTH);
}

/** The pseudonym of an id that may be missing. */
export function pseudonymOrNull(key: Buffer, id: string | null): string | null {
  return id === null ? null : pseudonymOf(key, id);
}

/**
 * Whole months from `birthDate` to `on` (`YYYY-MM-DD`): the months whose anniversary (addMonths:
 * the 31st falls on the month's last day) is not after `on`. Never below zero.
 */
export function monthsOld(birthDate: string, on: string): number {
  const months = (Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4))) * 12 + Number(on.slice(5, 7)) - Number(birthDate.slice(5, 7));
  const whole = addMonths(birthDate, months) > on ? months - 1 : months;
  return Math.max(0, whole);
}

/** The month `YYYY-MM` of a date `YYYY-MM-DD`. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The month of an ISO instant in the institution's calendar (local time, as the app's "today"). */
export function monthOfInstant(instant: string): string {
  return monthOf(calendarDate(new Date(instant)));
}

/** The month of a date that may be missing. */
export function monthOrNull(date: string | null): string | null {
  return date === null ? null : monthOf(date);
}
