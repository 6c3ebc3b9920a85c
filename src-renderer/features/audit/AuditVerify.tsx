import type { AuditVerifyResult } from '@contract/audit';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

/** The outcome of checking the chain: intact, or where it breaks and how. */
function VerifyResult({ result }: { result: AuditVerifyResult }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const checked = formatNumber(result.checked, language);
  if (result.ok) {
    return (
      <Alert color="teal" title={t('audit.verification.okTitle')}>
        {t('audit.verification.ok', { checked })}
      </Alert>
    );
  }
  const problem = result.problem === null ? '' : t(`audit.verification.problems.${result.problem}`);
  return (
    <Alert color="red" title={t('audit.verification.brokenTitle')}>
      {result.firstBadSeq === null ? problem : t('audit.verification.broken', { seq: result.firstBadSeq, problem, checked })}
    </Alert>
  );
}

/**
 * Checks the whole hash chain on request. Only on request: it reads every entry, and the trail
 * grows for years.
 */
export function AuditVerify() {
  const { t } = useTranslation();
  const verify = useProcedureMutation('audit.verify');
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="audit-verify-title">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={2} size="h5" id="audit-verify-title">
              {t('audit.verification.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('audit.verification.intro')}
            </Text>
          </div>
          <Button variant="light" onClick={() => verify.mutate({})} loading={verify.isPending}>
            {t('audit.verification.run')}
          </Button>
        </Group>
        {/* Announced when it appears, whatever the outcome. */}
        <div role="status" aria-live="polite">
          {verify.data !== undefined && <VerifyResult result={verify.data} />}
        </div>
        <ErrorAlert error={verify.error} />
      </Stack>
    </Paper>
  );
}
