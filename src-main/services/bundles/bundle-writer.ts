import { createHash } from 'node:crypto';

import type { BundleManifest } from '../../contract/bundle-manifest';
import { bundleManifestSchema, bundleTrustedComment } from '../../contract/bundle-manifest';
import type { SigningKeyPair } from './format/minisign';
import { sign } from './format/minisign';
import { writeZip } from './format/zip';

/** A finished bundle: the `.korpu` bytes and the hashes the history keeps. */
export type WrittenBundle = { bytes: Buffer; manifest: BundleManifest; manifestSha256: string; sha256: string };

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Assembles a bundle: the manifest (checked against its schema, with the payload's size and hash
 * filled in), its minisign signature, and the encrypted payload, in a canonical zip.
 */
export function writeBundle(fields: Omit<BundleManifest, 'payload'>, payload: Uint8Array, key: SigningKeyPair): WrittenBundle {
  const manifest = bundleManifestSchema.parse({
    ...fields,
    payload: { file: 'payload.age', size: payload.length, sha256: sha256Hex(payload) },
  });
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  const signature = sign(
    key,
    manifestBytes,
    bundleTrustedComment(manifest),
    `Körpü bundle ${manifest.sequence} of ${manifest.institution.code}`.normalize('NFC').replace(/[^\x20-\x7e]/g, '?'),
  );
  const bytes = writeZip([
    { name: 'manifest.json', data: manifestBytes },
    { name: 'manifest.json.minisig', data: Buffer.from(signature, 'utf8') },
    { name: 'payload.age', data: payload },
  ]);
  return { bytes, manifest, manifestSha256: sha256Hex(manifestBytes), sha256: sha256Hex(bytes) };
}
