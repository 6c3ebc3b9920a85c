import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Envelope } from '../../src-main/contract/errors';
import type { PreviewServer } from '../../src-main/preview/server';
import { startPreviewServer } from '../../src-main/preview/server';
import type { TestCore } from '../helpers/temp-core';
import { openTestCore, sampleSetup, tempDir } from '../helpers/temp-core';

const TOKEN = 'preview-token-0123456789abcdef';
const INDEX_HTML = '<html><head><title>x</title></head><body></body></html>';
const APP_JS = 'document.title = "Körpü";\n';

let dir: ReturnType<typeof tempDir>;
let core: TestCore;
let rendererDir: string;
const servers: PreviewServer[] = [];

beforeEach(async () => {
  dir = tempDir();
  rendererDir = join(dir.path, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(rendererDir, 'assets', 'app.js'), APP_JS);
  // A file beside the renderer folder that a path trick would reach.
  writeFileSync(join(dir.path, 'secret.txt'), 'not for the browser');
  core = await openTestCore(join(dir.path, 'data'));
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  core.close();
  dir.cleanup();
});

async function start(): Promise<PreviewServer> {
  const server = await startPreviewServer({ deps: core.core.deps, rendererDir, token: TOKEN, port: 0 });
  servers.push(server);
  return server;
}

function base(server: PreviewServer): string {
  return `http://127.0.0.1:${server.port}`;
}

/** Calls a procedure the way the bridge script does. */
async function rpc(
  server: PreviewServer,
  name: string,
  input: unknown,
  headers: Record<string, string> = { 'x-korpu-token': TOKEN },
): Promise<{ status: number; envelope: Envelope<unknown> }> {
  const response = await fetch(`${base(server)}/rpc/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });
  return { status: response.status, envelope: (await response.json()) as Envelope<unknown> };
}

async function setupComplete(server: PreviewServer): Promise<unknown> {
  const { envelope } = await rpc(server, 'app.info', {});
  return envelope.ok ? (envelope.value as { setupComplete: boolean }).setupComplete : envelope;
}

type RawResponse = { status: number; body: string };

/** A request through node:http: the path and Host header go out exactly as written. */
function rawRequest(
  server: PreviewServer,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string | Iterable<Buffer> },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port: server.port, path: options.path, method: options.method ?? 'GET', headers: options.headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    const body = options.body;
    if (typeof body === 'string') {
      request.end(body);
    } else if (body === undefined) {
      request.end();
    } else {
      void writeAll(request, body).then(() => request.end(), reject);
    }
  });
}

async function writeAll(request: ReturnType<typeof httpRequest>, chunks: Iterable<Buffer>): Promise<void> {
  for (const chunk of chunks) {
    if (!request.write(chunk)) {
      await new Promise((resolve) => request.once('drain', resolve));
    }
  }
}

describe('preview server: the page', () => {
  it('serves the app page with the bridge script loaded first and a strict content policy', async () => {
    const server = await start();
    const response = await fetch(`${base(server)}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toMatch(/<head>\s*<script src="\/korpu-bridge\.js"><\/script>\s*<title>x<\/title>/);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('serves the app bundle as JavaScript', async () => {
    const server = await start();
    const response = await fetch(`${base(server)}/assets/app.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await response.text()).toBe(APP_JS);
  });

  it('serves the bridge script as JavaScript that defines window.korpu', async () => {
    const server = await start();
    const response = await fetch(`${base(server)}/korpu-bridge.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    const script = await response.text();
    expect(script).toMatch(/defineProperty\(window, 'korpu'/);
    expect(script).toContain('/rpc/');
  });

  it.each([
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2fetc/passwd',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
  ])('answers 404 for %s, never a file outside the app folder', async (path) => {
    const server = await start();
    const response = await rawRequest(server, { path, headers: { host: `127.0.0.1:${server.port}` } });
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('not for the browser');
    expect(response.body).not.toContain('root:');
  });
});

describe('preview server: calls', () => {
  it('refuses a call without the token', async () => {
    const server = await start();
    const { status, envelope } = await rpc(server, 'app.info', {}, {});
    expect(status).toBe(401);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'BAD_TOKEN' } });
  });

  it('refuses a call with a wrong token of the right length', async () => {
    const server = await start();
    const wrong = TOKEN.slice(0, -1) + (TOKEN.endsWith('x') ? 'y' : 'x');
    expect(wrong).toHaveLength(TOKEN.length);
    const { status, envelope } = await rpc(server, 'app.info', {}, { 'x-korpu-token': wrong });
    expect(status).toBe(401);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'BAD_TOKEN' } });
  });

  it('answers a call with the token from the real core', async () => {
    const server = await start();
    const { status, envelope } = await rpc(server, 'app.info', {});
    expect(status).toBe(200);
    expect(envelope).toMatchObject({ ok: true, value: { setupComplete: false, institutionName: null } });
  });

  it('refuses a request naming another host (DNS rebinding) before the core sees it', async () => {
    const server = await start();
    const response = await rawRequest(server, {
      path: '/rpc/setup.complete',
      method: 'POST',
      headers: { host: `evil.example:${server.port}`, 'content-type': 'application/json', 'x-korpu-token': TOKEN },
      body: JSON.stringify(sampleSetup),
    });
    expect(response.status).toBe(421);
    expect(await setupComplete(server)).toBe(false);
  });

  it('refuses a call from a page of another site', async () => {
    const server = await start();
    const { status, envelope } = await rpc(server, 'setup.complete', sampleSetup, {
      'x-korpu-token': TOKEN,
      origin: 'https://evil.example',
    });
    expect(status).toBe(403);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await setupComplete(server)).toBe(false);
  });

  it('refuses a body that is not JSON and writes nothing', async () => {
    const server = await start();
    const response = await fetch(`${base(server)}/rpc/setup.complete`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-korpu-token': TOKEN },
      body: `${JSON.stringify(sampleSetup).slice(0, -1)},`,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(await setupComplete(server)).toBe(false);
  });

  it('names the fields at fault in an invalid setup and does not set up', async () => {
    const server = await start();
    const input = { ...sampleSetup, institution: { ...sampleSetup.institution, code: 'x', capacity: 0 } };
    const { envelope } = await rpc(server, 'setup.complete', input);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const issues = envelope.ok ? [] : (envelope.error.details?.issues ?? []);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'institution.code', message: 'validation.institutionCode' }),
        expect.objectContaining({ path: 'institution.capacity', message: 'validation.capacityRange' }),
      ]),
    );
    expect(await setupComplete(server)).toBe(false);
  });

  it('answers UNKNOWN_PROCEDURE for a name the contract lacks', async () => {
    const server = await start();
    const { envelope } = await rpc(server, 'residents.deleteAll', {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
  });

  it('refuses a body over 32 MiB with a clear answer and does not set up', async () => {
    const server = await start();
    const mebibyte = Buffer.alloc(1024 * 1024, 0x20);
    const response = await rawRequest(server, {
      path: '/rpc/setup.complete',
      method: 'POST',
      headers: { host: `127.0.0.1:${server.port}`, 'content-type': 'application/json', 'x-korpu-token': TOKEN },
      body: Array.from({ length: 33 }, () => mebibyte),
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', message: expect.stringMatching(/too large/i) as unknown },
    });
    expect(await setupComplete(server)).toBe(false);
  });
});

