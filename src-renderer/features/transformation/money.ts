import type { Language } from '@contract/common';

/**
 * Money in the contract is whole qəpik (1 AZN = 100 qəpik); people read and type manat with two
 * decimals. These are the only two conversions the screens make.
 */
export function qepikToAzn(qepik: number): number {
  return qepik / 100;
}

/** Manat as typed (at most two decimals) to whole qəpik; rounding absorbs float noise (0.29 × 100). */
export function aznToQepik(azn: number): number {
  return Math.round(azn * 100);
}

/** An amount in words of the language, always with two decimals: "1.250.000,50 AZN" (az). */
export function formatAzn(qepik: number, language: Language): string {
  const sign = qepik < 0 ? '-' : '';
  const whole = Math.floor(Math.abs(qepik) / 100);
  const cents = Math.abs(qepik) % 100;
  // Whole manat and qəpik apart: an exact sum never passes through a float.
  const integer = new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(whole);
  const decimal = new Intl.NumberFormat(language).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  return `${sign}${integer}${decimal}${String(cents).padStart(2, '0')} AZN`;
}
