import type { BundleExport } from '@contract/bundles';
import { Badge, Button, Center, Code, CopyButton, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDateText } from '../resident/useDateText';
import { shortHash } from './bundle-format';
import { ReceiptImport } from './ReceiptImport';
import { useSaveBundle } from './useSaveBundle';
import { useSizeText } from './useSizeText';

const RECEIPT_COLOURS = { imported: 'teal', 'imported-with-warnings': 'yellow', 'already-imported': 'teal', rejected: 'red' } as const;

/** Whether the ministry acknowledged a bundle, and when its receipt was issued. */
function ReceiptCell({ receipt }: { receipt: BundleExport['receipt'] }) {
  const { t } = useTranslation();
  const { dateTime } = useDateText();
  if (receipt === null) {
    return (
      <Badge color="gray" variant="light" tt="none">
        {t('bundles.history.receipt.none')}
      </Badge>
    );
  }
  return (
    <>
      <Badge color={RECEIPT_COLOURS[receipt.status]} variant="light" tt="none">
        {t(`bundles.history.receipt.${receipt.status}`)}
      </Badge>
      <Text size="xs" c="dimmed" mt={2}>
        {t('bundles.history.receiptDate', { date: dateTime(receipt.issuedAt) })}
      </Text>
      {receipt.message !== null && (
        <Text size="xs" c="dimmed">
          {receipt.message}
        </Text>
      )}
    </>
  );
}

function HistoryRow({ bundle, saving, onSave }: { bundle: BundleExport; saving: boolean; onSave: () => void }) {
  const { t } = useTranslation();
  const { dateTime } = useDateText();
  const sizeText = useSizeText();
  return (
    <Table.Tr>
      <Table.Th scope="row">{bundle.sequence}</Table.Th>
      <Table.Td>
        {dateTime(bundle.createdAt)}
        <Text size="xs" c="dimmed">
          {bundle.createdByName}
        </Text>
      </Table.Td>
      <Table.Td>
        {t(`bundles.export.profiles.${bundle.profile}`)}
        {bundle.includesSecret && (
          <Text size="xs" c="dimmed">
            {t('bundles.history.withSecret')}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{sizeText(bundle.size)}</Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Code title={t('bundles.history.hashFull', { hash: bundle.sha256 })} style={{ userSelect: 'text' }}>
            {shortHash(bundle.sha256)}
          </Code>
          <CopyButton value={bundle.sha256}>
            {({ copied, copy }) => (
              <Button size="compact-xs" variant="subtle" onClick={copy} aria-label={t('bundles.history.copyHash', { sequence: bundle.sequence })}>
                {copied ? t('bundles.history.copied') : t('bundles.history.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Table.Td>
      <Table.Td>
        <ReceiptCell receipt={bundle.receipt} />
      </Table.Td>
      <Table.Td>
        <Button size="xs" variant="default" disabled={!bundle.available} loading={saving} onClick={onSave} aria-label={t('bundles.history.saveLabel', { sequence: bundle.sequence })}>
          {t('bundles.history.save')}
        </Button>
        {!bundle.available && (
          <Text size="xs" c="dimmed" mt={2}>
            {t('bundles.history.notKept')}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** Every bundle exported, newest first, with whether the ministry acknowledged it. */
export function ExportHistory() {
  const { t } = useTranslation();
  const history = useProcedureQuery('bundles.history', {});
  const save = useSaveBundle();
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="bundles-history-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div style={{ flex: '1 1 320px' }}>
            <Title order={2} size="h4" id="bundles-history-title">
              {t('bundles.history.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('bundles.history.intro')}
            </Text>
          </div>
          <ReceiptImport />
        </Group>
        <ErrorAlert error={history.error} />
        {history.isPending && (
          <Center py="md">
            <Loader aria-label={t('common.loading')} />
          </Center>
        )}
        {history.data?.length === 0 && <Text c="dimmed">{t('bundles.history.empty')}</Text>}
        {history.data !== undefined && history.data.length > 0 && (
          <Table.ScrollContainer minWidth={860}>
            <Table striped verticalSpacing="sm" aria-label={t('bundles.history.title')}>
              <Table.Thead>
                <Table.Tr>
                  {(['sequence', 'date', 'profile', 'size', 'hash', 'receipt', 'actions'] as const).map((column) => (
                    <Table.Th key={column} scope="col">
                      {t(`bundles.history.columns.${column}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {history.data.map((bundle) => (
                  <HistoryRow key={bundle.sequence} bundle={bundle} saving={save.saving === bundle.sequence} onSave={() => save.save(bundle.sequence)} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <ErrorAlert error={save.error} />
      </Stack>
    </Paper>
  );
}
