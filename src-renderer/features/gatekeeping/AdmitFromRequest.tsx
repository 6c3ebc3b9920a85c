import type { GatekeepingRequest } from '@contract/gatekeeping';
import { Alert, Anchor, Center, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ApiError } from '../../api/client';
import { useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

function BackToRequests() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/gatekeeping" size="sm">
      {t('gatekeeping.admitFrom.back')}
    </Anchor>
  );
}

/**
 * Registering a child admitted from a request (`/residents/new?request=<id>`): loads the request and,
 * while it is still pending, says so and hands it to `children` to fill the form. A request decided
 * meanwhile (or not found) cannot be admitted, and the page says why instead of showing the form.
 */
export function AdmitFromRequest({ requestId, children }: { requestId: string; children: (request: GatekeepingRequest) => ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const request = useProcedureQuery('gatekeeping.get', { id: requestId });
  if (request.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (request.isError) {
    return (
      <Stack gap="sm" align="flex-start">
        <ErrorAlert error={request.error} title={t('gatekeeping.admitFrom.loadFailed')} />
        <BackToRequests />
      </Stack>
    );
  }
  const found = request.data;
  if (found.decision !== 'pending') {
    return (
      <Stack gap="sm" align="flex-start">
        <Alert color="orange" role="alert" title={t('gatekeeping.admitFrom.title')}>
          {t('gatekeeping.admitFrom.decided', { decision: t(`gatekeeping.decisions.${found.decision}`) })}
        </Alert>
        <BackToRequests />
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      <Alert color="blue" variant="light" title={t('gatekeeping.admitFrom.title')}>
        <Text size="sm">{t('gatekeeping.admitFrom.text', { date: formatDate(found.receivedDate, language) })}</Text>
      </Alert>
      {children(found)}
    </Stack>
  );
}

/**
 * The core's refusal to admit from the request (decided by someone else meanwhile), which belongs
 * to no field of the new-child form; nothing for any other failure.
 */
export function AdmitFromRequestFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const issue =
    error instanceof ApiError && error.code === 'VALIDATION_FAILED'
      ? error.issues.find((candidate) => candidate.path === 'gatekeepingRequestId')
      : undefined;
  if (issue === undefined) {
    return null;
  }
  return (
    <Alert color="red" role="alert" title={t('resident.new.failed')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t(issue.message, issue.params ?? {})}</Text>
        <BackToRequests />
      </Stack>
    </Alert>
  );
}
