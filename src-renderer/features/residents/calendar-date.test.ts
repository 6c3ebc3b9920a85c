import { languages } from '@contract/common';
import { describe, expect, it } from 'vitest';

import { formatDate } from '../../i18n/format';
import { formatCalendarDate } from './calendar-date';

describe('calendar dates in words', () => {
  it('read the same as formatDate in every language', () => {
    for (const language of languages) {
      expect(formatCalendarDate('2026-11-25', language)).toBe(formatDate(new Date(2026, 10, 25), language));
      expect(formatCalendarDate('2012-02-29', language)).toBe(formatDate(new Date(2012, 1, 29), language));
      expect(formatCalendarDate('2014-09-12', language)).toBe(formatDate('2014-09-12', language));
    }
  });

  it('keep the day of the calendar whatever the time zone', () => {
    expect(formatCalendarDate('2014-09-12', 'az')).toBe('12 sentyabr 2014');
    expect(formatCalendarDate('2026-01-01', 'en')).toBe('January 1, 2026');
  });
});
