import { describe, expect, it } from 'vitest';

import { shownValue } from './audit-values';

describe('audit values as text', () => {
  it('names what has no value, what is hidden, and yes or no', () => {
    expect(shownValue(null)).toEqual({ kind: 'empty' });
    expect(shownValue('')).toEqual({ kind: 'empty' });
    expect(shownValue('[redacted]')).toEqual({ kind: 'hidden' });
    expect(shownValue(true)).toEqual({ kind: 'yes' });
    expect(shownValue(false)).toEqual({ kind: 'no' });
  });

  it('shows text and numbers as they are, and objects as JSON', () => {
    expect(shownValue('Bakı 1 nömrəli uşaq evi')).toEqual({ kind: 'text', text: 'Bakı 1 nömrəli uşaq evi' });
    expect(shownValue(120)).toEqual({ kind: 'text', text: '120' });
    expect(shownValue({ minutes: 15 })).toEqual({ kind: 'text', text: '{\n  "minutes": 15\n}' });
  });
});
