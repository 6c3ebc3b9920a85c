import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

import { eq } from 'drizzle-orm';

import type { SigningKey } from '../../contract/bundles';
import { AppError } from '../../contract/errors';
import type { Db } from '../../db/client';
import { bundleSettings, signingKeys } from '../../db/schema';
import { dataPaths } from '../../platform/paths';
import type { SecretName, SecretStore } from '../../platform/secret-store';
import { appendAudit } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import type { SigningKeyPair } from './format/minisign';
import { fingerprintOf, generateKeyPair, keyIdHex, keyPairFrom, publicKeyFile } from './format/minisign';

const STORED_KEY_BYTES = 8 + 32;

/**
 * The institution's signing key from the SecretStore: 8 bytes of key id, then the 32-byte seed.
 * A missing key is made (on a machine restored with the recovery code, whose new key must then be
 * enrolled at the ministry again); its public half is recorded and the event audited. Setup makes
 * the first key itself, named in the setup's audit entry. A key rotation a crash interrupted is
 * settled first, so the key returned is always the recorded one.
 */
export async function signingKeyPair(deps: CoreDeps, actor: Actor): Promise<SigningKeyPair> {
  await finishPendingRotation(deps);
  const pair = await storedOrNewKeyPair(deps.secrets);
  deps.db.transaction((tx) => recordSigningKey(tx, actor, pair, deps.clock.now()));
  return pair;
}

/** Records a key's public half; when it was new (made outside setup), the audit says so. */
export function recordSigningKey(db: Db, actor: Actor, pair: SigningKeyPair, now: Date): void {
  if (recordPublicKey(db, pair, now)) {
    appendAudit(db, actor, now, {
      action: 'create',
      entityType: 'signing_key',
      entityId: keyIdHex(pair.keyId),
      changes: { fingerprint: { before: null, after: fingerprintOf(pair.publicKey) } },
    });
  }
}

/** The key pair in the SecretStore, or a new one put there (durably) first. */
export async function storedOrNewKeyPair(secrets: SecretStore): Promise<SigningKeyPair> {
  const stored = await storedKeyPair(secrets, 'signing-key');
  if (stored !== null) {
    return stored;
  }
  const pair = generateKeyPair();
  const value = Buffer.concat([pair.keyId, pair.secretKey]);
  await secrets.set('signing-key', value);
  value.fill(0);
  return pair;
}

/** A key pair kept under `name` (key id, then seed), or null when there is none. */
export async function storedKeyPair(secrets: SecretStore, name: Extract<SecretName, 'signing-key' | 'signing-key-next'>): Promise<SigningKeyPair | null> {
  const stored = await secrets.get(name);
  if (stored === null) {
    return null;
  }
  try {
    return stored.length === STORED_KEY_BYTES ? keyPairFrom(new Uint8Array(stored.subarray(0, 8)), new Uint8Array(stored.subarray(8))) : null;
  } finally {
    stored.fill(0);
  }
}

/** Where the rotation file that made key `keyId` is kept in the data directory. */
export function rotationFilePath(dataDir: string, keyId: string): string {
  return join(dataPaths(dataDir).keyRotations, `${keyId}.korpu-rotation.json`);
}

/** Installations rotating their key now: their `signing-key-next` belongs to that rotation. */
const rotating = new WeakSet<CoreDeps>();

/** Runs a key rotation (see rotateSigningKey), one at a time per installation. */
export async function exclusiveRotation<T>(deps: CoreDeps, work: () => Promise<T>): Promise<T> {
  if (rotating.has(deps)) {
    throw new AppError('CONFLICT', 'A key rotation is already running');
  }
  rotating.add(deps);
  try {
    return await work();
  } finally {
    rotating.delete(deps);
  }
}

/**
 * Settles a key rotation a crash interrupted (see settlePendingKey); a rotation running now is left
 * alone, or an export starting meanwhile would drop its new key.
 */
export async function finishPendingRotation(deps: CoreDeps): Promise<void> {
  if (!rotating.has(deps)) {
    await settlePendingKey(deps);
  }
}

/**
 * The new key of an unfinished rotation, kept aside as `signing-key-next`, takes the old key's place
 * when the rotation was recorded (the record is the point of no return: the old key's secret half
 * may be gone after it); when it was not, the new key and its rotation file are dropped and the old
 * key stays.
 */
export async function settlePendingKey(deps: CoreDeps): Promise<void> {
  const next = await deps.secrets.get('signing-key-next');
  if (next === null) {
    return;
  }
  try {
    const keyId = next.length === STORED_KEY_BYTES ? keyIdHex(next.subarray(0, 8)) : null;
    const recorded = keyId !== null && isRecorded(deps.db, keyId);
    if (recorded) {
      await deps.secrets.set('signing-key', next);
    }
    await deps.secrets.remove('signing-key-next');
    if (!recorded && keyId !== null) {
      // Left behind, it would name a key nobody holds; it is never sent, so failing to remove it is harmless.
      tryRemove(rotationFilePath(deps.dataDir, keyId));
    }
  } finally {
    next.fill(0);
  }
}

function tryRemove(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // See settlePendingKey.
  }
}

/** Records a key's public half (once); true when it was new. */
export function recordPublicKey(db: Db, pair: SigningKeyPair, now: Date): boolean {
  const keyId = keyIdHex(pair.keyId);
  if (isRecorded(db, keyId)) {
    return false;
  }
  db.insert(signingKeys).values({ keyId, publicKey: Buffer.from(pair.publicKey), createdAt: now.toISOString() }).run();
  return true;
}

function isRecorded(db: Db, keyId: string): boolean {
  return db.select({ keyId: signingKeys.keyId }).from(signingKeys).where(eq(signingKeys.keyId, keyId)).get() !== undefined;
}

/** What the director sees of a key pair. */
export function signingKeyView(db: Db, pair: SigningKeyPair): SigningKey {
  const keyId = keyIdHex(pair.keyId);
  const row = db.select({ createdAt: signingKeys.createdAt }).from(signingKeys).where(eq(signingKeys.keyId, keyId)).get();
  return {
    keyId,
    fingerprint: fingerprintOf(pair.publicKey),
    publicKeyFile: publicKeyFile(pair),
    createdAt: row?.createdAt ?? new Date(0).toISOString(),
  };
}

/** The pseudonym key of the statistical profile, made once and kept with the records. */
export function pseudonymKey(db: Db): Buffer {
  const row = db.select({ key: bundleSettings.pseudonymKey }).from(bundleSettings).where(eq(bundleSettings.id, 1)).get();
  if (row !== undefined) {
    return row.key;
  }
  const key = randomBytes(32);
  db.insert(bundleSettings).values({ id: 1, pseudonymKey: key }).run();
  return key;
}
