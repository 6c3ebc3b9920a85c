import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ImportResult } from '../../src-main/services/ministry/importer';
import { attemptsSince, folderBefore, folderState, runCli, sha256, stock } from '../helpers/cli';
import { bundleMembers } from '../helpers/rezip';
import { tempDir } from '../helpers/temp-core';

/**
 * The ministry's commands as an analyst runs them on bundles a real installation exported: init,
 * recipient, enroll, import and receipt. Every reason `ministry import` refuses a bundle for is in
 * cli-ministry-rejections.test.ts.
 */

const SLOW = 240_000;
const CODE = 'SHK-UE-03';

let dir: ReturnType<typeof tempDir>;
let institution: string;
let ministry: string;
/** A copy of the ministry made before the institution was enrolled. */
let unenrolled: string;
let recipient: string;
const path = (name: string) => join(dir.path, name);
const bundle = (sequence: number) => path(`bundle-${sequence}.korpu`);
const countsOf = (file: string) => (JSON.parse(bundleMembers(readFileSync(file))['manifest.json'].toString()) as { counts: Record<string, number> }).counts;
const jsonLines = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line) as ImportResult);
const importing = (at: string, ...args: string[]) => runCli(['ministry', 'import', '--data-dir', at, ...args]);

/**
 * Runs an import that must be refused, and checks that it left the ministry's data folder as it
 * was but for the attempt's line in the import history.
 */
async function rejected(at: string, file: string): Promise<ImportResult> {
  const before = folderBefore(at);
  const result = await importing(at, '--json', file);
  expect(result.code, result.stderr).toBe(1);
  expect(folderState(at)).toEqual(before.state);
  const lines = jsonLines(result.stdout);
  expect(lines).toEqual([expect.objectContaining({ status: 'rejected', dryRun: false })]);
  expect(attemptsSince(at, before)).toEqual([{ ...lines[0], at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as string, sha256: sha256(readFileSync(file)) }]);
  return lines[0]!;
}

beforeAll(async () => {
  dir = tempDir('korpu-cli-ministry-');
  institution = path('institution');
  ministry = path('ministry');
  const init = ['init', '--data-dir', institution, '--institution-code', CODE, '--institution-name', 'Şəki rayonu 3 nömrəli uşaq evi', '--region', 'baku'];
  expect((await runCli([...init, '--director-login', 'rauf', '--password-stdin'], 'Şəki2026payız\n')).code).toBe(0);
  expect((await runCli(['demo', '--data-dir', institution, '--residents', '12'])).code).toBe(0);

  const made = await runCli(['ministry', 'init', '--data-dir', ministry, '--name', 'Təhsil Nazirliyi — DUMİ']);
  expect(made.code, made.stderr).toBe(0);
  const shown = await runCli(['ministry', 'recipient', '--data-dir', ministry, '--out', path('ministry.korpu-ministry.json')]);
  expect(shown.code, shown.stderr).toBe(0);
  expect(shown.stdout).toMatch(/^age1[a-z0-9]{58}\n$/);
  recipient = shown.stdout.trim();
  expect(made.stdout).toContain(recipient);
  unenrolled = path('unenrolled');
  cpSync(ministry, unenrolled, { recursive: true });

  const set = await runCli(['ministry-recipient', 'set', '--data-dir', institution, '--file', path('ministry.korpu-ministry.json')]);
  expect(set.code, set.stderr).toBe(0);
  for (const [sequence, profile] of [[1, 'statistical'], [2, 'plan'], [3, 'named']] as const) {
    const exported = await runCli(['export', '--data-dir', institution, '--profile', profile, '--out', bundle(sequence)]);
    expect(exported.code, exported.stderr).toBe(0);
  }
  expect((await runCli(['keys', 'export-public', '--data-dir', institution, '--out', path('institution.pub')])).code).toBe(0);
}, SLOW);

afterAll(() => dir.cleanup());

