import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { eq } from 'drizzle-orm';

import { AppError } from '../../contract/errors';
import type { Db } from '../../db/client';
import { ministryInstallation } from '../../db/schema';
import type { SigningKeyPair } from '../bundles/format/minisign';
import { generateKeyPair, keyPairFrom, publicKeyFile } from '../bundles/format/minisign';
import type { CoreDeps } from '../context';
import { findProfile } from '../institution/institution-service';

/** The ministry installation's public facts, or null in an institution's installation. */
export function findMinistry(db: Db): typeof ministryInstallation.$inferSelect | null {
  return db.select().from(ministryInstallation).where(eq(ministryInstallation.id, 1)).get() ?? null;
}

/** The ministry installation; SETUP_REQUIRED where `ministry init` was not run. */
export function getMinistry(db: Db): typeof ministryInstallation.$inferSelect {
  const ministry = findMinistry(db);
  if (ministry === null) {
    throw new AppError('SETUP_REQUIRED', 'This data folder is not a ministry installation (run ministry init)');
  }
  return ministry;
}

/**
 * Makes a data folder the ministry's: its age identity (what bundles are encrypted to) and its
 * receipt-signing key, both in the SecretStore (written before the database row, so the row never
 * names keys that are not stored). Refused in an institution's installation and when already done.
 */
export async function initMinistry(deps: CoreDeps, name: string): Promise<typeof ministryInstallation.$inferSelect> {
  const row = await makeMinistryKeys(deps, name);
  deps.db.insert(ministryInstallation).values(row).run();
  return row;
}

/**
 * The first half of `initMinistry`: refuses a folder already set up, then makes and stores the keys
 * and returns the row to insert (the wizard inserts it in one transaction with the first admin).
 */
export async function makeMinistryKeys(deps: CoreDeps, name: string): Promise<typeof ministryInstallation.$inferSelect> {
  assertNotSetUp(deps.db);
  const identity = await generateX25519Identity();
  const receiptKey = generateKeyPair();
  await deps.secrets.set('ministry-identity', Buffer.from(identity, 'ascii'));
  const stored = Buffer.concat([receiptKey.keyId, receiptKey.secretKey]);
  await deps.secrets.set('ministry-receipt-key', stored);
  stored.fill(0);
  return {
    id: 1,
    name,
    recipient: await identityToRecipient(identity),
    receiptPublicKey: publicKeyFile(receiptKey),
    createdAt: deps.clock.now().toISOString(),
  };
}

/** Refuses a data folder that is already an institution's or the ministry's. */
export function assertNotSetUp(db: Db): void {
  if (findProfile(db) !== null) {
    throw new AppError('ALREADY_SET_UP', 'This data folder is an institution’s installation');
  }
  if (findMinistry(db) !== null) {
    throw new AppError('ALREADY_SET_UP', 'This data folder is already a ministry installation');
  }
}

/** The ministry's age identity (`AGE-SECRET-KEY-1…`). */
export async function ministryIdentity(deps: CoreDeps): Promise<string> {
  getMinistry(deps.db);
  const identity = await deps.secrets.get('ministry-identity');
  if (identity === null) {
    throw new AppError('DB_KEY_MISSING', `The ministry's decryption key is not in the ${deps.secrets.kind}`);
  }
  return identity.toString('ascii');
}

/** The ministry's receipt-signing key pair. */
export async function receiptKeyPair(deps: CoreDeps): Promise<SigningKeyPair> {
  getMinistry(deps.db);
  const stored = await deps.secrets.get('ministry-receipt-key');
  if (stored?.length !== 40) {
    throw new AppError('DB_KEY_MISSING', `The ministry's receipt key is not in the ${deps.secrets.kind}`);
  }
  const pair = keyPairFrom(new Uint8Array(stored.subarray(0, 8)), new Uint8Array(stored.subarray(8)));
  stored.fill(0);
  return pair;
}

/** The public-key file institutions import (docs/bundle-format.md §8). */
export function ministryKeyFileText(db: Db): string {
  const ministry = getMinistry(db);
  return `${JSON.stringify({ format: 'korpu-ministry-keys', formatVersion: 1, recipient: ministry.recipient, receiptPublicKey: ministry.receiptPublicKey }, null, 2)}\n`;
}
