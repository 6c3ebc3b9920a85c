import type { ReferenceKind } from '../../contract/reference';
import type { CaseFileLabels } from './case-file-labels';

/** One piece of the document body, in reading order; the layout decides where pages break. */
export type CaseFileBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'row'; label: string; value: string }
  | { kind: 'paragraph'; text: string };

/** What every section builder needs: the texts, dates and reference labels in one language. */
export type SectionContext = {
  labels: CaseFileLabels;
  /** `YYYY-MM-DD` in words; null stays null. */
  date: (value: string | null) => string | null;
  label: (kind: ReferenceKind, code: string) => string;
  /** The day the file is made, `YYYY-MM-DD`. */
  today: string;
};

const EMPTY = '—';

/** A label and its value; an empty value shows as a dash, so a blank field is seen as blank. */
export function row(label: string, value: string | number | null): CaseFileBlock {
  return { kind: 'row', label, value: value === null || value === '' ? EMPTY : String(value) };
}

/** Values joined in one line, or null when there are none. */
export function list(values: readonly string[]): string | null {
  return values.length === 0 ? null : values.join('; ');
}

/** Lines of one value, those without content left out (the layout keeps the line breaks). */
export function lines(values: readonly (string | null)[]): string {
  return values.filter((value): value is string => value !== null && value !== '').join('\n');
}
