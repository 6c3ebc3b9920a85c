import { describe, expect, it } from 'vitest';

import { normaliseColumns } from './resident-columns';

describe('chosen columns', () => {
  it('always keep the name first and the others in table order', () => {
    expect(normaliseColumns(['fin', 'age'])).toEqual(['name', 'age', 'fin']);
    expect(normaliseColumns([])).toEqual(['name']);
  });

  it('drop what an older or newer version stored and this one does not know', () => {
    expect(normaliseColumns(['photo', 'sex', 42, null])).toEqual(['name', 'sex']);
  });
});
