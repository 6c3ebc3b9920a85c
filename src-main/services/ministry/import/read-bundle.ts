import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';

import { Decrypter } from 'age-encryption';

import type { BundleManifest } from '../../../contract/bundle-manifest';
import { BUNDLE_FORMAT_VERSION, BUNDLE_MEMBERS } from '../../../contract/bundle-manifest';
import { keyIdHex, MinisignError, parsePublicKey, parseSignature } from '../../bundles/format/minisign';
import type { ZipEntry, ZipSource } from '../../bundles/format/zip';
import { readMember, readZipEntries, ZipFormatError } from '../../bundles/format/zip';
import { BundleCheckError, MEMBER_LIMITS, openFileSource, verifyBundle } from '../../bundles/verify';
import { checkExpiry, checkManifest, checkRevocation, checkSequence, enrolledKey, isAlreadyImported, unsupported } from './manifest-checks';
import { readPayload } from './payload-reader';
import { ImportRejection } from './problems';
import type { ReadOptions, ReadOutcome, SenderKey } from './types';

export type { ReadOptions, ReadOutcome, SenderKey, SenderRecord } from './types';

/** Bytes read from the file at a time, unless `ReadOptions.chunkSize` says otherwise. */
export const DEFAULT_CHUNK_SIZE = 1 << 20;

/**
 * The largest read the reader lets anything make (`verifyBundle` hashes in 4 MiB chunks). A hostile
 * zip directory that claims to be as large as the file is refused instead of allocated.
 */
export const MAX_READ = 4 << 20;

/** No valid bundle is larger: its members' limits and the zip's few headers. */
const MAX_FILE = Object.values(MEMBER_LIMITS).reduce((sum, limit) => sum + limit, 0) + 4096;

type Seen = { manifest: BundleManifest | null; sha256: string | null };

/**
 * Reads and checks a bundle file for the ministry's import, in the order of docs/bundle-format.md
 * §7: the zip's exact shape, the sender's enrolled key, the signature and hashes (`verifyBundle`),
 * the key's revocation, the institution, the versions, whether the bundle was already imported, its
 * expiry, the sequence and chain; then it decrypts and validates the payload as a stream.
 * `onRecord(table, record)` gets every validated record in file order, and only after all structural
 * and signature checks passed; a record that fails makes the outcome `rejected` (the caller, applying
 * records in one transaction, rolls back). Errors thrown by `onRecord` propagate. The file is never
 * held in memory whole.
 */
export async function readBundle(path: string, options: ReadOptions, onRecord: (table: string, record: unknown) => void): Promise<ReadOutcome> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (!Number.isSafeInteger(chunkSize) || chunkSize < 1 || chunkSize > MAX_READ) {
    throw new RangeError(`chunkSize must be between 1 and ${MAX_READ}`);
  }
  // A malformed identity is the caller's error, not the bundle's: it throws here.
  new Decrypter().addIdentity(options.identity);
  const seen: Seen = { manifest: null, sha256: null };
  let file: (ZipSource & { close(): void }) | null = null;
  try {
    file = openBundleFile(path);
    return await readOpened(file, options, onRecord, chunkSize, seen);
  } catch (error) {
    const rejection = error instanceof BundleCheckError ? new ImportRejection(error.problem, error.message, error.params) : error;
    if (!(rejection instanceof ImportRejection)) {
      throw error;
    }
    return { status: 'rejected', problem: rejection.problem, params: rejection.params, detail: rejection.message, manifest: seen.manifest, sha256: seen.sha256 };
  } finally {
    file?.close();
  }
}

async function readOpened(source: ZipSource, options: ReadOptions, onRecord: (table: string, record: unknown) => void, chunkSize: number, seen: Seen): Promise<ReadOutcome> {
  const sha256 = fileSha256(source, chunkSize);
  seen.sha256 = sha256;
  const [manifestEntry, signatureEntry, payloadEntry] = zipEntries(source);
  const manifestBytes = member(source, manifestEntry);
  const code = claimedInstitution(manifestBytes);
  const sender = options.sender(code);
  if (sender === null) {
    throw new ImportRejection('unknown-institution', `No institution with code ${JSON.stringify(code)} is enrolled`, { code });
  }
  const key = enrolledKey(sender, signatureKeyId(member(source, signatureEntry)));
  const manifest = verified(source, key, sender.institutionCode, manifestBytes);
  seen.manifest = manifest;
  checkRevocation(key, manifest);
  if (manifest.institution.code !== sender.institutionCode) {
    throw new ImportRejection('wrong-institution', `The manifest names ${manifest.institution.code}; key ${key.keyId} is enrolled for ${sender.institutionCode}`, {
      code: manifest.institution.code,
      expected: sender.institutionCode,
    });
  }
  checkManifest(manifest);
  const manifestSha256 = createHash('sha256').update(manifestBytes).digest('hex');
  if (isAlreadyImported(sender, manifest, manifestSha256, sha256)) {
    return { status: 'already-imported', manifest, sha256 };
  }
  checkExpiry(manifest, options.now);
  const warnings = checkSequence(sender, manifest);
  await readPayload({ source, entry: payloadEntry, manifest, identity: options.identity, chunkSize, onProgress: options.onProgress, onRecord });
  return { status: 'ok', manifest, sha256, manifestSha256, warnings };
}

