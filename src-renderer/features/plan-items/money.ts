import type { Language } from '@contract/common';

/**
 * Money on screen is AZN with two decimals; in the contract it is whole qəpik. The conversions work
 * on the digits as text and on integers, never through a fractional number, so 1234,56 is exactly
 * 123456 qəpik and a sum of many lines is exact.
 */

/** Digits, then optionally one decimal separator (comma or point) and at most two digits. */
const AZN_TEXT = /^(\d+)(?:[.,](\d{1,2}))?$/;

/** Grouping a person may type: spaces, including the non-breaking ones number formats produce. */
const GROUPING = /[\s\u00a0\u202f]/g;

/**
 * Qəpik of an amount typed in AZN ("1234,56", "1234.56", "1 234,56", "0,1"), or null when the text is
 * not such an amount (three decimals, a minus, letters, two separators). Empty text is null too.
 */
export function parseAzn(text: string): number | null {
  const match = AZN_TEXT.exec(text.replace(GROUPING, ''));
  if (match === null) {
    return null;
  }
  const manat = match[1] ?? '0';
  const cents = (match[2] ?? '').padEnd(2, '0');
  // Too many digits to be exact as a number are far beyond the contract's maximum anyway.
  return Number(`${manat}${cents}`);
}

/** The decimal separator of a language ("," in Azerbaijani and Russian, "." in English). */
function decimalSeparator(language: Language): string {
  return new Intl.NumberFormat(language).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

/** Whole manat and the two qəpik digits of an amount. */
function split(qepik: number | bigint): { manat: bigint; cents: string } {
  const whole = BigInt(qepik);
  return { manat: whole / 100n, cents: String(whole % 100n).padStart(2, '0') };
}

/** An amount in AZN with two decimals, grouped as the language writes numbers ("1.234,56" in Azerbaijani). */
export function formatAzn(qepik: number | bigint, language: Language): string {
  const { manat, cents } = split(qepik);
  return `${new Intl.NumberFormat(language).format(Number(manat))}${decimalSeparator(language)}${cents}`;
}

/** An amount as an input shows it for changing: no grouping, the language's decimal separator ("1234,56"). */
export function aznInputText(qepik: number, language: Language): string {
  const { manat, cents } = split(qepik);
  return `${manat}${decimalSeparator(language)}${cents}`;
}

/** The sum of amounts, exact however many there are. */
export function sumQepik(amounts: readonly number[]): bigint {
  return amounts.reduce((sum, amount) => sum + BigInt(amount), 0n);
}

/** The share of `part` in `whole` in tenths of a per cent, rounded half up; null when the whole is nothing. */
export function sharePermille(part: bigint, whole: bigint): number | null {
  if (whole <= 0n) {
    return null;
  }
  return Number((part * 2000n + whole) / (whole * 2n));
}

/** A share in tenths of a per cent as the language writes a percentage ("25,3%"). */
export function formatShare(permille: number, language: Language): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(permille / 1000);
}
