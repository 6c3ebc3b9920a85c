import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { CONTENT_SECURITY_POLICY } from '../platform/content-type';
import { registerAppScheme, rendererRequestHandler, serveRenderer } from './protocol';

const fake = vi.hoisted(() => ({ registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }));

vi.mock('electron', () => ({ protocol: fake }));

const INDEX_HTML = '<!doctype html><title>Körpü</title><script type="module" src="/assets/app.js"></script>';
const SECRET = 'outside the renderer: must never be served';

describe('app:// protocol', () => {
  let root: string;
  let handler: (request: Request) => Promise<Response>;
  const get = (url: string, init?: RequestInit) => handler(new Request(url, init));

  beforeAll(() => {
    // root/secret.txt sits beside the renderer folder, one `..` away.
    root = mkdtempSync(join(tmpdir(), 'korpu-protocol-'));
    const renderer = join(root, 'renderer');
    mkdirSync(join(renderer, 'assets'), { recursive: true });
    writeFileSync(join(renderer, 'index.html'), INDEX_HTML);
    writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log("hi")');
    writeFileSync(join(root, 'secret.txt'), SECRET);
    handler = rendererRequestHandler(renderer);
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('serves index.html with the CSP and nosniff headers', async () => {
    const response = await get('app://korpu/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX_HTML);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves / as index.html and scripts with their content type', async () => {
    expect(await (await get('app://korpu/')).text()).toBe(INDEX_HTML);
    const script = await get('app://korpu/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://korpu/../../etc/passwd',
    'app://korpu/../secret.txt',
    'app://korpu/%2e%2e%2fsecret.txt',
    'app://korpu/%2e%2e/secret.txt',
    'app://korpu/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://korpu/..%5csecret.txt',
    'app://korpu/%2fetc%2fpasswd',
    'app://korpu/index.html%00.js',
  ])('refuses path traversal %s with 404', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 404 for a missing file and for a folder', async () => {
    expect((await get('app://korpu/missing.js')).status).toBe(404);
    expect((await get('app://korpu/assets')).status).toBe(404);
    expect((await get('app://korpu/assets/')).status).toBe(404);
  });

  it('answers 404 for any host but korpu', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get('app://korpu.evil/index.html')).status).toBe(404);
    expect((await get('app://korpu:8080/index.html')).status).toBe(404);
  });

  it('serves only reads', async () => {
    expect((await get('app://korpu/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
    const head = await get('app://korpu/index.html', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('registers app:// as a standard, secure, fetch-capable scheme and serves it with protocol.handle', () => {
    registerAppScheme();
    expect(fake.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    serveRenderer(join(root, 'renderer'));
    expect(fake.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