/** The file, if it is a regular file of a size a bundle can have, read on demand with reads bounded. */
function openBundleFile(path: string): ZipSource & { close(): void } {
  let file: ZipSource & { close(): void };
  try {
    if (!statSync(path).isFile()) {
      throw new Error('it is not a regular file');
    }
    file = openFileSource(path);
  } catch (error) {
    throw new ImportRejection('file-unreadable', `${path} cannot be opened: ${reason(error)}`);
  }
  if (file.size > MAX_FILE) {
    file.close();
    throw new ImportRejection('not-a-bundle', `Not a Körpü bundle: the file has ${file.size} bytes, more than any bundle can have`);
  }
  return {
    size: file.size,
    read(offset, length) {
      if (length > MAX_READ) {
        throw new ZipFormatError(`A read of ${length} bytes was refused: no part of a bundle is read at once beyond ${MAX_READ}`);
      }
      return file.read(offset, length);
    },
    close: () => file.close(),
  };
}

/** SHA-256 of the whole file, read in chunks (receipts and `importedSha256s` name files by it). */
function fileSha256(source: ZipSource, chunkSize: number): string {
  const hash = createHash('sha256');
  try {
    for (let at = 0; at < source.size; at += chunkSize) {
      hash.update(source.read(at, Math.min(chunkSize, source.size - at)));
    }
  } catch (error) {
    throw new ImportRejection('file-unreadable', `The file could not be read to its end: ${reason(error)}`);
  }
  return hash.digest('hex');
}

function zipEntries(source: ZipSource): [ZipEntry, ZipEntry, ZipEntry] {
  try {
    const maxSize = (name: string): number => MEMBER_LIMITS[name as keyof typeof MEMBER_LIMITS];
    return readZipEntries(source, { names: BUNDLE_MEMBERS, maxSize }) as [ZipEntry, ZipEntry, ZipEntry];
  } catch (error) {
    throw new ImportRejection('not-a-bundle', `Not a Körpü bundle: ${reason(error)}`);
  }
}

function member(source: ZipSource, entry: ZipEntry): Buffer {
  try {
    return readMember(source, entry);
  } catch (error) {
    throw new ImportRejection('member-damaged', reason(error), { member: entry.name });
  }
}

/** The institution code the manifest claims, read before anything is verified: only to find the sender. */
function claimedInstitution(manifestBytes: Buffer): string {
  const code = (parseJson(manifestBytes) as { institution?: { code?: unknown } } | null)?.institution?.code;
  if (typeof code !== 'string' || code === '') {
    throw new ImportRejection('manifest-invalid', 'The manifest is not JSON naming an institution code (institution.code)');
  }
  return code;
}

/** The key id the signature file names (checked against the signature by `verifyBundle`). */
function signatureKeyId(signatureBytes: Buffer): string {
  try {
    return keyIdHex(parseSignature(signatureBytes.toString('utf8')).keyId);
  } catch (error) {
    throw new ImportRejection('signature-malformed', error instanceof MinisignError ? error.message : reason(error));
  }
}

/** The manifest after `verifyBundle` checked it with the enrolled key; a known format version. */
function verified(source: ZipSource, key: SenderKey, code: string, manifestBytes: Buffer): BundleManifest {
  let publicKey: ReturnType<typeof parsePublicKey>;
  try {
    publicKey = parsePublicKey(key.publicKeyFile);
  } catch (error) {
    throw new ImportRejection('unknown-key', `The enrolled public key file of key ${key.keyId} is unreadable: ${reason(error)}`, { keyId: key.keyId, code });
  }
  try {
    return verifyBundle(source, publicKey).manifest;
  } catch (error) {
    if (!(error instanceof BundleCheckError)) {
      throw new ImportRejection('not-a-bundle', `Not a Körpü bundle: ${reason(error)}`);
    }
    // verifyBundle checks the signature before the schema: this version number is the signed one.
    const version = (parseJson(manifestBytes) as { format?: unknown; formatVersion?: unknown } | null) ?? {};
    if (error.problem === 'manifest-invalid' && version.format === 'korpu-bundle' && version.formatVersion !== BUNDLE_FORMAT_VERSION) {
      throw unsupported('formatVersion', version.formatVersion);
    }
    throw error;
  }
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    return null;
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
