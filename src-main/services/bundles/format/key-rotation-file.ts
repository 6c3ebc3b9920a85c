import { keyRotationFileSchema, keyRotationTrustedComment } from '../../../contract/bundle-manifest';
import { AppError } from '../../../contract/errors';
import type { PublicKey, SigningKeyPair } from './minisign';
import { keyIdHex, parsePublicKey, parseSignature, publicKeyFile, sign, verify } from './minisign';

/** A key rotation read from its file, with the key ids and time its signed comment names. */
export type KeyRotation = {
  institutionCode: string;
  /** The new minisign public key file, exactly the bytes that were signed. */
  publicKeyFile: string;
  /** minisign signature of `publicKeyFile` made with the previous key. */
  signature: string;
  keyId: string;
  previousKeyId: string;
  createdAt: string;
};

const TRUSTED = /^korpu-key-rotation institution=(\S+) previous=([0-9A-F]{16}) key=([0-9A-F]{16}) created=(\S+)$/;

/**
 * The rotation file (JSON, see docs/bundle-format.md): `next`'s public key file signed with
 * `previous`, the key it replaces, so that the ministry can trust the new key without a phone call.
 */
export function writeKeyRotation(institutionCode: string, previous: SigningKeyPair, next: PublicKey, createdAt: Date): string {
  const file = publicKeyFile(next);
  const comment = keyRotationTrustedComment({ institutionCode, previousKeyId: keyIdHex(previous.keyId), keyId: keyIdHex(next.keyId), createdAt: createdAt.toISOString() });
  const signature = sign(previous, Buffer.from(file, 'utf8'), comment, `new key ${keyIdHex(next.keyId)} signed by the key it replaces`);
  const rotation = keyRotationFileSchema.parse({ format: 'korpu-key-rotation', formatVersion: 1, institutionCode, publicKeyFile: file, signature });
  return `${JSON.stringify(rotation, null, 2)}\n`;
}

/**
 * Reads a rotation file and checks that its parts agree (the signed comment names this institution,
 * the new key and the signing key). The signature itself is checked with the institution's enrolled
 * keys, by the ministry (or `verifyKeyRotation`). Throws VALIDATION_FAILED.
 */
export function readKeyRotation(text: string): KeyRotation {
  const file = keyRotationFileSchema.safeParse(safeJson(text));
  if (!file.success) {
    throw invalid('The file is not a Körpü key rotation file');
  }
  const { institutionCode, publicKeyFile: keyFile, signature } = file.data;
  let keyId: string;
  let signedBy: string;
  let comment: string;
  try {
    keyId = keyIdHex(parsePublicKey(keyFile).keyId);
    const parsed = parseSignature(signature);
    signedBy = keyIdHex(parsed.keyId);
    comment = parsed.trustedComment;
  } catch {
    throw invalid('The key or the signature of the rotation file is damaged');
  }
  const [, code, previousKeyId, named, createdAt] = TRUSTED.exec(comment) ?? [];
  if (code !== institutionCode || previousKeyId !== signedBy || named !== keyId || createdAt === undefined) {
    throw invalid('The signed comment of the rotation file does not name this institution and these keys');
  }
  return { institutionCode, publicKeyFile: keyFile, signature, keyId, previousKeyId, createdAt };
}

/** Checks a rotation's signature with the public key it was made with; throws MinisignError. */
export function verifyKeyRotation(rotation: KeyRotation, previous: PublicKey): void {
  verify(previous, Buffer.from(rotation.publicKeyFile, 'utf8'), rotation.signature);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function invalid(message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, { issues: [{ path: 'rotation', message: 'validation.keyRotationFile' }] });
}
