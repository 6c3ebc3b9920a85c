import { generateX25519Identity } from 'age-encryption';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { FORGED_AT, forgeBundle, jsonl, profileFiles } from '../../../../test/helpers/bundle-forge';
import type { ForgeOptions } from '../../../../test/helpers/bundle-forge';
import type { ImportHarness } from '../../../../test/helpers/import-harness';
import { childRow, importHarness, referenceRow } from '../../../../test/helpers/import-harness';
import { writeBundle } from '../../bundles/bundle-writer';
import type { TarFile } from '../../bundles/format/tar';
import { tarHeader, TAR_END } from '../../bundles/format/tar';
import type { ReadOutcome } from './types';

let h: ImportHarness;

beforeAll(async () => {
  h = await importHarness();
});

afterAll(() => h.cleanup());

const MTIME = Date.parse(FORGED_AT) / 1000;
const reference = [referenceRow(1), referenceRow(2)];

async function outcomeOf(options: ForgeOptions): Promise<{ outcome: ReadOutcome; records: [string, unknown][] }> {
  const bundle = await forgeBundle(h.institution, h.ministry.recipient, options);
  return h.read(bundle.bytes, { chunkSize: 97 });
}

/** A tar header for any name, even one `tarHeader` refuses (its checksum made right). */
function rawHeader(name: string, size: number): Buffer {
  const header = tarHeader('x'.repeat(Buffer.byteLength(name)), size, MTIME);
  header.write(name, 0, 'utf8');
  header.fill(0x20, 148, 156);
  const sum = header.reduce((total, byte) => total + byte, 0);
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return header;
}

describe('decryption', () => {
  it('refuses a payload the ministry’s identity cannot open, before handing over anything', async () => {
    const bundle = await forgeBundle(h.institution, h.ministry.recipient, { rows: { reference_items: reference } });
    const other = await h.read(bundle.bytes, { identity: await generateX25519Identity() });
    expect(other.outcome).toMatchObject({ status: 'rejected', problem: 'cannot-decrypt', manifest: bundle.manifest, detail: expect.stringMatching(/no identity matched/) as string });
    expect(other.records).toEqual([]);
  });

  it('refuses a payload that is not age, or whose age header does not end early', async () => {
    const base = (await forgeBundle(h.institution, h.ministry.recipient)).manifest;
    const { payload: _payload, ...fields } = base;
    for (const [payload, detail] of [
      [Buffer.from('PK\x03\x04 not age'), /at most 65536 bytes/],
      [Buffer.from(`age-encryption.org/v1\n-> X25519 ${'A'.repeat(70_000)}`), /at most 65536 bytes/],
      [Buffer.from('age-encryption.org/v1\n-> X25519 abc\nAAAA\n--- AAAA\nshort'), /cannot be decrypted/],
    ] as const) {
      const { outcome, records } = await h.read(writeBundle(fields, payload, h.institution.key).bytes);
      expect(outcome).toMatchObject({ status: 'rejected', problem: 'cannot-decrypt', detail: expect.stringMatching(detail) as string });
      expect(records).toEqual([]);
    }
  });
});

