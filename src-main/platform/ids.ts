import { randomUUID } from 'node:crypto';

/** Source of new record ids; injected so tests can pin them. */
export type IdGenerator = { newId(): string };

/** Random UUIDs (v4). */
export const uuidGenerator: IdGenerator = { newId: () => randomUUID() };

/** Predictable ids `prefix-1`, `prefix-2`, …; for tests. */
export function sequentialIds(prefix = 'id'): IdGenerator {
  let next = 1;
  return { newId: () => `${prefix}-${next++}` };
}
