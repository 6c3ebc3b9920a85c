import { describe, expect, it } from 'vitest';

import { median } from './median';

describe('median', () => {
  it('is the middle value of an odd number, whatever their order, compared as numbers', () => {
    expect(median([400, 9, 10])).toBe(10);
    expect(median([3])).toBe(3);
  });

  it('is the mean of the two middle values of an even number', () => {
    expect(median([1, 100, 2, 3])).toBe(2.5);
  });

  it('is null for nobody, not zero', () => {
    expect(median([])).toBeNull();
  });

  it('leaves its input as it was', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
