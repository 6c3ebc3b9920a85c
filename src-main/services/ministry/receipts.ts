import type { Receipt } from '../../contract/bundle-manifest';
import type { Language } from '../../contract/common';
import { AppError } from '../../contract/errors';
import { importProblemText, importWarningText } from '../../contract/import-messages';
import { writeReceipt } from '../bundles/format/receipt-file';
import type { CoreDeps } from '../context';
import type { ImportAttempt } from './import-history';
import { readAttempts } from './import-history';
import { fileSha256 } from './importer';
import { receiptKeyPair } from './installation';

/**
 * The signed receipt for a bundle file the ministry tried to import: its import when it was
 * imported, else its latest outcome (already imported, rejected) with the reason or warnings in
 * `language`, for the institution to import. A bundle never tried, or one whose sender could not be established (its
 * signature failed), gets no receipt.
 */
export async function issueReceipt(deps: CoreDeps, bundlePath: string, language: Language): Promise<{ receipt: Receipt; bytes: Buffer }> {
  return receiptFor(deps, await fileSha256(bundlePath), language);
}

/** The signed receipt for the bundle file with SHA-256 `sha256` (as `issueReceipt`). */
export async function receiptFor(deps: CoreDeps, sha256: string, language: Language): Promise<{ receipt: Receipt; bytes: Buffer }> {
  // The bundle's standing at the ministry: its import, when it was imported (a replay later changes
  // nothing), else the latest attempt's outcome.
  const attempts = readAttempts(deps.dataDir).filter((entry) => entry.sha256 === sha256 && !entry.dryRun);
  const attempt = attempts.findLast((entry) => entry.status === 'imported' || entry.status === 'imported-with-warnings') ?? attempts.at(-1);
  if (attempt === undefined) {
    throw new AppError('NOT_FOUND', 'This bundle was never imported here: import it first');
  }
  if (attempt.institutionCode === null || attempt.sequence === null) {
    throw new AppError('NOT_FOUND', 'The sender of this bundle could not be established (it was rejected before its signature was verified)');
  }
  const receipt: Receipt = {
    format: 'korpu-receipt',
    formatVersion: 1,
    institutionCode: attempt.institutionCode,
    sequence: attempt.sequence,
    bundleSha256: sha256,
    status: attempt.status,
    message: messageOf(attempt, language),
    issuedAt: deps.clock.now().toISOString(),
  };
  return { receipt, bytes: writeReceipt(receipt, await receiptKeyPair(deps)) };
}

/** The reason of a rejection or the warnings of an import, in the analyst's language. */
function messageOf(attempt: ImportAttempt, language: Language): string | null {
  if (attempt.problem !== null) {
    return importProblemText(language, attempt.problem, attempt.params).slice(0, 2000);
  }
  const warnings = attempt.warnings;
  return warnings.length === 0 ? null : warnings.map((warning) => importWarningText(language, warning)).join(' ').slice(0, 2000);
}
