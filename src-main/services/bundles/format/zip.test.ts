import { describe, expect, it } from 'vitest';

import { bufferSource, readMember, readZipEntries, writeZip, ZipFormatError } from './zip';

const names = ['a.json', 'b.sig'] as const;
const limits = { names, maxSize: () => 1000 };
const zip = writeZip([
  { name: 'a.json', data: Buffer.from('{"a":1}') },
  { name: 'b.sig', data: Buffer.from('signature') },
]);

describe('the canonical zip', () => {
  it('reads back exactly the members written, in order', () => {
    const source = bufferSource(zip);
    const entries = readZipEntries(source, limits);
    expect(entries.map((entry) => [entry.name, readMember(source, entry).toString()])).toEqual([
      ['a.json', '{"a":1}'],
      ['b.sig', 'signature'],
    ]);
  });

  it('refuses every single changed byte of the file', () => {
    const refusedAt: number[] = [];
    for (let at = 0; at < zip.length; at += 1) {
      const copy = Buffer.from(zip);
      copy[at] = copy[at]! ^ 0x01;
      try {
        const source = bufferSource(copy);
        for (const entry of readZipEntries(source, limits)) {
          readMember(source, entry);
        }
      } catch (error) {
        expect(error).toBeInstanceOf(ZipFormatError);
        refusedAt.push(at);
      }
    }
    expect(refusedAt).toHaveLength(zip.length);
  });

  it('refuses other members, extra bytes, a cut file and members over the limit', () => {
    expect(() => readZipEntries(bufferSource(zip), { names: ['a.json'], maxSize: () => 1000 })).toThrow(ZipFormatError);
    expect(() => readZipEntries(bufferSource(Buffer.concat([zip, Buffer.from([0])])), limits)).toThrow(ZipFormatError);
    expect(() => readZipEntries(bufferSource(zip.subarray(0, zip.length - 1)), limits)).toThrow(ZipFormatError);
    expect(() => readZipEntries(bufferSource(zip), { names, maxSize: () => 3 })).toThrow(/larger than allowed/);
    expect(() => readZipEntries(bufferSource(Buffer.alloc(10)), limits)).toThrow(/too short/);
  });
});
