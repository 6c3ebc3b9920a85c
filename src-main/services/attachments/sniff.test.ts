import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { hostileFileName } from '../../../test/helpers/hostile-values';
import type { AttachmentMimeType } from '../../contract/attachments';
import { attachmentMimeTypes } from '../../contract/attachments';
import { safeFileName, sniffFileType } from './sniff';

const MAGIC: Record<AttachmentMimeType, Buffer> = {
  'application/pdf': Buffer.from('%PDF-', 'latin1'),
  'image/jpeg': Buffer.from([0xff, 0xd8, 0xff]),
  'image/png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
};
const EXTENSIONS: Record<AttachmentMimeType, readonly string[]> = { 'application/pdf': ['pdf'], 'image/jpeg': ['jpg', 'jpeg'], 'image/png': ['png'] };

const startsWithMagic = (bytes: Uint8Array) => Object.values(MAGIC).some((magic) => Buffer.from(bytes).subarray(0, magic.length).equals(magic));

describe('the type of a file', () => {
  it('is read from its first bytes, whatever follows them', () => {
    fc.assert(
      fc.property(fc.constantFrom(...attachmentMimeTypes), fc.uint8Array({ maxLength: 64 }), (type, rest) => {
        expect(sniffFileType(Buffer.concat([MAGIC[type], rest]))).toBe(type);
      }),
    );
  });

  it('is none we take for any other bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }).filter((bytes) => !startsWithMagic(bytes)), (bytes) => {
        expect(sniffFileType(bytes)).toBeNull();
      }),
    );
  });

  it.each([
    ['an HTML page', '<!DOCTYPE html><html><script>alert(1)</script>'],
    ['an SVG image with a script', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    ['a Windows program', 'MZ\x90\x00\x03\x00\x00\x00PE\x00\x00'],
    ['a Linux program', '\x7fELF\x02\x01\x01'],
    ['a shell script', '#!/bin/sh\nrm -rf ~\n'],
    ['a ZIP (or an Office document)', 'PK\x03\x04\x14\x00'],
    ['a GIF', 'GIF89a\x01\x00\x01\x00'],
    ['a PDF header after a byte-order mark', '\uFEFF%PDF-1.7'],
    ['a PDF header after a space', ' %PDF-1.7'],
    ['a PDF header in lower case', '%pdf-1.7'],
    ['a PNG signature cut short', '\x89PNG\r\n\x1a'],
    ['a JPEG start cut short', '\xff\xd8'],
    ['nothing', ''],
  ])('is none for %s, whatever its name says', (_what, text) => {
    expect(sniffFileType(Buffer.from(text, 'latin1'))).toBeNull();
  });

  it('reads a view into a larger buffer from the view’s start', () => {
    const larger = Buffer.concat([Buffer.from('junk'), MAGIC['image/png'], Buffer.from('rest')]);
    expect(sniffFileType(larger.subarray(4))).toBe('image/png');
    expect(sniffFileType(larger.subarray(0, 6))).toBeNull();
  });
});

/** Names Windows keeps for devices, whatever extension follows (`NUL.pdf` is the device too). */
const WINDOWS_DEVICES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

describe('the name a stored file is given', () => {
  it('is one plain file name on every system, with the extension of its real type', () => {
    fc.assert(
      fc.property(hostileFileName, fc.constantFrom(...attachmentMimeTypes), (name, type) => {
        const safe = safeFileName(name, type);
        // One path segment; no control, hidden or bidirectional characters, no half of a character
        // (a lone surrogate), nothing Windows refuses.
        expect(safe).not.toMatch(/[/\\<>:"|?*\p{Cc}\p{Cf}\p{Cs}]/u);
        // Neither hidden (a leading dot), climbing (`..`), nor changed by Windows (trailing dots, spaces).
        expect(safe).not.toMatch(/^[.\s]/);
        const dot = safe.lastIndexOf('.');
        expect(dot).toBeGreaterThan(0);
        expect(safe.slice(0, dot)).not.toMatch(/[.\s]$/);
        expect(EXTENSIONS[type]).toContain(safe.slice(dot + 1).toLowerCase());
        expect(safe.split('.')[0]!.trimEnd()).not.toMatch(WINDOWS_DEVICES);
        expect(Buffer.byteLength(safe, 'utf8')).toBeLessThanOrEqual(255);
      }),
      { numRuns: 500 },
    );
  });

  it('is already safe once made safe', () => {
    fc.assert(
      fc.property(hostileFileName, fc.constantFrom(...attachmentMimeTypes), (name, type) => {
        const safe = safeFileName(name, type);
        expect(safeFileName(safe, type)).toBe(safe);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a plain name as it was, in any alphabet', () => {
    const word = fc.constantFrom('Məhkəmə', 'qərarı', 'şəkil', 'Ərizə', 'İsmayılov', 'ağac', 'öyrənmə', 'çağırış', 'файл', 'report', '2026', 'No_5', 'skan-1');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), fc.constantFrom(...attachmentMimeTypes), (words, type) => {
        const name = `${words.join(' ')}.${EXTENSIONS[type][0]!}`;
        expect(safeFileName(name, type)).toBe(name);
      }),
    );
  });

  it.each([
    ['CON.pdf', 'application/pdf', '_CON.pdf'],
    ['nul', 'application/pdf', '_nul.pdf'],
    ['Aux.tar.png', 'image/png', '_Aux.tar.png'],
    ['COM1 .jpg', 'image/jpeg', '_COM1.jpg'],
    ['console.pdf', 'application/pdf', 'console.pdf'],
    ['../../CON', 'application/pdf', '_CON.pdf'],
    ['qəbz\u202Egpj.exe', 'application/pdf', 'qəbzgpj.exe.pdf'],
    ['\uD800şəkil\uDC00.png', 'image/png', 'şəkil.png'],
  ] as const)('makes %j, a %s, into %j', (name, type, expected) => {
    expect(safeFileName(name, type)).toBe(expected);
  });
});
