import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { SESSION_HEADER } from '../contract/bridge';
import type { Envelope } from '../contract/errors';
import { AppError, failed } from '../contract/errors';
import { events } from '../contract/events';
import { dispatch } from '../ipc/dispatch';
import { CONTENT_SECURITY_POLICY, contentTypeOf } from '../platform/content-type';
import { resolveInside } from '../platform/safe-path';
import type { CoreDeps, Emit } from '../services/context';
import { BRIDGE_SCRIPT } from './bridge-script';

/** The only address the preview listens on: it serves children's records, never to the network. */
export const PREVIEW_HOST = '127.0.0.1';
const MAX_BODY_BYTES = 32 * 1024 * 1024;

export type PreviewServerOptions = {
  deps: CoreDeps;
  rendererDir: string;
  token: string;
  port: number;
};

export type PreviewServer = { url: string; port: number; close(): Promise<void> };

/**
 * Serves the built renderer and the real core on 127.0.0.1. Every call must carry the per-run
 * token; requests naming another host (DNS rebinding) or origin are refused.
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  // One connection per server: sessions signed in here are refused by any other server.
  const connectionId = `preview:${randomBytes(8).toString('hex')}`;
  const streams = new Set<ServerResponse>();
  const emit: Emit = (name, payload) => {
    const data = JSON.stringify({ name, payload: events[name].parse(payload) });
    for (const stream of streams) {
      stream.write(`data: ${data}\n\n`);
    }
  };
  let port = 0;
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) {
        send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
      } else {
        response.end();
      }
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isOwnHost(request, port)) {
      send(response, 421, 'text/plain; charset=utf-8', 'Misdirected request');
      return;
    }
    const url = new URL(request.url ?? '/', `http://${PREVIEW_HOST}:${port}`);
    if (url.pathname.startsWith('/rpc/')) {
      await handleRpc(request, response, decodeURIComponent(url.pathname.slice('/rpc/'.length)));
    } else if (url.pathname === '/events') {
      handleEvents(request, response, url.searchParams.get('token') ?? '');
    } else if (request.method === 'GET' || request.method === 'HEAD') {
      await handleStatic(response, url.pathname);
    } else {
      send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    }
  }

  async function handleRpc(request: IncomingMessage, response: ServerResponse, name: string): Promise<void> {
    if (request.method !== 'POST' || !isOwnOrigin(request, port)) {
      sendEnvelope(response, 403, failed(new AppError('FORBIDDEN', 'Calls must come from the preview page')));
      return;
    }
    if (!tokenMatches(header(request, 'x-korpu-token'), options.token)) {
      sendEnvelope(response, 401, failed(new AppError('BAD_TOKEN', 'Missing or wrong preview token')));
      return;
    }
    const body = await readBody(request);
    if (body === null) {
      sendEnvelope(response, 413, failed(new AppError('VALIDATION_FAILED', 'The request is too large')));
      return;
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      sendEnvelope(response, 400, failed(new AppError('VALIDATION_FAILED', 'The request is not valid JSON')));
      return;
    }
    const sessionId = header(request, SESSION_HEADER);
    sendEnvelope(
      response,
      200,
      await dispatch(name, input, { deps: options.deps, sessionId: sessionId === '' ? null : sessionId, connectionId, emit }),
    );
  }

  function handleEvents(request: IncomingMessage, response: ServerResponse, token: string): void {
    if (!tokenMatches(token, options.token)) {
      sendEnvelope(response, 401, failed(new AppError('BAD_TOKEN', 'Missing or wrong preview token')));
      return;
    }
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    streams.add(response);
    request.on('close', () => streams.delete(response));
  }

  async function handleStatic(response: ServerResponse, pathname: string): Promise<void> {
    if (pathname === '/korpu-bridge.js') {
      send(response, 200, 'text/javascript; charset=utf-8', BRIDGE_SCRIPT);
      return;
    }
    const file = resolveInside(options.rendererDir, pathname);
    const body = file === null ? null : await readFile(file).catch(() => null);
    if (file === null || body === null) {
      send(response, 404, 'text/plain; charset=utf-8', 'Not found');
      return;
    }
    const contentType = contentTypeOf(file);
    if (contentType.startsWith('text/html')) {
      send(response, 200, contentType, withBridge(body.toString('utf8')));
    } else {
      send(response, 200, contentType, body);
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, PREVIEW_HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${PREVIEW_HOST}:${port}/?token=${options.token}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) {
          stream.end();
        }
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Inserts the bridge before the app's own scripts, so `window.korpu` exists when they run. */
function withBridge(html: string): string {
  return html.replace('<head>', '<head>\n    <script src="/korpu-bridge.js"></script>');
}

function isOwnHost(request: IncomingMessage, port: number): boolean {
  return request.headers.host === `${PREVIEW_HOST}:${port}`;
}

function isOwnOrigin(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin;
  return origin === undefined || origin === `http://${PREVIEW_HOST}:${port}`;
}

function header(request: IncomingMessage, name: string): string {
  const value = request.headers[name];
  return typeof value === 'string' ? value : '';
}

function tokenMatches(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped, so the caller still gets a clear answer.
      if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk);
      }
    });
    request.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function sendEnvelope(response: ServerResponse, status: number, envelope: Envelope<unknown>): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(envelope));
}

function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  response.writeHead(status, {
    'content-type': contentType,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  response.end(body);
}
