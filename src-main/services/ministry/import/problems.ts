import type { ImportOnlyProblem } from '../../../contract/import-messages';
import type { BundleProblem } from '../../bundles/verify';


export type { ImportOnlyProblem, ImportWarning, ImportWarningCode } from '../../../contract/import-messages';

/**
 * Why the ministry's import refuses a bundle: `verifyBundle`'s problems and the import's own. Each
 * code is stable and has a sentence in az, ru and en (`bundleProblems.*`, `importProblems.*` in the
 * contract messages) with `{{param}}` placeholders filled from the outcome's `params`.
 */
export type ImportProblem = BundleProblem | ImportOnlyProblem;

/** Thrown inside the reader and turned into a `rejected` outcome by `readBundle`. */
export class ImportRejection extends Error {
  constructor(
    readonly problem: ImportProblem,
    message: string,
    readonly params: Record<string, string> = {},
  ) {
    super(message);
  }
}
