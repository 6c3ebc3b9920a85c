import { describe, expect, it } from 'vitest';

import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('accepts the right password and rejects a wrong one', async () => {
    const stored = await hashPassword('Bakı2026yaz');
    expect(await verifyPassword('Bakı2026yaz', stored)).toBe(true);
    expect(await verifyPassword('baki2026yaz', stored)).toBe(false);
  });

  it('salts every hash, never stores the password itself', async () => {
    const first = await hashPassword('Bakı2026yaz');
    const second = await hashPassword('Bakı2026yaz');
    expect(first).not.toBe(second);
    expect(first).not.toContain('Bakı2026yaz');
    expect(first.startsWith('scrypt$15$8$1$')).toBe(true);
  });

  it('never matches a malformed stored hash', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$40$8$1$AAAA$AAAA')).toBe(false);
  });
});
