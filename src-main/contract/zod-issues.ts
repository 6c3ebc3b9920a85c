import type { z } from 'zod';

import type { FieldIssue } from './errors';

type Issue = z.core.$ZodRawIssue;

/**
 * Error map for every contract parse: zod's built-in English messages become i18n keys, so that any
 * problem, even from a hostile caller, reaches the user as a translated sentence. Messages set on a
 * schema (always `validation.*` keys) take precedence over this map.
 */
export function contractErrorMap(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'validation.required' : 'validation.invalid';
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1 ? 'validation.required' : 'validation.tooSmall';
    case 'too_big':
      return 'validation.tooBig';
    case 'unrecognized_keys':
      return 'validation.unknownField';
    case 'invalid_value':
      return 'validation.notAllowed';
    default:
      return 'validation.invalid';
  }
}

/** Field issues of a failed parse, each with its path as a dotted string and an i18n key. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const limit = issue.code === 'too_small' ? issue.minimum : issue.code === 'too_big' ? issue.maximum : undefined;
    return typeof limit === 'number' ? { path, message: issue.message, params: { limit } } : { path, message: issue.message };
  });
}

/** Parses with the contract error map: the value, or field issues carrying i18n keys. */
export function parseWithKeys<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { success: true; data: z.output<S> } | { success: false; issues: FieldIssue[] } {
  const result = schema.safeParse(input, { error: contractErrorMap });
  return result.success ? { success: true, data: result.data } : { success: false, issues: toFieldIssues(result.error) };
}
