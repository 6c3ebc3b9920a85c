import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { BundleExport } from '../../src-main/contract/bundles';
import { generateKeyPair, keyIdHex, parsePublicKey, publicKeyFile, sign } from '../../src-main/services/bundles/format/minisign';
import { readReceipt } from '../../src-main/services/bundles/format/receipt-file';
import { storedOrNewKeyPair } from '../../src-main/services/bundles/keys';
import { fillDemo } from '../../src-main/services/demo/demo-service';
import { readAttempts } from '../../src-main/services/ministry/import-history';
import { importBundleFile } from '../../src-main/services/ministry/importer';
import { initMinistry, ministryKeyFileText } from '../../src-main/services/ministry/installation';
import { issueReceipt } from '../../src-main/services/ministry/receipts';
import { enrol, revokeKey, rotateKey, senderRecord } from '../../src-main/services/ministry/registry';
import { rezip } from '../helpers/rezip';
import type { TestConnection, TestCore } from '../helpers/temp-core';
import { openTestCore, sampleSetup, tempDir } from '../helpers/temp-core';

const dirs: { path: string; cleanup(): void }[] = [];
let institution: TestCore;
let director: TestConnection;
let ministry: TestCore;
const bundles: { exported: BundleExport; path: string }[] = [];

const jobId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const records = (core: TestCore) => core.core.deps.db.$client.prepare('SELECT table_name AS t, count(*) AS n FROM imported_records GROUP BY table_name').all() as { t: string; n: number }[];
const importFile = (path: string, dryRun = false) => importBundleFile(ministry.core.deps, path, { dryRun });

beforeAll(async () => {
  const [institutionDir, ministryDir] = [tempDir('korpu-inst-'), tempDir('korpu-min-')];
  dirs.push(institutionDir, ministryDir);
  ministry = await openTestCore(ministryDir.path);
  await initMinistry(ministry.core.deps, 'DUMİ');
  institution = await openTestCore(institutionDir.path);
  director = await institution.setUp();
  fillDemo(institution.core.deps, 20, 11);
  const keyFile = ministryKeyFileText(ministry.core.deps.db);
  const { fingerprint } = await director.call('bundles.inspectMinistryKeys', { text: keyFile });
  await director.call('bundles.setMinistryKeys', { text: keyFile, confirmedFingerprint: fingerprint });
  for (const [n, profile] of (['named', 'statistical', 'plan'] as const).entries()) {
    const exported = await director.call('bundles.export', { jobId: jobId(n + 1), profile, includeSecret: false });
    bundles.push({ exported, path: join(institutionDir.path, 'exports', exported.fileName) });
  }
});

afterAll(() => {
  institution.close();
  ministry.close();
  dirs.splice(0).forEach((dir) => dir.cleanup());
});

describe('a ministry installation', () => {
  it('never becomes an institution’s: setup is refused', async () => {
    const envelope = await ministry.connection().invoke('setup.complete', sampleSetup);
    expect(envelope.ok ? null : envelope.error.code).toBe('ALREADY_SET_UP');
  });
});

