import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { ApiError } from '../api/client';

/**
 * The core's field problems that no input of the form shows (e.g. "the child is not in
 * residence"), in words; the others stand beside their inputs.
 */
export function IssuesAlert({ error, shownBeside }: { error: ApiError | null; shownBeside: (path: string) => boolean }) {
  const { t } = useTranslation();
  if (error?.code !== 'VALIDATION_FAILED') {
    return null;
  }
  const unplaced = error.issues.filter((issue) => !shownBeside(issue.path));
  if (unplaced.length === 0) {
    return null;
  }
  return (
    <Alert color="red" role="alert" title={t('common.errorTitle')}>
      <List size="sm">
        {unplaced.map((issue) => (
          <List.Item key={`${issue.path}:${issue.message}`}>{t(issue.message, issue.params ?? {})}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
