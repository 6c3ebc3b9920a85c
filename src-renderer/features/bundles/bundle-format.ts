import type { JobProgress } from '@contract/bundles';
import { exportStages } from '@contract/bundles';

/**
 * A fingerprint or key as groups of four characters, whatever separators it came with, so it reads
 * aloud group by group over the phone ("3f2a 91c0 …").
 */
export function groupFingerprint(value: string): string {
  const compact = value.replace(/[^0-9a-zA-Z]/g, '');
  return (compact.match(/.{1,4}/g) ?? []).join(' ');
}

/** The start of a SHA-256, enough to tell bundles apart on screen; the full value goes elsewhere. */
export function shortHash(hash: string): string {
  return hash.length > 12 ? `${hash.slice(0, 12)}…` : hash;
}

/** The unit a file size reads best in, and the amount in it (one decimal at most). */
export function sizeParts(bytes: number): { unit: 'bytes' | 'kb' | 'mb'; amount: number } {
  if (bytes < 1024) {
    return { unit: 'bytes', amount: bytes };
  }
  if (bytes < 1024 * 1024) {
    return { unit: 'kb', amount: Math.round((bytes / 1024) * 10) / 10 };
  }
  return { unit: 'mb', amount: Math.round((bytes / (1024 * 1024)) * 10) / 10 };
}

/**
 * How far an export is, 0–100, over all its stages: each stage (reading, encrypting, writing) is an
 * equal part, so the bar only moves forward although every stage counts from zero again.
 */
export function exportPercent(progress: JobProgress | null): number {
  if (progress === null) {
    return 0;
  }
  const stage = exportStages.indexOf(progress.stage);
  const withinStage = progress.total > 0 ? Math.min(progress.done / progress.total, 1) : 0;
  return Math.round(((stage + withinStage) / exportStages.length) * 100);
}
