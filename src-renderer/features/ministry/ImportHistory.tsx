import type { ImportAttemptView } from '@contract/ministry';
import { Button, Group, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation, useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { downloadBase64 } from '../resident/case-file-download';
import { recordCount, resultMessage } from './import-text';
import { StatusBadge } from './StatusBadge';

/** An attempt whose sender is known (its signature verified) gets a receipt for the institution. */
const hasReceipt = (attempt: ImportAttemptView) => attempt.sha256 !== null && attempt.institutionCode !== null && attempt.sequence !== null && !attempt.dryRun;

/**
 * Every import attempt, rejections included, newest first; the report as CSV or JSON; and a signed
 * receipt per attempt, to send back to the institution.
 */
export function ImportHistory() {
  const { t } = useTranslation();
  const language = useLanguage();
  const history = useProcedureQuery('ministry.importHistory', {});
  const report = useProcedureMutation('ministry.importReport');
  const receipt = useProcedureMutation('ministry.receipt');
  const attempts = history.data ?? [];
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('ministry.history.title')}
          </Title>
          <Group gap="xs">
            {(['csv', 'json'] as const).map((format) => (
              <Button
                key={format}
                variant="default"
                size="xs"
                disabled={attempts.length === 0}
                loading={report.isPending && report.variables?.format === format}
                onClick={() => report.mutate({ format }, { onSuccess: (file) => downloadBase64(file.fileName, file.contentBase64, format === 'csv' ? 'text/csv' : 'application/json') })}
              >
                {t(`ministry.history.export.${format}`)}
              </Button>
            ))}
          </Group>
        </Group>
        <ErrorAlert error={history.error ?? report.error ?? receipt.error} />
        {attempts.length === 0 ? (
          <Text c="dimmed">{t('ministry.history.empty')}</Text>
        ) : (
          <ScrollArea>
            <Table striped aria-label={t('ministry.history.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ministry.history.at')}</Table.Th>
                  <Table.Th>{t('ministry.history.file')}</Table.Th>
                  <Table.Th>{t('ministry.history.institution')}</Table.Th>
                  <Table.Th>{t('ministry.history.sequence')}</Table.Th>
                  <Table.Th>{t('ministry.history.status')}</Table.Th>
                  <Table.Th>{t('ministry.history.reason')}</Table.Th>
                  <Table.Th>{t('ministry.history.records')}</Table.Th>
                  <Table.Th>{t('ministry.history.receipt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {attempts.map((attempt, index) => (
                  <Table.Tr key={`${attempt.at}-${index}`}>
                    <Table.Td>{formatDateTime(attempt.at, language)}</Table.Td>
                    <Table.Td>{attempt.file}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{attempt.institutionCode ?? '—'}</Table.Td>
                    <Table.Td>{attempt.sequence ?? '—'}</Table.Td>
                    <Table.Td>
                      <StatusBadge status={attempt.status} dryRun={false} />
                    </Table.Td>
                    <Table.Td>{resultMessage(language, attempt) ?? '—'}</Table.Td>
                    <Table.Td>{attempt.status === 'rejected' || attempt.status === 'already-imported' ? '—' : recordCount(attempt)}</Table.Td>
                    <Table.Td>
                      {hasReceipt(attempt) && (
                        <Button
                          size="xs"
                          variant="light"
                          aria-label={t('ministry.history.receiptFor', { code: attempt.institutionCode, sequence: attempt.sequence })}
                          loading={receipt.isPending && receipt.variables?.sha256 === attempt.sha256}
                          onClick={() =>
                            receipt.mutate({ sha256: attempt.sha256! }, { onSuccess: (file) => downloadBase64(file.fileName, file.contentBase64, 'application/zip') })
                          }
                        >
                          {t('ministry.history.receiptButton')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
      </Stack>
    </Paper>
  );
}
