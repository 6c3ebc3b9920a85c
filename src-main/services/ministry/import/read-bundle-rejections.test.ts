import { tmpdir } from 'node:os';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { forgeBundle, forgedInstitution, resign } from '../../../../test/helpers/bundle-forge';
import type { ImportHarness } from '../../../../test/helpers/import-harness';
import { importHarness, referenceRow } from '../../../../test/helpers/import-harness';
import { rezip } from '../../../../test/helpers/rezip';
import type { WrittenBundle } from '../../bundles/bundle-writer';
import type { ReadOptions, ReadOutcome, SenderRecord } from './types';

let h: ImportHarness;
let good: WrittenBundle;

beforeAll(async () => {
  h = await importHarness();
  good = await forgeBundle(h.institution, h.ministry.recipient, { rows: { reference_items: [referenceRow(1), referenceRow(2)] } });
});

afterAll(() => h.cleanup());

/** Reads a bundle that must be rejected before decryption: no record may have been handed over. */
async function refused(bytes: Uint8Array, options: Partial<ReadOptions> & { record?: SenderRecord | null } = {}): Promise<ReadOutcome> {
  const { outcome, records } = await h.read(bytes, options);
  expect(outcome.status).toBe('rejected');
  expect(records).toEqual([]);
  return outcome;
}

const edit = (from: string, to: string) => (data: Buffer) => Buffer.from(data.toString('utf8').replace(from, to), 'utf8');
const replaceAll = (bytes: Uint8Array, from: string, to: string): Buffer => Buffer.from(Buffer.from(bytes).toString('latin1').replaceAll(from, to), 'latin1');

