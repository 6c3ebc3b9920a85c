import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ApiError } from '../api/client';

/** A failed action in plain words: the error code's translated message, never a stack trace. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (error === null || error === undefined) {
    return null;
  }
  const code = error instanceof ApiError ? error.code : 'INTERNAL';
  return (
    <Alert color="red" role="alert" title={title ?? t('common.errorTitle')}>
      {t(`errors.${code}`)}
    </Alert>
  );
}
