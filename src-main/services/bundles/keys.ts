import { randomBytes } from 'node:crypto';

import { eq } from 'drizzle-orm';

import type { SigningKey } from '../../contract/bundles';
import type { Db } from '../../db/client';
import { bundleSettings, signingKeys } from '../../db/schema';
import type { SecretStore } from '../../platform/secret-store';
import { appendAudit } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import type { SigningKeyPair } from './format/minisign';
import { fingerprintOf, generateKeyPair, keyIdHex, keyPairFrom, publicKeyFile } from './format/minisign';

const STORED_KEY_BYTES = 8 + 32;

/**
 * The institution's signing key from the SecretStore: 8 bytes of key id, then the 32-byte seed.
 * A missing key is made (on a machine restored with the recovery code, whose new key must then be
 * enrolled at the ministry again); its public half is recorded and the event audited. Setup makes
 * the first key itself, named in the setup's audit entry.
 */
export async function signingKeyPair(deps: CoreDeps, actor: Actor): Promise<SigningKeyPair> {
  const pair = await storedOrNewKeyPair(deps.secrets);
  deps.db.transaction((tx) => {
    const now = deps.clock.now();
    if (recordPublicKey(tx, pair, now)) {
      appendAudit(tx, actor, now, {
        action: 'create',
        entityType: 'signing_key',
        entityId: keyIdHex(pair.keyId),
        changes: { fingerprint: { before: null, after: fingerprintOf(pair.publicKey) } },
      });
    }
  });
  return pair;
}

/** The key pair in the SecretStore, or a new one put there (durably) first. */
export async function storedOrNewKeyPair(secrets: SecretStore): Promise<SigningKeyPair> {
  const stored = await secrets.get('signing-key');
  if (stored !== null && stored.length === STORED_KEY_BYTES) {
    const pair = keyPairFrom(new Uint8Array(stored.subarray(0, 8)), new Uint8Array(stored.subarray(8)));
    stored.fill(0);
    return pair;
  }
  const pair = generateKeyPair();
  const value = Buffer.concat([pair.keyId, pair.secretKey]);
  await secrets.set('signing-key', value);
  value.fill(0);
  return pair;
}

/** Records a key's public half (once); true when it was new. */
export function recordPublicKey(db: Db, pair: SigningKeyPair, now: Date): boolean {
  const keyId = keyIdHex(pair.keyId);
  if (db.select({ keyId: signingKeys.keyId }).from(signingKeys).where(eq(signingKeys.keyId, keyId)).get() !== undefined) {
    return false;
  }
  db.insert(signingKeys).values({ keyId, publicKey: Buffer.from(pair.publicKey), createdAt: now.toISOString() }).run();
  return true;
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
