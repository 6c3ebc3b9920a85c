import type { AuditEntry } from '@contract/audit';
import { Code, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { shownValue } from './audit-values';
import { ActorName, EntityName } from './AuditTable';

/** One recorded value: text as it is, or a translated word for empty, hidden, yes and no. */
function Value({ value }: { value: unknown }) {
  const { t } = useTranslation();
  const shown = shownValue(value);
  if (shown.kind === 'text') {
    return (
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {shown.text}
      </Text>
    );
  }
  if (shown.kind === 'yes' || shown.kind === 'no') {
    return <Text size="sm">{t(`audit.values.${shown.kind}`)}</Text>;
  }
  // Set apart from recorded text, so "empty" is never read as someone having typed that word.
  return (
    <Text size="sm" c="dimmed" fs="italic">
      {t(`audit.values.${shown.kind}`)}
    </Text>
  );
}

/** An entry in full: who, when, what, and each changed field before and after. */
export function AuditEntryModal({ entry, opened, onClose }: { entry: AuditEntry | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const changes = Object.entries(entry?.changes ?? {});
  return (
    <Modal
      opened={opened && entry !== null}
      onClose={onClose}
      title={t('audit.entry.title', { seq: entry?.seq ?? '' })}
      closeButtonProps={{ 'aria-label': t('audit.close') }}
      size="xl"
    >
      {entry !== null && (
        <Stack gap="md">
          <Table variant="vertical" layout="fixed" withTableBorder>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th scope="row" w={180}>
                  {t('audit.columns.time')}
                </Table.Th>
                <Table.Td>{formatDateTime(entry.at, language)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t('audit.columns.user')}</Table.Th>
                <Table.Td>
                  <ActorName entry={entry} />
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t('audit.columns.action')}</Table.Th>
                <Table.Td>{t(`audit.actions.${entry.action}`)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t('audit.columns.entity')}</Table.Th>
                <Table.Td>
                  <EntityName entry={entry} />
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t('audit.entry.procedure')}</Table.Th>
                <Table.Td>
                  <Code>{entry.procedure}</Code>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t('audit.entry.hash')}</Table.Th>
                <Table.Td>
                  <Code style={{ overflowWrap: 'anywhere' }}>{entry.hash}</Code>
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Title order={3} size="h5">
            {t('audit.entry.changes')}
          </Title>
          {changes.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('audit.entry.noChanges')}
            </Text>
          ) : (
            <Table withTableBorder withColumnBorders aria-label={t('audit.entry.changes')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('audit.entry.field')}</Table.Th>
                  <Table.Th scope="col">{t('audit.entry.before')}</Table.Th>
                  <Table.Th scope="col">{t('audit.entry.after')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {changes.map(([field, change]) => (
                  <Table.Tr key={field}>
                    <Table.Th scope="row">
                      <Code>{field}</Code>
                    </Table.Th>
                    <Table.Td>
                      <Value value={change.before} />
                    </Table.Td>
                    <Table.Td>
                      <Value value={change.after} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
    </Modal>
  );
}
