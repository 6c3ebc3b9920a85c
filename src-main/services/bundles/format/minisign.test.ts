import { describe, expect, it } from 'vitest';

import { fingerprintOf, generateKeyPair, keyIdHex, MinisignError, parsePublicKey, parseSignature, publicKeyFile, sign, verify } from './minisign';

const message = Buffer.from('{"sequence":1}\n');

function problemOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof MinisignError ? error.problem : `other: ${String(error)}`;
  }
  return 'accepted';
}

describe('minisign keys and signatures', () => {
  it('writes a public key file that reads back to the same key, with the key id minisign prints', () => {
    const key = generateKeyPair();
    const file = publicKeyFile(key);
    expect(file).toMatch(new RegExp(`^untrusted comment: minisign public key ${keyIdHex(key.keyId)}\\nRW[A-Za-z0-9+/]{54}\\n$`));
    const read = parsePublicKey(file);
    expect(Buffer.from(read.publicKey)).toEqual(Buffer.from(key.publicKey));
    expect(keyIdHex(read.keyId)).toBe(keyIdHex(key.keyId));
    // The key id is the little-endian number: its hex is the bytes reversed.
    expect(keyIdHex(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toBe('0807060504030201');
    expect(fingerprintOf(key.publicKey)).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
  });

  it('verifies its own signature and returns the trusted comment', () => {
    const key = generateKeyPair();
    const signature = sign(key, message, 'korpu-bundle sequence=1', 'Körpü'.replace(/[^\x20-\x7e]/g, '?'));
    expect(verify(key, message, signature)).toBe('korpu-bundle sequence=1');
    expect(parseSignature(signature).trustedComment).toBe('korpu-bundle sequence=1');
  });

  it('refuses a changed message, another key, an edited trusted comment and a legacy signature', () => {
    const key = generateKeyPair();
    const signature = sign(key, message, 'sequence=1', 'x');
    expect(problemOf(() => verify(key, Buffer.from('{"sequence":2}\n'), signature))).toBe('signature-invalid');
    const other = generateKeyPair();
    expect(problemOf(() => verify(other, message, signature))).toBe('key-id-mismatch');
    expect(problemOf(() => verify({ keyId: key.keyId, publicKey: other.publicKey }, message, signature))).toBe('signature-invalid');
    expect(problemOf(() => verify(key, message, signature.replace('sequence=1', 'sequence=9')))).toBe('trusted-comment-invalid');
    const lines = signature.split('\n');
    const legacy = Buffer.from(lines[1]!, 'base64');
    legacy[1] = 0x64; // "Ed": the non-prehashed algorithm
    lines[1] = legacy.toString('base64');
    expect(problemOf(() => verify(key, message, lines.join('\n')))).toBe('signature-algorithm');
    expect(problemOf(() => verify(key, message, 'not a signature'))).toBe('signature-malformed');
  });

  it('refuses a public key that is not one', () => {
    expect(problemOf(() => parsePublicKey('untrusted comment: x\nnot base64!'))).toBe('public-key-malformed');
    expect(problemOf(() => parsePublicKey(''))).toBe('public-key-malformed');
  });
});
