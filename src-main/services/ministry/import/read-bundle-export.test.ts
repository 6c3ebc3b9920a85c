import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { TestMinistry } from '../../../../test/helpers/ministry';
import { testMinistry } from '../../../../test/helpers/ministry';
import type { TestCore } from '../../../../test/helpers/temp-core';
import { openTestCore, sampleSetup, tempDir, TEST_NOW } from '../../../../test/helpers/temp-core';
import { payloadSchemas } from '../../../contract/bundle-payload';
import type { BundleExport } from '../../../contract/bundles';
import { fillDemo } from '../../demo/demo-service';
import { readBundle } from './read-bundle';
import type { ReadOptions, ReadOutcome, SenderRecord } from './types';

/*
 * Bundles written by a real installation's export (a test core filled with demo data), read the way
 * the ministry's import will.
 */

const dir = tempDir('korpu-import-export-');
let core: TestCore;
let ministry: TestMinistry;
let sender: SenderRecord;
const exported: BundleExport[] = [];

beforeAll(async () => {
  core = await openTestCore(dir.path);
  const director = await core.setUp();
  fillDemo(core.core.deps, 20, 7);
  ministry = await testMinistry();
  const { fingerprint } = await director.call('bundles.inspectMinistryKeys', { text: ministry.keyFile });
  await director.call('bundles.setMinistryKeys', { text: ministry.keyFile, confirmedFingerprint: fingerprint });
  const { signingKey } = await director.call('bundles.keys', {});
  sender = {
    institutionCode: sampleSetup.institution.code,
    keys: [{ keyId: signingKey.keyId, publicKeyFile: signingKey.publicKeyFile, revokedFrom: null }],
    lastSequence: null,
    lastManifestSha256: null,
    importedSha256s: new Set(),
  };
  for (const [n, profile] of (['named', 'statistical', 'plan'] as const).entries()) {
    const jobId = `00000000-0000-4000-8000-${String(n + 1).padStart(12, '0')}`;
    exported.push(await director.call('bundles.export', { jobId, profile, includeSecret: true }));
  }
}, 120_000);

afterAll(() => {
  core.close();
  dir.cleanup();
});

async function read(bundle: BundleExport, record: Partial<SenderRecord> = {}, options: Partial<ReadOptions> = {}): Promise<{ outcome: ReadOutcome; records: [string, unknown][] }> {
  const records: [string, unknown][] = [];
  const path = join(dir.path, 'exports', bundle.fileName);
  const outcome = await readBundle(path, { identity: ministry.identity, sender: () => ({ ...sender, ...record }), now: TEST_NOW, ...options }, (table, value) => records.push([table, value]));
  return { outcome, records };
}

/** How many records of each table were handed over, in the order the tables came. */
function tally(records: [string, unknown][]): [string, number][] {
  const counts = new Map<string, number>();
  records.forEach(([table]) => counts.set(table, (counts.get(table) ?? 0) + 1));
  return [...counts];
}

describe('reading exported bundles', () => {
  it('reads every profile: each table in schema order, as many records as the manifest counts', async () => {
    let last: Partial<SenderRecord> = {};
    for (const bundle of exported) {
      const { outcome, records } = await read(bundle, last);
      expect(outcome).toMatchObject({ status: 'ok', warnings: [], sha256: bundle.sha256, manifest: { sequence: bundle.sequence, profile: bundle.profile } });
      const nonEmpty = Object.keys(payloadSchemas[bundle.profile]).filter((table) => (bundle.counts[table] ?? 0) > 0);
      expect(tally(records)).toEqual(nonEmpty.map((table) => [table, bundle.counts[table]]));
      last = { lastSequence: bundle.sequence, lastManifestSha256: bundle.manifestSha256 };
    }
    expect([exported[0]!.counts['residents'], exported[1]!.counts['children']]).toEqual([20, 20]);
  }, 60_000);

  it('hands over the same records whatever the chunk size', async () => {
    const [named] = exported;
    const big = await read(named!);
    const small = await read(named!, {}, { chunkSize: 4093 });
    expect(small.outcome.status).toBe('ok');
    expect(small.records).toEqual(big.records);
  }, 60_000);

  it('knows a bundle already imported, a rollback and a gap', async () => {
    const [named, statistical, plan] = exported as [BundleExport, BundleExport, BundleExport];
    expect((await read(named, { importedSha256s: new Set([named.sha256]), lastSequence: 1, lastManifestSha256: named.manifestSha256 })).outcome.status).toBe('already-imported');
    const rollback = await read(named, { lastSequence: 2, lastManifestSha256: statistical.manifestSha256 });
    expect(rollback).toEqual({ outcome: expect.objectContaining({ status: 'rejected', problem: 'rollback' }) as unknown, records: [] });
    const gap = await read(plan, { lastSequence: 1, lastManifestSha256: named.manifestSha256 });
    expect(gap.outcome).toMatchObject({ status: 'ok', warnings: [{ code: 'sequence-gap', params: { missing: '2' } }] });
    const broken = await read(statistical, { lastSequence: 1, lastManifestSha256: statistical.manifestSha256 });
    expect(broken).toEqual({ outcome: expect.objectContaining({ status: 'rejected', problem: 'broken-chain' }) as unknown, records: [] });
  }, 60_000);
});
