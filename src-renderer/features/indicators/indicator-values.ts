import type { Language } from '@contract/common';
import type { ComputedIndicator, IndicatorDashboard } from '@contract/indicators';

/** What an indicator's numbers count: a catalogue unit, or null for a manual indicator's own unit. */
export type ValueUnit = ComputedIndicator['unit'] | null;

/** How the value now compares with the baseline, for an indicator whose direction is known. */
export type Trend = 'progress' | 'setback' | 'same';

/**
 * Whether the value now is progress on the baseline. Null when nothing can be said: a number
 * missing, or an indicator where neither a rise nor a fall is progress (ageing out, deaths).
 */
export function trendOf(baseline: number | null, current: number | null, higherIsBetter: boolean | null): Trend | null {
  if (baseline === null || current === null || higherIsBetter === null) {
    return null;
  }
  if (current === baseline) {
    return 'same';
  }
  return current > baseline === higherIsBetter ? 'progress' : 'setback';
}

/**
 * A value in the UI language: a percentage as the language writes it ("87,5%" in Azerbaijani,
 * "87,5 %" in Russian), days with the word the number takes ("45 дней"), anything else as a plain number.
 * Shares and medians are fractional, so one decimal is kept; manual values keep two.
 */
export function formatIndicatorValue(value: number, unit: ValueUnit, language: Language): string {
  switch (unit) {
    case 'percent':
      return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
    case 'days':
      return new Intl.NumberFormat(language, { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 }).format(value);
    default:
      return new Intl.NumberFormat(language, { maximumFractionDigits: unit === null ? 2 : 1 }).format(value);
  }
}

/** A tick of a chart's value axis: short, so days go without their word. */
export function formatAxisValue(value: number, unit: ValueUnit, language: Language): string {
  return unit === 'percent' ? formatIndicatorValue(value, unit, language) : new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}

type ExitMonth = IndicatorDashboard['exitsByType'][number];
export type Placement = ExitMonth['types'][number]['placement'];

/** The order the exit groups are drawn and listed in: family placements, then transfers, then the rest. */
export const placementOrder: readonly Placement[] = ['family', 'transfer', 'none'];

/** One exit type as a column of the exits chart and table. */
export type ExitColumn = { code: string; placement: Placement };

/** A month of exits: its counts by exit type code. */
export type ExitRow = { month: string; counts: Record<string, number> };

/**
 * The exit types of the months, grouped family → transfer → other, each group in the core's
 * order (the reference data's). Every month lists the same types, so the first one says them all.
 */
export function exitColumnsOf(exits: IndicatorDashboard['exitsByType']): ExitColumn[] {
  const types = exits[0]?.types ?? [];
  return placementOrder.flatMap((placement) =>
    types.filter((type) => type.placement === placement).map((type) => ({ code: type.code, placement })),
  );
}

/** The months as chart and table rows. */
export function exitRowsOf(exits: IndicatorDashboard['exitsByType']): ExitRow[] {
  return exits.map((month) => ({ month: month.month, counts: Object.fromEntries(month.types.map((type) => [type.code, type.count])) }));
}

/** Exits of all the months added up by placement kind. */
export function exitTotalsOf(exits: IndicatorDashboard['exitsByType']): Record<Placement, number> {
  const totals: Record<Placement, number> = { family: 0, transfer: 0, none: 0 };
  for (const month of exits) {
    for (const type of month.types) {
      totals[type.placement] += type.count;
    }
  }
  return totals;
}
