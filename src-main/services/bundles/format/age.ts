import { Decrypter, Encrypter } from 'age-encryption';

/** Bytes per chunk fed to the encryption stream (age encrypts in 64 KiB chunks). */
const CHUNK = 1 << 20;

/**
 * Encrypts `plain` to the age recipients (`age1…`), reporting progress in bytes of ciphertext.
 * Streams so that progress can be shown; the result is one buffer.
 */
export async function encryptTo(
  recipients: readonly string[],
  plain: Uint8Array,
  onProgress: (done: number, total: number) => void,
): Promise<Buffer> {
  const encrypter = new Encrypter();
  for (const recipient of recipients) {
    encrypter.addRecipient(recipient);
  }
  let offset = 0;
  const source = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= plain.length) {
        controller.close();
        return;
      }
      controller.enqueue(plain.subarray(offset, offset + CHUNK));
      offset += CHUNK;
    },
  });
  const encrypted = await encrypter.encrypt(source);
  const total = encrypted.size(plain.length);
  const chunks: Uint8Array[] = [];
  let done = 0;
  onProgress(0, total);
  const reader = encrypted.getReader();
  for (;;) {
    const { done: finished, value } = await reader.read();
    if (finished) {
      break;
    }
    chunks.push(value);
    done += value.length;
    onProgress(done, total);
  }
  return Buffer.concat(chunks);
}

/** Decrypts an age file with an identity (`AGE-SECRET-KEY-1…`): for tests and the ministry. */
export async function decryptWith(identity: string, encrypted: Uint8Array): Promise<Uint8Array> {
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  return decrypter.decrypt(encrypted);
}
