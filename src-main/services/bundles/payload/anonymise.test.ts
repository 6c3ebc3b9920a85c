import { createHmac } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { pseudonymSchema } from '../../../contract/bundle-payload-fields';
import { monthOf, monthOfInstant, monthsOld, pseudonymOf } from './anonymise';

describe('pseudonymous ids', () => {
  it('are the first 32 hex digits of HMAC-SHA256(key, id), as a ministry engineer can recompute them', () => {
    const key = Buffer.alloc(32, 9);
    const expected = createHmac('sha256', key).update('resident-1').digest('hex').slice(0, 32);
    expect(pseudonymOf(key, 'resident-1')).toBe(expected);
    expect(pseudonymSchema.safeParse(expected).success).toBe(true);
  });

  it('stay the same with the same key and differ with another key or another id', () => {
    const key = Buffer.alloc(32, 1);
    expect(pseudonymOf(key, 'a')).toBe(pseudonymOf(Buffer.alloc(32, 1), 'a'));
    expect(pseudonymOf(key, 'a')).not.toBe(pseudonymOf(Buffer.alloc(32, 2), 'a'));
    expect(pseudonymOf(key, 'a')).not.toBe(pseudonymOf(key, 'b'));
  });
});

describe('ages in whole months', () => {
  it('count a month once its day comes round', () => {
    expect(monthsOld('2020-05-10', '2020-05-10')).toBe(0);
    expect(monthsOld('2020-05-10', '2020-06-09')).toBe(0);
    expect(monthsOld('2020-05-10', '2020-06-10')).toBe(1);
    expect(monthsOld('2020-05-10', '2026-11-25')).toBe(78);
    expect(monthsOld('2020-12-20', '2021-01-19')).toBe(0);
  });

  it('let a child born on the 31st have a month on the last day of a shorter month', () => {
    expect(monthsOld('2021-01-31', '2021-02-27')).toBe(0);
    expect(monthsOld('2021-01-31', '2021-02-28')).toBe(1);
    expect(monthsOld('2020-02-29', '2021-02-28')).toBe(12);
  });

  it('are never below zero, even for a date before birth', () => {
    expect(monthsOld('2020-05-10', '2020-04-01')).toBe(0);
  });

  it('reduce dates and instants to their month', () => {
    expect(monthOf('2026-11-25')).toBe('2026-11');
    expect(monthOfInstant('2026-11-25T09:00:00.000Z')).toBe('2026-11');
  });
});
