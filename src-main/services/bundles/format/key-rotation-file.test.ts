import { describe, expect, it } from 'vitest';

import { readKeyRotation, verifyKeyRotation, writeKeyRotation } from './key-rotation-file';
import { generateKeyPair, keyIdHex, MinisignError, publicKeyFile, sign } from './minisign';

const CODE = 'SHK-UE-03';
const AT = new Date('2026-11-25T09:00:00.000Z');

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof MinisignError ? error.problem : String((error as { details?: { issues?: { message: string }[] } }).details?.issues?.[0]?.message);
  }
  return 'accepted';
}

describe('key rotation files', () => {
  it('carry the new public key file signed by the old key, with a comment naming both and the institution', () => {
    const [old, next] = [generateKeyPair(), generateKeyPair()];
    const text = writeKeyRotation(CODE, old, next, AT);
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['format', 'formatVersion', 'institutionCode', 'publicKeyFile', 'signature']);
    expect(json).toMatchObject({ format: 'korpu-key-rotation', formatVersion: 1, institutionCode: CODE, publicKeyFile: publicKeyFile(next) });
    expect(text.endsWith('}\n')).toBe(true);

    const rotation = readKeyRotation(text);
    expect(rotation).toMatchObject({ institutionCode: CODE, keyId: keyIdHex(next.keyId), previousKeyId: keyIdHex(old.keyId), createdAt: AT.toISOString() });
    expect(rotation.signature).toContain(
      `trusted comment: korpu-key-rotation institution=${CODE} previous=${keyIdHex(old.keyId)} key=${keyIdHex(next.keyId)} created=${AT.toISOString()}\n`,
    );
    expect(refusal(() => verifyKeyRotation(rotation, old))).toBe('accepted');
  });

  it('fail verification with any other key than the one replaced', () => {
    const [old, next, forger] = [generateKeyPair(), generateKeyPair(), generateKeyPair()];
    const forged = readKeyRotation(writeKeyRotation(CODE, forger, next, AT));
    expect(refusal(() => verifyKeyRotation(forged, old))).toBe('key-id-mismatch');
    // The forger reusing the old key's id is caught by the signature itself.
    const posing = readKeyRotation(writeKeyRotation(CODE, { ...forger, keyId: old.keyId }, next, AT));
    expect(refusal(() => verifyKeyRotation(posing, old))).toBe('signature-invalid');
  });

  it('are refused when their parts disagree or the file is something else', () => {
    const [old, next, other] = [generateKeyPair(), generateKeyPair(), generateKeyPair()];
    const good = JSON.parse(writeKeyRotation(CODE, old, next, AT)) as Record<string, string>;
    const variants: Record<string, string>[] = [
      { ...good, institutionCode: 'GNC-UE-02' },
      { ...good, publicKeyFile: publicKeyFile(other) },
      { ...good, signature: sign(old, Buffer.from(good.publicKeyFile!), 'korpu-key-rotation', 'x') },
      { ...good, signature: 'not a signature' },
      { ...good, extra: 'field' },
      { ...good, format: 'korpu-ministry-keys' },
    ];
    for (const variant of variants) {
      expect(refusal(() => readKeyRotation(JSON.stringify(variant))), JSON.stringify(variant).slice(0, 80)).toBe('validation.keyRotationFile');
    }
    expect(refusal(() => readKeyRotation('{'))).toBe('validation.keyRotationFile');
    expect(refusal(() => readKeyRotation(publicKeyFile(next)))).toBe('validation.keyRotationFile');
  });
});
