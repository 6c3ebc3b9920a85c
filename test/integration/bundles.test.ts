import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { BundleExport, JobProgress } from '../../src-main/contract/bundles';
import { decryptWith } from '../../src-main/services/bundles/format/age';
import { parsePublicKey } from '../../src-main/services/bundles/format/minisign';
import { readTar } from '../../src-main/services/bundles/format/tar';
import { bufferSource, readMember } from '../../src-main/services/bundles/format/zip';
import { BundleCheckError, verifyBundle } from '../../src-main/services/bundles/verify';
import { fillDemo } from '../../src-main/services/demo/demo-service';
import type { TestMinistry } from '../helpers/ministry';
import { testMinistry } from '../helpers/ministry';
import { bundleMembers, rezip } from '../helpers/rezip';
import type { TestConnection, TestCore } from '../helpers/temp-core';
import { openTestCore, sampleSetup, tempDir } from '../helpers/temp-core';

const dirs: { cleanup(): void }[] = [];
let dataDir: string;
let core: TestCore;
let director: TestConnection;
let ministry: TestMinistry;

beforeAll(async () => {
  const dir = tempDir('korpu-bundles-');
  dirs.push(dir);
  dataDir = dir.path;
  core = await openTestCore(dataDir);
  director = await core.setUp();
  fillDemo(core.core.deps, 30, 3);
  ministry = await testMinistry();
});

afterAll(() => {
  core.close();
  dirs.splice(0).forEach((dir) => dir.cleanup());
});

const jobId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const errorOf = async (name: Parameters<TestConnection['invoke']>[0], input: unknown) => {
  const envelope = await director.invoke(name, input);
  return envelope.ok ? null : envelope.error;
};
const bundleBytes = (exported: BundleExport) => readFileSync(join(dataDir, 'exports', exported.fileName));
const publicKey = async () => parsePublicKey((await director.call('bundles.keys', {})).signingKey.publicKeyFile);

async function payloadOf(bytes: Buffer): Promise<Map<string, string[]>> {
  const source = bufferSource(bytes);
  const { entries } = verifyBundle(source, await publicKey());
  const tar = readTar(await decryptWith(ministry.identity, readMember(source, entries[2]!)));
  return new Map(tar.map((file) => [file.name, Buffer.from(file.data).toString('utf8').split('\n').filter((line) => line !== '')]));
}

describe('keys', () => {
  it('shows the signing key made at setup, and exports it as a minisign public key file', async () => {
    const { signingKey, ministry: none } = await director.call('bundles.keys', {});
    expect(signingKey.keyId).toMatch(/^[0-9A-F]{16}$/);
    expect(signingKey.fingerprint).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
    expect(none).toBeNull();
    const file = await director.call('bundles.exportPublicKey', {});
    expect(file.fileName).toBe(`korpu-${signingKey.keyId}.pub`);
    expect(Buffer.from(file.contentBase64, 'base64').toString()).toBe(signingKey.publicKeyFile);
    // Setup made it: its audit entry names the key.
    const audit = await director.call('audit.list', { filter: { action: 'setup' }, limit: 10, offset: 0 });
    expect(audit.entries.map((entry) => entry.changes['signingKeyId'])).toEqual([{ before: null, after: signingKey.keyId }]);
  });

  it('shows the ministry keys’ fingerprint before setting them, and sets them only when it is confirmed', async () => {
    const inspected = await director.call('bundles.inspectMinistryKeys', { text: ministry.keyFile });
    expect(inspected).toMatchObject({ recipient: ministry.recipient, receiptKeyId: expect.stringMatching(/^[0-9A-F]{16}$/) as string });
    expect((await errorOf('bundles.setMinistryKeys', { text: ministry.keyFile, confirmedFingerprint: '0000 1111' }))?.code).toBe('FINGERPRINT_MISMATCH');
    expect((await director.call('bundles.keys', {})).ministry).toBeNull();
    for (const text of ['hello', `${ministry.recipient.slice(0, -1)}${ministry.recipient.endsWith('q') ? 'p' : 'q'}`, '{"format":"korpu-ministry-keys"}']) {
      expect((await errorOf('bundles.inspectMinistryKeys', { text }))?.code).toBe('MINISTRY_KEYS_INVALID');
    }
    const set = await director.call('bundles.setMinistryKeys', { text: ministry.keyFile, confirmedFingerprint: inspected.fingerprint.toLowerCase() });
    expect(set).toMatchObject({ recipient: ministry.recipient, fingerprint: inspected.fingerprint, setByName: 'Aynur Məmmədova' });
    const audit = await director.call('audit.list', { filter: { entityType: 'ministry_keys' }, limit: 10, offset: 0 });
    expect(audit.entries).toHaveLength(1);
    expect(audit.entries[0]!.changes).toMatchObject({ recipient: { before: null, after: ministry.recipient } });
  });
});

