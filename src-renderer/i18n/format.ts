import type { Language } from '@contract/common';

/**
 * A Date for a value: `YYYY-MM-DD` is a calendar day and becomes local midnight (new Date() would
 * read it as UTC midnight, the previous day west of Greenwich); anything else is an instant.
 */
function toDate(value: Date | string): Date {
  if (typeof value !== 'string') {
    return value;
  }
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
}

/** A calendar date in words, e.g. "25 noyabr 2026" (az), "25 ноября 2026 г." (ru), "November 25, 2026" (en). */
export function formatDate(value: Date | string, language: Language): string {
  const date = toDate(value);
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** A date with time, e.g. "25 noyabr 2026 14:05". */
export function formatDateTime(value: Date | string, language: Language): string {
  const date = toDate(value);
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** A whole number with the language's digit grouping. */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language).format(value);
}
