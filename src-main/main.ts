import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { BrowserWindow } from 'electron';
import { app, dialog, ipcMain } from 'electron';

import { applyMenu } from './app/menu';
import { registerAppScheme, serveRenderer } from './app/protocol';
import { safeStorageSecretStore } from './app/safe-storage-store';
import { installSecurityGuards } from './app/security';
import { damagedDatabaseChoice, languageOfLocale, startupErrorText } from './app/startup-errors';
import { APP_ENTRY_URL, createMainWindow, rendererEntryUrl } from './app/window';
import type { Language } from './contract/common';
import { events } from './contract/events';
import { registerIpc, windowConnectionId } from './ipc/ipc-main';
import type { TrustedOrigin } from './ipc/trusted-sender';
import { APP_ORIGIN } from './ipc/trusted-sender';
import { fileSecretStore } from './platform/file-secret-store';
import type { Logger } from './platform/logger';
import { fileLogger } from './platform/logger';
import { dataPaths } from './platform/paths';
import type { SecretStore } from './platform/secret-store';
import { importingSecretStore } from './platform/secret-store';
import { readLocalBackup, restorePortable } from './services/backup/restore';
import type { Core } from './services/core';
import { openCore } from './services/core';

/** out/main, where electron-vite puts this file: the preload, the renderer and the repo sit relative to it. */
const mainDir = dirname(fileURLToPath(import.meta.url));

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;

/** Opens the core, binds IPC and shows the window; any failure is shown, logged, and ends the app. */
async function start(): Promise<void> {
  const paths = dataPaths(app.getPath('userData'));
  const logger = fileLogger(paths.logFile);
  const language = languageOfLocale(app.getLocale());
  const isDev = !app.isPackaged;
  const entryUrl = rendererEntryUrl(process.env, app.isPackaged);
  const trustedOrigins: TrustedOrigin[] = [APP_ORIGIN];
  if (entryUrl !== APP_ENTRY_URL) {
    const devServer = new URL(entryUrl);
    trustedOrigins.push({ protocol: devServer.protocol, host: devServer.host });
  }
  const migrationsFolder = app.isPackaged ? join(process.resourcesPath, 'drizzle') : join(mainDir, '../../drizzle');
  // The keychain, taking over a key that a CLI recovery left in the file store.
  const secrets = importingSecretStore(safeStorageSecretStore(paths.secrets), fileSecretStore(paths.secrets));
  try {
    installSecurityGuards({ trustedOrigins, logger });
    applyMenu(language, isDev);
    core = await openCore({
      dataDir: paths.root,
      migrationsFolder,
      secrets,
      logger,
      appVersion: app.getVersion(),
      defaultLanguage: language,
    });
    const { sessions } = core.deps;
    registerIpc(ipcMain, {
      deps: core.deps,
      trustedOrigins,
      onEvent: (name, payload) => {
        const session = name === 'session.changed' ? events['session.changed'].safeParse(payload) : null;
        if (session?.success === true && session.data !== null) {
          applyMenu(session.data.user.language, isDev);
        }
      },
    });
    app.on('web-contents-created', (_event, contents) => {
      // The id is read now: a destroyed webContents may no longer answer.
      const id = contents.id;
      contents.once('destroyed', () => sessions.dropConnection(windowConnectionId(id)));
    });
    serveRenderer(join(mainDir, '../renderer'));
    mainWindow = createMainWindow(entryUrl, logger);
  } catch (error) {
    const choice = damagedDatabaseChoice(error, language);
    if (choice !== null) {
      await offerRestore(error, choice, { dataDir: paths.root, secrets, migrationsFolder, language, logFile: paths.logFile, logger });
      return;
    }
    fail(error, { language, logFile: paths.logFile, logger });
  }
}

/**
 * A damaged database with a backup: the user may restore the newest backup at once (the damaged
 * file is kept beside it), and Körpü starts again on it; or quit, and nothing changes.
 */
async function offerRestore(
  error: unknown,
  choice: NonNullable<ReturnType<typeof damagedDatabaseChoice>>,
  where: { dataDir: string; secrets: SecretStore; migrationsFolder: string; language: Language; logFile: string; logger: Logger },
): Promise<void> {
  const text = startupErrorText(error, where.language, where.logFile);
  const answer = dialog.showMessageBoxSync({ type: 'error', title: text.title, message: text.message, buttons: choice.buttons, defaultId: 0, cancelId: 1, noLink: true });
  if (answer !== 0) {
    fail(error, { ...where, shown: true });
    return;
  }
  try {
    const backup = await readLocalBackup(readFileSync(choice.latestBackup), where.secrets, app.getVersion());
    await restorePortable({ dataDir: where.dataDir, secrets: where.secrets, migrationsFolder: where.migrationsFolder, now: new Date() }, backup);
    where.logger.log('info', 'backup.restored', { reason: 'start-up' });
    app.relaunch();
    app.exit(0);
  } catch (failure) {
    dialog.showErrorBox(text.title, `${choice.restoreFailed}\n\n${startupErrorText(failure, where.language, where.logFile).message}`);
    fail(failure, { ...where, shown: true });
  }
}

/** Tells the user why Körpü cannot start (unless `shown` already), in their language, and quits; never deletes anything. */
function fail(error: unknown, where: { language: Language; logFile: string; logger: Logger; shown?: boolean }): void {
  where.logger.log('error', 'app.start-failed', {
    error: error instanceof Error ? error.name : typeof error,
    code: error instanceof Error && 'code' in error ? String(error.code) : undefined,
    message: error instanceof Error ? error.message.slice(0, 500) : undefined,
  });
  if (where.shown !== true) {
    const text = startupErrorText(error, where.language, where.logFile);
    dialog.showErrorBox(text.title, text.message);
  }
  core?.close();
  core = null;
  app.exit(1);
}

// One instance per user: two would share one database and one key.
if (app.requestSingleInstanceLock()) {
  registerAppScheme();
  if (process.platform === 'win32') {
    // Matches electron-builder's appId, so the taskbar groups the installed app's windows.
    app.setAppUserModelId('az.gov.edu.korpu');
  }
  app.on('second-instance', () => {
    if (mainWindow !== null && !mainWindow.isDestroyed()) {
      if (mainWindow.isMinimized()) {
        mainWindow.restore();
      }
      mainWindow.show();
      mainWindow.focus();
    }
  });
  // Also on macOS: a records app has nothing to do without its window.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    core?.close();
    core = null;
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // Only if showing the error itself failed: nothing else is left to tell the user with.
      dialog.showErrorBox('Körpü', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
} else {
  app.quit();
}