describe('preview server: sessions', () => {
  it('keeps one session per server: sign in, read, sign out', async () => {
    const server = await start();
    const other = await start();
    expect((await rpc(server, 'setup.complete', sampleSetup)).envelope.ok).toBe(true);
    const login = await rpc(server, 'auth.login', { login: 'aynur', password: sampleSetup.director.password });
    expect(login.envelope).toMatchObject({ ok: true, value: { session: { user: { login: 'aynur', role: 'director' } } } });
    const sessionId = login.envelope.ok ? (login.envelope.value as { sessionId: string }).sessionId : '';
    const signedIn = { 'x-korpu-token': TOKEN, 'x-korpu-session': sessionId };

    expect((await rpc(server, 'institution.get', {}, signedIn)).envelope).toMatchObject({
      ok: true,
      value: { code: sampleSetup.institution.code, name: sampleSetup.institution.name },
    });
    // Without the session id nobody is signed in, and the id is worthless on another server.
    expect((await rpc(server, 'institution.get', {})).envelope).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect((await rpc(other, 'institution.get', {}, signedIn)).envelope).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });

    expect((await rpc(server, 'auth.logout', {}, signedIn)).envelope).toEqual({ ok: true, value: { ok: true } });
    expect((await rpc(server, 'institution.get', {}, signedIn)).envelope).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe('preview server: events', () => {
  it('refuses the event stream without the token', async () => {
    const server = await start();
    const response = await fetch(`${base(server)}/events`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'BAD_TOKEN' } });
  });

  it('pushes session.changed with the user to the page after a sign-in', async () => {
    const server = await start();
    expect((await rpc(server, 'setup.complete', sampleSetup)).envelope.ok).toBe(true);
    const abort = new AbortController();
    const response = await fetch(`${base(server)}/events?token=${encodeURIComponent(TOKEN)}`, { signal: abort.signal });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.body).not.toBeNull();
    const reader: ReadableStreamDefaultReader<Uint8Array> = response.body!.getReader();
    const decoder = new TextDecoder();
    try {
      await rpc(server, 'auth.login', { login: 'aynur', password: sampleSetup.director.password });
      let text = '';
      let event: unknown = undefined;
      while (event === undefined) {
        const { value, done } = await reader.read();
        if (done) {
          break;
        }
        text += decoder.decode(value, { stream: true });
        const line = text.split('\n').find((candidate) => candidate.startsWith('data: '));
        event = line === undefined ? undefined : JSON.parse(line.slice('data: '.length));
      }
      expect(event).toEqual({
        name: 'session.changed',
        payload: expect.objectContaining({
          user: expect.objectContaining({ login: 'aynur', role: 'director', fullName: sampleSetup.director.fullName }) as unknown,
          locked: false,
        }) as unknown,
      });
    } finally {
      abort.abort();
    }
  });
});
