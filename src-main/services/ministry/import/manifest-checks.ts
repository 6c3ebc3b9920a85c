import type { BundleManifest } from '../../../contract/bundle-manifest';
import { BUNDLE_FORMAT_VERSION, BUNDLE_VALIDITY_DAYS } from '../../../contract/bundle-manifest';
import { PAYLOAD_SCHEMA_VERSION, payloadSchemas } from '../../../contract/bundle-payload';
import type { ImportWarning } from './problems';
import { ImportRejection } from './problems';
import type { SenderKey, SenderRecord } from './types';

/** Days from `createdAt` to `expiresAt` (docs/bundle-format.md §2). */
const VALIDITY_DAYS = BUNDLE_VALIDITY_DAYS;
const DAY_MS = 86_400_000;

/** Gaps of up to this many bundles are listed number by number; longer ones as a range. */
const LISTED_GAP = 5;

/** The enrolled key whose id the signature names, or an `unknown-key` rejection. */
export function enrolledKey(sender: SenderRecord, keyId: string): SenderKey {
  const key = sender.keys.find((candidate) => candidate.keyId.toUpperCase() === keyId);
  if (key === undefined) {
    throw new ImportRejection('unknown-key', `Signed with key ${keyId}, which is not enrolled for ${sender.institutionCode}`, { keyId, code: sender.institutionCode });
  }
  return key;
}

/**
 * A key revoked from some instant signs nothing made at or after it. A bundle made before the
 * revocation stays acceptable (it was sent in good faith) — but only until it expires, and
 * `checkManifest` holds every bundle to a 30-day validity, so whoever holds a revoked key cannot
 * backdate bundles usable beyond 30 days after the revocation. The signed `createdAt` is used.
 */
export function checkRevocation(key: SenderKey, manifest: BundleManifest): void {
  if (key.revokedFrom !== null && Date.parse(key.revokedFrom) <= Date.parse(manifest.createdAt)) {
    throw new ImportRejection('revoked-key', `Key ${key.keyId} is revoked from ${key.revokedFrom}; the bundle was made at ${manifest.createdAt}`, {
      keyId: key.keyId,
      revokedFrom: utcMinute(key.revokedFrom),
      createdAt: utcMinute(manifest.createdAt),
    });
  }
}

/** The record-schema version must be known, and the manifest consistent with itself and its profile. */
export function checkManifest(manifest: BundleManifest): void {
  // formatVersion is checked with the signature (the manifest schema knows one version only).
  if (manifest.schemaVersion !== PAYLOAD_SCHEMA_VERSION) {
    throw unsupported('schemaVersion', manifest.schemaVersion);
  }
  const tables = Object.keys(payloadSchemas[manifest.profile]);
  const counted = Object.keys(manifest.counts);
  const missing = tables.filter((table) => !(table in manifest.counts));
  const extra = counted.filter((table) => !tables.includes(table));
  const inconsistent = [
    missing.length > 0 && `counts lacks ${missing.join(', ')}`,
    extra.length > 0 && `counts names ${extra.join(', ')}, not tables of the ${manifest.profile} profile`,
    Date.parse(manifest.expiresAt) - Date.parse(manifest.createdAt) !== VALIDITY_DAYS * DAY_MS && `expiresAt is not ${VALIDITY_DAYS} days after createdAt`,
    manifest.includesSecretRecords && manifest.profile !== 'named' && 'only a named bundle can include secret records',
    (manifest.sequence === 1) !== (manifest.previousManifestSha256 === null) &&
      (manifest.sequence === 1 ? 'bundle 1 names a previous manifest' : `bundle ${manifest.sequence} names no previous manifest`),
  ].filter((text) => text !== false);
  if (inconsistent.length > 0) {
    throw new ImportRejection('manifest-invalid', `The manifest contradicts the bundle format: ${inconsistent.join('; ')}`);
  }
}

/** A bundle is read until its `expiresAt`, inclusive. */
export function checkExpiry(manifest: BundleManifest, now: Date): void {
  if (now.getTime() > Date.parse(manifest.expiresAt)) {
    throw new ImportRejection('expired', `The bundle expired at ${manifest.expiresAt}; it is now ${now.toISOString()}`, { expiresAt: utcMinute(manifest.expiresAt) });
  }
}

/** A version this reader does not know. */
export function unsupported(field: 'formatVersion' | 'schemaVersion', version: unknown): ImportRejection {
  const known = field === 'formatVersion' ? BUNDLE_FORMAT_VERSION : PAYLOAD_SCHEMA_VERSION;
  return new ImportRejection('unsupported-version', `The manifest's ${field} is ${JSON.stringify(version)}; this reader knows ${known}`, {
    field,
    version: String(version),
  });
}

/**
 * The same file, or the same manifest as the last one imported, again. Decided before expiry, so
 * that a bundle re-sent after its receipt was lost gets "already imported", not "expired".
 */
export function isAlreadyImported(sender: SenderRecord, manifest: BundleManifest, manifestSha256: string, sha256: string): boolean {
  return sender.importedSha256s.has(sha256) || (manifest.sequence === sender.lastSequence && manifestSha256 === sender.lastManifestSha256);
}

/**
 * Where a bundle not yet imported stands in the institution's sequence: an older number is a
 * rollback; the next number must chain to the last manifest; a later one is imported with a warning
 * naming the bundles not received.
 */
export function checkSequence(sender: SenderRecord, manifest: BundleManifest): ImportWarning[] {
  const last = sender.lastSequence;
  const { sequence } = manifest;
  const params = { sequence: String(sequence), last: String(last) };
  if (last !== null && sequence <= last) {
    throw new ImportRejection('rollback', `Bundle ${sequence} is not newer than bundle ${last}, the last imported from ${sender.institutionCode}`, params);
  }
  const next = (last ?? 0) + 1;
  if (sequence === next) {
    if (last !== null && manifest.previousManifestSha256 !== sender.lastManifestSha256) {
      throw new ImportRejection(
        'broken-chain',
        `Bundle ${sequence} names previous manifest ${String(manifest.previousManifestSha256)}, but bundle ${last} imported has manifest ${String(sender.lastManifestSha256)}`,
        params,
      );
    }
    return [];
  }
  const count = sequence - next;
  const missing = count <= LISTED_GAP ? Array.from({ length: count }, (_, i) => String(next + i)).join(', ') : `${next}–${sequence - 1}`;
  return [{ code: 'sequence-gap', params: { missing, count: String(count), from: String(next), to: String(sequence - 1) } }];
}

/** An instant as analysts read it: `2026-11-25 09:00 UTC`. */
function utcMinute(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
