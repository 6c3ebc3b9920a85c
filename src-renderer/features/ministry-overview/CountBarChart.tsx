import { Box, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';

import { chartColours, tooltipStyles } from '../indicators/chart-colours';
import { TableAlternative } from '../indicators/TableAlternative';
import { useChartWidth } from '../indicators/useChartWidth';
import { useOverviewText } from './useOverviewText';

/** One bar of each group: what it counts, its legend and column name, its colour. */
export type CountSeries = { key: string; name: string; colour: string };

/** One group of bars (a region, a month): its name, a short name for the axis, its counts by series. */
export type CountRow = { key: string; name: string; shortName?: string; counts: Record<string, number> };

const HEIGHT = 260;
/** Bars across a page's width grow downwards: room for axis and legend, then so much per bar and group. */
const ROWS_BASE_HEIGHT = 80;
const BAR_HEIGHT = 10;
const GROUP_GAP = 14;
const TICK = { fontSize: 11 };

/**
 * Counts side by side for each region or month, as bars (series never stacked: a transfer is never
 * added onto family placements), with the same numbers as a table behind a button. Keyboard: the
 * chart is one tab stop, the arrow keys move between groups (recharts' accessibility layer), and
 * `chartLabel` sums the chart up for a screen reader.
 */
export function CountBarChart({
  title,
  intro,
  chartLabel,
  rowHeader,
  rows,
  series,
  withTotal = true,
  bars = 'up',
}: {
  title: string;
  intro?: string;
  chartLabel: string;
  /** The header of the table's first column: "Region", "Month". */
  rowHeader: string;
  rows: readonly CountRow[];
  series: readonly CountSeries[];
  /** A row of totals beneath: for counts that add up (not for children counted month after month). */
  withTotal?: boolean;
  /** `up` for months along the axis; `across` for regions, which may be many and have long names. */
  bars?: 'up' | 'across';
}) {
  const upright = bars === 'up';
  const { t } = useTranslation();
  const { number } = useOverviewText();
  const headingId = useId();
  const { ref, width } = useChartWidth();
  const count = (row: CountRow, key: string) => row.counts[key] ?? 0;
  const data = rows.map((row) => ({ ...row, label: row.shortName ?? row.name }));
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder radius="md" p="md">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4" id={headingId}>
            {title}
          </Title>
          {intro !== undefined && (
            <Text size="sm" c="dimmed">
              {intro}
            </Text>
          )}
        </div>
        <Box ref={ref} w="100%" style={{ overflow: 'hidden' }}>
          <BarChart
            width={width}
            height={upright ? HEIGHT : ROWS_BASE_HEIGHT + rows.length * (series.length * BAR_HEIGHT + GROUP_GAP)}
            data={data}
            layout={upright ? 'horizontal' : 'vertical'}
            accessibilityLayer
            aria-label={chartLabel}
            margin={{ top: 8, right: 8, bottom: 4, left: 4 }}
          >
            <CartesianGrid strokeDasharray="3 3" stroke={chartColours.grid} vertical={!upright} horizontal={upright} />
            {upright ? (
              <>
                <XAxis dataKey="label" tick={TICK} />
                <YAxis width={48} tick={TICK} allowDecimals={false} tickFormatter={(value: number) => number(value)} />
              </>
            ) : (
              <>
                <XAxis type="number" tick={TICK} allowDecimals={false} tickFormatter={(value: number) => number(value)} />
                <YAxis type="category" dataKey="label" width={140} tick={TICK} />
              </>
            )}
            <Tooltip
              {...tooltipStyles}
              labelFormatter={(_label, payload) => (payload[0]?.payload as CountRow | undefined)?.name ?? ''}
              formatter={(value) => (typeof value === 'number' ? number(value) : String(value))}
            />
            {/* In the series' order (recharts sorts by name otherwise): family, transfers, other. */}
            <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={(item) => series.findIndex((one) => one.name === item.value)} />
            {series.map((one) => (
              <Bar key={one.key} dataKey={(row: CountRow) => count(row, one.key)} name={one.name} fill={one.colour} isAnimationActive={false} />
            ))}
          </BarChart>
        </Box>
        <TableAlternative name={title}>
          <ScrollArea>
            <Table withTableBorder tabularNums captionSide="top">
              <Table.Caption>{title}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{rowHeader}</Table.Th>
                  {series.map((one) => (
                    <Table.Th key={one.key} scope="col" ta="right">
                      {one.name}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.key}>
                    <Table.Th scope="row" fw="normal">
                      {row.name}
                    </Table.Th>
                    {series.map((one) => (
                      <Table.Td key={one.key} ta="right">
                        {number(count(row, one.key))}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
              {withTotal && (
                <Table.Tfoot>
                  <Table.Tr fw={700}>
                    <Table.Th scope="row">{t('ministryOverview.table.total')}</Table.Th>
                    {series.map((one) => (
                      <Table.Td key={one.key} ta="right">
                        {number(rows.reduce((sum, row) => sum + count(row, one.key), 0))}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                </Table.Tfoot>
              )}
            </Table>
          </ScrollArea>
        </TableAlternative>
      </Stack>
    </Paper>
  );
}
