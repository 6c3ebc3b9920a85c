import { Encrypter } from 'age-encryption';
import { eq } from 'drizzle-orm';

import { ministryKeyFileSchema } from '../../contract/bundle-manifest';
import type { MinistryKeys, MinistryRecipient } from '../../contract/bundles';
import { AppError } from '../../contract/errors';
import type { Db } from '../../db/client';
import { bundleSettings, users } from '../../db/schema';
import { appendAudit } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import type { PublicKey } from './format/minisign';
import { fingerprintOf, keyIdHex, parsePublicKey } from './format/minisign';
import { pseudonymKey } from './keys';

const RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;

/** Parsed ministry keys: the recipient and, from a key file, the receipt-signing public key file. */
export type ParsedMinistryKeys = { keys: MinistryKeys; receiptKeyFile: string | null };

/**
 * Reads a ministry public-key file (JSON, see docs/bundle-format.md) or a pasted `age1…` recipient
 * (comment lines starting with `#` are skipped, as in age's recipients files).
 */
export function parseMinistryKeys(text: string): ParsedMinistryKeys {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    const file = ministryKeyFileSchema.safeParse(safeJson(trimmed));
    if (!file.success) {
      throw invalid('The file is not a Körpü ministry key file');
    }
    const receiptKey = parseReceiptKey(file.data.receiptPublicKey);
    return {
      keys: { recipient: checkedRecipient(file.data.recipient), fingerprint: recipientFingerprint(file.data.recipient), receiptKeyId: keyIdHex(receiptKey.keyId) },
      receiptKeyFile: file.data.receiptPublicKey,
    };
  }
  const lines = trimmed.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
  if (lines.length !== 1 || lines[0] === undefined) {
    throw invalid('Expected exactly one age1… recipient');
  }
  const recipient = checkedRecipient(lines[0]);
  return { keys: { recipient, fingerprint: recipientFingerprint(recipient), receiptKeyId: null }, receiptKeyFile: null };
}

/** The fingerprint of a recipient: SHA-256 of its text, grouped for reading aloud. */
export function recipientFingerprint(recipient: string): string {
  return fingerprintOf(Buffer.from(recipient, 'ascii'));
}

/** Sets the ministry keys once the director confirmed the fingerprint; audited. */
export function setMinistryKeys(deps: CoreDeps, actor: Actor, text: string, confirmedFingerprint: string): MinistryRecipient {
  const parsed = parseMinistryKeys(text);
  if (normalise(confirmedFingerprint) !== normalise(parsed.keys.fingerprint)) {
    throw new AppError('FINGERPRINT_MISMATCH', 'The confirmed fingerprint is not the fingerprint of these keys', {
      issues: [{ path: 'confirmedFingerprint', message: 'errors.FINGERPRINT_MISMATCH' }],
    });
  }
  deps.db.transaction((tx) => {
    pseudonymKey(tx);
    const before = ministryKeys(tx);
    const now = deps.clock.now();
    tx.update(bundleSettings)
      .set({
        ministryRecipient: parsed.keys.recipient,
        // A pasted recipient keeps the receipt key a file brought earlier.
        ministryReceiptKey: parsed.receiptKeyFile ?? before?.receiptKeyFile ?? null,
        ministrySetAt: now.toISOString(),
        ministrySetBy: actor.userId,
      })
      .where(eq(bundleSettings.id, 1))
      .run();
    appendAudit(tx, actor, now, {
      action: before === null ? 'create' : 'update',
      entityType: 'ministry_keys',
      entityId: null,
      changes: {
        recipient: { before: before?.recipient ?? null, after: parsed.keys.recipient },
        fingerprint: { before: before === null ? null : recipientFingerprint(before.recipient), after: parsed.keys.fingerprint },
        receiptKeyId: { before: before?.receiptKeyId ?? null, after: parsed.keys.receiptKeyId ?? before?.receiptKeyId ?? null },
      },
    });
  });
  const view = ministryView(deps.db);
  if (view === null) {
    throw new Error('The ministry keys were just set');
  }
  return view;
}

/** The stored ministry keys, or null before the director set them. */
export function ministryKeys(db: Db): { recipient: string; receiptKeyFile: string | null; receiptKeyId: string | null; receiptKey: PublicKey | null } | null {
  const row = db.select().from(bundleSettings).where(eq(bundleSettings.id, 1)).get();
  if (row === undefined || row.ministryRecipient === null) {
    return null;
  }
  const receiptKey = row.ministryReceiptKey === null ? null : parsePublicKey(row.ministryReceiptKey);
  return {
    recipient: row.ministryRecipient,
    receiptKeyFile: row.ministryReceiptKey,
    receiptKeyId: receiptKey === null ? null : keyIdHex(receiptKey.keyId),
    receiptKey,
  };
}

/** The ministry keys as the director sees them. */
export function ministryView(db: Db): MinistryRecipient | null {
  const row = db
    .select({ setAt: bundleSettings.ministrySetAt, setByName: users.fullName })
    .from(bundleSettings)
    .leftJoin(users, eq(users.id, bundleSettings.ministrySetBy))
    .where(eq(bundleSettings.id, 1))
    .get();
  const keys = ministryKeys(db);
  if (keys === null || row === undefined || row.setAt === null) {
    return null;
  }
  return {
    recipient: keys.recipient,
    fingerprint: recipientFingerprint(keys.recipient),
    receiptKeyId: keys.receiptKeyId,
    setAt: row.setAt,
    setByName: row.setByName ?? '—',
  };
}

function checkedRecipient(recipient: string): string {
  if (!RECIPIENT.test(recipient)) {
    throw invalid('The recipient is not an age1… X25519 recipient');
  }
  try {
    new Encrypter().addRecipient(recipient);
  } catch {
    throw invalid('The recipient is damaged (its checksum does not match)');
  }
  return recipient;
}

function parseReceiptKey(text: string): PublicKey {
  try {
    return parsePublicKey(text);
  } catch {
    throw invalid("The file's receipt key is not a minisign public key");
  }
}

function invalid(reason: string): AppError {
  return new AppError('MINISTRY_KEYS_INVALID', reason, { issues: [{ path: 'text', message: 'errors.MINISTRY_KEYS_INVALID' }] });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function normalise(fingerprint: string): string {
  return fingerprint.replace(/\s+/g, '').toUpperCase();
}
