import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

import type { SigningKey } from '../../contract/bundles';
import { AppError } from '../../contract/errors';
import type { RootDb } from '../../db/client';
import { writeFileAtomically } from '../../platform/atomic-file';
import { appendAudit } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import { getProfile } from '../institution/institution-service';
import { readKeyRotation, writeKeyRotation } from './format/key-rotation-file';
import { fingerprintOf, generateKeyPair, keyIdHex } from './format/minisign';
import { exclusiveRotation, recordPublicKey, recordSigningKey, rotationFilePath, settlePendingKey, signingKeyPair, signingKeyView, storedKeyPair } from './keys';

/** A rotation's outcome: the key replaced, the new key, and the rotation file for the ministry. */
export type SigningKeyRotation = { previousKeyId: string; key: SigningKey; rotationFile: string };

/**
 * Replaces the institution's signing key with a new one and returns the rotation file the ministry
 * imports: the new public key file signed with the old key (docs/bundle-format.md §10). Bundles
 * exported afterwards are signed with the new key. The steps are ordered so that a crash never
 * leaves the installation without a usable, recorded key: the new key is put aside
 * (`signing-key-next`) and its rotation file saved in the data directory (so it can be sent again;
 * the old key cannot sign it again once gone); then, in one transaction, the new key is recorded
 * and the rotation audited — the point of no return; only then does the new key replace the old one.
 * A crash before the record leaves the old key in use; after it, the next use of the key finishes
 * the rotation (finishPendingRotation). One rotation at a time: a second one meanwhile is a CONFLICT.
 */
export async function rotateSigningKey(deps: CoreDeps, actor: Actor): Promise<SigningKeyRotation> {
  return exclusiveRotation(deps, async () => {
    try {
      await settlePendingKey(deps);
      return await rotate(deps, actor);
    } catch (error) {
      // Drops the half-made rotation, or finishes one already recorded; the error is the news.
      await settlePendingKey(deps).catch(() => undefined);
      throw error;
    }
  });
}

/** The rotation file that made the current signing key, to send to the ministry again. */
export async function currentRotationFile(deps: CoreDeps, actor: Actor): Promise<SigningKeyRotation> {
  const pair = await signingKeyPair(deps, actor);
  pair.secretKey.fill(0);
  const key = signingKeyView(deps.db, pair);
  const file = rotationFilePath(deps.dataDir, key.keyId);
  if (!existsSync(file)) {
    throw new AppError('NOT_FOUND', `Signing key ${key.keyId} was not made by a key rotation on this computer`, {
      issues: [{ path: 'rotation', message: 'validation.rotationMissing' }],
    });
  }
  const rotationFile = readFileSync(file, 'utf8');
  return { previousKeyId: readKeyRotation(rotationFile).previousKeyId, key, rotationFile };
}

async function rotate(deps: CoreDeps, actor: Actor): Promise<SigningKeyRotation> {
  const previous = await storedKeyPair(deps.secrets, 'signing-key');
  if (previous === null) {
    // A rotation file signed by a key made just now would prove nothing to the ministry.
    throw new AppError('NOT_FOUND', 'There is no signing key on this computer to sign a new one with', {
      issues: [{ path: 'signingKey', message: 'validation.signingKeyMissing' }],
    });
  }
  const next = generateKeyPair();
  const secret = Buffer.concat([next.keyId, next.secretKey]);
  try {
    const now = deps.clock.now();
    const [previousKeyId, keyId] = [keyIdHex(previous.keyId), keyIdHex(next.keyId)];
    const rotationFile = writeKeyRotation(getProfile(deps.db).code, previous, next, now);
    await deps.secrets.set('signing-key-next', secret);
    const file = rotationFilePath(deps.dataDir, keyId);
    mkdirSync(dirname(file), { recursive: true });
    writeFileAtomically(file, Buffer.from(rotationFile, 'utf8'));
    durably(deps.db, () =>
      deps.db.transaction((tx) => {
        recordSigningKey(tx, actor, previous, now);
        recordPublicKey(tx, next, now);
        appendAudit(tx, actor, now, {
          action: 'update',
          entityType: 'signing_key',
          entityId: keyId,
          changes: {
            keyId: { before: previousKeyId, after: keyId },
            fingerprint: { before: fingerprintOf(previous.publicKey), after: fingerprintOf(next.publicKey) },
          },
        });
      }),
    );
    await deps.secrets.set('signing-key', secret);
    await deps.secrets.remove('signing-key-next');
    return { previousKeyId, key: signingKeyView(deps.db, next), rotationFile };
  } finally {
    secret.fill(0);
    previous.secretKey.fill(0);
    next.secretKey.fill(0);
  }
}

/**
 * Runs `work` with synchronous=FULL: once the record commits, the old key may be overwritten, so the
 * record must survive a power cut (WAL with NORMAL may lose the last commits).
 */
function durably<T>(db: RootDb, work: () => T): T {
  const before: unknown = db.$client.pragma('synchronous', { simple: true });
  db.$client.pragma('synchronous = FULL');
  try {
    return work();
  } finally {
    db.$client.pragma(`synchronous = ${Number(before)}`);
  }
}
