import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { BundleManifest } from '../../src-main/contract/bundle-manifest';
import { bundleTrustedComment } from '../../src-main/contract/bundle-manifest';
import type { ExportProfile } from '../../src-main/contract/bundle-payload';
import { PAYLOAD_SCHEMA_VERSION, payloadSchemas } from '../../src-main/contract/bundle-payload';
import type { WrittenBundle } from '../../src-main/services/bundles/bundle-writer';
import { sha256Hex, writeBundle } from '../../src-main/services/bundles/bundle-writer';
import { encryptTo } from '../../src-main/services/bundles/format/age';
import type { SigningKeyPair } from '../../src-main/services/bundles/format/minisign';
import { generateKeyPair, keyIdHex, publicKeyFile, sign } from '../../src-main/services/bundles/format/minisign';
import type { TarFile } from '../../src-main/services/bundles/format/tar';
import { writeTar } from '../../src-main/services/bundles/format/tar';
import { writeZip } from '../../src-main/services/bundles/format/zip';
import { bundleMembers } from './rezip';

/**
 * Bundles made directly, not by an installation's export: an institution whose signing key the test
 * holds, so that any manifest and payload — also ones the exporter would never write — can be signed
 * validly, as a forger holding (or having stolen) the key would.
 */

/** A made-up institution with its signing key. */
export type ForgedInstitution = { code: string; name: string; key: SigningKeyPair; keyId: string; publicKeyFile: string };

/** A new institution (Şəki by default) with a fresh signing key. */
export function forgedInstitution(code = 'SHK-UE-03', name = 'Şəki şəhəri 3 nömrəli uşaq evi'): ForgedInstitution {
  const key = generateKeyPair();
  return { code, name, key, keyId: keyIdHex(key.keyId), publicKeyFile: publicKeyFile(key) };
}

/** What to put in a forged bundle; anything not given is what the exporter would write. */
export type ForgeOptions = {
  profile?: ExportProfile;
  sequence?: number;
  previousManifestSha256?: string | null;
  createdAt?: string;
  /** Rows per table: every table of the profile is written in schema order, empty unless given. */
  rows?: Partial<Record<string, unknown[]>>;
  /** The tar's files instead of `rows` (any names, order and content). */
  files?: TarFile[];
  /** The exact decrypted payload instead of a tar. */
  plain?: Uint8Array;
  /** Manifest fields replacing the computed ones (`counts` defaults to the line count of each file). */
  manifest?: Partial<Omit<BundleManifest, 'payload'>>;
  /** The tar headers' time, seconds (default: `createdAt`'s). */
  mtime?: number;
  /** Sign with this key instead of the institution's own. */
  signWith?: SigningKeyPair;
};

/** When forged bundles are made, unless `createdAt` says otherwise. */
export const FORGED_AT = '2026-11-20T08:30:00.000Z';

/** One JSON object per line, each line ending in `\n`. */
export function jsonl(rows: readonly unknown[]): Buffer {
  return Buffer.from(rows.map((row) => `${JSON.stringify(row)}\n`).join(''), 'utf8');
}

/** Every table file of a profile, in order, with the given rows. */
export function profileFiles(profile: ExportProfile, rows: Partial<Record<string, unknown[]>> = {}): TarFile[] {
  return Object.keys(payloadSchemas[profile]).map((table) => ({ name: `${table}.jsonl`, data: jsonl(rows[table] ?? []) }));
}

/** A signed, encrypted bundle of `institution` for `recipient`, as `writeBundle` assembles it. */
export async function forgeBundle(institution: ForgedInstitution, recipient: string, options: ForgeOptions = {}): Promise<WrittenBundle> {
  const profile = options.profile ?? 'plan';
  const createdAt = options.createdAt ?? FORGED_AT;
  const mtime = options.mtime ?? Math.floor(Date.parse(createdAt) / 1000);
  const files = options.files ?? profileFiles(profile, options.rows);
  const plain = options.plain ?? writeTar(files, mtime);
  const counts = Object.fromEntries(
    files.filter((file) => file.name.endsWith('.jsonl')).map((file) => [file.name.slice(0, -'.jsonl'.length), Buffer.from(file.data).toString('utf8').split('\n').length - 1]),
  );
  const payload = await encryptTo([recipient], plain, () => undefined);
  const sequence = options.sequence ?? 1;
  return writeBundle(
    {
      format: 'korpu-bundle',
      formatVersion: 1,
      schemaVersion: PAYLOAD_SCHEMA_VERSION,
      appVersion: '0.1.0-test',
      institution: { code: institution.code, name: institution.name },
      signingKeyId: institution.keyId,
      sequence,
      previousManifestSha256: options.previousManifestSha256 ?? (sequence === 1 ? null : 'a'.repeat(64)),
      createdAt,
      expiresAt: new Date(Date.parse(createdAt) + 30 * 86_400_000).toISOString(),
      profile,
      includesSecretRecords: false,
      counts,
      recipients: ['TEST RECIPIENT'],
      ...options.manifest,
    },
    payload,
    options.signWith ?? institution.key,
  );
}

/**
 * The bundle with its manifest edited as raw JSON (past what the manifest schema allows) and signed
 * again with `key`; `comment` replaces the trusted comment computed from the edited manifest.
 */
export function resign(bytes: Uint8Array, key: SigningKeyPair, edit: (manifest: Record<string, unknown>) => void, comment?: string): Buffer {
  const members = bundleMembers(bytes);
  const manifest = JSON.parse(members['manifest.json'].toString('utf8')) as Record<string, unknown>;
  edit(manifest);
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  const trusted = comment ?? bundleTrustedComment(manifest as BundleManifest);
  return writeZip([
    { name: 'manifest.json', data: manifestBytes },
    { name: 'manifest.json.minisig', data: Buffer.from(sign(key, manifestBytes, trusted, 'forged'), 'utf8') },
    { name: 'payload.age', data: members['payload.age'] },
  ]);
}

/** SHA-256 of a bundle's manifest.json. */
export function manifestSha256(bytes: Uint8Array): string {
  return sha256Hex(bundleMembers(bytes)['manifest.json']);
}

/** A temp folder bundle files are written into for reading; `cleanup` removes it. */
export function bundleFolder(): { write(name: string, bytes: Uint8Array): string; path: string; cleanup(): void } {
  const path = mkdtempSync(join(tmpdir(), 'korpu-import-'));
  return {
    path,
    write(name, bytes) {
      const file = join(path, name);
      writeFileSync(file, bytes);
      return file;
    },
    cleanup: () => rmSync(path, { recursive: true, force: true }),
  };
}
