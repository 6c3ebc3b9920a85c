import { parentPort } from 'node:worker_threads';

import { openEncryptedFile, toDrizzle } from '../../../db/client';
import { encryptTo } from '../format/age';
import { payloadTables } from '../payload';
import { writePayloadTar } from '../payload-writer';
import type { ExportWorkerInput, ExportWorkerMessage, ExportWorkerRequest } from './protocol';

/**
 * The export worker: reads the payload over its own read-only connection (WAL lets the app keep
 * working), writes the tar and encrypts it, reporting progress. It never sees the signing key: the
 * job signs and writes the bundle. It waits for exports to run, one at a time, so that a worker
 * started ahead (when the director opens the export page) has its code loaded when they click.
 */
async function run(input: ExportWorkerInput): Promise<void> {
  const sqlite = openEncryptedFile(input.dbFile, Buffer.from(input.dbKey), { readonly: true });
  input.dbKey.fill(0);
  let tar: Buffer;
  let counts: Record<string, number>;
  try {
    sqlite.pragma('busy_timeout = 5000');
    const db = toDrizzle(sqlite);
    // One read transaction: every table is read from the same moment of the records.
    sqlite.exec('BEGIN');
    const tables = payloadTables(db, {
      profile: input.profile,
      includeSecret: input.includeSecret,
      pseudonymKey: Buffer.from(input.pseudonymKey),
      today: input.today,
    });
    ({ tar, counts } = writePayloadTar(tables, input.mtime, throttled('reading')));
    sqlite.exec('COMMIT');
  } finally {
    sqlite.close();
  }
  const encrypted = await encryptTo(input.recipients, tar, throttled('encrypting'));
  // Transfer, not copy — but only a buffer of its own (a small Buffer shares Node's pool).
  const own = encrypted.byteOffset === 0 && encrypted.byteLength === encrypted.buffer.byteLength;
  const payload = own ? encrypted : new Uint8Array(encrypted);
  post({ type: 'done', payload, counts }, [payload.buffer as ArrayBuffer]);
}

/** Progress messages at most every 100 ms, and always the last one. */
function throttled(stage: 'reading' | 'encrypting'): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done === 0 || done >= total || now - last >= 100) {
      last = now;
      post({ type: 'progress', stage, done, total });
    }
  };
}

function post(message: ExportWorkerMessage, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer);
}

parentPort?.on('message', (request: ExportWorkerRequest) => {
  run(request.input).catch((error: unknown) => {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  });
});
