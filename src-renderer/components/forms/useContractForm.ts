import type { FieldIssue } from '@contract/errors';
import { parseWithKeys } from '@contract/zod-issues';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';


import { ApiError } from '../../api/client';

type Values = Record<string, unknown>;

/** A form whose rules are the contract's own zod schema, with translated messages per field. */
export type ContractForm<V extends Values, S extends z.ZodType> = {
  values: V;
  setValue<F extends keyof V & string>(field: F, value: V[F]): void;
  setValues(values: V): void;
  /** The translated message for a field, if it has a problem. */
  error(field: string): string | undefined;
  /** Validates everything; returns the parsed value, or null after showing every problem. */
  validate(): z.output<S> | null;
  /** Shows a failed call's problems: field issues beside their fields, anything else as `formError`. */
  showFailure(error: unknown): void;
  formError: ApiError | Error | null;
  reset(values: V): void;
};

/**
 * Form state checked by `schema`. `toInput` turns what the inputs hold into the contract's input
 * (e.g. '' → null for an empty number). Issue paths can carry a prefix (the wizard's `institution.`).
 */
export function useContractForm<V extends Values, S extends z.ZodType>(options: {
  schema: S;
  initialValues: V;
  toInput?: (values: V) => unknown;
  /** Maps a server path (e.g. `institution.code`) to a field of this form, or null if not ours. */
  fieldOfPath?: (path: string) => string | null;
}): ContractForm<V, S> {
  const { t } = useTranslation();
  const [values, setAll] = useState<V>(options.initialValues);
  const [issues, setIssues] = useState<Record<string, FieldIssue>>({});
  const [formError, setFormError] = useState<ApiError | Error | null>(null);
  const { schema, toInput, fieldOfPath } = options;

  const showIssues = useCallback((list: FieldIssue[], fieldOf: (path: string) => string | null): number => {
    const byField: Record<string, FieldIssue> = {};
    for (const issue of list) {
      const field = fieldOf(issue.path);
      if (field !== null && byField[field] === undefined) {
        byField[field] = issue;
      }
    }
    setIssues(byField);
    return Object.keys(byField).length;
  }, []);

  return {
    values,
    setValue(field, value) {
      setAll((previous) => ({ ...previous, [field]: value }));
      setIssues((previous) => {
        if (previous[field] === undefined) {
          return previous;
        }
        const { [field]: _cleared, ...rest } = previous;
        return rest;
      });
    },
    setValues: setAll,
    error(field) {
      const issue = issues[field];
      return issue === undefined ? undefined : t(issue.message, issue.params ?? {});
    },
    validate() {
      setFormError(null);
      const result = parseWithKeys(schema, toInput ? toInput(values) : values);
      if (result.success) {
        setIssues({});
        return result.data;
      }
      showIssues(result.issues, (path) => path);
      return null;
    },
    showFailure(error) {
      if (error instanceof ApiError && error.code === 'VALIDATION_FAILED' && showIssues(error.issues, fieldOfPath ?? ((path) => path)) > 0) {
        setFormError(error);
        return;
      }
      setFormError(error instanceof Error ? error : new Error(String(error)));
    },
    formError,
    reset(next) {
      setAll(next);
      setIssues({});
      setFormError(null);
    },
  };
}
