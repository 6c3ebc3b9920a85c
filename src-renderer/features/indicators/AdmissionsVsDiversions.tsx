import type { IndicatorDashboard } from '@contract/indicators';
import { Box, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';

import { formatNumber } from '../../i18n/format';
import { chartColours, tooltipStyles } from './chart-colours';
import { MonthTable } from './MonthTable';
import { TableAlternative } from './TableAlternative';
import { useChartWidth } from './useChartWidth';
import { useIndicatorText } from './useIndicatorText';

type Computed = IndicatorDashboard['computed'][number];
type Row = { month: string; admissions: number; diversions: number };

const HEIGHT = 260;
const TICK = { fontSize: 11 };
const SERIES = ['admissions', 'diversions'] as const;

/** The month's value, zero where the core has none (a count is never undefined, but the type allows it). */
function valueIn(indicator: Computed, month: string): number {
  return indicator.series.find((point) => point.month === month)?.value ?? 0;
}

/**
 * Children admitted beside requests resolved without admission, month by month, as bars side by
 * side: gatekeeping works when the second grows and the first shrinks.
 */
export function AdmissionsVsDiversions({
  admissions,
  diversions,
  fromMonth,
  toMonth,
}: {
  admissions: Computed;
  diversions: Computed;
  fromMonth: string;
  toMonth: string;
}) {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const headingId = useId();
  const { ref, width } = useChartWidth();
  const rows: Row[] = admissions.series.map((point) => ({
    month: point.month,
    admissions: point.value ?? 0,
    diversions: valueIn(diversions, point.month),
  }));
  const total = (key: (typeof SERIES)[number]) => rows.reduce((sum, row) => sum + row[key], 0);
  const number = (value: number) => formatNumber(value, text.language);
  const title = t('indicators.gatekeeping.title');
  const nameOf = (key: (typeof SERIES)[number]) => t(`indicators.names.${key}`);
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder radius="md" p="md">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4" id={headingId}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {t('indicators.gatekeeping.intro')}
          </Text>
        </div>
        <Box ref={ref} w="100%" style={{ overflow: 'hidden' }}>
          <BarChart
            width={width}
            height={HEIGHT}
            data={rows}
            accessibilityLayer
            aria-label={t('indicators.gatekeeping.chartLabel', {
              from: text.month(fromMonth),
              to: text.month(toMonth),
              admissions: number(total('admissions')),
              diversions: number(total('diversions')),
            })}
            margin={{ top: 8, right: 8, bottom: 4, left: 4 }}
          >
            <CartesianGrid strokeDasharray="3 3" stroke={chartColours.grid} vertical={false} />
            <XAxis dataKey="month" tick={TICK} tickFormatter={(month: string) => text.shortMonth(month)} />
            <YAxis width={40} tick={TICK} allowDecimals={false} tickFormatter={(value: number) => number(value)} />
            <Tooltip {...tooltipStyles} labelFormatter={(month) => (typeof month === 'string' ? text.month(month) : month)} formatter={(value) => (typeof value === 'number' ? number(value) : String(value))} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {SERIES.map((key) => (
              <Bar key={key} dataKey={key} name={nameOf(key)} fill={chartColours[key]} isAnimationActive={false} />
            ))}
          </BarChart>
        </Box>
        <TableAlternative name={title}>
          <MonthTable
            caption={t('indicators.table.caption', { name: title })}
            rows={rows}
            columns={SERIES.map((key) => ({ key, header: nameOf(key), cell: (row: Row) => number(row[key]) }))}
            foot={
              <Table.Tr fw={700}>
                <Table.Th scope="row">{t('indicators.table.total')}</Table.Th>
                {SERIES.map((key) => (
                  <Table.Td key={key} ta="right">
                    {number(total(key))}
                  </Table.Td>
                ))}
              </Table.Tr>
            }
          />
        </TableAlternative>
      </Stack>
    </Paper>
  );
}
