import { eq } from 'drizzle-orm';

import type { Receipt } from '../../contract/bundle-manifest';
import { RECEIPT_MEMBERS, receiptSchema, receiptTrustedComment } from '../../contract/bundle-manifest';
import type { BundleExport } from '../../contract/bundles';
import { AppError } from '../../contract/errors';
import { bundleExports } from '../../db/schema';
import { appendAudit } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import { getProfile } from '../institution/institution-service';
import type { PublicKey, SigningKeyPair } from './format/minisign';
import { sign, verify } from './format/minisign';
import { bufferSource, readMember, readZipEntries, writeZip } from './format/zip';
import { exportView } from './history';
import { ministryKeys } from './ministry-keys';

/** A receipt file: `receipt.json` and its minisign signature, in the same canonical zip as bundles. */
export function writeReceipt(receipt: Receipt, key: SigningKeyPair): Buffer {
  const json = Buffer.from(`${JSON.stringify(receiptSchema.parse(receipt), null, 2)}\n`, 'utf8');
  const signature = sign(key, json, receiptTrustedComment(receipt), `Körpü receipt for bundle ${receipt.sequence}`.replace(/[^\x20-\x7e]/g, '?'));
  return writeZip([
    { name: 'receipt.json', data: json },
    { name: 'receipt.json.minisig', data: Buffer.from(signature, 'utf8') },
  ]);
}

/** Reads and verifies a receipt file with the ministry's receipt key; throws with the reason. */
export function readReceipt(bytes: Uint8Array, key: PublicKey): Receipt {
  const source = bufferSource(bytes);
  const [json, signature] = readZipEntries(source, { names: RECEIPT_MEMBERS, maxSize: () => 64 * 1024 }).map((entry) => readMember(source, entry));
  const comment = verify(key, json!, signature!.toString('utf8'));
  const receipt = receiptSchema.parse(JSON.parse(json!.toString('utf8')));
  if (comment !== receiptTrustedComment(receipt)) {
    throw new Error('The signed comment does not name this receipt');
  }
  return receipt;
}

/**
 * Imports the ministry's receipt: verified with the ministry's receipt key, for one of our bundles
 * (same institution, sequence and file hash); the bundle is then marked acknowledged. A receipt that
 * fails any check changes nothing.
 */
export function importReceipt(deps: CoreDeps, actor: Actor, bytes: Uint8Array): BundleExport {
  const keys = ministryKeys(deps.db);
  if (keys === null || keys.receiptKey === null) {
    throw refused('receipt-key-missing', "The ministry's receipt key is not set");
  }
  let receipt: Receipt;
  try {
    receipt = readReceipt(bytes, keys.receiptKey);
  } catch (error) {
    throw refused('receipt-unverified', `The receipt is not signed by the ministry or is damaged: ${error instanceof Error ? error.message : String(error)}`);
  }
  const code = getProfile(deps.db).code;
  if (receipt.institutionCode !== code) {
    throw refused('receipt-other-institution', `The receipt is for institution ${receipt.institutionCode}, not ${code}`, { code: receipt.institutionCode });
  }
  const row = deps.db.select().from(bundleExports).where(eq(bundleExports.sequence, receipt.sequence)).get();
  if (row === undefined) {
    throw refused('receipt-unknown-bundle', `No bundle ${receipt.sequence} was exported here`, { sequence: receipt.sequence });
  }
  if (row.sha256 !== receipt.bundleSha256) {
    throw refused('receipt-other-file', `The receipt is for another file than bundle ${receipt.sequence} (its SHA-256 differs)`, { sequence: receipt.sequence });
  }
  deps.db.transaction((tx) => {
    const now = deps.clock.now();
    tx.update(bundleExports)
      .set({ receiptStatus: receipt.status, receiptIssuedAt: receipt.issuedAt, receiptImportedAt: now.toISOString(), receiptMessage: receipt.message })
      .where(eq(bundleExports.sequence, receipt.sequence))
      .run();
    appendAudit(tx, actor, now, {
      action: 'acknowledge',
      entityType: 'bundle',
      entityId: String(receipt.sequence),
      changes: { receiptStatus: { before: row.receiptStatus, after: receipt.status } },
    });
  });
  return exportView(deps, receipt.sequence);
}

/** Problems of a receipt; translated as `bundleProblems.<problem>` (with `params`). */
type ReceiptProblem = 'receipt-key-missing' | 'receipt-unverified' | 'receipt-other-institution' | 'receipt-unknown-bundle' | 'receipt-other-file';

function refused(problem: ReceiptProblem, message: string, params: Record<string, string | number> = {}): AppError {
  return new AppError('RECEIPT_INVALID', message, { problem, params });
}
