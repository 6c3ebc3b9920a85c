import { describe, expect, it } from 'vitest';

import { aznInputText, formatAzn, formatShare, parseAzn, sharePermille, sumQepik } from './money';

describe('AZN typed as text, read as qəpik', () => {
  it.each([
    ['1234,56', 123456],
    ['1234.56', 123456],
    ['1 234,56', 123456],
    ['1\u00a0234,56', 123456],
    ['0,1', 10],
    ['0.07', 7],
    ['19,99', 1999],
    ['100000000000', 10_000_000_000_000],
    ['0', 0],
  ])('"%s" is %i', (text, qepik) => {
    expect(parseAzn(text)).toBe(qepik);
  });

  it.each(['', '1234,567', '-5', '12,', ',5', '1.234,56', 'abc', '1e3', '12,5,0'])('"%s" is not an amount', (text) => {
    expect(parseAzn(text)).toBeNull();
  });

  it('is exact where floating point is not (0.29 × 100 = 28.999…)', () => {
    expect(parseAzn('0,29')).toBe(29);
    expect(parseAzn('1,15')).toBe(115);
    expect(parseAzn('4,35')).toBe(435);
  });
});

describe('qəpik shown as AZN', () => {
  it('has two decimals, grouped as the language writes numbers', () => {
    expect(formatAzn(123456, 'az')).toBe('1.234,56');
    expect(formatAzn(10, 'az')).toBe('0,10');
    expect(formatAzn(123456, 'en')).toBe('1,234.56');
    expect(formatAzn(0, 'ru')).toBe('0,00');
  });

  it('reads back as it was written in an input', () => {
    for (const qepik of [0, 1, 10, 99, 123456, 10_000_000_000_000]) {
      expect(parseAzn(aznInputText(qepik, 'az'))).toBe(qepik);
      expect(parseAzn(aznInputText(qepik, 'en'))).toBe(qepik);
    }
  });

  it('sums exactly beyond what a number holds', () => {
    const total = sumQepik(Array.from({ length: 1000 }, () => 10_000_000_000_000));
    expect(total).toBe(10_000_000_000_000_000n);
    expect(formatAzn(total, 'en')).toBe('100,000,000,000,000.00');
  });
});

describe('the share moved', () => {
  it('is in tenths of a per cent, rounded half up, and none of nothing', () => {
    expect(sharePermille(2_500_050n, 12_345_678n)).toBe(203);
    expect(sharePermille(1n, 2000n)).toBe(1);
    expect(sharePermille(1n, 2001n)).toBe(0);
    expect(sharePermille(5n, 5n)).toBe(1000);
    expect(sharePermille(0n, 0n)).toBeNull();
    expect(formatShare(203, 'az')).toBe('20,3%');
    expect(formatShare(1000, 'en')).toBe('100%');
  });
});
