import { describe, expect, it } from 'vitest';

import { JsonLinesSplitter } from './json-lines';

function split(bytes: Uint8Array, step: number, maxLineChars?: number): string[] {
  const lines: string[] = [];
  const splitter = new JsonLinesSplitter('t.jsonl', (line, number) => lines.push(`${number}:${line}`), maxLineChars);
  for (let at = 0; at < bytes.length; at += step) {
    splitter.push(bytes.subarray(at, at + step));
  }
  expect(splitter.end()).toBe(lines.length);
  return lines;
}

describe('the JSON Lines splitter', () => {
  it('keeps lines and multibyte characters cut across chunks whole', () => {
    const text = '{"ad":"Şəki, İsmayılov, ğ, ü"}\n{"ad":"Ağdam 😀"}\n\n{"x":1}\n';
    const expected = ['1:{"ad":"Şəki, İsmayılov, ğ, ü"}', '2:{"ad":"Ağdam 😀"}', '3:', '4:{"x":1}'];
    for (const step of [1, 2, 3, 5, 1000]) {
      expect(split(Buffer.from(text, 'utf8'), step), `step ${step}`).toEqual(expected);
    }
  });

  it('refuses bytes that are not UTF-8, a cut character, a byte-order mark, a last line without its break, and an endless line', () => {
    expect(() => split(Buffer.from([0x7b, 0xff, 0x7d, 0x0a]), 1)).toThrow(/not UTF-8/);
    expect(() => split(Buffer.from('{"a":"ş"}\n', 'utf8').subarray(0, 8), 1)).toThrow(/not UTF-8|line break/);
    expect(() => split(Buffer.from('\uFEFF{}\n', 'utf8'), 1)).toThrow(/byte-order mark/);
    expect(() => split(Buffer.from('{}\n{}', 'utf8'), 2)).toThrow(/does not end with a line break/);
    expect(() => split(Buffer.from('x'.repeat(100), 'utf8'), 7, 64)).toThrow(/longer than 64/);
  });
});
