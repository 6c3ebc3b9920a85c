import { randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 5;
const GROUP_LENGTH = 5;

/** A new recovery code: 25 symbols (125 random bits) in groups of five, e.g. `7KQ2M-…`. */
export function generateRecoveryCode(): string {
  const bytes = randomBytes(GROUPS * GROUP_LENGTH);
  const symbols = [...bytes].map((byte) => ALPHABET[byte % 32]!);
  const groups: string[] = [];
  for (let i = 0; i < GROUPS; i++) {
    groups.push(symbols.slice(i * GROUP_LENGTH, (i + 1) * GROUP_LENGTH).join(''));
  }
  return groups.join('-');
}

/**
 * The code as typed, made canonical: case, spaces and hyphens ignored; O read as 0, I and L as 1.
 * Null when it cannot be a recovery code (wrong length or symbols).
 */
export function normaliseRecoveryCode(typed: string): string | null {
  const compact = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (compact.length !== GROUPS * GROUP_LENGTH || [...compact].some((symbol) => !ALPHABET.includes(symbol))) {
    return null;
  }
  return compact;
}
