import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { listAudit } from '../../src-main/services/audit/audit-query';
import { readKeyRotation, writeKeyRotation } from '../../src-main/services/bundles/format/key-rotation-file';
import { generateKeyPair, keyIdHex, parsePublicKey, publicKeyFile } from '../../src-main/services/bundles/format/minisign';
import type { Core } from '../../src-main/services/core';
import { importBundleFile } from '../../src-main/services/ministry/importer';
import { initMinistry, ministryKeyFileText } from '../../src-main/services/ministry/installation';
import { enrol, rotateKey, senderRecord } from '../../src-main/services/ministry/registry';
import { openNodeCore } from '../../src-main/services/node-host';
import { runCli, stock } from '../helpers/cli';
import { bundleMembers } from '../helpers/rezip';
import { tempDir } from '../helpers/temp-core';

/*
 * An institution replaces its signing key on the command line (`keys rotate`) and sends the rotation
 * file to the ministry, whose registry (called directly: its command is yet to come) adds the new key
 * because the old one signed it; bundles exported afterwards are signed with the new key and import.
 */

const SLOW = 240_000;
const CODE = 'QBL-UE-01';
const actor = { userId: null, login: null, procedure: 'test.ministry' };

let dir: ReturnType<typeof tempDir>;
let institution: string;
/** The ministry's installation, opened with the real clock: the CLI's bundles carry real times. */
let ministry: Core;
let oldKeyId: string;
const path = (name: string) => join(dir.path, name);
const keyIdOf = (stdout: string, label = 'Key ID') => new RegExp(`^\\s+${label}:\\s+([0-9A-F]{16})$`, 'm').exec(stdout)?.[1];
const manifestOf = (file: string) => JSON.parse(bundleMembers(readFileSync(file))['manifest.json'].toString()) as { signingKeyId: string; sequence: number };
const enrolledKeys = () => senderRecord(ministry.deps.db, CODE)!.keys.map((key) => key.keyId);

async function exportBundle(name: string): Promise<string> {
  const out = path(name);
  const exported = await runCli(['export', '--data-dir', institution, '--profile', 'plan', '--out', out]);
  expect(exported.code, exported.stderr).toBe(0);
  return out;
}

function refusal(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return 'accepted';
}

beforeAll(async () => {
  dir = tempDir('korpu-cli-rotation-');
  institution = path('institution');
  const init = ['init', '--data-dir', institution, '--institution-code', CODE, '--institution-name', 'Qəbələ rayonu 1 nömrəli uşaq evi', '--region', 'baku'];
  expect((await runCli([...init, '--director-login', 'nigar', '--password-stdin'], 'Qəbələ2026qış\n')).code).toBe(0);
  expect((await runCli(['demo', '--data-dir', institution, '--residents', '6'])).code).toBe(0);

  ministry = await openNodeCore(path('ministry'));
  await initMinistry(ministry.deps, 'Təhsil Nazirliyi — DUMİ');
  writeFileSync(path('ministry.korpu-ministry.json'), ministryKeyFileText(ministry.deps.db));
  expect((await runCli(['ministry-recipient', 'set', '--data-dir', institution, '--file', path('ministry.korpu-ministry.json')])).code).toBe(0);
  expect((await runCli(['keys', 'export-public', '--data-dir', institution, '--out', path('old.pub')])).code).toBe(0);
  const enrolled = enrol(ministry.deps, { code: CODE, name: 'Qəbələ 1', regionCode: 'baku', typeCode: null, publicKeyFile: readFileSync(path('old.pub'), 'utf8') });
  oldKeyId = enrolled.keyId;
  expect(await importBundleFile(ministry.deps, await exportBundle('before.korpu'), { dryRun: false })).toMatchObject({ status: 'imported', sequence: 1 });
}, SLOW);

afterAll(() => {
  ministry.close();
  dir.cleanup();
});

