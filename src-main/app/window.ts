import { fileURLToPath } from 'node:url';

import type { WebPreferences } from 'electron';
import { BrowserWindow } from 'electron';

import type { Logger } from '../platform/logger';

/** The page the app loads in production, served by the app:// protocol handler (protocol.ts). */
export const APP_ENTRY_URL = 'app://korpu/index.html';

/**
 * The sandboxed preload. electron-vite bundles main into the single file out/main/main.js, so this
 * module's URL is that file's URL and the preload sits beside it in out/preload/.
 */
export const PRELOAD_PATH = fileURLToPath(new URL('../preload/preload.cjs', import.meta.url));

/**
 * The main window's web preferences, per the Electron security checklist: the page gets no Node,
 * runs in the sandbox, in an isolated world, and reaches the core only through the preload's bridge.
 */
export const webPreferences = {
  preload: PRELOAD_PATH,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  // Chromium's spellchecker has no Azerbaijani dictionary and would download others from Google.
  spellcheck: false,
} as const satisfies WebPreferences;

/**
 * The URL the window loads: electron-vite's dev server (ELECTRON_RENDERER_URL) only in an unpackaged
 * app, else the built renderer, so a packaged app never follows an environment variable to a server.
 */
export function rendererEntryUrl(env: NodeJS.ProcessEnv, isPackaged: boolean): string {
  const devUrl = env.ELECTRON_RENDERER_URL;
  return !isPackaged && devUrl !== undefined && devUrl !== '' ? devUrl : APP_ENTRY_URL;
}

/** Creates the main window and starts loading the app; it is shown once its first paint is ready. */
export function createMainWindow(entryUrl: string, logger: Logger): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 680,
    title: 'Körpü',
    // Shown on ready-to-show so the user never sees an empty white frame while the bundle loads.
    show: false,
    webPreferences,
  });
  win.once('ready-to-show', () => win.show());
  win.loadURL(entryUrl).catch((error: unknown) => {
    // Chromium shows its own error page; the log says why (the URL is ours, never user data).
    logger.log('error', 'window.load-failed', { url: entryUrl, error: error instanceof Error ? error.message.slice(0, 200) : String(error) });
  });
  return win;
}
