import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { BUNDLE_MEMBERS } from '../../src-main/contract/bundle-manifest';
import type { WrittenBundle } from '../../src-main/services/bundles/bundle-writer';
import { writeTar } from '../../src-main/services/bundles/format/tar';
import type { ImportResult } from '../../src-main/services/ministry/importer';
import { importBundleFile } from '../../src-main/services/ministry/importer';
import type { ForgedInstitution, ForgeOptions } from '../helpers/bundle-forge';
import { bundleFolder, FORGED_AT, forgeBundle, forgedInstitution, jsonl, profileFiles } from '../helpers/bundle-forge';
import type { Fingerprint } from '../helpers/fingerprint';
import { fingerprint } from '../helpers/fingerprint';
import { referenceRow } from '../helpers/import-harness';
import type { RawMember } from '../helpers/raw-zip';
import { rawZip } from '../helpers/raw-zip';
import { bundleMembers, rezip } from '../helpers/rezip';
import type { TestCore } from '../helpers/temp-core';
import { openTestCore, tempDir } from '../helpers/temp-core';

/*
 * The ministry's import fed a valid bundle damaged at random: bytes flipped, inserted, deleted, the
 * file cut short; members swapped, renamed to paths, claiming huge sizes, nested in zips, drowned in
 * more members; a member's bytes changed inside a well-formed zip; and, signed with the sender's
 * own key, a damaged archive inside. Every file must be refused with a reason the analyst can read,
 * never crash the import, and leave the ministry's database byte for byte as it was; the import
 * history gains the refused attempt (a dry run, not even that).
 */

const HISTORY = join('imports', 'history.jsonl');
const REFERENCE = { reference_items: [referenceRow(1), referenceRow(2), referenceRow(3)] };

const dirs: { cleanup(): void }[] = [];
const folder = bundleFolder();
let ministry: TestCore;
let shk: ForgedInstitution;
let recipient: string;
let good: WrittenBundle;
let baseline: Fingerprint;
let files = 0;

beforeAll(async () => {
  const dir = tempDir('korpu-bundle-fuzz-');
  dirs.push(dir);
  ministry = await openTestCore(dir.path);
  const admin = ministry.connection();
  const credentials = { login: 'nazim', fullName: 'Nazim Əliyev', password: 'Nazirlik-2026-açar' };
  await admin.call('setup.ministry', { name: 'Deinstitusionalizasiya şöbəsi', admin: credentials, language: 'az' });
  await admin.signIn(credentials.login, credentials.password);
  shk = forgedInstitution();
  const { fingerprint: confirmedFingerprint } = await admin.call('ministry.inspectPublicKey', { text: shk.publicKeyFile });
  const enrolment = { code: shk.code, name: shk.name, regionCode: null, typeCode: null, publicKeyFile: shk.publicKeyFile, confirmedFingerprint };
  await admin.call('ministry.enrol', enrolment);
  recipient = (await admin.call('ministry.keys', {})).recipient;
  good = await forgeBundle(shk, recipient, { rows: REFERENCE });
  baseline = withoutHistory(fingerprint(ministry));
  // Undamaged, the bundle goes through: what refuses the files below is their damage.
  expect(await importing(good.bytes, true)).toMatchObject({ status: 'imported', problem: null });
}, 120_000);

afterAll(() => {
  ministry.close();
  folder.cleanup();
  dirs.splice(0).forEach((dir) => dir.cleanup());
});

function withoutHistory(state: Fingerprint): Fingerprint {
  const { [HISTORY]: _history, ...files } = state.files;
  return { ...state, files };
}

