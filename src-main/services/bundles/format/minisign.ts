import { createHash, randomBytes } from 'node:crypto';

import { ed25519 } from '@noble/curves/ed25519.js';
import { blake2b } from '@noble/hashes/blake2.js';

/**
 * minisign-compatible keys and signatures (https://jedisct1.github.io/minisign/), so that stock
 * `minisign -V` verifies what Körpü signs. Only the prehashed algorithm ("ED": Ed25519 over the
 * BLAKE2b-512 of the file) is written and accepted; legacy "Ed" signatures are refused.
 */

/** An Ed25519 key pair with its minisign key id (8 random bytes, stored little-endian). */
export type SigningKeyPair = { keyId: Uint8Array; secretKey: Uint8Array; publicKey: Uint8Array };
export type PublicKey = { keyId: Uint8Array; publicKey: Uint8Array };

/** A parsed signature file. */
export type MinisignSignature = {
  keyId: Uint8Array;
  signature: Uint8Array;
  trustedComment: string;
  globalSignature: Uint8Array;
};

/** Why a minisign file or signature was refused (stable, for messages and tests). */
export type MinisignProblem =
  | 'public-key-malformed'
  | 'signature-malformed'
  | 'signature-algorithm'
  | 'key-id-mismatch'
  | 'signature-invalid'
  | 'trusted-comment-invalid';

export class MinisignError extends Error {
  constructor(readonly problem: MinisignProblem, message: string) {
    super(message);
  }
}

const ALG_PUBLIC = new Uint8Array([0x45, 0x64]); // "Ed": the key's algorithm
const ALG_PREHASHED = new Uint8Array([0x45, 0x44]); // "ED": signature over BLAKE2b-512 of the file
const TRUSTED_PREFIX = 'trusted comment: ';
const UNTRUSTED_PREFIX = 'untrusted comment: ';

/** A fresh key pair (the secret key is the 32-byte Ed25519 seed). */
export function generateKeyPair(): SigningKeyPair {
  const secretKey = new Uint8Array(randomBytes(32));
  return { keyId: new Uint8Array(randomBytes(8)), secretKey, publicKey: ed25519.getPublicKey(secretKey) };
}

/** The key pair of a stored seed and key id. */
export function keyPairFrom(keyId: Uint8Array, secretKey: Uint8Array): SigningKeyPair {
  return { keyId, secretKey, publicKey: ed25519.getPublicKey(secretKey) };
}

/** The key id as minisign prints it: the little-endian 64-bit number in upper-case hex. */
export function keyIdHex(keyId: Uint8Array): string {
  return Buffer.from(keyId).reverse().toString('hex').toUpperCase();
}

/** SHA-256 of a public key, as 16 groups of 4 hex digits, to compare by reading aloud. */
export function fingerprintOf(bytes: Uint8Array): string {
  const hex = createHash('sha256').update(bytes).digest('hex').toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}

/** A minisign public key file: an untrusted comment line and the base64 key line. */
export function publicKeyFile(key: PublicKey): string {
  const body = Buffer.concat([ALG_PUBLIC, key.keyId, key.publicKey]).toString('base64');
  return `${UNTRUSTED_PREFIX}minisign public key ${keyIdHex(key.keyId)}\n${body}\n`;
}

/** Reads a public key file, or the bare base64 line `minisign -P` takes. */
export function parsePublicKey(text: string): PublicKey {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  const last = lines.at(-1);
  const bytes = last === undefined ? null : strictBase64(last);
  const head = lines.length === 2 ? lines[0] : UNTRUSTED_PREFIX;
  if (bytes?.length !== 42 || !bytes.subarray(0, 2).equals(ALG_PUBLIC) || lines.length > 2 || !head?.startsWith(UNTRUSTED_PREFIX)) {
    throw new MinisignError('public-key-malformed', 'Not a minisign public key');
  }
  return { keyId: new Uint8Array(bytes.subarray(2, 10)), publicKey: new Uint8Array(bytes.subarray(10, 42)) };
}

/** Signs `message` the way `minisign -S` does by default (prehashed), with a trusted comment. */
export function sign(key: SigningKeyPair, message: Uint8Array, trustedComment: string, untrustedComment: string): string {
  if (/[\r\n]/.test(trustedComment) || /[\r\n]/.test(untrustedComment)) {
    throw new Error('A minisign comment is one line');
  }
  const signature = ed25519.sign(blake2b(message, { dkLen: 64 }), key.secretKey);
  const global = ed25519.sign(Buffer.concat([signature, Buffer.from(trustedComment, 'utf8')]), key.secretKey);
  const sigLine = Buffer.concat([ALG_PREHASHED, key.keyId, signature]).toString('base64');
  return `${UNTRUSTED_PREFIX}${untrustedComment}\n${sigLine}\n${TRUSTED_PREFIX}${trustedComment}\n${Buffer.from(global).toString('base64')}\n`;
}

/** Reads a signature file (four lines). */
export function parseSignature(text: string): MinisignSignature {
  const lines = text.split('\n');
  if (lines.at(-1) === '') {
    lines.pop();
  }
  const [untrusted, sigLine, trusted, globalLine] = lines;
  const sig = sigLine === undefined ? null : strictBase64(sigLine);
  const global = globalLine === undefined ? null : strictBase64(globalLine);
  if (lines.length !== 4 || !untrusted?.startsWith(UNTRUSTED_PREFIX) || sig?.length !== 74 || global?.length !== 64) {
    throw new MinisignError('signature-malformed', 'Not a minisign signature file');
  }
  if (!trusted?.startsWith(TRUSTED_PREFIX)) {
    throw new MinisignError('signature-malformed', 'The signature has no trusted comment');
  }
  if (!sig.subarray(0, 2).equals(ALG_PREHASHED)) {
    throw new MinisignError('signature-algorithm', 'Only prehashed (ED) minisign signatures are accepted');
  }
  return {
    keyId: new Uint8Array(sig.subarray(2, 10)),
    signature: new Uint8Array(sig.subarray(10)),
    trustedComment: trusted.slice(TRUSTED_PREFIX.length),
    globalSignature: new Uint8Array(global),
  };
}

/**
 * Verifies a signature file over `message` with `key`, as `minisign -V` does (the signature, then
 * the trusted comment's global signature). Returns the trusted comment.
 */
export function verify(key: PublicKey, message: Uint8Array, signatureFile: string): string {
  const parsed = parseSignature(signatureFile);
  if (!Buffer.from(parsed.keyId).equals(Buffer.from(key.keyId))) {
    throw new MinisignError(
      'key-id-mismatch',
      `Signed with key ${keyIdHex(parsed.keyId)}, not with ${keyIdHex(key.keyId)}`,
    );
  }
  if (!ed25519.verify(parsed.signature, blake2b(message, { dkLen: 64 }), key.publicKey)) {
    throw new MinisignError('signature-invalid', 'The signature does not match the signed file');
  }
  const globalMessage = Buffer.concat([parsed.signature, Buffer.from(parsed.trustedComment, 'utf8')]);
  if (!ed25519.verify(parsed.globalSignature, globalMessage, key.publicKey)) {
    throw new MinisignError('trusted-comment-invalid', 'The trusted comment was changed after signing');
  }
  return parsed.trustedComment;
}

/** Base64 that decodes and re-encodes to itself (Buffer.from silently skips junk). */
function strictBase64(text: string): Buffer | null {
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : null;
}
