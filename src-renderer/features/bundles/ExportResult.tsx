import type { BundleExport } from '@contract/bundles';
import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { useDateText } from '../resident/useDateText';
import { useSaveBundle } from './useSaveBundle';
import { useSizeText } from './useSizeText';

/** A finished export: its number, size and what it holds, and the button that saves it. */
export function ExportResult({ bundle }: { bundle: BundleExport }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { dateTime } = useDateText();
  const sizeText = useSizeText();
  const save = useSaveBundle();
  return (
    <Alert color="teal" title={t('bundles.export.doneTitle', { sequence: bundle.sequence })}>
      <Stack gap="sm">
        <Text size="sm">{t('bundles.export.done', { size: sizeText(bundle.size), date: dateTime(bundle.createdAt) })}</Text>
        <Table withTableBorder maw={420} aria-label={t('bundles.export.counts')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('bundles.export.table')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('bundles.export.rows')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {Object.entries(bundle.counts).map(([table, rows]) => (
              <Table.Tr key={table}>
                {/* Every table of every profile has a name in each language (a test checks it). */}
                <Table.Th scope="row" fw="normal">
                  {t(`bundles.tables.${table}`)}
                </Table.Th>
                <Table.Td ta="right">{formatNumber(rows, language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group>
          <Button onClick={() => save.save(bundle.sequence)} loading={save.saving === bundle.sequence}>
            {t('bundles.export.save')}
          </Button>
        </Group>
        <ErrorAlert error={save.error} />
      </Stack>
    </Alert>
  );
}
