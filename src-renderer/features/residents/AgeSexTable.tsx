import type { Dashboard } from '@contract/dashboard';
import { ageGroups } from '@contract/residents';
import { Table, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

type AgeGroupCounts = Dashboard['inResidence']['byAgeGroup'];

/** Children in residence by age group and sex, with totals per group and for all. */
export function AgeSexTable({ counts }: { counts: AgeGroupCounts }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  // Every group in its order, even one the answer left out.
  const rows = ageGroups.map((group) => counts.find((row) => row.group === group) ?? { group, male: 0, female: 0 });
  const boys = rows.reduce((sum, row) => sum + row.male, 0);
  const girls = rows.reduce((sum, row) => sum + row.female, 0);
  const number = (value: number) => formatNumber(value, language);
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="sm">
        {t('dashboard.byAge.title')}
      </Title>
      <Table withTableBorder tabularNums aria-labelledby={headingId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboard.byAge.group')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dashboard.byAge.boys')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dashboard.byAge.girls')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dashboard.byAge.total')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.group}>
              <Table.Th scope="row" fw="normal">
                {t(`residentEnums.ageGroup.${row.group}`)}
              </Table.Th>
              <Table.Td ta="right">{number(row.male)}</Table.Td>
              <Table.Td ta="right">{number(row.female)}</Table.Td>
              <Table.Td ta="right">{number(row.male + row.female)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Th scope="row">{t('dashboard.byAge.totalRow')}</Table.Th>
            <Table.Td ta="right">{number(boys)}</Table.Td>
            <Table.Td ta="right">{number(girls)}</Table.Td>
            <Table.Td ta="right">{number(boys + girls)}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </section>
  );
}
