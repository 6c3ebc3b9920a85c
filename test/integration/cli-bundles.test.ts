import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { listAudit } from '../../src-main/services/audit/audit-query';
import { keyIdHex, parsePublicKey, publicKeyFile } from '../../src-main/services/bundles/format/minisign';
import { listExports } from '../../src-main/services/bundles/history';
import { ministryView, recipientFingerprint } from '../../src-main/services/bundles/ministry-keys';
import { openNodeCore } from '../../src-main/services/node-host';
import { runCli, sha256, stock } from '../helpers/cli';
import type { TestMinistry } from '../helpers/ministry';
import { testMinistry } from '../helpers/ministry';
import { bundleMembers, rezip } from '../helpers/rezip';
import { tempDir } from '../helpers/temp-core';

const SLOW = 180_000;
const PASSWORD = 'Gəncə2026yaz';
const CODE = 'GNC-UE-02';

const sequenceOf = (stdout: string) => Number(/^\s+Sequence:\s+(\d+)$/m.exec(stdout)?.[1]);

let dir: ReturnType<typeof tempDir>;
let dataDir: string;
/** A copy of the installation as `demo` left it: no ministry keys, no bundles. */
let pristineDir: string;
let identityFile: string;
let recipient: string;
let ministry: TestMinistry;
const path = (name: string) => join(dir.path, name);

async function withCore<T>(at: string, work: (core: Awaited<ReturnType<typeof openNodeCore>>) => T): Promise<T> {
  const core = await openNodeCore(at);
  try {
    return work(core);
  } finally {
    core.close();
  }
}

beforeAll(async () => {
  dir = tempDir('korpu-cli-bundles-');
  dataDir = path('data');
  const init = ['init', '--data-dir', dataDir, '--institution-code', CODE, '--institution-name', 'Gəncə şəhəri 2 nömrəli uşaq evi'];
  expect((await runCli([...init, '--region', 'baku', '--director-login', 'leyla', '--password-stdin'], `${PASSWORD}\n`)).code).toBe(0);
  expect((await runCli(['demo', '--data-dir', dataDir, '--residents', '20'])).code).toBe(0);
  // A copy costs less than a second demo fill, for the tests that need an installation of their own.
  pristineDir = path('pristine');
  cpSync(dataDir, pristineDir, { recursive: true });
  identityFile = path('ministry-identity.txt');
  expect(stock('age-keygen', ['-o', identityFile]).status).toBe(0);
  recipient = stock('age-keygen', ['-y', identityFile]).stdout.trim();
  ministry = await testMinistry();
}, SLOW);

afterAll(() => dir.cleanup());