describe('the ministry imports bundles', () => {
  it('refuses a bundle of an institution it has not enrolled', async () => {
    const result = await importFile(bundles[0]!.path);
    expect(result).toMatchObject({ status: 'rejected', problem: 'unknown-institution', params: { code: sampleSetup.institution.code } });
  });

  it('imports an enrolled institution’s bundle whole, once; again is "already imported"', async () => {
    const { publicKeyFile } = (await director.call('bundles.keys', {})).signingKey;
    const enrolled = enrol(ministry.core.deps, { code: sampleSetup.institution.code, name: sampleSetup.institution.name, regionCode: 'baku', typeCode: null, publicKeyFile });
    expect(enrolled.keyId).toBe((await director.call('bundles.keys', {})).signingKey.keyId);
    const dry = await importFile(bundles[0]!.path, true);
    expect(dry).toMatchObject({ status: 'imported', dryRun: true, counts: bundles[0]!.exported.counts });
    expect(records(ministry)).toEqual([]);

    const first = await importFile(bundles[0]!.path);
    expect(first).toMatchObject({ status: 'imported', institutionCode: sampleSetup.institution.code, sequence: 1, profile: 'named' });
    const stored = Object.fromEntries(records(ministry).map((row) => [row.t, row.n]));
    expect(stored).toEqual(Object.fromEntries(Object.entries(bundles[0]!.exported.counts).filter(([, n]) => n > 0)));
    expect(senderRecord(ministry.core.deps.db, sampleSetup.institution.code)).toMatchObject({ lastSequence: 1, lastManifestSha256: bundles[0]!.exported.manifestSha256 });

    expect(await importFile(bundles[0]!.path)).toMatchObject({ status: 'already-imported', sequence: 1 });
    expect(Object.fromEntries(records(ministry).map((row) => [row.t, row.n]))).toEqual(stored);
  });

  it('rejects a tampered bundle and a replayed older one, leaving the database as it was', async () => {
    const database = () => ministry.core.deps.db.$client.prepare('SELECT (SELECT count(*) FROM imported_records) AS r, (SELECT count(*) FROM imported_bundles) AS b').get();
    const before = database();
    const tampered = join(dirs[0]!.path, 'tampered.korpu');
    writeFileSync(tampered, rezip(readFileSync(bundles[1]!.path), { 'payload.age': (data) => Buffer.from(data.map((byte, at) => (at === 500 ? byte ^ 1 : byte))) }));
    expect(await importFile(tampered)).toMatchObject({ status: 'rejected', problem: 'payload-hash-mismatch' });
    expect(await importFile(bundles[2]!.path)).toMatchObject({ status: 'imported-with-warnings', sequence: 3, warnings: [{ code: 'sequence-gap', params: { missing: '2' } }] });
    const afterGap = database();
    expect(await importFile(bundles[1]!.path)).toMatchObject({ status: 'rejected', problem: 'rollback', params: { sequence: '2', last: '3' } });
    expect(database()).toEqual(afterGap);
    expect(afterGap).not.toEqual(before);
    expect(readAttempts(ministry.core.deps.dataDir).map((attempt) => [attempt.status, attempt.problem])).toEqual([
      ['rejected', 'unknown-institution'],
      ['imported', null],
      ['already-imported', null],
      ['rejected', 'payload-hash-mismatch'],
      ['imported-with-warnings', null],
      ['rejected', 'rollback'],
    ]);
  });

  it('signs a receipt the institution accepts, saying in the analyst’s language why a bundle was refused', async () => {
    const ministryKeys = JSON.parse(ministryKeyFileText(ministry.core.deps.db)) as { receiptPublicKey: string };
    const rejected = await issueReceipt(ministry.core.deps, bundles[1]!.path, 'az');
    expect(readReceipt(rejected.bytes, parsePublicKey(ministryKeys.receiptPublicKey))).toMatchObject({ status: 'rejected', sequence: 2 });
    expect(rejected.receipt.message).toContain('3 nömrəli paketdən yeni deyil');
    const accepted = await issueReceipt(ministry.core.deps, bundles[2]!.path, 'en');
    const acknowledged = await director.call('bundles.importReceipt', { fileName: 'r.korpu-receipt', contentBase64: accepted.bytes.toString('base64') });
    expect(acknowledged.receipt).toMatchObject({ status: 'imported-with-warnings', message: expect.stringContaining('Bundle(s) 2') as string });
  });
});

describe('keys of an enrolled institution', () => {
  const actor = { userId: null, login: null, procedure: 'test' };

  it('adds a new key signed by the old one, or confirmed by hand; refuses an unproven one; revokes from a date', async () => {
    const code = sampleSetup.institution.code;
    const deps = ministry.core.deps;
    const oldKey = (await director.call('bundles.keys', {})).signingKey;
    const forged = generateKeyPair();
    const newKey = generateKeyPair();
    const newFile = publicKeyFile(newKey);
    // The institution's old key signs the new key file (its secret half is in the institution's secret store).
    const old = await storedOrNewKeyPair(institution.core.deps.secrets);
    const signedByOld = sign(old, Buffer.from(newFile), 'korpu-key-rotation', 'rotation');
    const refused = (run: () => unknown) => {
      try {
        run();
        return 'accepted';
      } catch (error) {
        return (error as { code?: string }).code;
      }
    };
    expect(refused(() => rotateKey(deps, actor, { code, publicKeyFile: newFile, signature: sign(forged, Buffer.from(newFile), 'x', 'x'), confirmedByHand: false }))).toBe('VALIDATION_FAILED');
    expect(refused(() => rotateKey(deps, actor, { code, publicKeyFile: newFile, signature: null, confirmedByHand: false }))).toBe('VALIDATION_FAILED');
    expect(senderRecord(deps.db, code)!.keys.map((key) => key.keyId)).toEqual([oldKey.keyId]);

    expect(rotateKey(deps, actor, { code, publicKeyFile: newFile, signature: signedByOld, confirmedByHand: false })).toMatchObject({ signedBy: oldKey.keyId });
    const byHand = generateKeyPair();
    expect(rotateKey(deps, actor, { code, publicKeyFile: publicKeyFile(byHand), signature: null, confirmedByHand: true })).toMatchObject({ signedBy: null });
    expect(refused(() => rotateKey(deps, actor, { code, publicKeyFile: newFile, signature: null, confirmedByHand: true }))).toBe('CONFLICT');

    revokeKey(deps, actor, oldKey.keyId, new Date('2026-01-01T00:00:00.000Z'));
    expect(senderRecord(deps.db, code)!.keys.find((key) => key.keyId === oldKey.keyId)?.revokedFrom).toBe('2026-01-01T00:00:00.000Z');
    const audit = deps.db.$client.prepare("SELECT action, entity_id AS id FROM audit_log WHERE entity_type = 'registry_key' ORDER BY seq").all();
    expect(audit).toEqual([
      { action: 'create', id: keyIdHex(newKey.keyId) },
      { action: 'create', id: keyIdHex(byHand.keyId) },
      { action: 'revoke', id: oldKey.keyId },
    ]);
  });
});
