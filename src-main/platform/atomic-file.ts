import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * A file written in full and flushed to disk under a temporary name beside its final name: nothing
 * reads it until `commit` renames it into place, so readers see the old file or the whole new one.
 */
export type PendingFile = { temp: string; file: string; commit(): void; discard(): void };

/** Writes `data` to a temporary file beside `file`; `commit()` puts it in place. */
export function writePendingFile(file: string, data: Uint8Array): PendingFile {
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.partial`);
  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      let written = 0;
      while (written < data.length) {
        written += writeSync(fd, data, written, data.length - written);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return {
    temp,
    file,
    commit() {
      renameSync(temp, file);
      syncDirectory(dirname(file));
    },
    discard() {
      rmSync(temp, { force: true });
    },
  };
}

/** Writes `data` to `file` atomically (see PendingFile). */
export function writeFileAtomically(file: string, data: Uint8Array): void {
  const pending = writePendingFile(file, data);
  try {
    pending.commit();
  } catch (error) {
    pending.discard();
    throw error;
  }
}

/** Flushes a directory entry (a rename) to disk where the OS allows it. */
export function syncDirectory(dir: string): void {
  if (process.platform === 'win32') {
    // Windows cannot open a folder as a file; NTFS journals the rename itself.
    return;
  }
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
