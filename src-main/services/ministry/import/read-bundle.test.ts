import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { bundleFolder, forgeBundle, manifestSha256 } from '../../../../test/helpers/bundle-forge';
import type { ImportHarness } from '../../../../test/helpers/import-harness';
import { childRow, IMPORT_NOW, importHarness, referenceRow } from '../../../../test/helpers/import-harness';
import { readBundle } from './read-bundle';

let h: ImportHarness;

beforeAll(async () => {
  h = await importHarness();
});

afterAll(() => h.cleanup());

describe('reading a good bundle', () => {
  it('hands over every record in file order, streaming across chunk boundaries of multibyte text', async () => {
    // Over 200 KiB of tar: several age chunks (64 KiB), read from the file 1,000 bytes at a time.
    const rows = Array.from({ length: 1500 }, (_, i) => referenceRow(i));
    const bundle = await forgeBundle(h.institution, h.ministry.recipient, { profile: 'plan', rows: { reference_items: rows } });
    const { outcome, records, progress } = await h.read(bundle.bytes, { chunkSize: 1000 });
    expect(outcome).toEqual({ status: 'ok', manifest: bundle.manifest, sha256: bundle.sha256, manifestSha256: bundle.manifestSha256, warnings: [] });
    expect(records).toEqual(rows.map((row) => ['reference_items', row]));
    const size = bundle.manifest.payload.size;
    expect(progress.length).toBeGreaterThan(size / 1000 - 1);
    expect(progress.at(-1)).toEqual([size, size]);
    expect(progress.every(([done], i) => i === 0 || done > progress[i - 1]![0])).toBe(true);
  });

  it('validates each table of a statistical bundle against its own schema', async () => {
    const bundle = await forgeBundle(h.institution, h.ministry.recipient, {
      profile: 'statistical',
      rows: { reference_items: [referenceRow(1)], children: [childRow(1), childRow(2)] },
    });
    const { outcome, records } = await h.read(bundle.bytes, { chunkSize: 333 });
    expect(outcome.status).toBe('ok');
    expect(records.map(([table]) => table)).toEqual(['reference_items', 'children', 'children']);
  });

  it('lets an error of onRecord through: it is the caller’s, not the bundle’s', async () => {
    const bundle = await forgeBundle(h.institution, h.ministry.recipient, { rows: { reference_items: [referenceRow(1)] } });
    const folder = bundleFolder();
    const options = { identity: h.ministry.identity, sender: () => h.sender(), now: IMPORT_NOW };
    const failing = () => {
      throw new Error('database is locked');
    };
    await expect(readBundle(folder.write('b.korpu', bundle.bytes), options, failing)).rejects.toThrow('database is locked');
    folder.cleanup();
  });

  it('rejects a chunk size it cannot honour, and an identity that is not one, as the caller’s errors', async () => {
    const bundle = await forgeBundle(h.institution, h.ministry.recipient);
    await expect(h.read(bundle.bytes, { chunkSize: 0 })).rejects.toThrow(RangeError);
    await expect(h.read(bundle.bytes, { chunkSize: 5 << 20 })).rejects.toThrow(RangeError);
    await expect(h.read(bundle.bytes, { identity: 'age1notanidentity' })).rejects.toThrow(/identity/);
  });
});

