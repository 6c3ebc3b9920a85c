import { chmod, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

import type { SafeStorage } from 'electron';
import { safeStorage } from 'electron';

import type { SecretName, SecretStore } from '../platform/secret-store';

/** The parts of Electron's safeStorage the store uses (a fake in tests). */
export type SafeStorageApi = Pick<
  SafeStorage,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'
>;

/** Why the OS keychain was refused; main shows a translated message for each. */
export type KeyringProblem = 'encryption-unavailable' | 'basic-text-backend';

/** The OS cannot protect the key; raised instead of storing it unprotected. */
export class KeyringRefusedError extends Error {
  readonly problem: KeyringProblem;

  constructor(problem: KeyringProblem, message: string) {
    super(message);
    this.name = 'KeyringRefusedError';
    this.problem = problem;
  }
}

/** Optional seams for tests: the safeStorage to use and the platform it runs on. */
export type SafeStorageStoreOptions = { storage?: SafeStorageApi; platform?: NodeJS.Platform };

/**
 * A SecretStore backed by Electron safeStorage (DPAPI on Windows, Keychain on macOS, the Secret
 * Service or KWallet on Linux). Each secret is the OS-encrypted hex of its bytes, in
 * `<dir>/<name>.bin` (0600, folder 0700). Refuses to work when the OS would not really encrypt.
 */
export function safeStorageSecretStore(dir: string, options: SafeStorageStoreOptions = {}): SecretStore {
  const storage = options.storage ?? safeStorage;
  const platform = options.platform ?? process.platform;
  const fileOf = (name: SecretName): string => join(dir, `${name}.bin`);

  const write = async (name: SecretName, value: Buffer): Promise<void> => {
    const blob = await storage.encryptStringAsync(value.toString('hex'));
    await writeAtomically(dir, fileOf(name), blob, platform);
  };

  return {
    kind: 'OS keychain (Electron safeStorage)',
    async get(name) {
      await ensureProtected(storage, platform);
      const blob = await readFile(fileOf(name)).catch((error: unknown) => {
        if (isNotFound(error)) {
          return null;
        }
        throw error;
      });
      if (blob === null) {
        return null;
      }
      const { result, shouldReEncrypt } = await storage.decryptStringAsync(blob);
      if (!/^(?:[0-9a-f]{2})*$/.test(result)) {
        throw new Error(`The stored secret "${name}" is damaged: its decrypted form is not hex`);
      }
      const value = Buffer.from(result, 'hex');
      if (shouldReEncrypt) {
        // The OS rotated its key. The old blob still decrypts, so a failed rewrite costs nothing
        // now; it is retried at the next start.
        await write(name, value).catch(() => undefined);
      }
      return value;
    },
    async set(name, value) {
      await ensureProtected(storage, platform);
      await write(name, value);
    },
    async remove(name) {
      await rm(fileOf(name), { force: true });
    },
  };
}

/**
 * Throws KeyringRefusedError unless safeStorage really encrypts: on Linux without a keyring,
 * Chromium falls back to `basic_text`, a fixed key in its source code, which only obfuscates.
 */
async function ensureProtected(storage: SafeStorageApi, platform: NodeJS.Platform): Promise<void> {
  if (!(await storage.isAsyncEncryptionAvailable())) {
    throw new KeyringRefusedError(
      'encryption-unavailable',
      'The operating system cannot encrypt the database key (Electron safeStorage is unavailable). ' +
        'On Linux, install and unlock a keyring such as gnome-keyring or KWallet, then start Körpü again.',
    );
  }
  if (platform === 'linux' && storage.getSelectedStorageBackend() === 'basic_text') {
    throw new KeyringRefusedError(
      'basic-text-backend',
      'No desktop keyring is available, so the database key would be stored only obfuscated (basic_text), not encrypted. ' +
        'Install and unlock a keyring such as gnome-keyring or KWallet (or start Körpü with ' +
        '--password-store=gnome-libsecret or --password-store=kwallet6), then start Körpü again.',
    );
  }
}

/**
 * Writes a temp file (0600), flushes it, renames it over the target, and flushes the folder: a
 * power cut leaves the old key or the new one, never half a key (which would lock the database).
 */
async function writeAtomically(dir: string, file: string, data: Buffer, platform: NodeJS.Platform): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    const handle = await open(temp, 'w', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // open()'s mode applies only to a new file; a leftover temp file keeps its old mode.
    await chmod(temp, 0o600);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  // Windows cannot open a folder as a file (and NTFS journals the rename); elsewhere the rename
  // is durable only once the folder's entry is flushed.
  if (platform !== 'win32') {
    const folder = await open(dir, 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  }
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
