import { AppError, validationError } from '../../contract/errors';
import type { ParsedInput, ProcedureInput, ProcedureName } from '../../contract/procedures';
import { procedures } from '../../contract/procedures';
import { parseWithKeys } from '../../contract/zod-issues';

/**
 * `value` parsed by the procedure's own input schema, as dispatch parses what the window sends:
 * the demo's data passes the same checks and defaults as a user's.
 */
export function parsedInput<K extends ProcedureName>(name: K, value: ProcedureInput<K>): ParsedInput<K> {
  const parsed = parseWithKeys(procedures[name].input, value);
  if (!parsed.success) {
    throw validationError(parsed.issues);
  }
  // TypeScript cannot narrow procedures[K]'s schema output to ParsedInput<K> for a generic K; dispatch casts the same way.
  return parsed.data as ParsedInput<K>;
}

/** True when `error` is the core's refusal with this code. */
export function isAppError(error: unknown, code: string): boolean {
  return error instanceof AppError && error.code === code;
}
