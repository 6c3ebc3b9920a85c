import { describe, expect, it } from 'vitest';

import { readTar, TarFormatError, writeTar } from './tar';

describe('the payload tar', () => {
  it('reads back the files written, including empty ones and sizes on a block edge', () => {
    const files = [
      { name: 'residents.jsonl', data: Buffer.from('{"id":"r-1"}\n') },
      { name: 'empty.jsonl', data: Buffer.alloc(0) },
      { name: 'block.jsonl', data: Buffer.alloc(512, 0x61) },
    ];
    const back = readTar(writeTar(files, 1_700_000_000));
    expect(back.map((file) => [file.name, Buffer.from(file.data).toString()])).toEqual(files.map((file) => [file.name, file.data.toString()]));
  });

  it('refuses a damaged header, bytes after the end and names with a path', () => {
    const tar = writeTar([{ name: 'a.jsonl', data: Buffer.from('x') }], 0);
    const damaged = Buffer.from(tar);
    damaged[0] = 0x62;
    expect(() => readTar(damaged)).toThrow(TarFormatError);
    expect(() => readTar(Buffer.concat([tar, Buffer.alloc(512, 1)]))).toThrow(TarFormatError);
    expect(() => writeTar([{ name: '../a', data: Buffer.alloc(0) }], 0)).toThrow();
  });
});
