import type { ImportResultView } from '@contract/ministry';
import { List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useLanguage } from '../../i18n/useLanguage';
import { recordCount, resultMessage } from './import-text';
import { StatusBadge } from './StatusBadge';

/** A dry run's changes against the institution's last bundle, table by table, with examples. */
function Changes({ result }: { result: ImportResultView }) {
  const { t } = useTranslation();
  if (result.changes === null || result.changes.length === 0) {
    return null;
  }
  return (
    <Table withTableBorder fz="sm" aria-label={t('ministry.import.changesOf', { file: result.file })}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('ministry.import.table')}</Table.Th>
          <Table.Th>{t('ministry.import.added')}</Table.Th>
          <Table.Th>{t('ministry.import.changed')}</Table.Th>
          <Table.Th>{t('ministry.import.removed')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {result.changes.map((change) => (
          <Table.Tr key={change.table}>
            <Table.Td>{change.table}</Table.Td>
            {(['added', 'changed', 'removed'] as const).map((kind) => (
              <Table.Td key={kind}>
                {change[kind]}
                {change.examples[kind].length > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('ministry.import.examples', { examples: change.examples[kind].join(', ') })}
                  </Text>
                )}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** What happened to each file of the import just made: status, institution, reason or warnings, records. */
export function ImportResults({ results, dryRun }: { results: ImportResultView[]; dryRun: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t(dryRun ? 'ministry.import.dryResultsTitle' : 'ministry.import.resultsTitle')}
        </Title>
        {dryRun && <Text size="sm">{t('ministry.import.dryRunNothingWritten')}</Text>}
        <List listStyleType="none" spacing="md" aria-label={t('ministry.import.resultsTitle')}>
          {results.map((result, index) => {
            const message = resultMessage(language, result);
            return (
              <List.Item key={`${index}-${result.file}`} aria-label={result.file}>
                <Stack gap={4}>
                  <Text fw={500}>
                    {result.file} <StatusBadge status={result.status} dryRun={result.dryRun} />
                  </Text>
                  {result.institutionCode !== null && (
                    <Text size="sm">
                      {t('ministry.import.fromInstitution', { code: result.institutionCode, sequence: result.sequence ?? '—' })}
                    </Text>
                  )}
                  {message !== null && (
                    <Text size="sm" c={result.status === 'rejected' ? 'red.8' : undefined}>
                      {message}
                    </Text>
                  )}
                  {result.status !== 'rejected' && result.status !== 'already-imported' && (
                    <Text size="sm" c="dimmed">
                      {t('ministry.import.records', { count: recordCount(result) })}
                    </Text>
                  )}
                  <Changes result={result} />
                </Stack>
              </List.Item>
            );
          })}
        </List>
      </Stack>
    </Paper>
  );
}
