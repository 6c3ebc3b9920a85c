import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import type { SummaryMonth } from './summary-months';
import { countScale, monthParts } from './summary-months';

/** The bars of each month, in order: admission, diversion, refusal. */
const SERIES = [
  { key: 'admitted', color: 'var(--mantine-color-orange-6)' },
  { key: 'diverted', color: 'var(--mantine-color-teal-6)' },
  { key: 'refused', color: 'var(--mantine-color-gray-5)' },
] as const;

const WIDTH = 720;
const HEIGHT = 260;
const MARGIN = { top: 12, right: 8, bottom: 42, left: 40 };
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;
const MUTED = { fill: 'var(--mantine-color-dimmed)' };

/**
 * Admitted, diverted and refused requests per month as grouped bars, drawn as plain SVG. For a
 * screen reader the picture is one image with a summary (`label`); the table beside it has the numbers.
 */
export function SummaryChart({ months, label }: { months: readonly SummaryMonth[]; label: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const max = Math.max(0, ...months.flatMap((month) => SERIES.map((series) => month[series.key])));
  const { top, ticks } = countScale(max);
  const y = (value: number) => MARGIN.top + PLOT_HEIGHT - (value / top) * PLOT_HEIGHT;
  const groupWidth = PLOT_WIDTH / Math.max(1, months.length);
  const barWidth = (groupWidth * 0.72) / SERIES.length;
  return (
    <Box>
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        style={{ maxWidth: WIDTH, display: 'block' }}
        fontSize={11}
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={y(tick)}
              y2={y(tick)}
              style={{ stroke: 'var(--mantine-color-default-border)' }}
              strokeDasharray={tick === 0 ? undefined : '3 3'}
            />
            <text x={MARGIN.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle" style={MUTED}>
              {formatNumber(tick, language)}
            </text>
          </g>
        ))}
        {months.map((month, index) => {
          const left = MARGIN.left + index * groupWidth + (groupWidth - barWidth * SERIES.length) / 2;
          const { key, year } = monthParts(month.month);
          const center = MARGIN.left + (index + 0.5) * groupWidth;
          const monthName = t(`gatekeeping.months.long.${key}`);
          return (
            <g key={month.month}>
              {SERIES.map((series, position) => {
                const value = month[series.key];
                return (
                  value > 0 && (
                    <rect
                      key={series.key}
                      x={left + position * barWidth}
                      y={y(value)}
                      width={barWidth - 1}
                      height={y(0) - y(value)}
                      style={{ fill: series.color }}
                    >
                      <title>{`${monthName} ${year} — ${t(`gatekeeping.summary.${series.key}`)}: ${formatNumber(value, language)}`}</title>
                    </rect>
                  )
                );
              })}
              <text x={center} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle" style={MUTED}>
                {t(`gatekeeping.months.short.${key}`)}
              </text>
              {(index === 0 || key === '01') && (
                <text x={center} y={HEIGHT - MARGIN.bottom + 32} textAnchor="middle" style={MUTED}>
                  {year}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <Group gap="lg" mt="xs" aria-hidden="true">
        {SERIES.map((series) => (
          <Group key={series.key} gap={6}>
            <Box w={12} h={12} style={{ background: series.color, borderRadius: 2 }} />
            <Text size="sm">{t(`gatekeeping.summary.${series.key}`)}</Text>
          </Group>
        ))}
      </Group>
    </Box>
  );
}
