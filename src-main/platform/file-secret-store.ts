import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

import { syncDirectory } from './atomic-file';
import type { SecretName, SecretStore } from './secret-store';

const HEADER = 'KORPU FILE SECRET STORE: NOT PROTECTED BY THE OS. For CLI, preview and tests only.';

/**
 * Stores each secret as a hex line in `<dir>/<name>.key`, mode 0600, in a 0700 folder.
 * Clearly marked as unprotected: anyone who can read the data dir as this user can read the key.
 */
export function fileSecretStore(dir: string): SecretStore {
  const fileOf = (name: SecretName): string => join(dir, `${name}.key`);
  return {
    kind: 'file store (unprotected, CLI/preview/tests)',
    get(name) {
      const file = fileOf(name);
      if (!existsSync(file)) {
        return Promise.resolve(null);
      }
      const lines = readFileSync(file, 'utf8').split('\n');
      const hex = lines.find((line) => /^[0-9a-f]+$/.test(line.trim()))?.trim();
      return Promise.resolve(hex === undefined ? null : Buffer.from(hex, 'hex'));
    },
    set(name, value) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      chmodSync(dir, 0o700);
      const file = fileOf(name);
      const temp = `${file}.tmp`;
      // Written to a temp file, flushed, then renamed: a power cut leaves the old key or the new one,
      // never half a key (which would lock the database for good).
      const fd = openSync(temp, 'w', 0o600);
      try {
        writeSync(fd, `${HEADER}\n${value.toString('hex')}\n`);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      chmodSync(temp, 0o600);
      renameSync(temp, file);
      syncDirectory(dir);
      return Promise.resolve();
    },
    remove(name) {
      rmSync(fileOf(name), { force: true });
      return Promise.resolve();
    },
  };
}
