import type { ImportedBundle } from '@contract/ministry';
import { List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../i18n/format';
import { useOverviewText } from './useOverviewText';

/** Every bundle imported from the institution, newest first: number, content, when made and imported, warnings. */
export function InstitutionBundles({ bundles }: { bundles: readonly ImportedBundle[] }) {
  const { t } = useTranslation();
  const text = useOverviewText();
  if (bundles.length === 0) {
    return <Text c="dimmed">{t('ministryOverview.institution.bundles.none')}</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped withTableBorder captionSide="top">
        <Table.Caption>{t('ministryOverview.institution.bundles.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('ministryOverview.institution.bundles.sequence')}</Table.Th>
            <Table.Th scope="col">{t('ministryOverview.institution.bundles.profile')}</Table.Th>
            <Table.Th scope="col">{t('ministryOverview.institution.bundles.created')}</Table.Th>
            <Table.Th scope="col">{t('ministryOverview.institution.bundles.imported')}</Table.Th>
            <Table.Th scope="col">{t('ministryOverview.institution.bundles.warnings')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {bundles.map((bundle) => (
            <Table.Tr key={bundle.sequence}>
              <Table.Th scope="row">{bundle.sequence}</Table.Th>
              <Table.Td>{text.profile(bundle.profile)}</Table.Td>
              <Table.Td>{formatDateTime(bundle.createdAt, text.language)}</Table.Td>
              <Table.Td>{formatDateTime(bundle.importedAt, text.language)}</Table.Td>
              <Table.Td>
                {bundle.warnings.length === 0 ? (
                  t('ministryOverview.institution.bundles.noWarnings')
                ) : (
                  <List size="sm">
                    {bundle.warnings.map((warning, index) => (
                      <List.Item key={index}>{t(`importWarnings.${warning.code}`, { ...warning.params, defaultValue: warning.code })}</List.Item>
                    ))}
                  </List>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
