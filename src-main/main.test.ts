import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { IpcMainInvokeEvent, MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { sampleSetup } from '../test/helpers/temp-core';
import type { Envelope, ErrorCode } from './contract/errors';
import { procedureNames } from './contract/procedures';
import type { PortableBackup } from './services/backup/portable';
import type * as RestoreModule from './services/backup/restore';
import type { RestoreTarget } from './services/backup/restore';
import type { Core, CoreOptions } from './services/core';
import type * as CoreModule from './services/core';

type Listener = (...args: unknown[]) => void;
type Handler = (event: IpcMainInvokeEvent, input: unknown) => Promise<Envelope<unknown>>;

/** Electron, faked: records what main does, and lets a test fire app events. */
const fake = vi.hoisted(() => {
  const state = {
    gotLock: true,
    userData: '',
    locale: 'az',
    keyring: { available: true, backend: 'gnome_libsecret' },
    /** Makes openCore fail with an AppError of this code (built from main's own module instance). */
    openCoreFailure: null as ErrorCode | null,
    cores: [] as { core: unknown; close: () => void }[],
    coreOptions: [] as unknown[],
    appListeners: new Map<string, Listener[]>(),
    ipcHandlers: new Map<string, Handler>(),
    windows: [] as FakeWindow[],
    menus: [] as unknown[],
    errorBoxes: [] as [string, string][],
    messageBoxes: [] as { message: string; buttons: string[] }[],
    /** The button the user presses in a message box (0: the first). */
    messageBoxAnswer: 1,
    relaunches: 0,
    exits: [] as number[],
    quits: 0,
    calls: [] as string[],
  };
  class FakeWindow {
    readonly options: Record<string, unknown>;
    url = '';
    minimized = true;
    readonly restore = vi.fn(() => {
      this.minimized = false;
    });
    readonly show = vi.fn();
    readonly focus = vi.fn();
    constructor(options: Record<string, unknown>) {
      this.options = options;
      state.windows.push(this);
    }
    once(): this {
      return this;
    }
    loadURL(url: string): Promise<void> {
      this.url = url;
      return Promise.resolve();
    }
    isDestroyed(): boolean {
      return false;
    }
    isMinimized(): boolean {
      return this.minimized;
    }
  }
  const xor = (data: Buffer) => Buffer.from(data.map((byte) => byte ^ 0x5a));
  const electron = {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: () => {
        state.calls.push('requestSingleInstanceLock');
        return state.gotLock;
      },
      whenReady: () => {
        state.calls.push('whenReady');
        return Promise.resolve();
      },
      on: (event: string, listener: Listener) => {
        state.appListeners.set(event, [...(state.appListeners.get(event) ?? []), listener]);
      },
      getPath: (name: string) => (name === 'userData' ? state.userData : `/nonexistent/${name}`),
      getLocale: () => state.locale,
      getVersion: () => '9.8.7',
      quit: () => {
        state.quits += 1;
      },
      exit: (code: number) => {
        state.exits.push(code);
      },
      relaunch: () => {
        state.relaunches += 1;
      },
      setAboutPanelOptions: () => undefined,
      setAppUserModelId: () => undefined,
    },
    BrowserWindow: FakeWindow,
    dialog: {
      showErrorBox: (title: string, message: string) => {
        state.errorBoxes.push([title, message]);
      },
      showMessageBoxSync: (options: { message: string; buttons: string[] }) => {
        state.messageBoxes.push({ message: options.message, buttons: options.buttons });
        return state.messageBoxAnswer;
      },
    },
    ipcMain: {
      handle: (channel: string, handler: Handler) => {
        state.ipcHandlers.set(channel, handler);
      },
      removeHandler: (channel: string) => {
        state.ipcHandlers.delete(channel);
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => {
        state.menus.push(menu);
      },
    },
    protocol: {
      registerSchemesAsPrivileged: () => {
        state.calls.push('registerSchemesAsPrivileged');
      },
      handle: (scheme: string) => {
        state.calls.push(`protocol.handle:${scheme}`);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => {
          state.calls.push('setPermissionRequestHandler');
        },
        setPermissionCheckHandler: () => undefined,
        setDevicePermissionHandler: () => undefined,
        on: (event: string) => {
          state.calls.push(`session.on:${event}`);
        },
      },
    },
    shell: { openExternal: () => Promise.resolve() },
    safeStorage: {
      isAsyncEncryptionAvailable: () => Promise.resolve(state.keyring.available),
      getSelectedStorageBackend: () => state.keyring.backend,
      encryptStringAsync: (plain: string) => Promise.resolve(xor(Buffer.from(plain, 'utf8'))),
      decryptStringAsync: (blob: Buffer) => Promise.resolve({ result: xor(blob).toString('utf8'), shouldReEncrypt: false }),
    },
  };
  return { state, electron };
});

vi.mock('electron', () => fake.electron);

// The real core, opened on the repository's migrations: main computes them relative to the built
// out/main/main.js, which from the source tree points one folder too high.
vi.mock('./services/core', async (importOriginal) => {
  const actual = await importOriginal<typeof CoreModule>();
  const migrationsFolder = new URL('../drizzle', import.meta.url).pathname;
  return {
    ...actual,
    openCore: async (options: CoreOptions): Promise<Core> => {
      fake.state.coreOptions.push(options);
      if (fake.state.openCoreFailure !== null) {
        // After vi.resetModules, main sees a fresh AppError class; instanceof needs that one.
        const { AppError } = await import('./contract/errors');
        throw new AppError(fake.state.openCoreFailure, 'refused by the test');
      }
      const core = await actual.openCore({ ...options, migrationsFolder });
      const record = { core, close: vi.fn(() => core.close()) };
      fake.state.cores.push(record);
      return { ...core, close: record.close };
    },
  };
});

// The restore checks the backup against the same migrations.
vi.mock('./services/backup/restore', async (importOriginal) => {
  const actual = await importOriginal<typeof RestoreModule>();
  const migrationsFolder = new URL('../drizzle', import.meta.url).pathname;
  return { ...actual, restorePortable: (target: RestoreTarget, backup: PortableBackup) => actual.restorePortable({ ...target, migrationsFolder }, backup) };
});

const { state } = fake;

/** Imports main afresh (its top level is the app's start) and waits until it has settled. */
async function startMain(until: () => void): Promise<void> {
  vi.resetModules();
  await import('./main');
  await vi.waitFor(until, { timeout: 10_000 });
}

function ipcCall(
  name: string,
  input: unknown,
  options: { url?: string; parent?: unknown; senderId?: number; sessionId?: string | null } = {},
) {
  const handler = state.ipcHandlers.get(`korpu:${name}`);
  if (handler === undefined) {
    throw new Error(`no handler for ${name}`);
  }
  const event = {
    senderFrame: { url: options.url ?? 'app://korpu/index.html', parent: options.parent ?? null },
    sender: { id: options.senderId ?? 1, send: vi.fn() },
  } as unknown as IpcMainInvokeEvent;
  return handler(event, { input, sessionId: options.sessionId ?? null });
}

function fire(event: string, ...args: unknown[]): void {
  for (const listener of state.appListeners.get(event) ?? []) {
    listener(...args);
  }
}

const topLabels = (menu: unknown) => (menu as MenuItemConstructorOptions[]).map((item) => item.label);

describe('main (composition root)', () => {
  beforeEach(() => {
    state.gotLock = true;
    state.userData = mkdtempSync(join(tmpdir(), 'korpu-main-'));
    state.locale = 'az';
    state.keyring = { available: true, backend: 'gnome_libsecret' };
    state.openCoreFailure = null;
    state.cores.length = 0;
    state.coreOptions.length = 0;
    state.appListeners.clear();
    state.ipcHandlers.clear();
    state.windows.length = 0;
    state.menus.length = 0;
    state.errorBoxes.length = 0;
    state.messageBoxes.length = 0;
    state.messageBoxAnswer = 1;
    state.relaunches = 0;
    state.exits.length = 0;
    state.quits = 0;
    state.calls.length = 0;
    delete process.env.ELECTRON_RENDERER_URL;
  });

  afterEach(() => {
    for (const { core } of state.cores) {
      (core as Core).close();
    }
    rmSync(state.userData, { recursive: true, force: true });
  });

  it('takes the single-instance lock, declares app:// before ready, and opens the core in userData', async () => {
    await startMain(() => expect(state.windows).toHaveLength(1));
    expect(state.calls.indexOf('requestSingleInstanceLock')).toBe(0);
    expect(state.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(state.calls.indexOf('whenReady'));
    expect(state.coreOptions[0]).toMatchObject({ dataDir: state.userData, appVersion: '9.8.7', defaultLanguage: 'az' });
    expect((state.coreOptions[0] as CoreOptions).migrationsFolder.endsWith('drizzle')).toBe(true);
    expect((state.coreOptions[0] as CoreOptions).secrets.kind).toMatch(/safeStorage/);
    // The key went through safeStorage into userData/secrets, never next to the database in clear.
    const blob = readFileSync(join(state.userData, 'secrets', 'database-key.bin'));
    expect(blob.length).toBeGreaterThan(0);
    expect(existsSync(join(state.userData, 'korpu.db'))).toBe(true);
  });

  it('guards the app before the window exists and loads app://korpu/index.html', async () => {
    await startMain(() => expect(state.windows).toHaveLength(1));
    expect(state.calls).toContain('setPermissionRequestHandler');
    expect(state.calls).toContain('session.on:will-download');
    expect(state.calls).toContain('protocol.handle:app');
    expect(state.appListeners.get('web-contents-created')?.length).toBeGreaterThanOrEqual(2);
    expect(state.windows[0]?.url).toBe('app://korpu/index.html');
    expect(state.windows[0]?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
  });

  it('binds every procedure to ipcMain and refuses forged senders', async () => {
    await startMain(() => expect(state.windows).toHaveLength(1));
    expect([...state.ipcHandlers.keys()].sort()).toEqual(procedureNames.map((name) => `korpu:${name}`).sort());
    await expect(ipcCall('app.info', {}, { url: 'https://evil.example/' })).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await expect(ipcCall('app.info', {}, { parent: { url: 'app://korpu/' } })).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await expect(ipcCall('app.info', { unexpected: true })).resolves.toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    await expect(ipcCall('app.info', {})).resolves.toMatchObject({ ok: true, value: { version: '9.8.7', setupComplete: false } });
  });

  it('trusts the electron-vite dev server only in an unpackaged app', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    await startMain(() => expect(state.windows).toHaveLength(1));
    expect(state.windows[0]?.url).toBe('http://localhost:5173');
    await expect(ipcCall('app.info', {}, { url: 'http://localhost:5173/' })).resolves.toMatchObject({ ok: true });
    await expect(ipcCall('app.info', {}, { url: 'http://localhost:5174/' })).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('shows the menu in the OS language, then in the signed-in user’s language', async () => {
    state.locale = 'en-US';
    await startMain(() => expect(state.windows).toHaveLength(1));
    expect(topLabels(state.menus.at(-1))).toContain('File');
    await expect(ipcCall('setup.complete', { ...sampleSetup, language: 'ru' })).resolves.toMatchObject({ ok: true });
    await expect(ipcCall('auth.login', { login: 'aynur', password: sampleSetup.director.password })).resolves.toMatchObject({ ok: true });
    expect(topLabels(state.menus.at(-1))).toContain('Файл');
  });

  it('forgets a window’s session when its webContents is destroyed', async () => {
    await startMain(() => expect(state.windows).toHaveLength(1));
    const destroyed: Listener[] = [];
    const contents = {
      id: 7,
      on: () => contents,
      once: (event: string, listener: Listener) => {
        if (event === 'destroyed') {
          destroyed.push(listener);
        }
        return contents;
      },
      setWindowOpenHandler: () => undefined,
    };
    fire('web-contents-created', {}, contents);
    await ipcCall('setup.complete', sampleSetup);
    const login = await ipcCall('auth.login', { login: 'aynur', password: sampleSetup.director.password }, { senderId: 7 });
    const sessionId = login.ok ? (login.value as { sessionId: string }).sessionId : null;
    await expect(ipcCall('auth.session', {}, { senderId: 7, sessionId })).resolves.toMatchObject({
      ok: true,
      value: { user: { login: 'aynur' } },
    });
    destroyed.forEach((listener) => listener());
    await expect(ipcCall('auth.session', {}, { senderId: 7, sessionId })).resolves.toEqual({ ok: true, value: null });
  });

  it('brings the existing window back for a second instance, quits with the last window, closes the core on quit', async () => {
    await startMain(() => expect(state.windows).toHaveLength(1));
    const [win] = state.windows;
    fire('second-instance', {}, [], '/');
    expect(win?.restore).toHaveBeenCalled();
    expect(win?.focus).toHaveBeenCalled();
    fire('window-all-closed');
    expect(state.quits).toBe(1);
    fire('will-quit');
    expect(state.cores[0]?.close).toHaveBeenCalledOnce();
  });

  it('quits at once when another instance holds the lock', async () => {
    state.gotLock = false;
    vi.resetModules();
    await import('./main');
    expect(state.quits).toBe(1);
    expect(state.calls).not.toContain('whenReady');
    expect(state.calls).not.toContain('registerSchemesAsPrivileged');
  });

  it.each([
    ['az', 'Körpü başlaya bilmir', /daha yeni versiyası/],
    ['ru-RU', 'Не удалось запустить Körpü', /более новой версией/],
    ['en-GB', 'Körpü cannot start', /newer version of Körpü/],
  ])('explains a database newer than the app in the OS language (%s), quits, and deletes nothing', async (locale, title, message) => {
    state.locale = locale;
    state.openCoreFailure = 'DB_NEWER_THAN_APP';
    writeFileSync(join(state.userData, 'korpu.db'), 'precious');
    await startMain(() => expect(state.exits).toEqual([1]));
    expect(state.errorBoxes).toHaveLength(1);
    expect(state.errorBoxes[0]?.[0]).toBe(title);
    expect(state.errorBoxes[0]?.[1]).toMatch(message);
    expect(state.windows).toHaveLength(0);
    expect(state.ipcHandlers.size).toBe(0);
    expect(readFileSync(join(state.userData, 'korpu.db'), 'utf8')).toBe('precious');
  });

  it.each([
    ['quits and changes nothing', 1],
    ['restores the newest backup, keeps the damaged file, and starts again', 0],
  ])('offers the newest backup for a damaged database; when refused it %s', async (_what, answer) => {
    await startMain(() => expect(state.windows).toHaveLength(1));
    const database = join(state.userData, 'korpu.db');
    for (const { core } of state.cores.splice(0)) {
      (core as Core).close();
    }
    // A page in the middle overwritten, as a failing disk would.
    const damaged = readFileSync(database);
    damaged.fill(0x5a, 6 * 4096, 7 * 4096);
    writeFileSync(database, damaged);
    state.windows.length = 0;
    state.messageBoxAnswer = answer;
    await startMain(() => expect(state.exits).toHaveLength(1));
    expect(state.errorBoxes).toEqual([]);
    expect(state.messageBoxes).toEqual([{ message: expect.stringMatching(/zədələnib[\s\S]*Ən son ehtiyat nüsxə: .*backups.korpu-.*-daily\.db/) as unknown, buttons: ['Bu nüsxəni bərpa et', 'Çıx'] }]);
    expect(state.windows).toHaveLength(0);
    if (answer === 1) {
      expect(state.exits).toEqual([1]);
      expect(state.relaunches).toBe(0);
      expect(readFileSync(database).equals(damaged)).toBe(true);
      return;
    }
    expect(state.exits).toEqual([0]);
    expect(state.relaunches).toBe(1);
    expect(readdirSync(join(state.userData, 'backups')).some((name) => name.endsWith('-pre-restore.db'))).toBe(true);
    // Started again, Körpü opens the restored database.
    state.exits.length = 0;
    await startMain(() => expect(state.windows).toHaveLength(1));
    expect(state.exits).toEqual([]);
  });

  it('explains a missing database key in the OS language', async () => {
    state.openCoreFailure = 'DB_KEY_MISSING';
    await startMain(() => expect(state.exits).toEqual([1]));
    expect(state.errorBoxes[0]).toEqual(['Körpü başlaya bilmir', expect.stringMatching(/açarı yoxdur/)]);
  });

  // getSelectedStorageBackend (and so the basic_text refusal) exists only on Linux.
  it.runIf(process.platform === 'linux')('refuses to start without a real keyring, and says how to fix it', async () => {
    state.keyring = { available: true, backend: 'basic_text' };
    await startMain(() => expect(state.exits).toEqual([1]));
    expect(state.errorBoxes[0]?.[1]).toMatch(/gnome-keyring və ya KWallet/);
    expect(existsSync(join(state.userData, 'korpu.db'))).toBe(false);
    expect(existsSync(join(state.userData, 'secrets', 'database-key.bin'))).toBe(false);
    const log = readFileSync(join(state.userData, 'logs', 'korpu.log'), 'utf8');
    expect(log).toContain('app.start-failed');
  });

  it('refuses to start when the OS cannot encrypt at all', async () => {
    state.keyring = { available: false, backend: 'gnome_libsecret' };
    state.locale = 'ru';
    await startMain(() => expect(state.exits).toEqual([1]));
    expect(state.errorBoxes[0]).toEqual(['Не удалось запустить Körpü', expect.stringMatching(/gnome-keyring или KWallet/)]);
  });
});
