import type { ApiError } from '../api/client';
import { ErrorAlert } from './ErrorAlert';
import { IssuesAlert } from './IssuesAlert';

/**
 * Why a save failed, where no field can say it: the error code's message, or, when the core refused
 * the input, the problems that belong to no input of the form (a request decided meanwhile).
 * Problems of the form's own fields are shown beside them and not repeated here.
 */
export function FormFailure({ error, isField }: { error: ApiError | null; isField: (path: string) => boolean }) {
  if (error === null) {
    return null;
  }
  return error.code === 'VALIDATION_FAILED' ? <IssuesAlert error={error} shownBeside={isField} /> : <ErrorAlert error={error} />;
}
