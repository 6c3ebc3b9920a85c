import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';

import type { BundleManifest } from '../../contract/bundle-manifest';
import { BUNDLE_MEMBERS, bundleManifestSchema, bundleTrustedComment } from '../../contract/bundle-manifest';
import type { PublicKey } from './format/minisign';
import { keyIdHex, MinisignError, verify } from './format/minisign';
import type { ZipEntry, ZipSource } from './format/zip';
import { readMember, readZipEntries, ZipFormatError } from './format/zip';

/** Why a bundle failed verification: stable codes, each with a precise English reason. */
export const bundleProblems = [
  'not-a-bundle',
  'member-damaged',
  'signature-malformed',
  'wrong-key',
  'signature-invalid',
  'trusted-comment-invalid',
  'trusted-comment-mismatch',
  'manifest-invalid',
  'payload-size-mismatch',
  'payload-hash-mismatch',
] as const;
export type BundleProblem = (typeof bundleProblems)[number];

export class BundleCheckError extends Error {
  /** Values for the problem's translated sentence (`bundleProblems.<problem>`), e.g. the damaged member. */
  readonly params: Record<string, string>;

  constructor(readonly problem: BundleProblem, message: string, params: Record<string, string> = {}) {
    super(message);
    this.params = params;
  }
}

/** Upper limits of the members, so a hostile file cannot make the reader allocate without end. */
export const MEMBER_LIMITS: Record<(typeof BUNDLE_MEMBERS)[number], number> = {
  'manifest.json': 256 * 1024,
  'manifest.json.minisig': 4 * 1024,
  'payload.age': 2 ** 31,
};

const CHUNK = 4 << 20;

/**
 * Checks a bundle without decrypting it: the zip's exact shape, the signature of the manifest with
 * the institution's public key (and its trusted comment), the manifest's schema, and the payload's
 * size and SHA-256. Any changed byte of the file fails one of these.
 */
export function verifyBundle(source: ZipSource, key: PublicKey): { manifest: BundleManifest; entries: ZipEntry[] } {
  let entries: ZipEntry[];
  try {
    entries = readZipEntries(source, { names: BUNDLE_MEMBERS, maxSize: (name) => MEMBER_LIMITS[name as keyof typeof MEMBER_LIMITS] });
  } catch (error) {
    throw new BundleCheckError('not-a-bundle', `Not a Körpü bundle: ${reason(error)}`);
  }
  const [manifestEntry, signatureEntry, payloadEntry] = entries as [ZipEntry, ZipEntry, ZipEntry];
  const manifestBytes = member(source, manifestEntry);
  const signatureText = member(source, signatureEntry).toString('utf8');
  let trustedComment: string;
  try {
    trustedComment = verify(key, manifestBytes, signatureText);
  } catch (error) {
    throw signatureProblem(error);
  }
  const parsed = bundleManifestSchema.safeParse(safeJson(manifestBytes.toString('utf8')));
  if (!parsed.success) {
    throw new BundleCheckError('manifest-invalid', `The manifest does not fit format version 1: ${parsed.error.issues[0]?.message ?? ''}`);
  }
  const manifest = parsed.data;
  if (manifest.signingKeyId !== keyIdHex(key.keyId)) {
    throw new BundleCheckError('wrong-key', `The manifest names key ${manifest.signingKeyId}, but was signed with ${keyIdHex(key.keyId)}`);
  }
  if (trustedComment !== bundleTrustedComment(manifest)) {
    throw new BundleCheckError('trusted-comment-mismatch', 'The signed comment does not name this manifest’s institution, sequence and profile');
  }
  if (payloadEntry.size !== manifest.payload.size) {
    throw new BundleCheckError('payload-size-mismatch', `payload.age has ${payloadEntry.size} bytes; the manifest says ${manifest.payload.size}`);
  }
  const hash = hashMember(source, payloadEntry);
  if (hash !== manifest.payload.sha256) {
    throw new BundleCheckError('payload-hash-mismatch', 'payload.age was changed: its SHA-256 is not the one the manifest signs');
  }
  return { manifest, entries };
}

/** A source over a file, read on demand (bundles can be large). Close it after use. */
export function openFileSource(path: string): ZipSource & { close(): void } {
  const fd = openSync(path, 'r');
  const size = fstatSync(fd).size;
  return {
    size,
    read(offset, length) {
      if (offset < 0 || length < 0 || offset + length > size) {
        throw new ZipFormatError('The zip points outside the file');
      }
      const buffer = Buffer.alloc(length);
      let done = 0;
      while (done < length) {
        const read = readSync(fd, buffer, done, length - done, offset + done);
        if (read === 0) {
          throw new ZipFormatError('The file ended early');
        }
        done += read;
      }
      return buffer;
    },
    close: () => closeSync(fd),
  };
}

function member(source: ZipSource, entry: ZipEntry): Buffer {
  try {
    return readMember(source, entry);
  } catch (error) {
    throw new BundleCheckError('member-damaged', reason(error), { member: entry.name });
  }
}

/** SHA-256 of a member read in chunks, with its CRC checked on the way. */
function hashMember(source: ZipSource, entry: ZipEntry): string {
  const hash = createHash('sha256');
  let crc = 0;
  const start = entry.offset + 30 + entry.name.length;
  for (let at = 0; at < entry.size; at += CHUNK) {
    const chunk = source.read(start + at, Math.min(CHUNK, entry.size - at));
    hash.update(chunk);
    crc = crc32(chunk, crc);
  }
  if (crc !== entry.crc32) {
    throw new BundleCheckError('member-damaged', `The member ${entry.name} is damaged (CRC mismatch)`, { member: entry.name });
  }
  return hash.digest('hex');
}

function signatureProblem(error: unknown): BundleCheckError {
  if (!(error instanceof MinisignError)) {
    return new BundleCheckError('signature-malformed', reason(error));
  }
  const problem: Record<MinisignError['problem'], BundleProblem> = {
    'public-key-malformed': 'wrong-key',
    'signature-malformed': 'signature-malformed',
    'signature-algorithm': 'signature-malformed',
    'key-id-mismatch': 'wrong-key',
    'signature-invalid': 'signature-invalid',
    'trusted-comment-invalid': 'trusted-comment-invalid',
  };
  return new BundleCheckError(problem[error.problem], error.message);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
