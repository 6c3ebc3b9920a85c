import { AppError } from '../contract/errors';

/** SQLite's and the file system's codes for a full disk and a disk that refuses writes. */
const FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT']);
const READ_ONLY = /^(SQLITE_READONLY|EROFS$|EACCES$|EPERM$)/;

/**
 * A full or read-only disk as the error the user reads (DISK_FULL, DISK_READ_ONLY), or null for any
 * other failure. SQLite rolls the statement's transaction back in both cases, so nothing was half
 * written: the message says nothing was saved.
 */
export function storageError(error: unknown): AppError | null {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error).code) : '';
  if (FULL.has(code)) {
    return new AppError('DISK_FULL', 'The disk is full; nothing was saved');
  }
  if (READ_ONLY.test(code)) {
    return new AppError('DISK_READ_ONLY', 'The disk refuses writes; nothing was saved');
  }
  return null;
}
