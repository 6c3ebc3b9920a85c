import { describe, expect, it } from 'vitest';

import { storageError } from './storage-errors';

/** An error as better-sqlite3 and Node's fs throw them: a message and a `code`. */
const failure = (code: string) => Object.assign(new Error(`failed: ${code}`), { code });

describe('a full or read-only disk', () => {
  it.each(['SQLITE_FULL', 'ENOSPC', 'EDQUOT'])('%s is DISK_FULL: the user is told nothing was saved', (code) => {
    expect(storageError(failure(code))?.code).toBe('DISK_FULL');
  });

  it.each(['SQLITE_READONLY', 'SQLITE_READONLY_DBMOVED', 'EROFS', 'EACCES', 'EPERM'])('%s is DISK_READ_ONLY', (code) => {
    expect(storageError(failure(code))?.code).toBe('DISK_READ_ONLY');
  });

  it('leaves any other failure to the general answer', () => {
    expect(storageError(failure('SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
    expect(storageError(new Error('no code'))).toBeNull();
    expect(storageError('text')).toBeNull();
  });
});