describe('the payload’s tar', () => {
  const plan = (): TarFile[] => profileFiles('plan', { reference_items: reference });
  const cases: [string, ForgeOptions, RegExp][] = [
    ['not a tar', { plain: Buffer.from('{"kind":"region"}\n') }, /end marker/],
    ['an extra file', { files: [...plan(), { name: 'run.sh', data: Buffer.from('rm -rf /\n') }] }, /"run.sh", which is not a table of the plan profile/],
    ['a table of another profile', { files: [plan()[0]!, { name: 'residents.jsonl', data: Buffer.alloc(0) }, ...plan().slice(1)], manifest: { counts: countsOf(2) } }, /"residents.jsonl", which is not a table/],
    ['tables out of order', { files: [plan()[1]!, plan()[0]!, ...plan().slice(2)] }, /transformation_plans.jsonl where reference_items.jsonl belongs/],
    ['a table twice', { files: [plan()[0]!, plan()[0]!, ...plan().slice(1)] }, /reference_items.jsonl twice/],
    ['a missing table', { files: plan().slice(0, -1), manifest: { counts: countsOf(2) } }, /lacks plan_manual_indicator_values.jsonl/],
    ['a last line without its break', { files: [{ name: 'reference_items.jsonl', data: jsonl(reference).subarray(0, -1) }, ...plan().slice(1)], manifest: { counts: countsOf(1) } }, /does not end with a line break/],
    ['bytes that are not UTF-8', { files: [{ name: 'reference_items.jsonl', data: Buffer.from([0x7b, 0xc5, 0x7d, 0x0a]) }, ...plan().slice(1)], manifest: { counts: countsOf(1) } }, /not UTF-8/],
    ['headers with another time', { mtime: MTIME + 3600, rows: { reference_items: reference } }, /not as Körpü writes it/],
    ['a name with a path', { plain: Buffer.concat([rawHeader('../../etc/passwd', 0), TAR_END]) }, /forbidden name "..\/..\/etc\/passwd"/],
  ];

  it.each(cases)('refuses %s', async (_name, options, detail) => {
    const { outcome } = await outcomeOf(options);
    expect(outcome).toMatchObject({ status: 'rejected', problem: 'payload-invalid', detail: expect.stringMatching(detail) as string });
  });
});

/** `counts` of a plan bundle: every table empty but reference_items. */
function countsOf(referenceItems: number): Record<string, number> {
  return Object.fromEntries(profileFiles('plan').map((file) => [file.name.replace('.jsonl', ''), file.name === 'reference_items.jsonl' ? referenceItems : 0]));
}

describe('the records', () => {
  it('refuses a statistical bundle whose child carries a surname: the profile’s schemas are strict', async () => {
    const named = { ...childRow(2), surname: 'İsmayılov' };
    const { outcome, records } = await outcomeOf({ profile: 'statistical', rows: { reference_items: reference, children: [childRow(1), named] } });
    expect(outcome).toMatchObject({
      status: 'rejected',
      problem: 'record-invalid',
      params: { table: 'children', line: '2', path: 'surname', profile: 'statistical' },
      detail: expect.stringMatching(/^children.jsonl line 2 does not fit the statistical schema: surname: /) as string,
    });
    // Records before the bad one were handed over: the caller's transaction rolls them back.
    expect(records.map(([table]) => table)).toEqual(['reference_items', 'reference_items', 'children']);
  });

  it('names the line and field of a record that is not JSON or has a wrong value', async () => {
    const notJson = await outcomeOf({ files: [{ name: 'reference_items.jsonl', data: Buffer.from('{"kind":\n') }, ...profileFiles('plan').slice(1)], manifest: { counts: countsOf(1) } });
    expect(notJson.outcome).toMatchObject({ problem: 'record-invalid', params: { table: 'reference_items', line: '1', path: 'JSON' } });
    const wrong = await outcomeOf({ rows: { reference_items: [referenceRow(1), { ...referenceRow(2), labels: { az: 'Şəki', ru: 'Шеки', en: 7 } }] } });
    expect(wrong.outcome).toMatchObject({ problem: 'record-invalid', params: { table: 'reference_items', line: '2', path: 'labels.en' } });
  });

  it('refuses a table with more or fewer records than the manifest says', async () => {
    const more = await outcomeOf({ rows: { reference_items: reference }, manifest: { counts: countsOf(1) } });
    expect(more.outcome).toMatchObject({ problem: 'count-mismatch', params: { table: 'reference_items', found: '2', expected: '1' } });
    expect(more.records).toHaveLength(1);
    const fewer = await outcomeOf({ rows: { reference_items: reference }, manifest: { counts: countsOf(3) } });
    expect(fewer.outcome).toMatchObject({ problem: 'count-mismatch', params: { table: 'reference_items', found: '2', expected: '3' } });
  });
});
