import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';

/**
 * Why a save failed, where no field can say it: the error code's message, or, when the core refused
 * the input, the problems that belong to no input of the form (a request decided meanwhile).
 * Problems of the form's own fields are shown beside them and not repeated here.
 */
export function FormFailure({ error, isField }: { error: ApiError | null; isField: (path: string) => boolean }) {
  const { t } = useTranslation();
  if (error === null) {
    return null;
  }
  if (error.code !== 'VALIDATION_FAILED') {
    return <ErrorAlert error={error} />;
  }
  const stray = error.issues.filter((issue) => !isField(issue.path));
  if (stray.length === 0) {
    return null;
  }
  return (
    <Alert color="red" role="alert" title={t('common.errorTitle')}>
      {stray.map((issue) => t(issue.message, issue.params ?? {})).join(' ')}
    </Alert>
  );
}
