import { join, resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { resolveInside } from './safe-path';

const root = resolve('/srv/korpu/renderer');

describe('resolving a URL path inside the renderer folder', () => {
  it('serves index.html for the root', () => {
    expect(resolveInside(root, '/')).toBe(join(root, 'index.html'));
  });

  it('finds files and files in sub-folders', () => {
    expect(resolveInside(root, '/index.html')).toBe(join(root, 'index.html'));
    expect(resolveInside(root, '/assets/a.js')).toBe(join(root, 'assets', 'a.js'));
  });

  it.each([
    ['a bare parent step', '..'],
    ['a parent step after the slash', '/../x'],
    ['an encoded parent step', '%2e%2e/x'],
    ['more parent steps than folders', '/a/../../x'],
    ['backslashes', '\\..\\x'],
    ['a NUL byte', '/index.html\0.png'],
    ['an encoded NUL byte', '/index.html%00.png'],
    ['a malformed percent-encoding', '/%E0%A4%A'],
  ])('refuses %s', (_what, urlPath) => {
    expect(resolveInside(root, urlPath)).toBeNull();
  });
});
