import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';

import { Decrypter } from 'age-encryption';

import type { BundleManifest } from '../../../contract/bundle-manifest';
import { TarFormatError } from '../../bundles/format/tar';
import type { ZipEntry, ZipSource } from '../../bundles/format/zip';
import { JsonLinesError } from './json-lines';
import { ImportRejection } from './problems';
import { tableSink } from './table-sink';
import { TarStreamReader } from './tar-stream';

/** What `readPayload` needs: the checked manifest and where its payload sits in the open file. */
export type PayloadInput = {
  source: ZipSource;
  entry: ZipEntry;
  manifest: BundleManifest;
  identity: string;
  chunkSize: number;
  onProgress: ((done: number, total: number) => void) | undefined;
  onRecord: (table: string, record: unknown) => void;
};

/** Bytes of a zip local header before the member's name (the canonical zip has no extra field). */
const LOCAL_HEADER = 30;

/** The age header must end within this many bytes (age's own parser would read a line without end). */
export const MAX_AGE_HEADER = 64 * 1024;

/**
 * Decrypts the payload as it is read from the file, a chunk at a time, and reads the tar and the
 * JSON Lines inside as they stream: each record is parsed, validated against its table's schema for
 * the manifest's profile and handed to `onRecord` in file order. Nothing larger than a chunk, an age
 * chunk (64 KiB) and one line is ever held. The encrypted bytes are hashed again on the way: a file
 * changed since `verifyBundle` hashed it is rejected at the end, and the caller rolls back the
 * records it was handed. Throws `ImportRejection`.
 */
export async function readPayload(input: PayloadInput): Promise<void> {
  const { manifest } = input;
  const start = input.entry.offset + LOCAL_HEADER + input.entry.name.length;
  checkAgeHeader(input.source, start, input.entry.size);
  const hash = createHash('sha256');
  const cipher = memberStream(input, start, hash);
  const decrypter = new Decrypter();
  decrypter.addIdentity(input.identity);
  let plain: ReadableStream<Uint8Array>;
  try {
    plain = await decrypter.decrypt(cipher.stream);
  } catch (error) {
    throw cipher.failure() ?? new ImportRejection('cannot-decrypt', `The payload cannot be decrypted with the ministry’s identity (${reason(error)}); it is encrypted to ${manifest.recipients.join(', ')}`);
  }
  const sink = tableSink(manifest, input.onRecord);
  const tar = new TarStreamReader(sink, Math.floor(Date.parse(manifest.createdAt) / 1000));
  const reader = plain.getReader();
  let finished = false;
  try {
    for (;;) {
      const next = await reader.read().catch((error: unknown) => {
        throw cipher.failure() ?? new ImportRejection('cannot-decrypt', `The payload does not decrypt to the end: ${reason(error)}`);
      });
      if (next.done) {
        break;
      }
      const chunk = next.value;
      payloadStep(() => tar.push(chunk));
    }
    finished = true;
    payloadStep(() => {
      tar.finish();
      sink.finish();
    });
  } finally {
    if (!finished) {
      await reader.cancel().catch(() => undefined);
    }
  }
  if (hash.digest('hex') !== manifest.payload.sha256) {
    throw new ImportRejection('payload-hash-mismatch', 'payload.age changed while it was read: its SHA-256 is no longer the one the manifest signs');
  }
}

/** The member's bytes as a stream, read on demand (`pull`), hashed and reported as they go. */
function memberStream(input: PayloadInput, start: number, hash: Hash): { stream: ReadableStream<Uint8Array>; failure(): ImportRejection | null } {
  const total = input.entry.size;
  let done = 0;
  let failure: ImportRejection | null = null;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (done >= total) {
        controller.close();
        return;
      }
      let chunk: Buffer;
      try {
        chunk = input.source.read(start + done, Math.min(input.chunkSize, total - done));
      } catch (error) {
        failure = new ImportRejection('file-unreadable', `The file could not be read at byte ${start + done}: ${reason(error)}`);
        throw failure;
      }
      done += chunk.length;
      hash.update(chunk);
      controller.enqueue(chunk);
      input.onProgress?.(done, total);
    },
  });
  return { stream, failure: () => failure };
}

/** Refuses an age header that does not end early (its parser gathers a line until a line break). */
function checkAgeHeader(source: ZipSource, start: number, size: number): void {
  let head: string;
  try {
    head = source.read(start, Math.min(size, MAX_AGE_HEADER)).toString('latin1');
  } catch (error) {
    throw new ImportRejection('file-unreadable', `The file could not be read at byte ${start}: ${reason(error)}`);
  }
  const mac = head.indexOf('\n--- ');
  if (!head.startsWith('age-encryption.org/v1\n') || mac === -1 || head.indexOf('\n', mac + 1) === -1) {
    throw new ImportRejection('cannot-decrypt', `payload.age does not start with an age header of at most ${MAX_AGE_HEADER} bytes`);
  }
}

/** Runs a step of the tar and JSON Lines reading, turning their format errors into `payload-invalid`. */
function payloadStep(step: () => void): void {
  try {
    step();
  } catch (error) {
    if (error instanceof TarFormatError || error instanceof JsonLinesError) {
      throw new ImportRejection('payload-invalid', `The decrypted payload is not as the bundle format requires: ${error.message}`);
    }
    throw error;
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
