import { describe, expect, it } from 'vitest';

import { formatDate } from './format';

// Node 24 ships full ICU, which has Azerbaijani; the browser build relies on the FormatJS polyfills.
describe('dates in words', () => {
  const date = new Date(2026, 10, 25);

  it('writes the month in Azerbaijani, in lower case after the day', () => {
    expect(formatDate(date, 'az')).toBe('25 noyabr 2026');
  });

  it('writes the month in Russian in the genitive', () => {
    expect(formatDate(date, 'ru')).toContain('25 ноября 2026');
  });

  it('writes the month first in English', () => {
    expect(formatDate(date, 'en')).toBe('November 25, 2026');
  });

  it('reads an ISO date string the same as a date', () => {
    expect(formatDate(date.toISOString(), 'en')).toBe('November 25, 2026');
  });
});
