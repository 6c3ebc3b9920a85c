/**
 * The transformation plan's monitoring indicators (domain notes, "Transformation plan" point 9).
 * Codes are stable: saved charts, exports and translations refer to them.
 */

/** Indicators computed from the institution's records, for any past month, from the records' own dates. */
export const recordIndicatorCodes = [
  'children_in_residence',
  'admissions',
  'diversions',
  'exits_family',
  'exits_transfer',
  'exits_other',
  'plan_coverage',
  'median_time_in_care',
  'placement_breakdowns',
  'exits_disability',
] as const;
export type RecordIndicatorCode = (typeof recordIndicatorCodes)[number];

/** Indicators computed from the transformation plan's own data (staff, new services, budget). */
export const planIndicatorCodes = ['staff_retrained', 'service_capacity_opened', 'budget_moved_share'] as const;
export type PlanIndicatorCode = (typeof planIndicatorCodes)[number];

export type IndicatorCode = RecordIndicatorCode | PlanIndicatorCode;

/** What an indicator's number counts or measures. */
export type IndicatorUnit = 'children' | 'requests' | 'placements' | 'percent' | 'days' | 'staff' | 'places';

/**
 * Which moment of the month a value describes: a stock at the month's last day, the events dated
 * in the month (only these add up over a year), or everything done up to the month's end.
 */
export type IndicatorPeriod = 'month_end' | 'during_month' | 'to_date';

/** What the renderer needs to show an indicator besides its numbers (labels come from i18n by code). */
export type IndicatorDefinition = {
  code: IndicatorCode;
  /** 'records': computed from the register; 'plan': from the transformation plan's data. */
  kind: 'records' | 'plan';
  unit: IndicatorUnit;
  period: IndicatorPeriod;
  /**
   * Whether a rise is progress (true), a setback (false), or neither (null: ageing out and deaths
   * are no one's achievement, and a chart must not colour them as one).
   */
  higherIsBetter: boolean | null;
};

/** One point of a series: the month (`YYYY-MM`) and its value, null where the value is undefined (a percentage or median of nobody). */
export type MonthValue = { month: string; value: number | null };

/** Every indicator, by code. */
export const indicatorCatalogue = {
  /** Children with a stay open at the month's last day (temporarily absent ones included): the number the reform brings down. */
  children_in_residence: { code: 'children_in_residence', kind: 'records', unit: 'children', period: 'month_end', higherIsBetter: false },
  /** Stays that began in the month (a re-admission is an admission). */
  admissions: { code: 'admissions', kind: 'records', unit: 'children', period: 'during_month', higherIsBetter: false },
  /** Admission requests decided in the month as diverted to family support, referred to services, or placed with relatives / foster family. */
  diversions: { code: 'diversions', kind: 'records', unit: 'requests', period: 'during_month', higherIsBetter: true },
  /** Exits in the month to a family (reintegration, kinship, guardianship, foster, adoption, small group home…). */
  exits_family: { code: 'exits_family', kind: 'records', unit: 'children', period: 'during_month', higherIsBetter: true },
  /** Transfers in the month to another institution: never progress, never a family exit. */
  exits_transfer: { code: 'exits_transfer', kind: 'records', unit: 'children', period: 'during_month', higherIsBetter: false },
  /** Exits in the month neither to a family nor to an institution (ageing out, death…). */
  exits_other: { code: 'exits_other', kind: 'records', unit: 'children', period: 'during_month', higherIsBetter: null },
  /** Share of the children in residence at the month's end whose current stay had an individual care plan by then. */
  plan_coverage: { code: 'plan_coverage', kind: 'records', unit: 'percent', period: 'month_end', higherIsBetter: true },
  /** Median days since their (latest) admission of the children in residence at the month's end. */
  median_time_in_care: { code: 'median_time_in_care', kind: 'records', unit: 'days', period: 'month_end', higherIsBetter: false },
  /**
   * Family placements that broke down, counted once each, in the month the breakdown was first
   * recorded: by a follow-up visit that found it broken down, or by a new placement replacing it
   * for a breakdown, whichever came first.
   */
  placement_breakdowns: { code: 'placement_breakdowns', kind: 'records', unit: 'placements', period: 'during_month', higherIsBetter: false },
  /**
   * Exits in the month to a family of children with a disability. The disability is the child's
   * current status: the register keeps no history of it, so a disability recorded after the exit
   * counts too, and one recorded as ended does not.
   */
  exits_disability: { code: 'exits_disability', kind: 'records', unit: 'children', period: 'during_month', higherIsBetter: true },
  /** Staff members retrained up to the month's end. */
  staff_retrained: { code: 'staff_retrained', kind: 'plan', unit: 'staff', period: 'to_date', higherIsBetter: true },
  /** Places in new community services opened up to the month's end. */
  service_capacity_opened: { code: 'service_capacity_opened', kind: 'plan', unit: 'places', period: 'to_date', higherIsBetter: true },
  /** Budget moved to new services up to the month's end, as a percentage of all the budget planned to move. */
  budget_moved_share: { code: 'budget_moved_share', kind: 'plan', unit: 'percent', period: 'to_date', higherIsBetter: true },
} as const satisfies { [K in IndicatorCode]: IndicatorDefinition & { code: K } };

/** True when `code` is an indicator computed from the records (recordSeries takes it). */
export function isRecordIndicator(code: string): code is RecordIndicatorCode {
  return (recordIndicatorCodes as readonly string[]).includes(code);
}
