import { isAbsolute, join } from 'node:path';

import { beforeEach, describe, expect, it, vi } from 'vitest';

import { memoryLogger } from '../platform/logger';
import { APP_ENTRY_URL, createMainWindow, PRELOAD_PATH, rendererEntryUrl, webPreferences } from './window';

const fake = vi.hoisted(() => {
  type Listener = () => void;
  class FakeBrowserWindow {
    static instances: FakeBrowserWindow[] = [];
    static loadResult: () => Promise<void> = () => Promise.resolve();
    readonly listeners = new Map<string, Listener>();
    readonly show = vi.fn();
    readonly loadURL = vi.fn((_url: string) => FakeBrowserWindow.loadResult());
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.instances.push(this);
    }
    once(event: string, listener: Listener): this {
      this.listeners.set(event, listener);
      return this;
    }
  }
  return { FakeBrowserWindow };
});

vi.mock('electron', () => ({ BrowserWindow: fake.FakeBrowserWindow }));

describe('main window', () => {
  beforeEach(() => {
    fake.FakeBrowserWindow.instances.length = 0;
    fake.FakeBrowserWindow.loadResult = () => Promise.resolve();
  });

  it('uses the hardened web preferences of the Electron security checklist', () => {
    expect(webPreferences).toEqual({
      preload: PRELOAD_PATH,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('points the preload at the sandboxed CommonJS bundle beside the main bundle', () => {
    expect(isAbsolute(PRELOAD_PATH)).toBe(true);
    expect(PRELOAD_PATH.endsWith(join('preload', 'preload.cjs'))).toBe(true);
  });

  it('loads app://korpu/index.html in production, even when a dev server URL is in the environment', () => {
    expect(APP_ENTRY_URL).toBe('app://korpu/index.html');
    expect(rendererEntryUrl({}, true)).toBe('app://korpu/index.html');
    expect(rendererEntryUrl({}, false)).toBe('app://korpu/index.html');
    expect(rendererEntryUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBe('app://korpu/index.html');
  });

  it('follows the electron-vite dev server only in an unpackaged app', () => {
    expect(rendererEntryUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toBe('http://localhost:5173');
  });

  it('creates a hidden 1280×800 window titled Körpü and shows it when its first paint is ready', () => {
    createMainWindow(APP_ENTRY_URL, memoryLogger());
    const [win] = fake.FakeBrowserWindow.instances;
    expect(win?.options).toMatchObject({
      width: 1280,
      height: 800,
      minWidth: 1024,
      minHeight: 680,
      title: 'Körpü',
      show: false,
      webPreferences,
    });
    expect(win?.loadURL).toHaveBeenCalledWith('app://korpu/index.html');
    expect(win?.show).not.toHaveBeenCalled();
    win?.listeners.get('ready-to-show')?.();
    expect(win?.show).toHaveBeenCalledOnce();
  });

  it('logs a failed load (without leaving an unhandled rejection)', async () => {
    const logger = memoryLogger();
    fake.FakeBrowserWindow.loadResult = () => Promise.reject(new Error('ERR_FILE_NOT_FOUND'));
    createMainWindow(APP_ENTRY_URL, logger);
    await vi.waitFor(() => expect(logger.entries).toHaveLength(1));
    expect(logger.entries[0]).toMatchObject({ level: 'error', event: 'window.load-failed', fields: { url: APP_ENTRY_URL } });
  });
});
