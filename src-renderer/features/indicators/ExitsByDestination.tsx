import type { IndicatorDashboard } from '@contract/indicators';
import { Box, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';

import { formatNumber } from '../../i18n/format';
import { useReferenceLabel } from '../institution/useReferenceLabel';
import { chartColours, exitColourOf, tooltipStyles } from './chart-colours';
import type { ExitColumn, ExitRow, Placement } from './indicator-values';
import { exitColumnsOf, exitRowsOf, exitTotalsOf, placementOrder } from './indicator-values';
import { MonthTable } from './MonthTable';
import { TableAlternative } from './TableAlternative';
import { useChartWidth } from './useChartWidth';
import { useIndicatorText } from './useIndicatorText';

const HEIGHT = 300;
const TICK = { fontSize: 11 };

/** The heading of each placement kind's columns and its message key. */
const GROUP_KEYS: Record<Placement, 'family' | 'transfer' | 'other'> = { family: 'family', transfer: 'transfer', none: 'other' };

type Series = ExitColumn & { name: string; colour: string };

/**
 * Exits by destination, month by month: the family placements stacked in one bar, transfers to
 * another institution in a bar of their own in reds and named "not a family placement" (they are
 * never progress), other exits (ageing out, death) in a grey bar apart.
 */
export function ExitsByDestination({ exits, fromMonth, toMonth }: { exits: IndicatorDashboard['exitsByType']; fromMonth: string; toMonth: string }) {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const exitLabel = useReferenceLabel('exit_type');
  const headingId = useId();
  const { ref, width } = useChartWidth();
  const rows = exitRowsOf(exits);
  const totals = exitTotalsOf(exits);
  const title = t('indicators.exits.title');
  const series: Series[] = exitColumnsOf(exits).map((column, _, all) => {
    const index = all.filter((other) => other.placement === column.placement).indexOf(column);
    const label = exitLabel(column.code);
    const name = column.placement === 'transfer' ? t('indicators.exits.transferType', { name: label }) : label;
    return { ...column, name, colour: exitColourOf(column.placement, index) };
  });
  const groups = placementOrder
    .map((placement) => ({ placement, span: series.filter((column) => column.placement === placement).length }))
    .filter((group) => group.span > 0);
  const count = (row: ExitRow, code: string) => row.counts[code] ?? 0;
  const number = (value: number) => formatNumber(value, text.language);
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder radius="md" p="md">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4" id={headingId}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {t('indicators.exits.intro')}
          </Text>
        </div>
        {series.length === 0 ? (
          <Text size="sm">{t('indicators.exits.none')}</Text>
        ) : (
          <>
            <Box ref={ref} w="100%" style={{ overflow: 'hidden' }}>
              <BarChart
                width={width}
                height={HEIGHT}
                data={rows}
                accessibilityLayer
                aria-label={t('indicators.exits.chartLabel', {
                  from: text.month(fromMonth),
                  to: text.month(toMonth),
                  family: number(totals.family),
                  transfer: number(totals.transfer),
                  other: number(totals.none),
                })}
                margin={{ top: 8, right: 8, bottom: 4, left: 4 }}
              >
                <CartesianGrid strokeDasharray="3 3" stroke={chartColours.grid} vertical={false} />
                <XAxis dataKey="month" tick={TICK} tickFormatter={(month: string) => text.shortMonth(month)} />
                <YAxis width={40} tick={TICK} allowDecimals={false} tickFormatter={(value: number) => number(value)} />
                <Tooltip
          {...tooltipStyles}
                  labelFormatter={(month) => (typeof month === 'string' ? text.month(month) : month)}
                  formatter={(value) => (typeof value === 'number' ? number(value) : String(value))}
                />
                <Legend wrapperStyle={{ fontSize: 12 }} />
                {series.map((column) => (
                  <Bar
                    key={column.code}
                    dataKey={(row: ExitRow) => count(row, column.code)}
                    name={column.name}
                    stackId={column.placement}
                    fill={column.colour}
                    isAnimationActive={false}
                  />
                ))}
              </BarChart>
            </Box>
            <TableAlternative name={title}>
              <MonthTable
                caption={t('indicators.table.caption', { name: title })}
                rows={rows}
                columns={series.map((column) => ({ key: column.code, header: column.name, cell: (row: ExitRow) => number(count(row, column.code)) }))}
                head={
                  <>
                    <Table.Tr>
                      <Table.Th scope="col" rowSpan={2}>
                        {t('indicators.table.month')}
                      </Table.Th>
                      {groups.map((group) => (
                        <Table.Th key={group.placement} scope="colgroup" colSpan={group.span} ta="center">
                          {t(`indicators.exits.${GROUP_KEYS[group.placement]}`)}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                    <Table.Tr>
                      {series.map((column) => (
                        <Table.Th key={column.code} scope="col" ta="right">
                          {column.name}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </>
                }
                foot={
                  <Table.Tr fw={700}>
                    <Table.Th scope="row">{t('indicators.table.total')}</Table.Th>
                    {series.map((column) => (
                      <Table.Td key={column.code} ta="right">
                        {number(rows.reduce((sum, row) => sum + count(row, column.code), 0))}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                }
              />
            </TableAlternative>
          </>
        )}
      </Stack>
    </Paper>
  );
}
