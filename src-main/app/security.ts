import type { Session, WebContents } from 'electron';
import { app, session, shell } from 'electron';

import type { TrustedOrigin } from '../ipc/trusted-sender';
import { isTrustedUrl } from '../ipc/trusted-sender';
import type { Logger } from '../platform/logger';
import { guardDownloads } from './downloads';

export type GuardOptions = {
  /** Origins our windows may show (the app:// origin, plus the dev server in development). */
  trustedOrigins: readonly TrustedOrigin[];
  logger: Logger;
};

/** The parts of a webContents the guards attach to (a fake in tests). */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** The parts of a session whose permission handlers the guards set. */
export type GuardedSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>;

/**
 * True for a link we may hand to the OS browser: http(s) only. file:, smb: and custom schemes could
 * open or run local programs and files; javascript: and data: could run code.
 */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
}

/** The scheme and host of a URL for a log line: enough to diagnose, no path or query (no data). */
function originForLog(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return 'unparseable';
  }
}

/**
 * Denies every permission (camera, microphone, geolocation, notifications, HID, serial, ...): a
 * records app needs none, and a page that asks has been tampered with.
 */
export function denyAllPermissions(target: GuardedSession): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
}

/**
 * Keeps a webContents on our own pages: navigation and redirects elsewhere are stopped, new
 * windows are never created (http(s) links go to the OS browser instead), webviews never attach.
 */
export function hardenWebContents(contents: GuardedContents, options: GuardOptions): void {
  const stayHome = (details: { url: string; preventDefault(): void }, kind: string): void => {
    if (!isTrustedUrl(details.url, options.trustedOrigins)) {
      details.preventDefault();
      options.logger.log('warn', 'security.navigation-blocked', { kind, to: originForLog(details.url) });
    }
  };
  contents.on('will-navigate', (details) => stayHome(details, 'navigate'));
  // Iframes: 'will-navigate' sees only the main frame (handled above, so skipped here).
  contents.on('will-frame-navigate', (details) => {
    if (!details.isMainFrame) {
      stayHome(details, 'frame-navigate');
    }
  });
  contents.on('will-redirect', (details) => stayHome(details, 'redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    options.logger.log('warn', 'security.webview-blocked');
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      shell.openExternal(url).catch(() => {
        options.logger.log('warn', 'security.open-external-failed', { to: originForLog(url) });
      });
    } else {
      options.logger.log('warn', 'security.window-open-blocked', { to: originForLog(url) });
    }
    return { action: 'deny' };
  });
}

/**
 * Installs the guards for the whole app: permissions on the default session, and the webContents
 * hardening on every webContents ever created (windows, devtools, anything a bug might open).
 * Call once, after app ready and before the first window.
 */
export function installSecurityGuards(options: GuardOptions): void {
  denyAllPermissions(session.defaultSession);
  guardDownloads(session.defaultSession, { startDir: () => app.getPath('documents'), logger: options.logger });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, options));
}
