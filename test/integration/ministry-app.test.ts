import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { UPLOAD_CHUNK_BYTES } from '../../src-main/contract/ministry';
import { writeKeyRotation } from '../../src-main/services/bundles/format/key-rotation-file';
import { generateKeyPair, publicKeyFile } from '../../src-main/services/bundles/format/minisign';
import { rotateSigningKey } from '../../src-main/services/bundles/key-rotation';
import { fillDemo } from '../../src-main/services/demo/demo-service';
import type { TestConnection, TestCore } from '../helpers/temp-core';
import { openTestCore, tempDir } from '../helpers/temp-core';

/*
 * The ministry's installation through its procedures, as its screens use them: first run, keys,
 * enrolment with a confirmed fingerprint, upload and import in the worker (dry run, import, replay,
 * tamper), history and receipts the institution accepts, the overview and its drill-down, key
 * rotation and revocation, and who may do what.
 */

const dirs: { cleanup(): void }[] = [];
let ministry: TestCore;
let admin: TestConnection;
let analyst: TestConnection;
let institution: TestCore;
let director: TestConnection;
let bundlePath: string;

const ADMIN = { login: 'nazim', fullName: 'Nazim Əliyev', password: 'Nazirlik-2026-açar' };
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
let ids = 100;

/** Sends a file in pieces as the import screen does, and imports it. */
async function importFile(caller: TestConnection, bytes: Buffer, dryRun = false, fileName = 'bundle.korpu') {
  const uploadId = id(ids++);
  let offset = 0;
  do {
    const piece = bytes.subarray(offset, offset + Math.min(UPLOAD_CHUNK_BYTES, 4096));
    await caller.call('ministry.upload', { uploadId, offset, contentBase64: piece.toString('base64') });
    offset += piece.length;
  } while (offset < bytes.length);
  const [result] = await caller.call('ministry.import', { jobId: id(ids++), dryRun, files: [{ uploadId, fileName }] });
  return result!;
}

beforeAll(async () => {
  const ministryDir = tempDir('korpu-ministry-app-');
  const institutionDir = tempDir('korpu-ministry-inst-');
  dirs.push(ministryDir, institutionDir);
  ministry = await openTestCore(ministryDir.path);
  admin = ministry.connection();
  await admin.call('setup.ministry', { name: 'Deinstitusionalizasiya şöbəsi', admin: ADMIN, language: 'az' });
  await admin.signIn(ADMIN.login, ADMIN.password);
  analyst = await ministry.addUser(admin, 'analitik', 'analyst');

  institution = await openTestCore(institutionDir.path);
  director = await institution.setUp();
  fillDemo(institution.core.deps, 12, 5);
  const keyFile = Buffer.from((await admin.call('ministry.exportKeyFile', {})).contentBase64, 'base64').toString('utf8');
  const { fingerprint } = await director.call('bundles.inspectMinistryKeys', { text: keyFile });
  await director.call('bundles.setMinistryKeys', { text: keyFile, confirmedFingerprint: fingerprint });
  const exported = await director.call('bundles.export', { jobId: id(1), profile: 'named', includeSecret: false });
  bundlePath = join(institutionDir.path, 'exports', exported.fileName);
}, 120_000);

afterAll(() => {
  ministry.close();
  institution.close();
  dirs.splice(0).forEach((dir) => dir.cleanup());
});

