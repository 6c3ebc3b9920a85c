import { UPLOAD_CHUNK_BYTES } from '@contract/ministry';

import type { Api } from '../../api/client';
import { bytesToBase64 } from '../resident/file-upload';

/**
 * Sends a file to the core piece by piece (4 MiB at a time, so a large file never sits in one
 * message) through `procedure`, reporting bytes sent; resolves with the upload's id.
 */
export async function uploadFile(
  api: Api,
  procedure: 'ministry.upload' | 'setup.uploadBackup',
  file: File,
  onProgress: (done: number, total: number) => void,
): Promise<string> {
  const uploadId = crypto.randomUUID();
  let offset = 0;
  onProgress(0, file.size);
  // Once at least: an empty file is sent too, and the core then says why it is refused.
  do {
    const piece = new Uint8Array(await file.slice(offset, offset + UPLOAD_CHUNK_BYTES).arrayBuffer());
    await api.call(procedure, { uploadId, offset, contentBase64: bytesToBase64(piece) });
    offset += piece.length;
    onProgress(offset, file.size);
  } while (offset < file.size);
  return uploadId;
}
