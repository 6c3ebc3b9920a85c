import { Center, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import type { SummaryMonth } from './summary-months';
import { lastTwelveMonths, monthParts, totalsOf } from './summary-months';
import { SummaryChart } from './SummaryChart';

/** The columns of the table, after the month. */
const COLUMNS = ['requests', 'admitted', 'diverted', 'refused', 'pending'] as const;

/**
 * Admissions versus diversions over the last twelve months, by the month a request was received:
 * a chart to see the trend and a table with the numbers and their totals.
 */
export function GatekeepingSummary({ today }: { today: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const range = lastTwelveMonths(today);
  const summary = useProcedureQuery('gatekeeping.summary', range);
  const monthName = (month: string) => {
    const { key, year } = monthParts(month);
    return t('gatekeeping.months.monthYear', { month: t(`gatekeeping.months.long.${key}`), year });
  };
  const months: readonly SummaryMonth[] = summary.data ?? [];
  const totals = totalsOf(months);
  const number = (value: number) => formatNumber(value, language);
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3" id={headingId}>
            {t('gatekeeping.summary.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('gatekeeping.summary.intro')}
          </Text>
        </div>
        <ErrorAlert error={summary.error} />
        {summary.isPending && (
          <Center py="xl">
            <Loader aria-label={t('common.loading')} />
          </Center>
        )}
        {summary.data && (
          <Paper withBorder radius="md" p="md">
            <Stack gap="lg">
              <SummaryChart
                months={months}
                label={t('gatekeeping.summary.chartLabel', {
                  from: monthName(range.fromMonth),
                  to: monthName(range.toMonth),
                  admitted: number(totals.admitted),
                  diverted: number(totals.diverted),
                  refused: number(totals.refused),
                })}
              />
              <Table.ScrollContainer minWidth={560}>
                <Table withTableBorder tabularNums aria-labelledby={headingId}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('gatekeeping.summary.month')}</Table.Th>
                      {COLUMNS.map((column) => (
                        <Table.Th key={column} scope="col" ta="right">
                          {t(`gatekeeping.summary.${column}`)}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {months.map((month) => (
                      <Table.Tr key={month.month}>
                        <Table.Th scope="row" fw="normal">
                          {monthName(month.month)}
                        </Table.Th>
                        {COLUMNS.map((column) => (
                          <Table.Td key={column} ta="right">
                            {number(month[column])}
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                  <Table.Tfoot>
                    <Table.Tr fw={700}>
                      <Table.Th scope="row">{t('gatekeeping.summary.total')}</Table.Th>
                      {COLUMNS.map((column) => (
                        <Table.Td key={column} ta="right">
                          {number(totals[column])}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  </Table.Tfoot>
                </Table>
              </Table.ScrollContainer>
            </Stack>
          </Paper>
        )}
      </Stack>
    </section>
  );
}
