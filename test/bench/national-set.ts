import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { generateX25519Identity, identityToRecipient } from 'age-encryption';

import type { BundleManifest } from '../../src-main/contract/bundle-manifest';
import { BUNDLE_VALIDITY_DAYS } from '../../src-main/contract/bundle-manifest';
import { PAYLOAD_SCHEMA_VERSION } from '../../src-main/contract/bundle-payload';
import { writeBundle } from '../../src-main/services/bundles/bundle-writer';
import { bundleFileName } from '../../src-main/services/bundles/export-job';
import { encryptTo } from '../../src-main/services/bundles/format/age';
import { generateKeyPair, keyIdHex, publicKeyFile } from '../../src-main/services/bundles/format/minisign';
import { readTar } from '../../src-main/services/bundles/format/tar';
import { recipientFingerprint } from '../../src-main/services/bundles/ministry-keys';
import { writePayloadTar } from '../../src-main/services/bundles/payload-writer';
import { regionSeed } from '../../src-main/services/reference/seed-data';
import type { InstitutionSize } from './national-rows';
import { institutionPayload } from './national-rows';

/*
 * Issue 8's national set: 50 institutions with 100,000 children and 2,000,000 progress notes in
 * all, each institution's records in one signed, encrypted named bundle — written by the exporter's
 * own code (`writePayloadTar`, which checks every row against its contract schema; `encryptTo`;
 * `writeBundle`) from generated rows, not through 50 installations. Beside each bundle, its
 * decrypted table files (`<table>.jsonl`, the very bytes inside the bundle) for the baseline.
 *
 * The set is kept in a folder of the system's temp dir named after GENERATOR_VERSION, the payload
 * schema version and the scale, so later runs reuse it; `set.json` is written last and marks it
 * complete. Bump GENERATOR_VERSION whenever the rows made here change.
 */

/** Bump when the generated rows or the layout of the folder change: the cached set is then made again. */
export const GENERATOR_VERSION = 1;

/** Institutions in the set, at every scale. */
export const INSTITUTIONS = 50;

/** One institution at full scale: 50 × 2,000 = 100,000 children; 50 × 40,000 = 2,000,000 notes. */
export const FULL_SIZE: InstitutionSize = { residents: 2_000, notes: 40_000 };

const SEED = 8;

/** When every bundle of the set was made; the ministry imports them a day later (they are valid 30 days). */
export const SET_CREATED_AT = '2026-11-20T08:30:00.000Z';
export const SET_IMPORT_AT = new Date(Date.parse(SET_CREATED_AT) + 86_400_000);

/** One institution of the set: what the ministry enrols, its bundle, and the plain copy of its records. */
export type SetInstitution = {
  code: string;
  name: string;
  regionCode: string;
  publicKeyFile: string;
  /** The bundle file, relative to the set's folder. */
  bundle: string;
  /** The folder of the decrypted `<table>.jsonl` files, relative to the set's folder. */
  plain: string;
  manifest: BundleManifest;
  sha256: string;
  manifestSha256: string;
};

/** The set as `set.json` describes it. */
export type NationalSet = {
  generator: number;
  scale: number;
  /** The ministry's age identity the bundles are encrypted to (restored into the ministry installation). */
  identity: string;
  institutions: SetInstitution[];
  residents: number;
  notes: number;
  /** Records in all bundles, every table. */
  rows: number;
  bundleBytes: number;
  generatedMs: number;
};

/**
 * `KORPU_BENCH_SCALE` (default 1): the share of each institution's children and notes, for quick
 * checks (`KORPU_BENCH_SCALE=0.1 npm run bench`: 10,000 children, 200,000 notes). Always 50 institutions.
 */
export function benchScale(): number {
  const text = process.env['KORPU_BENCH_SCALE'];
  const scale = text === undefined || text === '' ? 1 : Number(text);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 10) {
    throw new Error(`KORPU_BENCH_SCALE must be a number above 0 and at most 10, not ${JSON.stringify(text)}`);
  }
  return scale;
}

/** Where the set of this scale is kept. */
export function setFolder(scale: number): string {
  return join(tmpdir(), `korpu-bench-national-g${GENERATOR_VERSION}-p${PAYLOAD_SCHEMA_VERSION}-x${scale}`);
}

