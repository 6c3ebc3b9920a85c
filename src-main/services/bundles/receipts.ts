import { eq } from 'drizzle-orm';

import type { Receipt } from '../../contract/bundle-manifest';
import type { BundleExport } from '../../contract/bundles';
import { AppError } from '../../contract/errors';
import { bundleExports } from '../../db/schema';
import { appendAudit } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import { getProfile } from '../institution/institution-service';
import { readReceipt } from './format/receipt-file';
import { exportView } from './history';
import { ministryKeys } from './ministry-keys';

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
