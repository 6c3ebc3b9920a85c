import { beforeEach, describe, expect, it, vi } from 'vitest';

import { APP_ORIGIN } from '../ipc/trusted-sender';
import { memoryLogger } from '../platform/logger';
import type { GuardedContents } from './security';
import { denyAllPermissions, hardenWebContents, installSecurityGuards, isSafeExternalUrl } from './security';

const fake = vi.hoisted(() => ({
  appListeners: new Map<string, (...args: unknown[]) => void>(),
  openExternal: vi.fn((_url: string) => Promise.resolve()),
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    on: vi.fn(),
  },
}));

vi.mock('electron', () => ({
  app: {
    on: (event: string, listener: (...args: unknown[]) => void) => {
      fake.appListeners.set(event, listener);
    },
    getPath: () => '/home/test/Documents',
  },
  session: { defaultSession: fake.defaultSession },
  shell: { openExternal: fake.openExternal },
}));

type NavigationDetails = { url: string; isMainFrame: boolean; preventDefault: () => void };

/** A webContents that records the guards' listeners so a test can fire its events. */
function fakeContents() {
  const listeners = new Map<string, (details: unknown) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on(event: string, listener: (details: unknown) => void) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      openHandler = handler;
    },
  };
  const navigate = (event: string, url: string, isMainFrame = true): NavigationDetails => {
    const details = { url, isMainFrame, preventDefault: vi.fn() };
    listeners.get(event)?.(details);
    return details;
  };
  return {
    contents: contents as unknown as GuardedContents,
    navigate,
    attachWebview() {
      const event = { preventDefault: vi.fn() };
      listeners.get('will-attach-webview')?.(event);
      return event;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

const options = () => ({ trustedOrigins: [APP_ORIGIN], logger: memoryLogger() });

describe('security guards', () => {
  beforeEach(() => {
    fake.openExternal.mockClear();
    fake.appListeners.clear();
  });

  it('denies every permission request and every permission check', () => {
    const target = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    denyAllPermissions(target);
    const request = target.setPermissionRequestHandler.mock.calls[0]?.[0] as (c: unknown, p: string, cb: (ok: boolean) => void) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    const check = target.setPermissionCheckHandler.mock.calls[0]?.[0] as (c: unknown, p: string) => boolean;
    expect(check(null, 'media')).toBe(false);
    const device = target.setDevicePermissionHandler.mock.calls[0]?.[0] as (details: unknown) => boolean;
    expect(device({ deviceType: 'usb' })).toBe(false);
  });

  it('stops navigation and redirects away from our origin, and lets our own pages load', () => {
    const page = fakeContents();
    hardenWebContents(page.contents, options());
    expect(page.navigate('will-navigate', 'https://evil.example/').preventDefault).toHaveBeenCalled();
    expect(page.navigate('will-redirect', 'https://evil.example/').preventDefault).toHaveBeenCalled();
    expect(page.navigate('will-navigate', 'file:///etc/passwd').preventDefault).toHaveBeenCalled();
    expect(page.navigate('will-navigate', 'app://korpu.evil.example/').preventDefault).toHaveBeenCalled();
    expect(page.navigate('will-navigate', 'app://korpu/x').preventDefault).not.toHaveBeenCalled();
    expect(page.navigate('will-redirect', 'app://korpu/index.html').preventDefault).not.toHaveBeenCalled();
  });

  it('keeps iframes on our origin too', () => {
    const page = fakeContents();
    hardenWebContents(page.contents, options());
    expect(page.navigate('will-frame-navigate', 'https://evil.example/', false).preventDefault).toHaveBeenCalled();
    expect(page.navigate('will-frame-navigate', 'app://korpu/frame.html', false).preventDefault).not.toHaveBeenCalled();
  });

  it('never opens a window; an https link goes to the OS browser instead', () => {
    const page = fakeContents();
    hardenWebContents(page.contents, options());
    expect(page.open('https://www.edu.gov.az/')).toEqual({ action: 'deny' });
    expect(fake.openExternal).toHaveBeenCalledWith('https://www.edu.gov.az/');
  });

  it('refuses file:, javascript: and other schemes without handing them to the OS', () => {
    const page = fakeContents();
    const guard = options();
    hardenWebContents(page.contents, guard);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'ms-msdt:/id', 'app://korpu/x', 'data:text/html,hi']) {
      expect(page.open(url)).toEqual({ action: 'deny' });
    }
    expect(fake.openExternal).not.toHaveBeenCalled();
    expect(guard.logger.entries.every((entry) => entry.event === 'security.window-open-blocked')).toBe(true);
  });

  it('prevents webviews from attaching', () => {
    const page = fakeContents();
    hardenWebContents(page.contents, options());
    expect(page.attachWebview().preventDefault).toHaveBeenCalled();
  });

  it('logs where a blocked navigation went, without its path or query', () => {
    const page = fakeContents();
    const guard = options();
    hardenWebContents(page.contents, guard);
    page.navigate('will-navigate', 'https://evil.example/child?name=Aysel');
    expect(guard.logger.entries).toEqual([
      { level: 'warn', event: 'security.navigation-blocked', fields: { kind: 'navigate', to: 'https://evil.example' } },
    ]);
  });

  it('hardens every webContents the app creates and denies permissions on the default session', () => {
    installSecurityGuards(options());
    expect(fake.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(fake.defaultSession.on).toHaveBeenCalledWith('will-download', expect.any(Function));
    const page = fakeContents();
    fake.appListeners.get('web-contents-created')?.({}, page.contents);
    expect(page.navigate('will-navigate', 'https://evil.example/').preventDefault).toHaveBeenCalled();
    expect(page.open('https://evil.example/')).toEqual({ action: 'deny' });
  });

  it('treats only http(s) URLs with a host as safe to open externally', () => {
    expect(isSafeExternalUrl('https://example.org/a')).toBe(true);
    expect(isSafeExternalUrl('http://example.org/')).toBe(true);
    expect(isSafeExternalUrl('HTTPS://EXAMPLE.ORG/')).toBe(true);
    for (const url of ['file:///C:/Windows/System32/calc.exe', 'javascript:alert(1)', 'smb://host/share', 'not a url', '', 'mailto:a@b.az', 'vbscript:x']) {
      expect(isSafeExternalUrl(url)).toBe(false);
    }
  });
});
