import { readFile } from 'node:fs/promises';

import { protocol } from 'electron';

import { CONTENT_SECURITY_POLICY, contentTypeOf } from '../platform/content-type';
import { resolveInside } from '../platform/safe-path';

/** The scheme and host of our pages: app://korpu/ (see APP_ORIGIN in ipc/trusted-sender.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'korpu';

/**
 * Declares app:// as a standard, secure scheme so our pages get a real origin, `'self'` in the CSP,
 * fetch and storage, like https. Electron requires this before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Headers every answer carries: the CSP (on every page), and no MIME sniffing. */
function baseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: baseHeaders('text/plain; charset=utf-8') });
}

/**
 * The app:// handler: files of the built renderer, for host `korpu` only. Anything outside the
 * renderer folder (`..`, encoded slashes, backslashes), missing, or a folder answers 404.
 */
export function rendererRequestHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
      return notFound();
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: baseHeaders('text/plain; charset=utf-8') });
    }
    const file = resolveInside(rendererDir, url.pathname);
    if (file === null) {
      return notFound();
    }
    // A folder or a missing file makes readFile fail (EISDIR, ENOENT): both are simply not found.
    const body = await readFile(file).catch(() => null);
    if (body === null) {
      return notFound();
    }
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: baseHeaders(contentTypeOf(file)) });
  };
}

/** Serves the built renderer at app://korpu/ (call after app ready, before the window loads). */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, rendererRequestHandler(rendererDir));
}
