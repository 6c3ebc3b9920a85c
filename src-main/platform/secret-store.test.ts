import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { tempDir } from '../../test/helpers/temp-core';
import { fileSecretStore } from './file-secret-store';
import type { SecretName, SecretStore } from './secret-store';
import { importingSecretStore } from './secret-store';

/** An in-memory store standing in for the OS keychain. */
function memoryStore(): SecretStore & { values: Map<SecretName, Buffer> } {
  const values = new Map<SecretName, Buffer>();
  return {
    kind: 'memory',
    values,
    get: (name) => Promise.resolve(values.get(name) ?? null),
    set: (name, value) => {
      values.set(name, Buffer.from(value));
      return Promise.resolve();
    },
    remove: (name) => {
      values.delete(name);
      return Promise.resolve();
    },
  };
}

const dirs: { cleanup(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => dir.cleanup()));

describe('the app’s secret store', () => {
  it('takes over a key that a CLI recovery left in the file store, and removes the file', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const keychain = memoryStore();
    const files = fileSecretStore(dir.path);
    const key = Buffer.alloc(32, 9);
    await files.set('database-key', key);
    const store = importingSecretStore(keychain, files);
    expect(await store.get('database-key')).toEqual(key);
    expect(keychain.values.get('database-key')).toEqual(key);
    expect(existsSync(join(dir.path, 'database-key.key'))).toBe(false);
    expect(store.kind).toBe('memory');
  });

  it('lets a recovered key replace a keychain copy this machine cannot open (a data folder copied from another machine)', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const key = Buffer.alloc(32, 9);
    const files = fileSecretStore(dir.path);
    await files.set('database-key', key);
    let keychainValue: Buffer | null = null;
    // The old machine's keychain file: reading it throws, as safeStorage does for another OS's data.
    const foreignKeychain: SecretStore = {
      kind: 'keychain',
      get: () => (keychainValue === null ? Promise.reject(new Error('cannot decrypt')) : Promise.resolve(keychainValue)),
      set: (_name, value) => {
        keychainValue = Buffer.from(value);
        return Promise.resolve();
      },
      remove: () => Promise.resolve(),
    };
    const store = importingSecretStore(foreignKeychain, files);
    expect(await store.get('database-key')).toEqual(key);
    expect(await store.get('database-key')).toEqual(key);
    expect(existsSync(join(dir.path, 'database-key.key'))).toBe(false);
  });

  it('prefers the keychain and answers null when neither store has the key', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const keychain = memoryStore();
    const store = importingSecretStore(keychain, fileSecretStore(dir.path));
    expect(await store.get('database-key')).toBeNull();
    await store.set('database-key', Buffer.alloc(32, 1));
    expect(keychain.values.get('database-key')).toEqual(Buffer.alloc(32, 1));
    expect(existsSync(join(dir.path, 'database-key.key'))).toBe(false);
  });
});
