import type { BundleManifest } from '../contract/bundle-manifest';
import type { JobProgress } from '../contract/bundles';
import type { Language } from '../contract/common';
import { contractMessages, interpolate } from '../contract/messages';
import type { BundleCheckError } from '../services/bundles/verify';
import type { CliMessageKey } from './messages';
import { cliText } from './messages';

/** Lines of `label: value`, the values aligned (labels differ in length from language to language). */
export function labelled(language: Language, rows: readonly (readonly [CliMessageKey, string | number])[], indent = '  '): string[] {
  const labels = rows.map(([key]) => `${cliText(language, key)}:`);
  const width = Math.max(...labels.map((label) => label.length));
  return rows.map(([, value], index) => `${indent}${labels[index]!.padEnd(width)}  ${value}`);
}

/** What a bundle holds, as `export` and `verify` print it: from the manifest, plus size and hash when known. */
export function bundleSummary(
  language: Language,
  manifest: Pick<BundleManifest, 'institution' | 'sequence' | 'profile' | 'includesSecretRecords' | 'createdAt' | 'expiresAt' | 'counts'>,
  file: { size: number; sha256: string } | null = null,
): string[] {
  const profile = manifest.includesSecretRecords ? cliText(language, 'withSecret', { profile: manifest.profile }) : manifest.profile;
  const rows: (readonly [CliMessageKey, string | number])[] = [
    ['label.institution', `${manifest.institution.code} (${manifest.institution.name})`],
    ['label.sequence', manifest.sequence],
    ['label.profile', profile],
    ['label.created', manifest.createdAt],
    ['label.expires', manifest.expiresAt],
  ];
  if (file !== null) {
    rows.push(['label.size', cliText(language, 'sizeBytes', { size: file.size })], ['label.sha256', file.sha256]);
  }
  return [...labelled(language, rows), ...countLines(language, manifest.counts)];
}

/** Records per table under a heading, the numbers aligned, as `export`, `verify` and `ministry import` print them. */
export function countLines(language: Language, counts: Record<string, number>): string[] {
  const tables = Object.entries(counts);
  const width = Math.max(0, ...tables.map(([table]) => table.length));
  return [`  ${cliText(language, 'countsHeading')}`, ...tables.map(([table, count]) => `    ${table.padEnd(width)}  ${String(count).padStart(8)}`)];
}

/**
 * Progress of an export as lines for standard error: one when the stage changes, then one per
 * 10 % step, never one per report (the worker reports every 100 ms).
 */
export function progressLines(language: Language, write: (line: string) => void): (progress: JobProgress) => void {
  let last: { stage: string; step: number } | null = null;
  return ({ stage, done, total }) => {
    const percent = total === 0 ? 100 : Math.min(100, Math.floor((done / total) * 100));
    const step = Math.floor(percent / 10);
    if (last?.stage === stage && last.step === step) {
      return;
    }
    last = { stage, step };
    write(cliText(language, 'exportProgress', { stage: cliText(language, `stage.${stage}`), percent }));
  };
}

/** Why a bundle failed verification, in `language`: the translated sentence of its problem. */
export function bundleProblemText(language: Language, error: BundleCheckError): string {
  return interpolate(contractMessages[language].bundleProblems[error.problem], error.params);
}
