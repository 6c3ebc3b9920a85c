import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { fileSecretStore } from './file-secret-store';

let root: string;
let dir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'korpu-secrets-'));
  dir = join(root, 'secrets');
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('file secret store', () => {
  it('gives back exactly the 32 bytes it was given, also from a fresh store on the same folder', async () => {
    const key = randomBytes(32);
    await fileSecretStore(dir).set('database-key', key);
    expect(await fileSecretStore(dir).get('database-key')).toEqual(key);
  });

  it('keeps the key readable by its owner only, in a folder only the owner can enter', async () => {
    await fileSecretStore(dir).set('database-key', randomBytes(32));
    expect(statSync(join(dir, 'database-key.key')).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('says in the file itself that it is not protected by the OS', async () => {
    await fileSecretStore(dir).set('database-key', randomBytes(32));
    const firstLine = readFileSync(join(dir, 'database-key.key'), 'utf8').split('\n')[0];
    expect(firstLine).toContain('NOT PROTECTED');
  });

  it('reads a secret that was never stored as null, without creating anything', async () => {
    expect(await fileSecretStore(dir).get('database-key')).toBeNull();
    expect(existsSync(dir)).toBe(false);
  });

  it('replaces a key on overwrite and leaves no temporary file behind', async () => {
    const store = fileSecretStore(dir);
    const second = randomBytes(32);
    await store.set('database-key', randomBytes(32));
    await store.set('database-key', second);
    expect(await store.get('database-key')).toEqual(second);
    expect(readdirSync(dir)).toEqual(['database-key.key']);
  });
});