function history(): string {
  const file = join(ministry.core.deps.dataDir, HISTORY);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** Imports `bytes` as the analyst would; the result, once the database was found untouched. */
async function importing(bytes: Uint8Array, dryRun: boolean): Promise<ImportResult> {
  const before = history();
  const result = await importBundleFile(ministry.core.deps, folder.write(`fuzz-${++files}.korpu`, bytes), { dryRun });
  expect(withoutHistory(fingerprint(ministry))).toEqual(baseline);
  const added = history().slice(before.length);
  if (dryRun) {
    expect(added).toBe('');
  } else {
    expect(history().startsWith(before)).toBe(true);
    expect(added.split('\n').slice(0, -1).map((line) => JSON.parse(line) as ImportResult)).toEqual([expect.objectContaining({ status: result.status, problem: result.problem })]);
  }
  return result;
}

/** Imports `bytes`, which must be refused with a reason. */
async function refused(bytes: Uint8Array, dryRun: boolean): Promise<void> {
  const result = await importing(bytes, dryRun);
  expect(result).toMatchObject({ status: 'rejected', dryRun, counts: {}, warnings: [] });
  expect(result.problem).toEqual(expect.any(String));
  expect(result.reason).toEqual(expect.any(String));
}

/** A position in `length` bytes, often in the zip's headers and directory, where one byte decides most. */
const position = (length: number): fc.Arbitrary<number> =>
  fc.oneof(fc.nat(length - 1), fc.nat(Math.min(399, length - 1)), fc.nat(Math.min(299, length - 1)).map((back) => length - 1 - back));

type Mutation = (bytes: Buffer) => fc.Arbitrary<Buffer>;

/** Changes that always leave bytes different from what they were. */
const mutations: Record<string, Mutation> = {
  flipped: (bytes) =>
    fc.uniqueArray(fc.tuple(position(bytes.length), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8, selector: ([at]) => at }).map((flips) => {
      const out = Buffer.from(bytes);
      flips.forEach(([at, mask]) => (out[at] = out[at]! ^ mask));
      return out;
    }),
  'cut short': (bytes) => fc.nat(bytes.length - 1).map((length) => bytes.subarray(0, length)),
  'with bytes inserted': (bytes) =>
    fc.tuple(position(bytes.length + 1), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([at, extra]) => Buffer.concat([bytes.subarray(0, at), extra, bytes.subarray(at)])),
  'with bytes deleted': (bytes) =>
    fc.tuple(position(bytes.length), fc.integer({ min: 1, max: 512 })).map(([at, count]) => Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + count)])),
  'with junk before or after': (bytes) =>
    fc.tuple(fc.boolean(), fc.uint8Array({ minLength: 1, maxLength: 4096 })).map(([first, junk]) => Buffer.concat(first ? [junk, bytes] : [bytes, junk])),
};

const mutated = (bytes: () => Buffer): fc.Arbitrary<Buffer> => fc.constantFrom(...Object.values(mutations)).chain((mutate) => mutate(bytes()));

/** Names a member must never be read under. */
const HOSTILE_NAMES = ['../manifest.json', '../../../../etc/passwd', '/manifest.json', '/etc/passwd', 'C:\\manifest.json', '..\\..\\payload.age', '\\\\server\\share\\x', 'manifest.json/', 'manifest.json\u0000.txt', 'MANIFEST.JSON', 'manifest.json ', 'mаnifest.json', 'payload.age/../manifest.json', ''];

/** Zips built around the good members, each shaped in a way the canonical writer never would. */
function hostileZips(): fc.Arbitrary<Buffer> {
  const members = (): RawMember[] => Object.entries(bundleMembers(good.bytes)).map(([name, data]) => ({ name, data }));
  const which = fc.nat(BUNDLE_MEMBERS.length - 1);
  return fc.oneof(
    // The members in another order.
    fc
      .shuffledSubarray([0, 1, 2], { minLength: 3, maxLength: 3 })
      .filter((order) => order.join() !== '0,1,2')
      .map((order) => {
        const all = members();
        return rawZip(order.map((i) => all[i]!));
      }),
    // A member renamed to a path, an absolute name, a look-alike.
    fc.tuple(which, fc.oneof(fc.constantFrom(...HOSTILE_NAMES), fc.string({ unit: 'binary', maxLength: 80 }))).filter(([i, name]) => name !== BUNDLE_MEMBERS[i]).map(([i, name]) => {
      const all = members();
      all[i] = { ...all[i]!, name };
      return rawZip(all);
    }),
    // A member claiming a size it does not have, up to 4 GiB, in one header or both.
    fc
      .tuple(which, fc.oneof(fc.constantFrom(0xffffffff, 0x7fffffff, 2 ** 31, 0), fc.nat()), fc.constantFrom<RawMember['lieIn']>('central', 'local', 'both'))
      .filter(([i, declaredSize]) => declaredSize !== members()[i]!.data.length)
      .map(([i, declaredSize, lieIn]) => {
        const all = members();
        all[i] = { ...all[i]!, declaredSize, lieIn };
        return rawZip(all);
      }),
    // Compressed, or by an unknown method.
    fc.tuple(which, fc.integer({ min: 1, max: 0xffff })).map(([i, method]) => {
      const all = members();
      all[i] = { ...all[i]!, method };
      return rawZip(all);
    }),
    // The bundle inside a zip, or inside itself as a member.
    fc.constantFrom('bundle.korpu', ...BUNDLE_MEMBERS).map((name) => rawZip([{ name, data: good.bytes }])),
    which.map((i) => rawZip(members().map((member, j) => (j === i ? { ...member, data: good.bytes } : member)))),
    // Many members: the three and more, or the three again and again.
    fc.tuple(fc.integer({ min: 1, max: 3000 }), fc.boolean()).map(([count, repeat]) => {
      const all = members();
      const extra = Array.from({ length: count }, (_, i): RawMember => (repeat ? all[i % 3]! : { name: `x${i}.json`, data: Buffer.from(`{"n":${i}}`) }));
      return rawZip([...all, ...extra]);
    }),
  );
}

