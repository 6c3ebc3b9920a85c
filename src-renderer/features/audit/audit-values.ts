/** How the core records a secret's value: that it changed, never what it is. */
export const REDACTED = '[redacted]';

/** A recorded field value, ready to show: a word to translate, or the value as text. */
export type ShownValue = { kind: 'empty' } | { kind: 'hidden' } | { kind: 'yes' } | { kind: 'no' } | { kind: 'text'; text: string };

/** Turns a value from an entry's `changes` into something to show as text. */
export function shownValue(value: unknown): ShownValue {
  if (value === null || value === undefined || value === '') {
    return { kind: 'empty' };
  }
  if (value === REDACTED) {
    return { kind: 'hidden' };
  }
  if (typeof value === 'boolean') {
    return { kind: value ? 'yes' : 'no' };
  }
  if (typeof value === 'string') {
    return { kind: 'text', text: value };
  }
  if (typeof value === 'number' || typeof value === 'bigint') {
    return { kind: 'text', text: String(value) };
  }
  return { kind: 'text', text: JSON.stringify(value, null, 2) };
}
