import type { AttachmentMimeType } from '@contract/attachments';
import { attachmentMimeTypes, MAX_ATTACHMENT_BYTES } from '@contract/attachments';

/** What the file input offers; the core checks the content itself, whatever the name says. */
export const ACCEPTED_FILES = '.pdf,.jpg,.jpeg,.png';

/**
 * Bytes per `btoa` call: a multiple of 3, so each piece encodes without padding and the pieces join
 * into one valid base64 text; small enough for `String.fromCharCode(...piece)` to stay within the
 * engine's argument limit.
 */
const CHUNK = 3 * 8192;

/**
 * Base64 of some bytes, piece by piece: a 20 MB file becomes a few hundred short strings joined
 * once, not millions of one-character concatenations that would freeze the window.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const pieces: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    pieces.push(btoa(String.fromCharCode(...bytes.subarray(start, start + CHUNK))));
  }
  return pieces.join('');
}

/** The bytes of a base64 text (a case file, an attachment), for a Blob. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) {
    bytes[index] = binary.charCodeAt(index);
  }
  return bytes;
}

/** Why a chosen file cannot be attached (an i18n key), or null when it may be sent. */
export function fileProblem(file: { size: number; type: string }): string | null {
  if (file.size === 0) {
    return 'validation.fileEmpty';
  }
  if (file.size > MAX_ATTACHMENT_BYTES) {
    return 'validation.fileTooLarge';
  }
  // A file the system cannot type (type '') is left to the core, which reads its content.
  if (file.type !== '' && !isAttachmentType(file.type)) {
    return 'errors.FILE_TYPE_NOT_ALLOWED';
  }
  return null;
}

/** True for the types a record takes (PDF, JPEG, PNG). */
export function isAttachmentType(type: string): type is AttachmentMimeType {
  return (attachmentMimeTypes as readonly string[]).includes(type);
}

/** A chosen file's content as base64, read without blocking the window. */
export async function readFileAsBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

/** A JPEG or PNG can be the child's photo; a PDF cannot. */
export function isImageType(type: string): boolean {
  return type === 'image/jpeg' || type === 'image/png';
}
