import type { Language } from '@contract/common';

import { formatDate } from '../../i18n/format';

/**
 * The options of `formatDate`, kept in one formatter per language: building a (polyfilled)
 * Intl.DateTimeFormat costs about half a millisecond, and a screen of list rows needs dozens of
 * dates. The test holds the output equal to `formatDate`'s.
 */
const DATE_OPTIONS = { day: 'numeric', month: 'long', year: 'numeric' } as const satisfies Intl.DateTimeFormatOptions;
const formatters = new Map<Language, Intl.DateTimeFormat>();

function formatterFor(language: Language): Intl.DateTimeFormat {
  let formatter = formatters.get(language);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(language, DATE_OPTIONS);
    formatters.set(language, formatter);
  }
  return formatter;
}

/**
 * A calendar date (`YYYY-MM-DD`: birth, admission, deadlines) in words, e.g. "25 noyabr 2026", read
 * as a day of the local calendar like `formatDate` reads it, with a formatter kept per language.
 */
export function formatCalendarDate(date: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) {
    return formatDate(date, language);
  }
  const [, year, month, day] = match;
  return formatterFor(language).format(new Date(Number(year), Number(month) - 1, Number(day)));
}
