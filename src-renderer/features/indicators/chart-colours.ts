import type { Placement, Trend } from './indicator-values';

/** The theme's colours for the charts (SVG takes CSS variables, so dark mode follows). */
export const chartColours = {
  grid: 'var(--mantine-color-default-border)',
  baseline: 'var(--mantine-color-gray-6)',
  target: 'var(--mantine-color-violet-7)',
  admissions: 'var(--mantine-color-orange-6)',
  diversions: 'var(--mantine-color-teal-6)',
} as const;

/** The tooltip in the theme's colours (recharts draws it white, unreadable in dark mode). */
export const tooltipStyles = {
  contentStyle: {
    background: 'var(--mantine-color-body)',
    border: '1px solid var(--mantine-color-default-border)',
    borderRadius: 'var(--mantine-radius-sm)',
    fontSize: 13,
  },
  labelStyle: { fontWeight: 600 },
} as const;

const trendColours: Record<Trend | 'unknown' | 'neutral', string> = {
  progress: 'var(--mantine-color-teal-7)',
  setback: 'var(--mantine-color-red-7)',
  same: 'var(--mantine-color-blue-7)',
  unknown: 'var(--mantine-color-blue-7)',
  // Ageing out and deaths are no one's achievement: never green, never red.
  neutral: 'var(--mantine-color-gray-7)',
};

/** The Mantine colour name of a trend, for its badge. */
export const trendBadgeColours: Record<Trend, string> = { progress: 'teal', setback: 'red', same: 'blue' };

/**
 * An indicator's line: green when the value moved the way that is progress, red when it moved the
 * other way, grey when neither way is progress. The trend is also said in words beside the chart.
 */
export function lineColourOf(trend: Trend | null, higherIsBetter: boolean | null): string {
  if (higherIsBetter === null) {
    return trendColours.neutral;
  }
  return trendColours[trend ?? 'unknown'];
}

/** Family placements in greens, transfers in reds and oranges (never a shade of the family greens), the rest in greys. */
const exitPalettes: Record<Placement, readonly string[]> = {
  family: ['teal-8', 'green-6', 'cyan-7', 'teal-5', 'green-8', 'cyan-5', 'lime-7'],
  transfer: ['red-7', 'orange-6', 'red-4'],
  none: ['gray-6', 'gray-4', 'dark-3'],
};

/** The colour of the `index`-th exit type of a placement kind. */
export function exitColourOf(placement: Placement, index: number): string {
  const palette = exitPalettes[placement];
  return `var(--mantine-color-${palette[index % palette.length] ?? 'gray-6'})`;
}
