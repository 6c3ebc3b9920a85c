/** One piece of a printed document's body, in reading order; the layout decides where pages break. */
export type PdfBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'row'; label: string; value: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; columns: readonly PdfColumn[]; rows: readonly (readonly string[])[] };

/**
 * A column of a table: its header, its share of the line (the shares are relative to each other),
 * and whether its cells sit on the right edge, as numbers do.
 */
export type PdfColumn = { header: string; width: number; align?: 'left' | 'right' };

const EMPTY = '—';

/** A value as printed: an empty one shows as a dash, so a blank field is seen as blank. */
export function shown(value: string | number | null): string {
  return value === null || value === '' ? EMPTY : String(value);
}

/** A label and its value (an empty value shows as a dash). */
export function row(label: string, value: string | number | null): PdfBlock {
  return { kind: 'row', label, value: shown(value) };
}

/** Values joined in one line, or null when there are none. */
export function list(values: readonly string[]): string | null {
  return values.length === 0 ? null : values.join('; ');
}

/** Lines of one value, those without content left out (the layout keeps the line breaks). */
export function lines(values: readonly (string | null)[]): string {
  return values.filter((value): value is string => value !== null && value !== '').join('\n');
}
