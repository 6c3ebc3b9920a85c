import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

import { AppError, validationError } from '../../contract/errors';
import { dataPaths } from '../../platform/paths';
import { MEMBER_LIMITS } from '../bundles/verify';
import type { CoreDeps } from '../context';

/** No bundle is larger: its members' limits and the zip's headers (the reader refuses it too). */
export const MAX_UPLOAD_BYTES = Object.values(MEMBER_LIMITS).reduce((sum, limit) => sum + limit, 0) + 4096;

/** Uploads left behind (a window closed mid-way) are removed after a day. */
const STALE_MS = 24 * 60 * 60_000;

function uploadPath(dataDir: string, uploadId: string): string {
  return join(dataPaths(dataDir).importUploads, `${uploadId}.part`);
}

/**
 * Appends the next piece of a dropped bundle file to its staged copy in the data folder. `offset`
 * must be exactly what is held already: a piece sent twice or skipped is refused, never appended.
 */
export function receiveChunk(deps: CoreDeps, uploadId: string, offset: number, bytes: Buffer): number {
  const path = uploadPath(deps.dataDir, uploadId);
  const held = existsSync(path) ? statSync(path).size : 0;
  if (offset !== held) {
    throw validationError([{ path: 'offset', message: 'validation.uploadOffset', params: { expected: held } }]);
  }
  if (held + bytes.length > MAX_UPLOAD_BYTES) {
    throw new AppError('FILE_TOO_LARGE', 'No bundle is this large', { maxBytes: MAX_UPLOAD_BYTES });
  }
  mkdirSync(dataPaths(deps.dataDir).importUploads, { recursive: true, mode: 0o700 });
  const fd = openSync(path, 'a', 0o600);
  try {
    writeSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
  return held + bytes.length;
}

/** The staged copy of an upload; NOT_FOUND when nothing was received for it. */
export function stagedPath(deps: CoreDeps, uploadId: string): string {
  const path = uploadPath(deps.dataDir, uploadId);
  if (!existsSync(path)) {
    throw new AppError('NOT_FOUND', 'Nothing was received for this file: drop it again');
  }
  return path;
}

/** Removes an upload's staged copy (once imported or rejected: the original is where it came from). */
export function discardUpload(deps: CoreDeps, uploadId: string): void {
  rmSync(uploadPath(deps.dataDir, uploadId), { force: true });
}

/** Removes staged copies older than a day (from a window closed while files were being sent). */
export function discardStaleUploads(deps: CoreDeps): void {
  const folder = dataPaths(deps.dataDir).importUploads;
  if (!existsSync(folder)) {
    return;
  }
  const now = deps.clock.now().getTime();
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (now - statSync(path).mtimeMs > STALE_MS) {
      rmSync(path, { force: true });
    }
  }
}
