import { describe, expect, it } from 'vitest';

import { aznToQepik, formatAzn, qepikToAzn } from './money';

describe('money on the screens', () => {
  it('reads manat with two decimals as whole qəpik, without float noise', () => {
    expect(aznToQepik(1_250_000.5)).toBe(125_000_050);
    expect(aznToQepik(0.29)).toBe(29);
    expect(aznToQepik(19.99)).toBe(1999);
    expect(aznToQepik(0)).toBe(0);
  });

  it('shows qəpik as manat with two decimals in each language', () => {
    expect(qepikToAzn(125_000_050)).toBe(1_250_000.5);
    expect(formatAzn(125_000_050, 'az')).toBe('1.250.000,50 AZN');
    expect(formatAzn(125_000_050, 'en')).toBe('1,250,000.50 AZN');
    expect(formatAzn(7, 'az')).toBe('0,07 AZN');
    // The largest amount the contract takes keeps every qəpik.
    expect(formatAzn(9_999_999_999_999, 'en')).toBe('99,999,999,999.99 AZN');
  });
});