describe('the signing key across restarts', () => {
  it('is the same after a restart; a new one is made (and audited) when the secret store lost it', async () => {
    const dir = tempDir('korpu-bundle-key-');
    dirs.push(dir);
    let other = await openTestCore(dir.path);
    const keyId = (await (await other.setUp()).call('bundles.keys', {})).signingKey.keyId;
    other.close();
    other = await openTestCore(dir.path);
    const again = other.connection();
    await again.signIn(sampleSetup.director.login, sampleSetup.director.password);
    expect((await again.call('bundles.keys', {})).signingKey.keyId).toBe(keyId);
    await other.core.deps.secrets.remove('signing-key');
    const fresh = (await again.call('bundles.keys', {})).signingKey.keyId;
    expect(fresh).not.toBe(keyId);
    const audit = await again.call('audit.list', { filter: { entityType: 'signing_key' }, limit: 10, offset: 0 });
    expect(audit.entries.map((entry) => entry.entityId)).toEqual([fresh]);
    other.close();
  });
});

describe('export', () => {
  let first: BundleExport;

  it('exports a signed bundle that verifies, with progress through every stage, as sequence 1', async () => {
    core.events.length = 0;
    first = await director.call('bundles.export', { jobId: jobId(1), profile: 'named', includeSecret: false });
    const progress = core.events.filter((event) => event.name === 'job.progress').map((event) => event.payload as JobProgress);
    expect([...new Set(progress.map((event) => event.stage))]).toEqual(['reading', 'encrypting', 'writing']);
    expect(progress.every((event) => event.jobId === jobId(1) && event.done <= event.total)).toBe(true);
    expect(progress.at(-1)).toMatchObject({ stage: 'writing', done: first.size, total: first.size });
    expect(first).toMatchObject({ sequence: 1, profile: 'named', includesSecret: false, available: true, receipt: null, createdByName: 'Aynur Məmmədova' });

    const bytes = bundleBytes(first);
    const { manifest } = verifyBundle(bufferSource(bytes), await publicKey());
    expect(manifest).toMatchObject({ sequence: 1, previousManifestSha256: null, profile: 'named', institution: { code: sampleSetup.institution.code }, counts: first.counts });
    const tables = await payloadOf(bytes);
    for (const [table, count] of Object.entries(first.counts)) {
      expect(tables.get(`${table}.jsonl`), table).toHaveLength(count);
    }
    expect(first.counts['residents']).toBeGreaterThan(0);
    expect(readdirSync(join(dataDir, 'exports'))).toEqual([first.fileName]);
  });

  it('chains the next bundle to the previous manifest and lists both, newest first', async () => {
    const second = await director.call('bundles.export', { jobId: jobId(2), profile: 'statistical', includeSecret: true });
    const { manifest } = verifyBundle(bufferSource(bundleBytes(second)), await publicKey());
    expect(manifest).toMatchObject({ sequence: 2, previousManifestSha256: first.manifestSha256, includesSecretRecords: false });
    const history = await director.call('bundles.history', {});
    expect(history.map((entry) => [entry.sequence, entry.profile])).toEqual([[2, 'statistical'], [1, 'named']]);
    const saved = await director.call('bundles.download', { sequence: 1 });
    expect(Buffer.from(saved.contentBase64, 'base64').equals(bundleBytes(first))).toBe(true);
  });

  it('refuses a changed byte anywhere in the file, naming what is wrong', async () => {
    const plan = await director.call('bundles.export', { jobId: jobId(3), profile: 'plan', includeSecret: false });
    const bytes = bundleBytes(plan);
    const key = await publicKey();
    const problems = new Set<string>();
    const damaged = new Set<string>();
    // Every byte of the zip's structure, manifest and signature; a spread of the payload's bytes
    // (each is covered by the same CRC and hash, and each check costs two signature verifications).
    const payloadStart = bytes.indexOf('payload.age') + 'payload.age'.length;
    const payloadEnd = payloadStart + bundleMembers(bytes)['payload.age'].length;
    const positions = [...bytes.keys()].filter((at) => at < payloadStart || at >= payloadEnd || (at - payloadStart) % 97 === 0);
    for (const at of positions) {
      const copy = Buffer.from(bytes);
      copy[at] = copy[at]! ^ 0x20;
      try {
        verifyBundle(bufferSource(copy), key);
        throw new Error(`A change at byte ${at} was not noticed`);
      } catch (error) {
        if (!(error instanceof BundleCheckError)) {
          throw error;
        }
        problems.add(error.problem);
        if (error.problem === 'member-damaged') {
          damaged.add(error.params['member'] ?? '?');
        }
      }
    }
    expect([...problems].sort()).toEqual(['member-damaged', 'not-a-bundle']);
    expect([...damaged].sort()).toEqual(['manifest.json', 'manifest.json.minisig', 'payload.age']);
  });

  it('names the problem when the parts are consistent but wrong: another key, an edited manifest, a swapped payload', async () => {
    const history = await director.call('bundles.history', {});
    const [plan, statistical] = history.map(bundleBytes);
    const key = await publicKey();
    const other = ministry.receiptKey;
    const problem = (bytes: Buffer, withKey = key) => {
      try {
        verifyBundle(bufferSource(bytes), withKey);
        return 'accepted';
      } catch (error) {
        return error instanceof BundleCheckError ? error.problem : String(error);
      }
    };
    expect(problem(plan!, other)).toBe('wrong-key');
    expect(problem(rezip(plan!, { 'manifest.json': (data) => Buffer.from(data.toString().replace('"sequence": 3', '"sequence": 4')) }))).toBe('signature-invalid');
    expect(problem(rezip(plan!, { 'payload.age': () => bundleMembers(statistical!)['payload.age'] }))).toBe('payload-size-mismatch');
    expect(problem(rezip(plan!, { 'manifest.json.minisig': (data) => Buffer.from(data.toString().replace('sequence=3', 'sequence=4')) }))).toBe('trusted-comment-invalid');
  });
});