/** The good bundle with one member's bytes changed, in an otherwise canonical zip (CRCs right). */
function damagedMember(): fc.Arbitrary<{ name: (typeof BUNDLE_MEMBERS)[number]; data: Buffer; bundle: Buffer }> {
  const replacement = fc.oneof(
    fc.constant(Buffer.alloc(0)),
    fc.json().map((text) => Buffer.from(text, 'utf8')),
    fc.constant(Buffer.from(`{"institution":{"code":"SHK-UE-03"},"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}`)),
    fc.constant(Buffer.alloc(300 * 1024, '{')),
  );
  return fc
    .tuple(fc.constantFrom(...BUNDLE_MEMBERS), fc.oneof(fc.constantFrom(...Object.values(mutations)).map((mutate) => ({ mutate })), replacement.map((data) => ({ data }))))
    .chain(([name, change]) => {
      const original = bundleMembers(good.bytes)[name];
      const data = 'data' in change ? fc.constant(change.data) : change.mutate(original);
      return data.filter((bytes) => !bytes.equals(original)).map((bytes) => ({ name, data: bytes, bundle: rezip(good.bytes, { [name]: () => bytes }) }));
    });
}

/** The lines of a minisign file its signatures cover: the signature, the trusted comment, the global signature. */
const signedLines = (signature: Buffer): string[] => signature.toString('utf8').replace(/\n$/, '').split('\n').slice(1);

describe('a damaged bundle file', () => {
  it('is refused with a reason, and the database is left as it was', async () => {
    await fc.assert(
      fc.asyncProperty(mutated(() => good.bytes), fc.boolean(), async (bytes, dryRun) => refused(bytes, dryRun)),
      { numRuns: 200 },
    );
  }, 240_000);

  it('is refused when its zip is shaped otherwise: members swapped, renamed to paths, lying about sizes, nested, too many', async () => {
    const members = Object.entries(bundleMembers(good.bytes)).map(([name, data]) => ({ name, data }));
    // The test's own writer makes the very file the app does: each case differs only by its damage.
    expect(rawZip(members).equals(good.bytes)).toBe(true);
    await fc.assert(
      fc.asyncProperty(hostileZips(), fc.boolean(), async (bytes, dryRun) => refused(bytes, dryRun)),
      { numRuns: 100 },
    );
  }, 240_000);

  it('is refused when a member was changed inside a well-formed zip, unless only what no signature covers changed', async () => {
    const signature = bundleMembers(good.bytes)['manifest.json.minisig'];
    await fc.assert(
      fc.asyncProperty(damagedMember(), fc.boolean(), async ({ name, data, bundle }, dryRun) => {
        if (name !== 'manifest.json.minisig') {
          await refused(bundle, dryRun);
          return;
        }
        // The signature file's first line is an untrusted comment, by minisign's design: a change
        // there (or to the last line end) leaves a valid bundle, so these are only tried dry.
        const result = await importing(bundle, true);
        if (result.status === 'rejected') {
          expect(result.problem).toEqual(expect.any(String));
        } else {
          expect(result).toMatchObject({ status: 'imported', problem: null });
          expect(signedLines(data)).toEqual(signedLines(signature));
        }
      }),
      { numRuns: 120 },
    );
  }, 240_000);
});

describe('a signed bundle whose archive inside is damaged', () => {
  it('is refused, or read whole when the damage left it valid, and a dry run writes nothing', async () => {
    const tar = writeTar(profileFiles('plan', REFERENCE), Math.floor(Date.parse(FORGED_AT) / 1000));
    // The same archive undamaged goes through: what refuses the others is their damage.
    const intact = await forgeBundle(shk, recipient, { rows: REFERENCE, plain: tar });
    expect(await importing(intact.bytes, true)).toMatchObject({ status: 'imported', dryRun: true, counts: { reference_items: 3 } });
    // The archive's bytes damaged, or one table's lines damaged inside a well-formed archive.
    const table = jsonl(REFERENCE.reference_items);
    const damaged = fc.oneof(
      mutated(() => tar).map((plain): ForgeOptions => ({ rows: REFERENCE, plain })),
      mutated(() => table).map((data): ForgeOptions => ({ files: profileFiles('plan').map((file) => (file.name === 'reference_items.jsonl' ? { ...file, data } : file)) })),
    );
    await fc.assert(
      fc.asyncProperty(damaged, async (options) => {
        const bundle = await forgeBundle(shk, recipient, options);
        const result = await importing(bundle.bytes, true);
        if (result.status !== 'rejected') {
          expect(result).toMatchObject({ status: 'imported', problem: null });
        } else {
          expect(result.problem).toEqual(expect.any(String));
        }
      }),
      { numRuns: 100 },
    );
  }, 240_000);
});
