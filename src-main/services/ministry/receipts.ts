import type { Receipt } from '../../contract/bundle-manifest';
import type { Language } from '../../contract/common';
import { AppError } from '../../contract/errors';
import { contractMessages, interpolate } from '../../contract/messages';
import { writeReceipt } from '../bundles/format/receipt-file';
import type { CoreDeps } from '../context';
import { importProblemMessages, importWarningMessages } from './import/problems';
import type { ImportAttempt } from './import-history';
import { readAttempts } from './import-history';
import { fileSha256 } from './importer';
import { receiptKeyPair } from './installation';

/**
 * The signed receipt for a bundle file the ministry tried to import: its latest outcome (imported,
 * with warnings, already imported, rejected) with the reason or warnings in `language`, for the
 * institution to import. A bundle never tried, or one whose sender could not be established (its
 * signature failed), gets no receipt.
 */
export async function issueReceipt(deps: CoreDeps, bundlePath: string, language: Language): Promise<{ receipt: Receipt; bytes: Buffer }> {
  const sha256 = await fileSha256(bundlePath);
  const attempt = readAttempts(deps.dataDir).findLast((entry) => entry.sha256 === sha256 && !entry.dryRun);
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
  const params = attempt.params;
  if (attempt.problem !== null) {
    const own = importProblemMessages[attempt.problem as keyof typeof importProblemMessages] as Record<Language, string> | undefined;
    const shared = contractMessages[language].bundleProblems[attempt.problem as keyof (typeof contractMessages)['en']['bundleProblems']] as string | undefined;
    return interpolate(own?.[language] ?? shared ?? attempt.problem, params).slice(0, 2000);
  }
  const warnings = attempt.warnings;
  return warnings.length === 0 ? null : warnings.map((warning) => interpolate(importWarningMessages[warning.code][language], warning.params)).join(' ').slice(0, 2000);
}