describe('cancel', () => {
  it('cancels an export: no file is left, no number is used, and the next export takes it', async () => {
    const before = await director.call('bundles.history', {});
    const next = before[0]!.sequence + 1;
    core.events.length = 0;
    const running = director.invoke('bundles.export', { jobId: jobId(10), profile: 'named', includeSecret: false });
    await director.call('bundles.cancelExport', { jobId: jobId(10) });
    const envelope = await running;
    expect(envelope.ok ? null : envelope.error.code).toBe('JOB_CANCELLED');
    expect(await director.call('bundles.history', {})).toEqual(before);
    expect(readdirSync(join(dataDir, 'exports'))).toHaveLength(before.length);
    const again = await director.call('bundles.export', { jobId: jobId(11), profile: 'plan', includeSecret: false });
    expect(again.sequence).toBe(next);
  });

  it('refuses a second export while one runs, and cancelling another job id changes nothing', async () => {
    const running = director.invoke('bundles.export', { jobId: jobId(12), profile: 'plan', includeSecret: false });
    expect((await errorOf('bundles.export', { jobId: jobId(13), profile: 'plan', includeSecret: false }))?.code).toBe('EXPORT_BUSY');
    await director.call('bundles.cancelExport', { jobId: jobId(99) });
    expect((await running).ok).toBe(true);
  });
});

describe('receipts', () => {
  it('marks a bundle acknowledged by the ministry’s signed receipt', async () => {
    const [latest] = await director.call('bundles.history', {});
    const receipt = ministry.receipt({
      institutionCode: sampleSetup.institution.code,
      sequence: latest!.sequence,
      bundleSha256: latest!.sha256,
      status: 'imported-with-warnings',
      message: 'Paket 3 çatışmır.',
      issuedAt: '2026-11-26T08:00:00.000Z',
    });
    const acknowledged = await director.call('bundles.importReceipt', { fileName: 'r.korpu-receipt', contentBase64: receipt.toString('base64') });
    expect(acknowledged.receipt).toEqual({ status: 'imported-with-warnings', issuedAt: '2026-11-26T08:00:00.000Z', importedAt: expect.any(String) as string, message: 'Paket 3 çatışmır.' });
    const audit = await director.call('audit.list', { filter: { entityType: 'bundle' }, limit: 1, offset: 0 });
    expect(audit.entries[0]).toMatchObject({ action: 'acknowledge', entityId: String(latest!.sequence) });
  });

  it('refuses a receipt that is forged, damaged, for another file or another institution, and changes nothing', async () => {
    const history = await director.call('bundles.history', {});
    const first = history.at(-1)!;
    const fields = { institutionCode: sampleSetup.institution.code, sequence: first.sequence, bundleSha256: first.sha256, status: 'imported' as const, message: null, issuedAt: '2026-11-26T08:00:00.000Z' };
    const forger = await testMinistry();
    const good = ministry.receipt(fields);
    const damaged = Buffer.from(good);
    damaged[60] = damaged[60]! ^ 1;
    const cases: [Buffer, string][] = [
      [forger.receipt(fields), 'receipt-unverified'],
      [damaged, 'receipt-unverified'],
      [Buffer.from('hello'), 'receipt-unverified'],
      [ministry.receipt({ ...fields, bundleSha256: history[0]!.sha256 }), 'receipt-other-file'],
      [ministry.receipt({ ...fields, institutionCode: 'BAK-UE-99' }), 'receipt-other-institution'],
      [ministry.receipt({ ...fields, sequence: 999 }), 'receipt-unknown-bundle'],
    ];
    for (const [bytes, problem] of cases) {
      const error = await errorOf('bundles.importReceipt', { fileName: 'r', contentBase64: bytes.toString('base64') });
      expect([error?.code, error?.details?.['problem']]).toEqual(['RECEIPT_INVALID', problem]);
    }
    expect(await director.call('bundles.history', {})).toEqual(history);
  });
});
