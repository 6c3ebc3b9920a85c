import { describe, expect, it } from 'vitest';

import { emptyGatekeepingFilter, hasFilter, isRangeReversed, listInputOf } from './gatekeeping-filter';

describe('the register filter', () => {
  it('asks only for what is chosen', () => {
    expect(listInputOf(emptyGatekeepingFilter)).toEqual({});
    expect(listInputOf({ decision: 'refused', from: '', to: '2026-03-01' })).toEqual({ decision: 'refused', to: '2026-03-01' });
    expect(listInputOf({ decision: null, from: '2026-01-01', to: '2026-03-01' })).toEqual({ from: '2026-01-01', to: '2026-03-01' });
  });

  it('is cleared only when nothing is chosen', () => {
    expect(hasFilter(emptyGatekeepingFilter)).toBe(false);
    expect(hasFilter({ decision: 'pending', from: '', to: '' })).toBe(true);
    expect(hasFilter({ decision: null, from: '2026-01-01', to: '' })).toBe(true);
  });

  it('finds a range that ends before it starts, but not a single day or an open end', () => {
    expect(isRangeReversed({ decision: null, from: '2026-03-01', to: '2026-02-28' })).toBe(true);
    expect(isRangeReversed({ decision: null, from: '2026-03-01', to: '2026-03-01' })).toBe(false);
    expect(isRangeReversed({ decision: null, from: '2026-03-01', to: '' })).toBe(false);
    expect(isRangeReversed({ decision: null, from: '', to: '2026-02-28' })).toBe(false);
  });
});
