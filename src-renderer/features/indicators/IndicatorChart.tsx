import type { IndicatorDashboard } from '@contract/indicators';
import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';

import { chartColours, tooltipStyles } from './chart-colours';
import type { ValueUnit } from './indicator-values';
import { useChartWidth } from './useChartWidth';
import { useIndicatorText } from './useIndicatorText';

type MonthValue = IndicatorDashboard['computed'][number]['series'][number];
type Target = IndicatorDashboard['computed'][number]['target'];

const HEIGHT = 220;
const TICK = { fontSize: 11 };

/**
 * An indicator month by month, with its baseline and target as reference lines (the axis stretches
 * to show them). Keyboard: the chart is one tab stop and the arrow keys move from month to month,
 * the tooltip announcing each (recharts' accessibility layer); `label` sums it up for a screen reader.
 */
export function IndicatorChart({
  name,
  series,
  unit,
  baseline,
  target,
  colour,
  label,
}: {
  name: string;
  series: readonly MonthValue[];
  unit: ValueUnit;
  baseline: number | null;
  target: Target;
  colour: string;
  label: string;
}) {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const { ref, width } = useChartWidth();
  return (
    <Box ref={ref} w="100%" style={{ overflow: 'hidden' }}>
      <LineChart
        width={width}
        height={HEIGHT}
        data={series}
        accessibilityLayer
        aria-label={label}
        margin={{ top: 16, right: 16, bottom: 4, left: 4 }}
      >
        <CartesianGrid strokeDasharray="3 3" stroke={chartColours.grid} vertical={false} />
        <XAxis dataKey="month" tick={TICK} tickFormatter={(month: string) => text.shortMonth(month)} />
        <YAxis width={64} tick={TICK} allowDecimals={unit === null || unit === 'percent' || unit === 'days'} tickFormatter={(value: number) => text.axis(value, unit)} />
        <Tooltip
          {...tooltipStyles}
          labelFormatter={(month) => (typeof month === 'string' ? text.month(month) : month)}
          formatter={(value) => (typeof value === 'number' ? text.value(value, unit) : t('indicators.facts.noValue'))}
        />
        {baseline !== null && (
          <ReferenceLine
            y={baseline}
            ifOverflow="extendDomain"
            stroke={chartColours.baseline}
            strokeDasharray="2 4"
            label={{ value: t('indicators.chart.baseline'), position: 'insideBottomLeft', fontSize: 11, fill: chartColours.baseline }}
          />
        )}
        {target !== null && (
          <ReferenceLine
            y={target.value}
            ifOverflow="extendDomain"
            stroke={chartColours.target}
            strokeDasharray="8 4"
            label={{ value: t('indicators.chart.target'), position: 'insideTopRight', fontSize: 11, fill: chartColours.target }}
          />
        )}
        <Line dataKey="value" name={name} type="linear" stroke={colour} strokeWidth={2} dot={{ r: 2 }} connectNulls={false} isAnimationActive={false} />
      </LineChart>
    </Box>
  );
}