describe('keys rotate', () => {
  it('has no rotation file to save again before a rotation, and rotates nothing over an existing --out', async () => {
    const none = await runCli(['keys', 'export-rotation', '--data-dir', institution, '--out', path('none.json')]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('The current signing key was not made by a key rotation on this computer');
    const occupied = await runCli(['keys', 'rotate', '--data-dir', institution, '--out', path('old.pub')]);
    expect(occupied.code).toBe(2);
    expect(occupied.stderr).toContain('already exists');
    expect(keyIdOf((await runCli(['keys', 'show', '--data-dir', institution])).stdout)).toBe(oldKeyId);
  }, SLOW);

  it('writes a rotation file the ministry accepts; bundles signed with the new key import once it has', async () => {
    const rotated = await runCli(['keys', 'rotate', '--data-dir', institution, '--out', path('rotation.korpu-rotation.json')]);
    expect(rotated.code, rotated.stderr).toBe(0);
    const newKeyId = keyIdOf(rotated.stdout)!;
    expect(keyIdOf(rotated.stdout, 'Previous key ID')).toBe(oldKeyId);
    expect(newKeyId).not.toBe(oldKeyId);
    expect(rotated.stdout).toContain('send it to the ministry');
    expect(keyIdOf((await runCli(['keys', 'show', '--data-dir', institution])).stdout)).toBe(newKeyId);

    // Stock minisign checks the file's two parts with the key the ministry enrolled.
    const rotation = readKeyRotation(readFileSync(path('rotation.korpu-rotation.json'), 'utf8'));
    writeFileSync(path('new.pub'), rotation.publicKeyFile);
    writeFileSync(path('new.pub.minisig'), rotation.signature);
    const checked = stock('minisign', ['-Vm', path('new.pub'), '-p', path('old.pub')]);
    expect(checked.status, checked.stderr).toBe(0);
    expect(checked.stdout).toContain(`Trusted comment: korpu-key-rotation institution=${CODE} previous=${oldKeyId} key=${newKeyId} created=`);

    const after = await exportBundle('after.korpu');
    expect(manifestOf(after)).toMatchObject({ signingKeyId: newKeyId, sequence: 2 });
    expect(await importBundleFile(ministry.deps, after, { dryRun: false })).toMatchObject({ status: 'rejected', problem: 'unknown-key' });

    const added = rotateKey(ministry.deps, actor, { code: rotation.institutionCode, publicKeyFile: rotation.publicKeyFile, signature: rotation.signature, confirmedByHand: false });
    expect(added).toEqual({ keyId: newKeyId, fingerprint: expect.stringMatching(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/) as string, signedBy: oldKeyId });
    expect(enrolledKeys().sort()).toEqual([oldKeyId, newKeyId].sort());
    expect(await importBundleFile(ministry.deps, after, { dryRun: false })).toMatchObject({ status: 'imported', institutionCode: CODE, sequence: 2 });

    const audit = await openNodeCore(institution).then((core) => {
      try {
        return listAudit(core.deps.db, { entityType: 'signing_key' }, 10, 0).entries;
      } finally {
        core.close();
      }
    });
    expect(audit.map((entry) => [entry.action, entry.procedure, entry.changes.keyId])).toEqual([['update', 'cli.keys.rotate', { before: oldKeyId, after: newKeyId }]]);
  }, SLOW);

  it('saves the same rotation file again with keys export-rotation', async () => {
    const again = await runCli(['keys', 'export-rotation', '--data-dir', institution, '--out', path('again.json'), '--lang', 'az']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('açarının dəyişdirilməsi faylı');
    expect(readFileSync(path('again.json'))).toEqual(readFileSync(path('rotation.korpu-rotation.json')));
  }, SLOW);

  it('is refused by the ministry when signed by another key, or when the key in it was swapped', () => {
    const before = enrolledKeys();
    const genuine = readKeyRotation(readFileSync(path('rotation.korpu-rotation.json'), 'utf8'));
    const [forger, wanted] = [generateKeyPair(), generateKeyPair()];
    const forged = readKeyRotation(writeKeyRotation(CODE, forger, wanted, new Date()));
    const attempts = [
      { code: CODE, publicKeyFile: forged.publicKeyFile, signature: forged.signature, confirmedByHand: false },
      // The institution's genuine signature does not cover another key file.
      { code: CODE, publicKeyFile: publicKeyFile(wanted), signature: genuine.signature, confirmedByHand: false },
    ];
    for (const attempt of attempts) {
      expect(refusal(() => rotateKey(ministry.deps, actor, attempt))).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { issues: [{ path: 'signature', message: 'validation.rotationSignature' }] },
      });
    }
    expect(enrolledKeys()).toEqual(before);
    expect(enrolledKeys()).not.toContain(keyIdHex(parsePublicKey(forged.publicKeyFile).keyId));
  });
});