/** The set described by `<folder>/set.json`, or null when the folder holds no complete set. */
export function readSet(folder: string): NationalSet | null {
  const file = join(folder, 'set.json');
  if (!existsSync(file)) {
    return null;
  }
  const set = JSON.parse(readFileSync(file, 'utf8')) as NationalSet;
  return set.generator === GENERATOR_VERSION ? set : null;
}

/** The set of this scale: reused when complete, else made again from nothing (the time goes to stderr). */
export async function nationalSet(scale: number): Promise<{ folder: string; set: NationalSet }> {
  const folder = setFolder(scale);
  const cached = readSet(folder);
  if (cached !== null) {
    console.error(`national set: reused ${folder} (made earlier in ${(cached.generatedMs / 1000).toFixed(1)} s)`);
    return { folder, set: cached };
  }
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(join(folder, 'bundles'), { recursive: true });
  const start = performance.now();
  const size: InstitutionSize = { residents: Math.max(1, Math.round(FULL_SIZE.residents * scale)), notes: Math.round(FULL_SIZE.notes * scale) };
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  const institutions: SetInstitution[] = [];
  let rows = 0;
  let bundleBytes = 0;
  for (let i = 0; i < INSTITUTIONS; i++) {
    const made = await institutionBundle(folder, i, size, recipient);
    institutions.push(made.institution);
    rows += made.rows;
    bundleBytes += made.bytes;
  }
  const set: NationalSet = {
    generator: GENERATOR_VERSION,
    scale,
    identity,
    institutions,
    residents: INSTITUTIONS * size.residents,
    notes: INSTITUTIONS * size.notes,
    rows,
    bundleBytes,
    generatedMs: performance.now() - start,
  };
  writeFileSync(join(folder, 'set.json.partial'), `${JSON.stringify(set)}\n`);
  renameSync(join(folder, 'set.json.partial'), join(folder, 'set.json'));
  console.error(
    `national set: made ${INSTITUTIONS} bundles (${rows.toLocaleString('en-US')} records, ${(bundleBytes / 1e6).toFixed(0)} MB) ` +
      `in ${(set.generatedMs / 1000).toFixed(1)} s into ${folder}`,
  );
  return { folder, set };
}

/** Institution `i`'s bundle and plain table files, written as the export writes them. */
async function institutionBundle(folder: string, i: number, size: InstitutionSize, recipient: string): Promise<{ institution: SetInstitution; rows: number; bytes: number }> {
  const region = regionSeed[(i * 7) % regionSeed.length]!;
  const code = `AZ-UE-${String(i + 1).padStart(2, '0')}`;
  const name = `${region.az} ${i + 1} nömrəli uşaq evi`;
  const key = generateKeyPair();
  const mtime = Math.floor(Date.parse(SET_CREATED_AT) / 1000);
  const { tar, counts } = writePayloadTar(institutionPayload(i, size, SEED), mtime, () => undefined);
  const plain = join('plain', code);
  mkdirSync(join(folder, plain), { recursive: true });
  for (const file of readTar(tar)) {
    writeFileSync(join(folder, plain, file.name), file.data);
  }
  const payload = await encryptTo([recipient], tar, () => undefined);
  const written = writeBundle(
    {
      format: 'korpu-bundle',
      formatVersion: 1,
      schemaVersion: PAYLOAD_SCHEMA_VERSION,
      appVersion: '0.1.0-bench',
      institution: { code, name },
      signingKeyId: keyIdHex(key.keyId),
      sequence: 1,
      previousManifestSha256: null,
      createdAt: SET_CREATED_AT,
      expiresAt: new Date(Date.parse(SET_CREATED_AT) + BUNDLE_VALIDITY_DAYS * 86_400_000).toISOString(),
      profile: 'named',
      includesSecretRecords: false,
      counts,
      recipients: [recipientFingerprint(recipient)],
    },
    payload,
    key,
  );
  const bundle = join('bundles', bundleFileName(code, 1, 'named'));
  writeFileSync(join(folder, bundle), written.bytes);
  return {
    institution: { code, name, regionCode: region.code, publicKeyFile: publicKeyFile(key), bundle, plain, manifest: written.manifest, sha256: written.sha256, manifestSha256: written.manifestSha256 },
    rows: Object.values(counts).reduce((sum, count) => sum + count, 0),
    bytes: written.bytes.length,
  };
}
