import type { IndicatorDashboard } from '@contract/indicators';
import { Badge, Box, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { lineColourOf, trendBadgeColours } from './chart-colours';
import type { ValueUnit } from './indicator-values';
import { trendOf } from './indicator-values';
import { IndicatorChart } from './IndicatorChart';
import { MonthTable } from './MonthTable';
import { TableAlternative } from './TableAlternative';
import { useIndicatorText } from './useIndicatorText';

type Computed = IndicatorDashboard['computed'][number];

/** What a card shows of an indicator, computed or manual alike. */
export type CardIndicator = Pick<Computed, 'higherIsBetter' | 'baseline' | 'target' | 'current' | 'series'> & {
  name: string;
  /** What it counts and how, in a sentence; null for a manual indicator (its name says it). */
  explanation: string | null;
  source: Computed['kind'] | 'manual';
  unit: ValueUnit;
  /** "Unit: number of children; at the month's last day", or null when there is no unit to say. */
  unitLine: string | null;
  /** Transfers: counted, but never a family placement. */
  notFamily: boolean;
  /**
   * Manual indicators: the month of `current`, the latest one with a value (null while none);
   * undefined for computed ones, whose `current` is this month's.
   */
  currentMonth?: string | null;
};

/** The months shown and the month the plan's baseline was counted in (null: a manual baseline, typed in). */
export type CardMonths = { fromMonth: string; toMonth: string; baselineMonth: string | null };

/**
 * One indicator: where its numbers come from, the value now beside the baseline and the target,
 * whether that is progress, a chart of its months, and the same months as a table.
 */
export function IndicatorCard({ indicator, months, actions }: { indicator: CardIndicator; months: CardMonths; actions?: ReactNode }) {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const titleId = useId();
  const { name, unit, baseline, target, current, higherIsBetter } = indicator;
  const trend = trendOf(baseline, current, higherIsBetter);
  const manual = indicator.source === 'manual';
  const direction = higherIsBetter === null ? 'neither' : higherIsBetter ? 'higher' : 'lower';
  const currentTerm =
    indicator.currentMonth === undefined
      ? t('indicators.facts.current')
      : indicator.currentMonth === null
        ? t('indicators.facts.latestPlain')
        : t('indicators.facts.latest', { month: text.month(indicator.currentMonth) });
  const summary = t('indicators.summary', {
    name,
    from: text.month(months.fromMonth),
    to: text.month(months.toMonth),
    currentTerm,
    current: text.value(current, unit),
    baseline: text.value(baseline, unit),
    target: text.target(target, unit),
  });
  return (
    <Paper component="section" aria-labelledby={titleId} withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Title order={4} size="h4" id={titleId}>
            {name}
          </Title>
          <Badge variant={manual ? 'filled' : 'light'} color={manual ? 'yellow.8' : 'gray'} style={{ flexShrink: 0 }}>
            {manual ? t('indicators.manual.badge') : t(`indicators.source.${indicator.source}`)}
          </Badge>
        </Group>
        {manual && (
          <Text size="sm" fw={600}>
            {t('indicators.manual.explain')}
          </Text>
        )}
        {indicator.explanation !== null && (
          <Text size="sm" c="dimmed">
            {indicator.explanation}
          </Text>
        )}
        {indicator.notFamily && (
          <Badge color="red" variant="outline" w="fit-content">
            {t('indicators.notFamily')}
          </Badge>
        )}
        <Text size="xs" c="dimmed">
          {[indicator.unitLine, t(`indicators.direction.${direction}`)].filter((part) => part !== null).join(' ')}
        </Text>
        <SimpleGrid component="dl" cols={3} spacing="xs" m={0}>
          <Fact term={currentTerm} value={text.value(current, unit)} strong />
          <Fact
            term={months.baselineMonth === null ? t('indicators.facts.baselinePlain') : t('indicators.facts.baseline', { month: text.month(months.baselineMonth) })}
            value={text.value(baseline, unit)}
          />
          <Fact term={t('indicators.facts.target')} value={text.target(target, unit)} />
        </SimpleGrid>
        {trend !== null && (
          <Badge color={trendBadgeColours[trend]} variant="light" w="fit-content">
            {t(`indicators.trend.${trend}`)}
          </Badge>
        )}
        <IndicatorChart
          name={name}
          series={indicator.series}
          unit={unit}
          baseline={baseline}
          target={target}
          colour={lineColourOf(trend, higherIsBetter)}
          label={summary}
        />
        {actions !== undefined && <Group gap="xs">{actions}</Group>}
        <TableAlternative name={name}>
          <MonthTable
            caption={t('indicators.table.caption', { name })}
            rows={indicator.series}
            columns={[{ key: 'value', header: t('indicators.table.value'), cell: (row) => (row.value === null ? '—' : text.value(row.value, unit)) }]}
          />
        </TableAlternative>
      </Stack>
    </Paper>
  );
}

function Fact({ term, value, strong = false }: { term: string; value: string; strong?: boolean }) {
  return (
    <Box>
      <Text component="dt" size="xs" c="dimmed">
        {term}
      </Text>
      <Text component="dd" m={0} fw={strong ? 700 : 500} size={strong ? 'lg' : 'md'}>
        {value}
      </Text>
    </Box>
  );
}
