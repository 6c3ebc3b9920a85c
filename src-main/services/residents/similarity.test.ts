import { describe, expect, it } from 'vitest';

import { editDistance, similarityLimit } from './similarity';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('eliyev', 'eliyev')).toBe(0);
    expect(editDistance('eliyev', 'aliyev')).toBe(1);
    expect(editDistance('memmedov', 'mamedov')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('gives up early past the limit', () => {
    expect(editDistance('huseynov', 'quliyeva', 2)).toBe(3);
  });

  it('allows more difference in longer names', () => {
    expect(similarityLimit('eli')).toBe(1);
    expect(similarityLimit('eliyev eli resid oglu')).toBe(2);
  });
});
