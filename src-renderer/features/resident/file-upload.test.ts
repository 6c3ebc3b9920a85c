import { describe, expect, it } from 'vitest';

import { base64ToBytes, bytesToBase64, fileProblem } from './file-upload';

const bytesOf = (text: string) => new TextEncoder().encode(text);

/** The plain way, one character at a time: slow for big files, but obviously right. */
function reference(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary);
}

describe('base64 of uploaded files', () => {
  it('matches the RFC 4648 examples, padding included', () => {
    expect(bytesToBase64(bytesOf(''))).toBe('');
    expect(bytesToBase64(bytesOf('f'))).toBe('Zg==');
    expect(bytesToBase64(bytesOf('fo'))).toBe('Zm8=');
    expect(bytesToBase64(bytesOf('foo'))).toBe('Zm9v');
    expect(bytesToBase64(bytesOf('foobar'))).toBe('Zm9vYmFy');
  });

  it('encodes every byte value, not only text', () => {
    const all = Uint8Array.from({ length: 256 }, (_, index) => index);
    expect(bytesToBase64(all)).toBe(reference(all));
  });

  it('joins the pieces of a large file into the same text as one encoding would give', () => {
    for (const length of [24_575, 24_576, 24_577, 3 * 24_576 + 2, 300_001]) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 7919 + (index >> 8)) % 256);
      const encoded = bytesToBase64(bytes);
      expect(encoded).toBe(reference(bytes));
      expect(encoded).toMatch(/^[A-Za-z0-9+/]*={0,2}$/);
      expect(base64ToBytes(encoded)).toEqual(bytes);
    }
  });

  it('refuses empty, too large and foreign files before sending', () => {
    expect(fileProblem({ size: 0, type: 'application/pdf' })).toBe('validation.fileEmpty');
    expect(fileProblem({ size: 20 * 1024 * 1024 + 1, type: 'application/pdf' })).toBe('validation.fileTooLarge');
    expect(fileProblem({ size: 10, type: 'image/gif' })).toBe('errors.FILE_TYPE_NOT_ALLOWED');
    expect(fileProblem({ size: 10, type: 'image/png' })).toBeNull();
    expect(fileProblem({ size: 10, type: '' })).toBeNull();
  });
});