describe('the file and its zip', () => {
  it('names a file that cannot be read, without a hash', async () => {
    for (const path of ['/nonexistent/korpu/bundle.korpu', tmpdir()]) {
      const { outcome, records } = await h.readPath(path);
      expect(outcome).toMatchObject({ status: 'rejected', problem: 'file-unreadable', sha256: null, manifest: null });
      expect(records).toEqual([]);
    }
  });

  it('refuses what is not a canonical bundle zip: junk, member names with a path, sizes past the limits, a giant directory', async () => {
    expect(await refused(Buffer.from('not a zip at all, not even close'))).toMatchObject({ problem: 'not-a-bundle' });
    expect(await refused(Buffer.alloc(0))).toMatchObject({ problem: 'not-a-bundle', detail: expect.stringMatching(/too short/) as string });
    const traversal = replaceAll(good.bytes, 'manifest.json', '../../etc/pwd');
    expect(await refused(traversal)).toMatchObject({ problem: 'not-a-bundle', detail: expect.stringMatching(/found "\.\.\/\.\.\/etc\/pwd"/) as string });
    // A zip bomb's trick — a member declaring a huge size — fails the limits before anything is read.
    const directory = good.bytes.readUInt32LE(good.bytes.length - 22 + 16);
    for (const [entry, name] of [[0, 'manifest.json'], [2, 'payload.age']] as const) {
      const bomb = Buffer.from(good.bytes);
      const at = directory + [0, 46 + 13, 46 + 13 + 46 + 21][entry]!;
      bomb.writeUInt32LE(0xfffffff0, at + 20);
      bomb.writeUInt32LE(0xfffffff0, at + 24);
      expect(await refused(bomb)).toMatchObject({ problem: 'not-a-bundle', detail: `Not a Körpü bundle: The member ${name} is larger than allowed` });
    }
    const giant = Buffer.alloc(5 << 20);
    const end = giant.subarray(giant.length - 22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(3, 8);
    end.writeUInt16LE(3, 10);
    end.writeUInt32LE(giant.length - 22, 12);
    expect(await refused(giant)).toMatchObject({ problem: 'not-a-bundle', detail: expect.stringMatching(/does not list exactly the expected members/) as string });
  });

  it('names the damaged member', async () => {
    const manifest = Buffer.from(good.bytes);
    manifest[60] = manifest[60]! ^ 0x01;
    expect(await refused(manifest)).toMatchObject({ problem: 'member-damaged', params: { member: 'manifest.json' } });
    const payload = Buffer.from(good.bytes);
    // The local header's name length (11), no extra field, then the name: the member's data follows.
    const at = payload.indexOf(Buffer.from('\x0b\x00\x00\x00payload.age', 'latin1')) + 4 + 'payload.age'.length + 100;
    payload[at] = payload[at]! ^ 0x01;
    expect(await refused(payload)).toMatchObject({ problem: 'member-damaged', params: { member: 'payload.age' } });
  });
});

describe('the sender and the signature', () => {
  it('refuses a manifest that names no institution, and an institution that is not enrolled', async () => {
    expect(await refused(rezip(good.bytes, { 'manifest.json': () => Buffer.from('{"institution": 7}\n') }))).toMatchObject({ problem: 'manifest-invalid', manifest: null });
    expect(await refused(good.bytes, { record: null })).toMatchObject({ problem: 'unknown-institution', params: { code: 'SHK-UE-03' }, manifest: null, sha256: good.sha256 });
  });

  it('refuses an unreadable signature, and a key not enrolled for the institution', async () => {
    expect(await refused(rezip(good.bytes, { 'manifest.json.minisig': () => Buffer.from('untrusted comment: x\nnot base64\n') }))).toMatchObject({ problem: 'signature-malformed' });
    const stranger = forgedInstitution('BAK-UE-01');
    const foreign = await forgeBundle(h.institution, h.ministry.recipient, { signWith: stranger.key });
    expect(await refused(foreign.bytes)).toMatchObject({ problem: 'unknown-key', params: { keyId: stranger.keyId, code: 'SHK-UE-03' } });
    const unreadable = h.sender({ keys: [{ keyId: h.institution.keyId, publicKeyFile: 'not a key', revokedFrom: null }] });
    expect(await refused(good.bytes, { record: unreadable })).toMatchObject({ problem: 'unknown-key' });
  });

  it('refuses a key revoked at or before the bundle was made; one made before the revocation is still read', async () => {
    const revoked = (revokedFrom: string) => h.sender({ keys: [{ keyId: h.institution.keyId, publicKeyFile: h.institution.publicKeyFile, revokedFrom }] });
    const createdAt = Date.parse(good.manifest.createdAt);
    for (const at of [createdAt, createdAt - 60_000]) {
      expect(await refused(good.bytes, { record: revoked(new Date(at).toISOString()) })).toMatchObject({
        problem: 'revoked-key',
        params: { keyId: h.institution.keyId, createdAt: '2026-11-20 08:30 UTC' },
        manifest: good.manifest,
      });
    }
    const later = await h.read(good.bytes, { record: revoked(new Date(createdAt + 60_000).toISOString()) });
    expect(later.outcome.status).toBe('ok');
  });

  it('maps every signature and hash problem of verifyBundle through', async () => {
    const other = forgedInstitution();
    const cases: [Buffer, string][] = [
      [resign(good.bytes, h.institution.key, (manifest) => void (manifest['signingKeyId'] = other.keyId)), 'wrong-key'],
      [rezip(good.bytes, { 'manifest.json': edit('"sequence": 1', '"sequence": 2') }), 'signature-invalid'],
      [rezip(good.bytes, { 'manifest.json.minisig': edit('sequence=1', 'sequence=2') }), 'trusted-comment-invalid'],
      [resign(good.bytes, h.institution.key, () => undefined, 'korpu-bundle institution=SHK-UE-03 sequence=9'), 'trusted-comment-mismatch'],
      [rezip(good.bytes, { 'payload.age': (data) => Buffer.concat([data, Buffer.from([0])]) }), 'payload-size-mismatch'],
      [rezip(good.bytes, { 'payload.age': (data) => Buffer.from(data.map((byte, i) => (i === 200 ? byte ^ 1 : byte))) }), 'payload-hash-mismatch'],
    ];
    for (const [bytes, problem] of cases) {
      expect(await refused(bytes), problem).toMatchObject({ problem });
    }
  });

  it('refuses a bundle whose signed institution is not the one the key is enrolled for', async () => {
    const alias = h.sender({ institutionCode: 'SHK-UE-03-OLD' });
    expect(await refused(good.bytes, { record: alias })).toMatchObject({ problem: 'wrong-institution', params: { code: 'SHK-UE-03', expected: 'SHK-UE-03-OLD' } });
  });
});

describe('versions, consistency and expiry', () => {
  it('refuses a format or record-schema version it does not know', async () => {
    const format = resign(good.bytes, h.institution.key, (manifest) => void (manifest['formatVersion'] = 2));
    expect(await refused(format)).toMatchObject({ problem: 'unsupported-version', params: { field: 'formatVersion', version: '2' } });
    const schema = await forgeBundle(h.institution, h.ministry.recipient, { manifest: { schemaVersion: 2 } });
    expect(await refused(schema.bytes)).toMatchObject({ problem: 'unsupported-version', params: { field: 'schemaVersion', version: '2' }, manifest: schema.manifest });
  });

  it('refuses a signed manifest that contradicts the format', async () => {
    const createdAt = Date.parse(good.manifest.createdAt);
    const cases: [Parameters<typeof forgeBundle>[2], RegExp][] = [
      [{ manifest: { expiresAt: new Date(createdAt + 365 * 86_400_000).toISOString() } }, /expiresAt is not 30 days after createdAt/],
      [{ manifest: { counts: { ...good.manifest.counts, residents: 0 } } }, /counts names residents, not tables of the plan profile/],
      [{ manifest: { counts: { reference_items: 2 } } }, /counts lacks transformation_plans/],
      [{ manifest: { includesSecretRecords: true } }, /only a named bundle/],
      [{ sequence: 2, manifest: { previousManifestSha256: null } }, /bundle 2 names no previous manifest/],
      [{ manifest: { previousManifestSha256: 'f'.repeat(64) } }, /bundle 1 names a previous manifest/],
    ];
    for (const [options, detail] of cases) {
      const bundle = await forgeBundle(h.institution, h.ministry.recipient, options);
      expect(await refused(bundle.bytes), String(detail)).toMatchObject({ problem: 'manifest-invalid', detail: expect.stringMatching(detail) as string });
    }
  });

  it('refuses a bundle read after it expired, and reads one at its last instant', async () => {
    const expiresAt = Date.parse(good.manifest.expiresAt);
    expect(await refused(good.bytes, { now: new Date(expiresAt + 1) })).toMatchObject({ problem: 'expired', params: { expiresAt: '2026-12-20 08:30 UTC' } });
    expect((await h.read(good.bytes, { now: new Date(expiresAt) })).outcome.status).toBe('ok');
  });
});
