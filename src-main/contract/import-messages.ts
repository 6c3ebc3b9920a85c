import type { Language } from './common';
import { contractMessages, interpolate } from './messages';

/*
 * The sentences of the ministry's import (`importProblems.*`, `importWarnings.*` in the contract
 * messages), shared by the import screen, the command line and the receipts, so that a rejection
 * reads the same everywhere.
 */

type Messages = (typeof contractMessages)['en'];

/** Rejection codes only the ministry's import makes (the bundle checks' own are `bundleProblems.*`). */
export type ImportOnlyProblem = keyof Messages['importProblems'];
/** Warning codes of a bundle imported all the same. */
export type ImportWarningCode = keyof Messages['importWarnings'];

/** A warning of an imported bundle, with the values for its sentence. */
export type ImportWarning = { code: ImportWarningCode; params: Record<string, string> };

const has = <T extends object>(record: T, key: string): key is Extract<keyof T, string> => Object.hasOwn(record, key);

/**
 * Why a bundle was rejected, in `language`: the import's own sentence for its problem, else the
 * verification sentence (`bundleProblems.*`) both sides share; an unknown code is shown as is.
 */
export function importProblemText(language: Language, problem: string, params: Record<string, string>): string {
  const messages = contractMessages[language];
  if (has(messages.importProblems, problem)) {
    return interpolate(messages.importProblems[problem], params);
  }
  return interpolate(has(messages.bundleProblems, problem) ? messages.bundleProblems[problem] : problem, params);
}

/** A warning of an imported bundle, in `language` (an unknown code is shown as is). */
export function importWarningText(language: Language, warning: { code: string; params: Record<string, string> }): string {
  const warnings = contractMessages[language].importWarnings;
  return interpolate(has(warnings, warning.code) ? warnings[warning.code] : warning.code, warning.params);
}
