import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { SafeStorageApi } from './safe-storage-store';
import { KeyringRefusedError, safeStorageSecretStore } from './safe-storage-store';

vi.mock('electron', () => ({ safeStorage: {} }));

type Backend = ReturnType<SafeStorageApi['getSelectedStorageBackend']>;

/**
 * A stand-in for the OS keychain: "encrypts" by XOR with a key byte, tagged with the key's
 * version so a test can rotate the key and see the store re-encrypt.
 */
function fakeSafeStorage(options: { available?: boolean; backend?: Backend } = {}) {
  const backend: Backend = options.backend ?? 'gnome_libsecret';
  const state = { available: options.available ?? true, backend, version: 1 };
  const xor = (data: Buffer, key: number) => Buffer.from(data.map((byte) => byte ^ key));
  const storage = {
    isAsyncEncryptionAvailable: vi.fn(() => Promise.resolve(state.available)),
    getSelectedStorageBackend: vi.fn(() => state.backend),
    encryptStringAsync: vi.fn((plain: string) =>
      Promise.resolve(Buffer.concat([Buffer.from([state.version]), xor(Buffer.from(plain, 'utf8'), 0x40 + state.version)])),
    ),
    decryptStringAsync: vi.fn((blob: Buffer) => {
      const version = blob[0] ?? 0;
      return Promise.resolve({ result: xor(blob.subarray(1), 0x40 + version).toString('utf8'), shouldReEncrypt: version !== state.version });
    }),
  } satisfies SafeStorageApi;
  return { storage, state };
}

const KEY = Buffer.from('00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff', 'hex');

describe('safeStorage secret store', () => {
  let root: string;
  let dir: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'korpu-safe-storage-'));
    dir = join(root, 'secrets');
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('round-trips a secret through the OS encryption', async () => {
    const { storage } = fakeSafeStorage();
    const store = safeStorageSecretStore(dir, { storage, platform: 'linux' });
    expect(await store.get('database-key')).toBeNull();
    await store.set('database-key', KEY);
    expect(await store.get('database-key')).toEqual(KEY);
    // A second store (the next start) reads the same key.
    expect(await safeStorageSecretStore(dir, { storage, platform: 'linux' }).get('database-key')).toEqual(KEY);
  });

  it('stores only the encrypted hex of the bytes, in <dir>/<name>.bin', async () => {
    const { storage } = fakeSafeStorage();
    await safeStorageSecretStore(dir, { storage, platform: 'linux' }).set('database-key', KEY);
    expect(storage.encryptStringAsync).toHaveBeenCalledWith(KEY.toString('hex'));
    const blob = readFileSync(join(dir, 'database-key.bin'));
    expect(blob.toString('latin1')).not.toContain(KEY.toString('hex'));
    expect(readdirSync(dir)).toEqual(['database-key.bin']);
  });

  it.skipIf(process.platform === 'win32')('writes the file 0600 in a 0700 folder', async () => {
    const { storage } = fakeSafeStorage();
    await safeStorageSecretStore(dir, { storage, platform: 'linux' }).set('database-key', KEY);
    expect(statSync(join(dir, 'database-key.bin')).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('replaces the file whole, leaving no temp file behind', async () => {
    const { storage } = fakeSafeStorage();
    const store = safeStorageSecretStore(dir, { storage, platform: 'linux' });
    await store.set('database-key', KEY);
    const other = Buffer.alloc(32, 7);
    await store.set('database-key', other);
    expect(await store.get('database-key')).toEqual(other);
    expect(readdirSync(dir)).toEqual(['database-key.bin']);
  });

  it('refuses when the OS cannot encrypt, and names the fix', async () => {
    const { storage } = fakeSafeStorage({ available: false });
    const store = safeStorageSecretStore(dir, { storage, platform: 'linux' });
    await expect(store.set('database-key', KEY)).rejects.toThrow(KeyringRefusedError);
    await expect(store.get('database-key')).rejects.toThrow(/gnome-keyring or KWallet/);
    await expect(store.get('database-key')).rejects.toMatchObject({ problem: 'encryption-unavailable' });
    expect(storage.encryptStringAsync).not.toHaveBeenCalled();
    expect(existsSync(dir)).toBe(false);
  });

  it('refuses the basic_text backend on Linux: the key would only be obfuscated', async () => {
    const { storage } = fakeSafeStorage({ backend: 'basic_text' });
    const store = safeStorageSecretStore(dir, { storage, platform: 'linux' });
    await expect(store.set('database-key', KEY)).rejects.toMatchObject({ problem: 'basic-text-backend' });
    await expect(store.get('database-key')).rejects.toThrow(/basic_text.*not encrypted/);
    expect(storage.encryptStringAsync).not.toHaveBeenCalled();
    expect(existsSync(dir)).toBe(false);
  });

  it('asks for the Linux backend only on Linux', async () => {
    const { storage } = fakeSafeStorage({ backend: 'basic_text' });
    await safeStorageSecretStore(dir, { storage, platform: 'win32' }).set('database-key', KEY);
    expect(storage.getSelectedStorageBackend).not.toHaveBeenCalled();
  });

  it('re-encrypts when the OS says its key was rotated', async () => {
    const fake = fakeSafeStorage();
    const store = safeStorageSecretStore(dir, { storage: fake.storage, platform: 'linux' });
    await store.set('database-key', KEY);
    fake.state.version = 2;
    expect(await store.get('database-key')).toEqual(KEY);
    expect(readFileSync(join(dir, 'database-key.bin'))[0]).toBe(2);
    expect(await store.get('database-key')).toEqual(KEY);
  });

  it('reports a damaged secret instead of returning garbage as a key', async () => {
    const { storage } = fakeSafeStorage();
    const store = safeStorageSecretStore(dir, { storage, platform: 'linux' });
    await store.set('database-key', KEY);
    const blob = readFileSync(join(dir, 'database-key.bin'));
    writeFileSync(join(dir, 'database-key.bin'), Buffer.concat([blob, Buffer.from([0x00])]));
    await expect(store.get('database-key')).rejects.toThrow(/damaged/);
  });
});