describe('the sequence', () => {
  it('knows the same file, or the same manifest as the last one, as already imported, and hands over nothing', async () => {
    const bundle = await forgeBundle(h.institution, h.ministry.recipient, { rows: { reference_items: [referenceRow(1)] } });
    const byFile = await h.read(bundle.bytes, { record: h.sender({ lastSequence: 7, lastManifestSha256: 'b'.repeat(64), importedSha256s: new Set([bundle.sha256]) }) });
    expect(byFile.outcome).toEqual({ status: 'already-imported', manifest: bundle.manifest, sha256: bundle.sha256 });
    expect(byFile.records).toEqual([]);
    const byManifest = await h.read(bundle.bytes, { record: h.sender({ lastSequence: 1, lastManifestSha256: bundle.manifestSha256 }) });
    expect(byManifest.outcome.status).toBe('already-imported');
    expect(byManifest.records).toEqual([]);
    // Re-sent after its receipt was lost, past its expiry: still "already imported", not "expired".
    const late = new Date(Date.parse(bundle.manifest.expiresAt) + 86_400_000);
    expect((await h.read(bundle.bytes, { now: late, record: h.sender({ importedSha256s: new Set([bundle.sha256]) }) })).outcome.status).toBe('already-imported');
    expect((await h.read(bundle.bytes, { now: late })).outcome).toMatchObject({ status: 'rejected', problem: 'expired' });
  });

  it('imports the next bundle when it chains to the last manifest', async () => {
    const first = await forgeBundle(h.institution, h.ministry.recipient);
    const second = await forgeBundle(h.institution, h.ministry.recipient, { sequence: 2, previousManifestSha256: manifestSha256(first.bytes) });
    const { outcome } = await h.read(second.bytes, { record: h.sender({ lastSequence: 1, lastManifestSha256: first.manifestSha256 }) });
    expect(outcome).toMatchObject({ status: 'ok', warnings: [] });
  });

  it('imports a bundle after a gap with a warning naming the bundles not received', async () => {
    const fourth = await forgeBundle(h.institution, h.ministry.recipient, { sequence: 4 });
    const { outcome } = await h.read(fourth.bytes, { record: h.sender({ lastSequence: 1, lastManifestSha256: 'c'.repeat(64) }) });
    expect(outcome).toMatchObject({ status: 'ok', warnings: [{ code: 'sequence-gap', params: { missing: '2, 3', count: '2' } }] });
    const first = await h.read(fourth.bytes);
    expect(first.outcome).toMatchObject({ status: 'ok', warnings: [{ code: 'sequence-gap', params: { missing: '1, 2, 3' } }] });
    const far = await forgeBundle(h.institution, h.ministry.recipient, { sequence: 40 });
    const gap = await h.read(far.bytes, { record: h.sender({ lastSequence: 2, lastManifestSha256: 'c'.repeat(64) }) });
    expect(gap.outcome).toMatchObject({ status: 'ok', warnings: [{ code: 'sequence-gap', params: { missing: '3–39', count: '37' } }] });
  });

  it('rejects an older bundle as a rollback and a next one that does not chain, before decrypting', async () => {
    const second = await forgeBundle(h.institution, h.ministry.recipient, { sequence: 2, rows: { reference_items: [referenceRow(1)] } });
    const rollback = await h.read(second.bytes, { record: h.sender({ lastSequence: 3, lastManifestSha256: 'd'.repeat(64) }) });
    expect(rollback.outcome).toMatchObject({ status: 'rejected', problem: 'rollback', params: { sequence: '2', last: '3' }, manifest: second.manifest, sha256: second.sha256 });
    const same = await h.read(second.bytes, { record: h.sender({ lastSequence: 2, lastManifestSha256: 'd'.repeat(64) }) });
    expect(same.outcome).toMatchObject({ status: 'rejected', problem: 'rollback' });
    const broken = await h.read(second.bytes, { record: h.sender({ lastSequence: 1, lastManifestSha256: 'd'.repeat(64) }) });
    expect(broken.outcome).toMatchObject({ status: 'rejected', problem: 'broken-chain', params: { sequence: '2', last: '1' } });
    expect([...rollback.records, ...same.records, ...broken.records]).toEqual([]);
  });

  it('reports the whole file’s SHA-256 with every outcome', async () => {
    const bundle = await forgeBundle(h.institution, h.ministry.recipient);
    const { outcome } = await h.read(bundle.bytes, { record: h.sender({ lastSequence: 5, lastManifestSha256: 'e'.repeat(64) }) });
    expect(outcome).toMatchObject({ status: 'rejected', sha256: bundle.sha256 });
  });
});