describe('keys and the ministry keys on the command line', () => {
  it('shows the signing key and saves its public key file, not over an existing file without --force', async () => {
    const shown = await runCli(['keys', 'show', '--data-dir', dataDir]);
    expect(shown.code).toBe(0);
    const keyId = /Key ID:\s+([0-9A-F]{16})$/m.exec(shown.stdout)?.[1];
    expect(shown.stdout).toMatch(/Fingerprint:\s+([0-9A-F]{4} ){15}[0-9A-F]{4}$/m);
    const saved = await runCli(['keys', 'export-public', '--data-dir', dataDir, '--out', path('key.pub')]);
    expect(saved.code).toBe(0);
    const keyFile = readFileSync(path('key.pub'), 'utf8');
    expect(shown.stdout).toContain(keyFile);
    expect(keyIdHex(parsePublicKey(keyFile).keyId)).toBe(keyId);
    const again = await runCli(['keys', 'export-public', '--data-dir', dataDir, '--out', path('key.pub')]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect((await runCli(['keys', 'export-public', '--data-dir', dataDir, '--out', path('key.pub'), '--force'])).code).toBe(0);
  }, SLOW);

  it('sets the ministry keys from a key file and from a pasted recipient, audited; a damaged recipient changes nothing', async () => {
    writeFileSync(path('ministry.korpu-ministry.json'), ministry.keyFile);
    const fromFile = await runCli(['ministry-recipient', 'set', '--data-dir', dataDir, '--file', path('ministry.korpu-ministry.json')]);
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toContain(ministry.recipient);
    expect(fromFile.stdout).toContain(recipientFingerprint(ministry.recipient));
    expect(fromFile.stdout).toContain(keyIdHex(ministry.receiptKey.keyId));

    const pasted = await runCli(['ministry-recipient', 'set', '--data-dir', dataDir, '--recipient', recipient, '--lang', 'az']);
    expect(pasted.code).toBe(0);
    expect(pasted.stdout).toContain('Nazirliyin açarları təyin olundu');
    expect(pasted.stdout).toContain(recipientFingerprint(recipient));

    const damaged = `${recipient.slice(0, -1)}${recipient.endsWith('q') ? 'p' : 'q'}`;
    const refused = await runCli(['ministry-recipient', 'set', '--data-dir', dataDir, '--recipient', damaged]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('This is not a ministry key file');
    expect(refused.stderr).toContain('checksum');
    const missing = await runCli(['ministry-recipient', 'set', '--data-dir', dataDir, '--file', path('no-such-file.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read');

    await withCore(dataDir, (core) => {
      expect(ministryView(core.deps.db)).toMatchObject({ recipient, receiptKeyId: keyIdHex(ministry.receiptKey.keyId) });
      const audit = listAudit(core.deps.db, { entityType: 'ministry_keys' }, 10, 0);
      expect(audit.entries.map((entry) => [entry.procedure, entry.actorId])).toEqual([
        ['cli.ministry-recipient.set', null],
        ['cli.ministry-recipient.set', null],
      ]);
    });
  }, SLOW);
});

describe('export on the command line, checked by the stock tools', () => {
  it.each([
    ['named', 1],
    ['statistical', 2],
    ['plan', 3],
  ] as const)('exports the %s profile as bundle %i, which minisign, age, unzip and tar accept', async (profile, sequence) => {
    const out = path(`${profile}.korpu`);
    const result = await runCli(['export', '--data-dir', dataDir, '--profile', profile, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(sequenceOf(result.stdout)).toBe(sequence);
    const bytes = readFileSync(out);
    expect(result.stdout).toContain(sha256(bytes));
    expect(result.stderr).toMatch(/^Reading the records: 0%$/m);
    expect(result.stderr).toMatch(/^Writing the file: 100%$/m);
    expect(result.stderr.trim().split('\n').length).toBeLessThan(40);

    const unpacked = path(`${profile}-unpacked`);
    expect(stock('unzip', ['-o', '-d', unpacked, out]).status).toBe(0);
    const signed = stock('minisign', ['-Vm', join(unpacked, 'manifest.json'), '-p', path('key.pub')]);
    expect(signed.status, signed.stderr).toBe(0);
    expect(signed.stdout).toContain(`Trusted comment: korpu-bundle institution=${CODE} sequence=${sequence} profile=${profile}`);
    const decrypted = stock('age', ['-d', '-i', identityFile, '-o', join(unpacked, 'payload.tar'), join(unpacked, 'payload.age')]);
    expect(decrypted.status, decrypted.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8')) as { counts: Record<string, number>; profile: string };
    expect(manifest.profile).toBe(profile);
    const listed = stock('tar', ['-tf', join(unpacked, 'payload.tar')]).stdout.trim().split('\n');
    expect(listed.sort()).toEqual(Object.keys(manifest.counts).map((table) => `${table}.jsonl`).sort());
    const tables = join(unpacked, 'tables');
    mkdirSync(tables);
    expect(stock('tar', ['-xf', join(unpacked, 'payload.tar'), '-C', tables]).status).toBe(0);
    for (const [table, count] of Object.entries(manifest.counts)) {
      expect(readFileSync(join(tables, `${table}.jsonl`), 'utf8').split('\n').length - 1, table).toBe(count);
    }
  }, SLOW);
});

describe('verify on the command line', () => {
  const verify = (file: Buffer | string, lang = 'en', key = path('key.pub')) => {
    const name = typeof file === 'string' ? file : path(`checked-${sha256(file).slice(0, 12)}.korpu`);
    if (typeof file !== 'string') {
      writeFileSync(name, file);
    }
    return runCli(['verify', name, '--public-key', key, '--lang', lang]);
  };
  const changed = (bytes: Buffer, at: number) => {
    const copy = Buffer.from(bytes);
    copy[at] = copy[at]! ^ 0x01;
    return copy;
  };

  it('accepts a good bundle and prints what it holds', async () => {
    const result = await verify(path('named.korpu'));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^OK: /);
    expect(result.stdout).toMatch(new RegExp(`Institution:\\s+${CODE} `));
    expect(sequenceOf(result.stdout)).toBe(1);
    expect(result.stderr).toBe('');
  }, SLOW);

  it('refuses a changed byte in the manifest, the signature or the payload, and a cut file, saying why', async () => {
    const bytes = readFileSync(path('named.korpu'));
    const payloadAt = bytes.indexOf('payload.age', bytes.indexOf('manifest.json.minisig') + 30) + 2000;
    const cases: [Buffer, string][] = [
      [changed(bytes, bytes.indexOf('"sequence"')), 'A part of the bundle is damaged: manifest.json.'],
      [changed(bytes, bytes.indexOf('trusted comment:') + 20), 'A part of the bundle is damaged: manifest.json.minisig.'],
      [changed(bytes, payloadAt), 'A part of the bundle is damaged: payload.age.'],
      [bytes.subarray(0, bytes.length - 100), 'This is not a Körpü bundle, or its zip structure was changed.'],
      [rezip(bytes, { 'manifest.json': (data) => Buffer.from(data.toString().replace('"sequence": 1', '"sequence": 9')) }), 'The manifest was changed after it was signed.'],
    ];
    const [inAzerbaijani, ...results] = await Promise.all([verify(changed(bytes, payloadAt), 'az'), ...cases.map(([file]) => verify(file))]);
    results.forEach((result, index) => {
      const reason = cases[index]![1];
      expect(result.code, reason).toBe(1);
      expect(result.stderr).toContain(`The bundle is NOT valid: ${reason}`);
      expect(result.stderr).toMatch(/^Detail: \S/m);
    });
    expect(inAzerbaijani.code).toBe(1);
    expect(inAzerbaijani.stderr).toContain('Paket ETİBARSIZDIR: Paketin bir hissəsi zədələnib: payload.age.');
  }, SLOW);

  it('refuses a bundle checked with another public key; a missing bundle or key file is a bad argument', async () => {
    writeFileSync(path('other.pub'), publicKeyFile(ministry.receiptKey));
    const [wrongKey, noBundle, noKey, notKey] = await Promise.all([
      verify(path('named.korpu'), 'en', path('other.pub')),
      verify(path('no-such.korpu')),
      verify(path('named.korpu'), 'en', path('no-such.pub')),
      verify(path('named.korpu'), 'en', identityFile),
    ]);
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stderr).toContain('not signed with this public key');
    expect(noBundle.code).toBe(2);
    expect(noBundle.stderr).toContain('cannot read');
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain('cannot read');
    expect(notKey.code).toBe(2);
    expect(notKey.stderr).toContain('is not a minisign public key file');
  }, SLOW);
});

describe('a crash in the middle of an export', () => {
  it('leaves no file, and the next export takes the number the killed one would have had', async () => {
    const crashDir = path('crash');
    cpSync(pristineDir, crashDir, { recursive: true });
    expect((await runCli(['ministry-recipient', 'set', '--data-dir', crashDir, '--recipient', recipient])).code).toBe(0);
    const first = await runCli(['export', '--data-dir', crashDir, '--profile', 'plan', '--out', path('crash-1.korpu')]);
    expect(sequenceOf(first.stdout)).toBe(1);

    const killedOut = path('crash-killed.korpu');
    const killed = await runCli(['export', '--data-dir', crashDir, '--profile', 'named', '--out', killedOut], '', (stderr, child) => {
      if (/%$/m.test(stderr)) {
        child.kill('SIGKILL');
      }
    });
    // Had the export ended before the kill arrived, this test would prove nothing.
    expect(killed.signal, `The export finished before it could be killed (exit code ${killed.code}); it needs more data to run longer`).toBe('SIGKILL');
    expect(killed.stdout).toBe('');
    expect(existsSync(killedOut)).toBe(false);
    const bundlesIn = () => readdirSync(join(crashDir, 'exports')).filter((name) => name.endsWith('.korpu'));
    expect(bundlesIn(), 'The killed export had already put its bundle in place: kill it earlier').toEqual([`${CODE}-000001-plan.korpu`]);

    const next = await runCli(['export', '--data-dir', crashDir, '--profile', 'named', '--out', path('crash-2.korpu')]);
    expect(next.code, next.stderr).toBe(0);
    expect(sequenceOf(next.stdout)).toBe(2);
    const manifest = JSON.parse(bundleMembers(readFileSync(path('crash-2.korpu')))['manifest.json'].toString()) as { previousManifestSha256: string };
    expect(manifest.previousManifestSha256).toBe(sha256(bundleMembers(readFileSync(path('crash-1.korpu')))['manifest.json']));
    expect(readdirSync(join(crashDir, 'exports')).filter((name) => name.endsWith('.partial'))).toEqual([]);
    expect(bundlesIn().sort()).toEqual([`${CODE}-000001-plan.korpu`, `${CODE}-000002-named.korpu`]);
    expect(readdirSync(dir.path).filter((name) => name.endsWith('.partial'))).toEqual([]);
  }, SLOW);
});

describe('bad arguments and refusals', () => {
  it('refuses an unknown profile, a missing --out, both --recipient and --file, with exit code 2', async () => {
    const cases: [string[], string][] = [
      [['export', '--data-dir', dataDir, '--profile', 'everything', '--out', path('x.korpu')], '--profile must be named, statistical or plan (given: "everything")'],
      [['export', '--data-dir', dataDir, '--profile', 'named'], 'missing --out'],
      [['export', '--data-dir', dataDir, '--profile', 'plan', '--include-secret', '--out', path('x.korpu')], '--include-secret applies to --profile named only'],
      [['ministry-recipient', 'set', '--data-dir', dataDir, '--recipient', recipient, '--file', identityFile], 'exactly one of them'],
      [['ministry-recipient', 'set', '--data-dir', dataDir], 'exactly one of them'],
      [['verify', '--public-key', path('key.pub')], 'name the bundle to check'],
      [['keys', 'rotate', '--data-dir', dataDir], 'missing --out'],
    ];
    const results = await Promise.all(cases.map(([args]) => runCli(args)));
    results.forEach((result, index) => {
      const [args, reason] = cases[index]!;
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(reason);
    });
    expect(existsSync(path('x.korpu'))).toBe(false);
  }, SLOW);

  it('refuses an existing --out before exporting, so no number is used; refuses an export without the ministry keys', async () => {
    const before = await withCore(dataDir, (core) => listExports(core.deps).length);
    const exists = await runCli(['export', '--data-dir', dataDir, '--profile', 'plan', '--out', path('named.korpu')]);
    expect(exists.code).toBe(2);
    expect(exists.stderr).toContain('already exists');
    expect(await withCore(dataDir, (core) => listExports(core.deps).length)).toBe(before);

    const noKeys = await runCli(['export', '--data-dir', pristineDir, '--profile', 'plan', '--out', path('y.korpu')]);
    expect(noKeys.code).toBe(1);
    expect(noKeys.stderr).toContain("Refused: The ministry's key is not set yet");
    const notSetUp = await runCli(['keys', 'show', '--data-dir', path('nowhere')]);
    expect(notSetUp.code).toBe(1);
    expect(existsSync(path('nowhere'))).toBe(false);
  }, SLOW);
});
