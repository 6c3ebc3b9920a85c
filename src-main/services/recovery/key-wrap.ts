import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { z } from 'zod';

import { AppError } from '../../contract/errors';
import { normaliseRecoveryCode } from './recovery-code';

/** scrypt cost for the recovery key: N = 2^17 (128 MiB, about a second): guessing a code is hopeless. */
const KDF = { logN: 17, r: 8, p: 1 } as const;

const wrappedKeySchema = z.object({
  version: z.literal(1),
  kdf: z.object({ name: z.literal('scrypt'), logN: z.number().int().min(10).max(20), r: z.number().int(), p: z.number().int(), salt: z.string() }),
  cipher: z.literal('aes-256-gcm'),
  iv: z.string(),
  tag: z.string(),
  wrappedKey: z.string(),
  createdAt: z.string(),
});

/** Where the wrapped key lives: in the data directory, so it travels with the database and backups. */
export function recoveryFile(dataDir: string): string {
  return join(dataDir, 'recovery', 'database-key.json');
}

function deriveKey(code: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** logN;
  return new Promise((resolve, reject) => {
    scrypt(code, salt, 32, { N, r, p, maxmem: 256 * N * r }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/**
 * Wraps the database key with a key derived from the recovery code (scrypt, then AES-256-GCM).
 * Returns the recovery file's content; `installWrappedKey` writes it. Without the code it is useless.
 */
export async function wrapKey(recoveryCode: string, databaseKey: Buffer, now: Date): Promise<string> {
  const code = normaliseRecoveryCode(recoveryCode);
  if (code === null) {
    throw new AppError('RECOVERY_CODE_INVALID', 'Not a recovery code');
  }
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const wrappingKey = await deriveKey(code, salt, KDF.logN, KDF.r, KDF.p);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
  const wrapped = Buffer.concat([cipher.update(databaseKey), cipher.final()]);
  wrappingKey.fill(0);
  return JSON.stringify(
    {
      version: 1,
      kdf: { name: 'scrypt', ...KDF, salt: salt.toString('base64') },
      cipher: 'aes-256-gcm',
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      wrappedKey: wrapped.toString('base64'),
      createdAt: now.toISOString(),
    },
    null,
    2,
  );
}

/** Writes the recovery file atomically (temp file, flush, rename), readable only by the owner. */
export function installWrappedKey(dataDir: string, content: string): void {
  const file = recoveryFile(dataDir);
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}

/** Unwraps the database key with a recovery code; RECOVERY_CODE_INVALID for a wrong code. */
export async function unwrapKey(dataDir: string, recoveryCode: string): Promise<Buffer> {
  const file = recoveryFile(dataDir);
  if (!existsSync(file)) {
    throw new AppError('NOT_FOUND', `There is no recovery file in ${dirname(file)}`);
  }
  let content: unknown;
  try {
    content = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    content = null;
  }
  const parsed = wrappedKeySchema.safeParse(content);
  if (!parsed.success) {
    throw new AppError('NOT_FOUND', 'The recovery file is damaged');
  }
  const code = normaliseRecoveryCode(recoveryCode);
  if (code === null) {
    throw new AppError('RECOVERY_CODE_INVALID', 'Not a recovery code');
  }
  const { kdf, iv, tag, wrappedKey } = parsed.data;
  const wrappingKey = await deriveKey(code, Buffer.from(kdf.salt, 'base64'), kdf.logN, kdf.r, kdf.p);
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrappedKey, 'base64')), decipher.final()]);
  } catch {
    throw new AppError('RECOVERY_CODE_INVALID', 'This recovery code does not open this installation');
  } finally {
    wrappingKey.fill(0);
  }
}
