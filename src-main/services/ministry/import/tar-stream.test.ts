import { describe, expect, it } from 'vitest';

import { tarHeader, writeTar } from '../../bundles/format/tar';
import type { TarSink } from './tar-stream';
import { TarStreamReader } from './tar-stream';

const MTIME = 1_790_000_000;

/** Reads `archive` fed in pieces of `step` bytes; returns the files as the sink saw them. */
function read(archive: Uint8Array, step: number): { name: string; text: string }[] {
  const files: { name: string; text: string; parts: Buffer[] }[] = [];
  const sink: TarSink = {
    begin: (name) => void files.push({ name, text: '', parts: [] }),
    data: (chunk) => void files.at(-1)!.parts.push(Buffer.from(chunk)),
    end: () => {
      const file = files.at(-1)!;
      file.text = Buffer.concat(file.parts).toString('utf8');
    },
  };
  const reader = new TarStreamReader(sink, MTIME);
  for (let at = 0; at < archive.length; at += step) {
    reader.push(archive.subarray(at, at + step));
  }
  reader.finish();
  return files.map(({ name, text }) => ({ name, text }));
}

const files = [
  { name: 'reference_items.jsonl', data: Buffer.from('{"a":"Şəki, İsmayılov, ğ, ü"}\n'.repeat(40)) },
  { name: 'empty.jsonl', data: Buffer.alloc(0) },
  { name: 'exact.jsonl', data: Buffer.alloc(512, 0x61) },
];
const archive = writeTar(files, MTIME);
const expected = files.map((file) => ({ name: file.name, text: file.data.toString('utf8') }));

describe('the streaming tar reader', () => {
  it('reads the same files whatever the chunk size, one byte at a time included', () => {
    for (const step of [1, 7, 511, 512, 513, 4096, archive.length]) {
      expect(read(archive, step), `step ${step}`).toEqual(expected);
    }
  });

  it('refuses headers other than Körpü writes, non-zero padding, a missing or damaged end marker, and trailing bytes', () => {
    const otherTime = writeTar(files, MTIME + 1);
    expect(() => read(otherTime, 100)).toThrow(/not as Körpü writes it/);
    const padded = Buffer.from(archive);
    padded[512 + files[0]!.data.length] = 1;
    expect(() => read(padded, 100)).toThrow(/padding after reference_items.jsonl/);
    expect(() => read(archive.subarray(0, archive.length - 512), 100)).toThrow(/without its end marker/);
    expect(() => read(archive.subarray(0, 600), 100)).toThrow(/cut short/);
    expect(() => read(Buffer.concat([archive, Buffer.alloc(512)]), 100)).toThrow(/after the end/);
    const marker = Buffer.from(archive);
    marker[archive.length - 1] = 1;
    expect(() => read(marker, 100)).toThrow(/end marker/);
    const damaged = Buffer.from(archive);
    damaged[0] = 0x7a;
    expect(() => read(damaged, 100)).toThrow(/damaged/);
    const link = tarHeader('x.jsonl', 0, MTIME);
    link.write('2', 156, 'ascii');
    expect(() => read(Buffer.concat([link, Buffer.alloc(1024)]), 100)).toThrow(/damaged|regular file/);
  });
});
