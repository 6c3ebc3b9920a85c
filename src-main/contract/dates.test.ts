import { describe, expect, it } from 'vitest';

import { addMonths } from './dates';

describe('adding months to a calendar date', () => {
  it('keeps the day of the month where the target month has it', () => {
    expect(addMonths('2026-10-15', 1)).toBe('2026-11-15');
    expect(addMonths('2026-10-15', 12)).toBe('2027-10-15');
    expect(addMonths('2026-10-15', -6)).toBe('2026-04-15');
  });

  it('ends on the last day of a shorter month instead of running into the next', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
  });
});