describe('the ministry installation', () => {
  it('is a ministry installation with its own roles', async () => {
    const info = await ministry.connection().call('app.info', {});
    expect(info).toMatchObject({ setupComplete: true, kind: 'ministry', institutionName: 'Deinstitusionalizasiya şöbəsi' });
    const refused = await admin.invoke('users.create', { login: 'terbiyeci', fullName: 'Staff', role: 'staff', password: 'Vaxtlı-parol-2026' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', details: { issues: [{ path: 'role', message: 'validation.roleNotHere' }] } } });
    expect(await ministry.connection().invoke('setup.complete', {})).toMatchObject({ ok: false });
  });

  it('refuses institution work and registry changes to the wrong roles', async () => {
    expect(await analyst.invoke('residents.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await analyst.invoke('ministry.enrol', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await director.invoke('ministry.overview', { months: 12 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('enrolment', () => {
  it('needs the fingerprint of exactly this key, then lists the institution', async () => {
    const publicKey = Buffer.from((await director.call('bundles.exportPublicKey', {})).contentBase64, 'base64').toString('utf8');
    const facts = await admin.call('ministry.inspectPublicKey', { text: publicKey });
    const own = await director.call('bundles.keys', {});
    expect(facts).toEqual({ keyId: own.signingKey.keyId, fingerprint: own.signingKey.fingerprint, signedByKeyId: null });
    const input = { code: 'BAK-UE-01', name: 'Bakı 1 nömrəli uşaq evi', regionCode: 'baku', typeCode: null, publicKeyFile: publicKey };
    expect(await admin.invoke('ministry.enrol', { ...input, confirmedFingerprint: 'AAAA' })).toMatchObject({ ok: false, error: { code: 'FINGERPRINT_MISMATCH' } });
    expect(await admin.call('ministry.registry', {})).toEqual([]);
    await admin.call('ministry.enrol', { ...input, confirmedFingerprint: facts.fingerprint });
    const [entry] = await analyst.call('ministry.registry', {});
    expect(entry).toMatchObject({ code: 'BAK-UE-01', regionCode: 'baku', status: 'active', lastSequence: null, bundles: 0, keys: [{ keyId: facts.keyId, revokedFrom: null }] });
  });
});

describe('import', () => {
  it('refuses a piece of a file sent out of order, and a file never sent', async () => {
    const uploadId = id(ids++);
    await analyst.call('ministry.upload', { uploadId, offset: 0, contentBase64: Buffer.from('PK').toString('base64') });
    const skipped = await analyst.invoke('ministry.upload', { uploadId, offset: 10, contentBase64: Buffer.from('xx').toString('base64') });
    expect(skipped).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', details: { issues: [{ path: 'offset', message: 'validation.uploadOffset', params: { expected: 2 } }] } } });
    const never = await analyst.invoke('ministry.import', { jobId: id(ids++), dryRun: false, files: [{ uploadId: id(ids++), fileName: 'x.korpu' }] });
    expect(never).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('shows in a dry run what would be added, and writes nothing', async () => {
    const result = await importFile(analyst, readFileSync(bundlePath), true);
    expect(result).toMatchObject({ status: 'imported', dryRun: true, institutionCode: 'BAK-UE-01', sequence: 1 });
    const residents = result.changes?.find((change) => change.table === 'residents');
    expect(residents).toMatchObject({ added: result.counts['residents'], changed: 0, removed: 0 });
    expect(residents?.examples.added).toHaveLength(3);
    expect(await analyst.call('ministry.importHistory', {})).toEqual([]);
    expect((await analyst.call('ministry.registry', {}))[0]!.bundles).toBe(0);
  });

  it('imports in the worker with progress, then refuses a replay and a tampered file with reasons', async () => {
    ministry.events.splice(0);
    const imported = await importFile(analyst, readFileSync(bundlePath), false, 'BAK-1.korpu');
    expect(imported).toMatchObject({ status: 'imported', file: 'BAK-1.korpu', sequence: 1, problem: null });
    expect(ministry.events.some((event) => event.name === 'import.progress')).toBe(true);
    expect(await importFile(analyst, readFileSync(bundlePath))).toMatchObject({ status: 'already-imported' });
    const tampered = readFileSync(bundlePath);
    const at = tampered.length - 200;
    tampered.writeUInt8(tampered.readUInt8(at) ^ 0xff, at);
    const rejected = await importFile(analyst, tampered, false, 'changed.korpu');
    expect(rejected).toMatchObject({ status: 'rejected', file: 'changed.korpu' });
    expect(rejected.problem).not.toBeNull();
    const history = await analyst.call('ministry.importHistory', {});
    expect(history.map((attempt) => attempt.status)).toEqual(['rejected', 'already-imported', 'imported']);
    expect((await analyst.call('ministry.registry', {}))[0]).toMatchObject({ lastSequence: 1, bundles: 1 });
  });

  it('gives receipts the institution accepts, and a report of the history', async () => {
    const [, , first] = await analyst.call('ministry.importHistory', {});
    const receipt = await analyst.call('ministry.receipt', { sha256: first!.sha256! });
    expect(receipt.fileName).toBe('BAK-UE-01-1.korpu-receipt');
    const acknowledged = await director.call('bundles.importReceipt', { fileName: receipt.fileName, contentBase64: receipt.contentBase64 });
    expect(acknowledged).toMatchObject({ sequence: 1, receipt: { status: 'imported' } });
    const csv = Buffer.from((await analyst.call('ministry.importReport', { format: 'csv' })).contentBase64, 'base64').toString('utf8');
    expect(csv.split('\r\n').filter((line) => line !== '')).toHaveLength(4);
    expect(csv).toContain('"BAK-1.korpu"');
  });
});

describe('overview', () => {
  it('counts the imported snapshot and names its children in the drill-down', async () => {
    const inResidence = institution.core.deps.db.$client.prepare('SELECT count(DISTINCT resident_id) FROM stays WHERE exit_date IS NULL').pluck().get() as number;
    const overview = await analyst.call('ministry.overview', { months: 12 });
    expect(overview.totals).toMatchObject({ institutions: 1, reporting: 1 });
    expect(overview.totals.figures.childrenInResidence).toBe(inResidence);
    const detail = await analyst.call('ministry.institution', { code: 'BAK-UE-01' });
    expect(detail.children).toHaveLength(inResidence);
    expect(detail.bundles.map((bundle) => bundle.sequence)).toEqual([1]);
    expect(await analyst.invoke('ministry.institution', { code: 'NONE-1' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('keys of an institution', () => {
  it('takes a rotation file signed by the old key, and refuses one signed by another key', async () => {
    const forged = writeKeyRotation('BAK-UE-01', generateKeyPair(), generateKeyPair(), new Date());
    const forgedFacts = await admin.call('ministry.inspectPublicKey', { text: forged });
    const refused = await admin.invoke('ministry.rotateKey', { code: 'BAK-UE-01', text: forged, confirmedFingerprint: forgedFacts.fingerprint });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', details: { issues: [{ path: 'signature', message: 'validation.rotationSignature' }] } } });
    const rotation = await rotateSigningKey(institution.core.deps, { userId: null, login: null, procedure: 'test.rotate' });
    const facts = await admin.call('ministry.inspectPublicKey', { text: rotation.rotationFile });
    expect(facts).toMatchObject({ keyId: rotation.key.keyId, signedByKeyId: rotation.previousKeyId });
    await admin.call('ministry.rotateKey', { code: 'BAK-UE-01', text: rotation.rotationFile, confirmedFingerprint: facts.fingerprint });
    const [entry] = await admin.call('ministry.registry', {});
    expect(entry!.keys.map((key) => key.keyId)).toEqual(expect.arrayContaining([rotation.previousKeyId, rotation.key.keyId]));
  });

  it('adds a key confirmed by hand and revokes the old one from a day', async () => {
    const fresh = publicKeyFile(generateKeyPair());
    const facts = await admin.call('ministry.inspectPublicKey', { text: fresh });
    await admin.call('ministry.rotateKey', { code: 'BAK-UE-01', text: fresh, confirmedFingerprint: facts.fingerprint });
    const [before] = await admin.call('ministry.registry', {});
    const old = before!.keys[0]!;
    await admin.call('ministry.revokeKey', { keyId: old.keyId, from: '2026-01-01' });
    const [after] = await admin.call('ministry.registry', {});
    expect(after!.keys).toHaveLength(3);
    expect(after!.keys.find((key) => key.keyId === old.keyId)?.revokedFrom).toBe('2026-01-01T00:00:00.000Z');
    expect(after!.status).toBe('active');
    expect(await analyst.invoke('ministry.revokeKey', { keyId: facts.keyId, from: '2026-01-01' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