describe('the ministry installation and its registry', () => {
  it('refuses to set up a folder twice, or in an institution’s folder, which stays as it was', async () => {
    const before = folderState(institution);
    const [again, inInstitution, outExists] = await Promise.all([
      runCli(['ministry', 'init', '--data-dir', ministry]),
      runCli(['ministry', 'init', '--data-dir', institution, '--lang', 'az']),
      runCli(['ministry', 'recipient', '--data-dir', ministry, '--out', path('ministry.korpu-ministry.json')]),
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('is already the ministry installation “Təhsil Nazirliyi — DUMİ”');
    expect(inInstitution.code).toBe(1);
    expect(inInstitution.stderr).toContain('Rədd edildi: Bu verilənlər qovluğu müəssisənin quraşdırmasıdır');
    expect(folderState(institution)).toEqual(before);
    expect(outExists.code).toBe(2);
    expect(outExists.stderr).toContain('already exists');
  }, SLOW);

  it('enrols an institution with the fingerprint the institution shows, once; refuses bad values with exit code 2', async () => {
    const enrol = (...args: string[]) => runCli(['ministry', 'enroll', '--data-dir', ministry, ...args]);
    const cases: [string[], string | RegExp][] = [
      [['--institution-code', 'shk ue 3', '--public-key', path('institution.pub')], /^ {2}institutionCode: \S/m],
      [['--institution-code', CODE, '--public-key', path('ministry.korpu-ministry.json')], 'is not a minisign public key file'],
      [['--institution-code', CODE, '--public-key', path('no-such.pub')], 'cannot read'],
      [['--institution-code', CODE, '--public-key', path('institution.pub'), '--region', 'atlantis'], /^ {2}regionCode: Choose a value from the list\.$/m],
      [['--institution-code', CODE, '--public-key', path('institution.pub'), '--type', 'castle', '--lang', 'az'], /^ {2}typeCode: Siyahıdan bir dəyər seçin\.$/m],
      [['--public-key', path('institution.pub')], 'missing --institution-code'],
    ];
    const refused = await Promise.all(cases.map(([args]) => enrol(...args)));
    refused.forEach((result, index) => {
      expect(result.code, String(cases[index]![1])).toBe(2);
      expect(result.stderr).toMatch(cases[index]![1]);
    });

    const [enrolled, keys] = await Promise.all([
      enrol('--institution-code', CODE, '--public-key', path('institution.pub'), '--name', 'Şəki 3', '--region', 'baku', '--type', 'children_home'),
      runCli(['keys', 'show', '--data-dir', institution]),
    ]);
    expect(enrolled.code, enrolled.stderr).toBe(0);
    const fingerprint = /Fingerprint:\s+(.+)$/m.exec(keys.stdout)?.[1];
    expect(fingerprint).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
    expect(enrolled.stdout).toContain(`Fingerprint:  ${fingerprint}`);
    // The code is typed in any case, and stored as the institution's bundles name it.
    const [twice, elsewhere] = await Promise.all([
      enrol('--institution-code', CODE.toLowerCase(), '--public-key', path('institution.pub')),
      enrol('--institution-code', 'BAK-UE-01', '--public-key', path('institution.pub'), '--lang', 'ru'),
    ]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain(`Refused: Institution ${CODE} is already enrolled.`);
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toContain(`Ключ ${/Key ID:\s+([0-9A-F]{16})$/m.exec(enrolled.stdout)?.[1]} уже зарегистрирован для учреждения ${CODE}.`);
  }, SLOW);
});

describe('import on the command line', () => {
  it('a dry run checks and counts and writes nothing; the real import follows, then the same bundle is already imported', async () => {
    const before = folderState(ministry, true);
    const dry = await importing(ministry, '--dry-run', '--json', bundle(1));
    expect(dry.code, dry.stderr).toBe(0);
    expect(jsonLines(dry.stdout)).toEqual([expect.objectContaining({ status: 'imported', dryRun: true, counts: countsOf(bundle(1)) })]);
    expect(folderState(ministry, true)).toEqual(before);

    const real = await importing(ministry, '--json', bundle(1));
    expect(real.code, real.stderr).toBe(0);
    expect(jsonLines(real.stdout)).toEqual([
      expect.objectContaining({ file: 'bundle-1.korpu', status: 'imported', institutionCode: CODE, sequence: 1, problem: null, counts: countsOf(bundle(1)) }),
    ]);
    const imported = folderBefore(ministry);
    const again = await importing(ministry, '--json', bundle(1));
    expect(again.code).toBe(0);
    expect(jsonLines(again.stdout)).toEqual([expect.objectContaining({ status: 'already-imported', sequence: 1 })]);
    expect(folderState(ministry)).toEqual(imported.state);
    expect(attemptsSince(ministry, imported)).toEqual([expect.objectContaining({ status: 'already-imported', sha256: sha256(readFileSync(bundle(1))) })]);
  }, SLOW);

  it('rejects a bundle with a changed byte in its payload, says why in the analyst’s language, and changes nothing', async () => {
    const bytes = readFileSync(bundle(3));
    const payload = bundleMembers(bytes)['payload.age'];
    const at = bytes.indexOf(payload.subarray(0, 64)) + Math.floor(payload.length / 2);
    expect(at).toBeGreaterThan(payload.length / 2);
    bytes[at] = bytes[at]! ^ 0x01;
    writeFileSync(path('tampered.korpu'), bytes);
    expect(['payload-hash-mismatch', 'member-damaged']).toContain((await rejected(ministry, path('tampered.korpu'))).problem);

    const before = folderBefore(ministry);
    const readable = await importing(ministry, '--lang', 'az', path('tampered.korpu'));
    expect(readable.code).toBe(1);
    expect(readable.stdout).toMatch(/^tampered\.korpu: RƏDD EDİLDİ$/m);
    expect(readable.stdout).toMatch(/^ {2}Səbəb: (Paketin bir hissəsi zədələnib: payload\.age\.|Şifrələnmiş)/m);
    expect(readable.stdout).toMatch(/^ {2}Təfərrüat \(ingiliscə\): \S/m);
    expect(folderState(ministry)).toEqual(before.state);
    expect(attemptsSince(ministry, before)).toEqual([expect.objectContaining({ file: 'tampered.korpu', status: 'rejected' })]);
  }, SLOW);

  it('imports a bundle after a gap with a warning naming the missing one; the older one is then a rollback', async () => {
    const dry = await importing(ministry, '--dry-run', '--json', bundle(3));
    const gap = { code: 'sequence-gap', params: { missing: '2', count: '1', from: '2', to: '2' } };
    expect(jsonLines(dry.stdout)).toEqual([expect.objectContaining({ status: 'imported-with-warnings', dryRun: true, warnings: [gap] })]);
    const real = await importing(ministry, bundle(3));
    expect(real.code, real.stderr).toBe(0);
    expect(real.stdout).toMatch(/^bundle-3\.korpu: imported, with warnings$/m);
    expect(real.stdout).toContain('Warning: Bundle(s) 2 of this institution have not been received');
    expect(real.stdout).toContain('Records per table:');

    const rollback = await rejected(ministry, bundle(2));
    expect(rollback).toMatchObject({ problem: 'rollback', params: { sequence: '2', last: '3' }, institutionCode: CODE, sequence: 2 });
    expect(rollback.reason).toEqual(expect.any(String));
  }, SLOW);

  it('reports several files in turn, one JSON line each, exit code 1 when any was rejected', async () => {
    const both = await importing(ministry, '--json', bundle(1), bundle(2));
    expect(both.code).toBe(1);
    expect(jsonLines(both.stdout).map((line) => `${line.file} ${line.status}`)).toEqual(['bundle-1.korpu already-imported', 'bundle-2.korpu rejected']);
    const readable = await importing(ministry, '--dry-run', bundle(1), bundle(3));
    expect(readable.code).toBe(0);
    expect(readable.stdout).toContain('Files checked: 2 (dry run: nothing written); can be imported: 0, already imported: 2, would be rejected: 0.');
  }, SLOW);

  it('refuses bad arguments with exit code 2 before importing anything, and a folder that is not the ministry’s with 1', async () => {
    const before = folderState(ministry, true);
    const cases: [string[], string][] = [
      [[], 'name the bundles to import'],
      [['--now', bundle(1)], 'the options do not fit'],
      [[bundle(1), path('no-such.korpu')], 'cannot read'],
    ];
    const results = await Promise.all(cases.map(([args]) => importing(ministry, ...args)));
    results.forEach((result, index) => {
      expect(result.code, cases[index]![1]).toBe(2);
      expect(result.stderr).toContain(cases[index]![1]);
      expect(result.stdout).toBe('');
    });
    expect(folderState(ministry, true)).toEqual(before);
    const notMinistry = await importing(institution, bundle(1));
    expect(notMinistry.code).toBe(1);
    expect(notMinistry.stderr).toContain('Refused: This data folder is not a ministry installation');
  }, SLOW);
});

describe('receipts on the command line, checked by stock minisign', () => {
  it('saves a signed receipt that minisign verifies with the ministry’s receipt key, naming the bundle’s hash', async () => {
    const keyFile = JSON.parse(readFileSync(path('ministry.korpu-ministry.json'), 'utf8')) as { recipient: string; receiptPublicKey: string };
    expect(keyFile.recipient).toBe(recipient);
    writeFileSync(path('receipt.pub'), keyFile.receiptPublicKey);
    const cases = [
      { sequence: 3, status: 'imported-with-warnings', lang: 'en', message: 'Bundle(s) 2 of this institution have not been received' },
      { sequence: 2, status: 'rejected', lang: 'az', message: '2 nömrəli paket bu müəssisədən artıq idxal edilmiş 3 nömrəli paketdən yeni deyil' },
    ];
    for (const { sequence, status, lang, message } of cases) {
      const out = path(`receipt-${sequence}.korpu-receipt`);
      const saved = await runCli(['ministry', 'receipt', '--data-dir', ministry, '--bundle', bundle(sequence), '--out', out, '--lang', lang]);
      expect(saved.code, saved.stderr).toBe(0);
      const unpacked = path(`receipt-${sequence}`);
      expect(stock('unzip', ['-o', '-d', unpacked, out]).status).toBe(0);
      const checked = stock('minisign', ['-Vm', join(unpacked, 'receipt.json'), '-p', path('receipt.pub')]);
      expect(checked.status, checked.stderr).toBe(0);
      expect(checked.stdout).toContain(`Trusted comment: korpu-receipt institution=${CODE} sequence=${sequence} status=${status}`);
      const receipt = JSON.parse(readFileSync(join(unpacked, 'receipt.json'), 'utf8')) as Record<string, unknown>;
      expect(receipt).toMatchObject({ institutionCode: CODE, sequence, status, bundleSha256: sha256(readFileSync(bundle(sequence))) });
      expect(receipt.message).toContain(message);
    }
  }, SLOW);

  it('refuses to replace a file without --force (2), and a receipt for a bundle never imported there (1)', async () => {
    const [exists, never] = await Promise.all([
      runCli(['ministry', 'receipt', '--data-dir', ministry, '--bundle', bundle(3), '--out', path('receipt-3.korpu-receipt')]),
      runCli(['ministry', 'receipt', '--data-dir', unenrolled, '--bundle', bundle(3), '--out', path('never.korpu-receipt')]),
    ]);
    expect(exists.code).toBe(2);
    expect(exists.stderr).toContain('already exists');
    expect(never.code).toBe(1);
    expect(never.stderr).toContain('Refused: There is no receipt for this bundle');
    expect(never.stderr).toMatch(/^ {2}Detail: \S/m);
    expect(existsSync(path('never.korpu-receipt'))).toBe(false);
  }, SLOW);
});
