import type { Role } from '@contract/common';
import type { IndicatorDashboard } from '@contract/indicators';
import type { ReferenceItem, ReferenceKind } from '@contract/reference';
import type { TransformationPlan } from '@contract/transformation-views';

import { renderWithProviders } from '../users/test-providers';
import { IndicatorsSection } from './IndicatorsSection';

type Computed = IndicatorDashboard['computed'][number];
type Manual = IndicatorDashboard['manual'][number];
type Handlers = Record<string, (input: unknown) => unknown>;

/** The core's default months in these tests: the plan's baseline month to "this" month. */
export const DEFAULT_RANGE = { fromMonth: '2025-10', toMonth: '2026-03' } as const;

/** An open plan, its baseline counted on 15 October 2025, due to end with 2027. */
export function plan(overrides: Partial<TransformationPlan> = {}): TransformationPlan {
  return {
    id: 'tp-1',
    version: 3,
    title: 'Bakı 2 saylı uşaq evinin transformasiyası',
    periodStart: '2025-10-01',
    periodEnd: '2027-12-31',
    targetModelCodes: ['day_care'],
    status: 'in_progress',
    createdAt: '2025-10-15T08:00:00.000Z',
    createdByName: 'Aynur Məmmədova',
    startedAt: '2025-11-01T08:00:00.000Z',
    completedAt: null,
    baseline: { asOf: '2025-10-15', total: 40, byAgeGroup: [], withDisability: 6, byLegalStatus: [], byAdmissionReason: [], withFamilyContact: 22 },
    facts: {
      staff: { total: null, care: null, teachers: null, medical: null, other: null },
      budget: { year: null, annualQepik: null },
      building: { places: null, floorAreaM2: null, buildings: null, condition: null },
    },
    revision: 1,
    unapprovedChanges: false,
    approval: null,
    phases: [],
    newServices: [],
    trainings: [],
    budgetLines: [],
    buildingItems: [],
    ...overrides,
  };
}

/** Every month from `from` to `to` (`YYYY-MM`). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let [year, month] = from.split('-').map(Number) as [number, number]; `${year}-${String(month).padStart(2, '0')}` <= to; ) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

/** A series over the months, the values taken in turn from `values` (the last one repeated). */
function series(months: readonly string[], values: readonly (number | null)[]) {
  return months.map((month, index) => ({ month, value: values[Math.min(index, values.length - 1)] ?? null }));
}

function computed(code: Computed['code'], months: readonly string[], values: readonly (number | null)[], fields: Partial<Computed>): Computed {
  return {
    code,
    kind: 'records',
    unit: 'children',
    period: 'during_month',
    higherIsBetter: true,
    baseline: null,
    target: null,
    current: values[values.length - 1] ?? null,
    series: series(months, values),
    ...fields,
  };
}

/** The exit types the institution records, by placement kind (the seeded reference data, some of them). */
export const exitTypes: ReferenceItem[] = (
  [
    ['reintegration', 'Bioloji ailəyə qayıdış', 'family'],
    ['kinship', 'Qohumların himayəsi', 'family'],
    ['transfer', 'Başqa müəssisəyə köçürmə', 'transfer'],
    ['aged_out', 'Yetkinlik yaşına çatma', 'none'],
  ] as const
).map(([code, az, placement], index) => ({
  kind: 'exit_type',
  code,
  labels: { az, ru: `${az} (ru)`, en: `${az} (en)` },
  meta: { placement },
  sortOrder: index * 10,
  retired: false,
}));

/** Exits per month: in March 2026, two reintegrations, one transfer, one child aged out; one kinship placement in November. */
function exitsOf(months: readonly string[]): IndicatorDashboard['exitsByType'] {
  return months.map((month) => ({
    month,
    types: [
      { code: 'reintegration', placement: 'family' as const, count: month === '2026-03' ? 2 : month === '2025-12' ? 1 : 0 },
      { code: 'kinship', placement: 'family' as const, count: month === '2025-11' ? 1 : 0 },
      { code: 'transfer', placement: 'transfer' as const, count: month === '2026-03' || month === '2026-01' ? 1 : 0 },
      { code: 'aged_out', placement: 'none' as const, count: month === '2026-03' ? 1 : 0 },
    ],
  }));
}

/** A manual indicator: families given support, 12 recorded for February 2026. */
export function supportedFamilies(months: readonly string[]): Manual {
  return {
    id: 'mi-1',
    name: 'Dəstək alan ailələr',
    unit: 'ailə',
    higherIsBetter: true,
    baseline: 4,
    target: { value: 20, date: '2026-12-31' },
    current: 12,
    currentMonth: '2026-02',
    series: months.map((month) => ({ month, value: month === '2026-02' ? 12 : month === '2025-12' ? 7 : null })),
  };
}

/**
 * The dashboard over the months asked for: children in residence falling from 40 to 34 against a
 * target of 20, admissions and diversions, plan coverage and time in care, transfers and other
 * exits, and one manual indicator.
 */
export function dashboard(fromMonth: string = DEFAULT_RANGE.fromMonth, toMonth: string = DEFAULT_RANGE.toMonth): IndicatorDashboard {
  const months = monthsBetween(fromMonth, toMonth);
  return {
    planId: 'tp-1',
    fromMonth,
    toMonth,
    baselineMonth: '2025-10',
    computed: [
      computed('children_in_residence', months, [40, 39, 38, 37, 35, 34], {
        period: 'month_end',
        higherIsBetter: false,
        baseline: 40,
        target: { value: 20, date: '2026-12-31' },
        current: 34,
      }),
      computed('admissions', months, [2, 1, 1, 0, 1, 0], { higherIsBetter: false, baseline: 2 }),
      computed('diversions', months, [1, 2, 3, 2, 4, 3], { unit: 'requests', baseline: 1 }),
      computed('exits_transfer', months, [0, 0, 0, 1, 0, 1], { higherIsBetter: false, baseline: 0 }),
      computed('exits_other', months, [0, 0, 0, 0, 0, 1], { higherIsBetter: null, baseline: 0 }),
      computed('plan_coverage', months, [60, 70, 75, 80, 85, 87.5], { unit: 'percent', period: 'month_end', baseline: 60 }),
      computed('median_time_in_care', months, [400, 410, 420, 430, 440, 450.5], { unit: 'days', period: 'month_end', higherIsBetter: false, baseline: 400 }),
    ],
    manual: [supportedFamilies(months)],
    exitsByType: exitsOf(months),
  };
}

/**
 * The indicators a test that is not about the cards needs: fewer charts to draw, so the tests stay
 * quick on a busy machine.
 */
export const FEW: readonly Computed['code'][] = ['children_in_residence', 'admissions', 'diversions'];

/** The dashboard with only the computed indicators of `codes`. */
function only(full: IndicatorDashboard, codes: readonly Computed['code'][] | undefined): IndicatorDashboard {
  return codes === undefined ? full : { ...full, computed: full.computed.filter((indicator) => codes.includes(indicator.code)) };
}

/**
 * The core as the section needs it: the dashboard for the months asked (every computed indicator
 * of the fixture, or those of `codes`), the exit types' labels.
 */
export function indicatorsCore(overrides: Handlers = {}, codes?: readonly Computed['code'][]): Handlers {
  return {
    'indicators.get': (input) => {
      const { fromMonth, toMonth } = input as { fromMonth?: string; toMonth?: string };
      return only(dashboard(fromMonth, toMonth), codes);
    },
    'indicators.setTarget': () => dashboard(),
    'indicators.saveManual': () => dashboard(),
    'indicators.recordManualValue': () => dashboard(),
    'reference.list': (input) => ((input as { kind: ReferenceKind }).kind === 'exit_type' ? exitTypes : []),
    ...overrides,
  };
}

/** The section for `role` over the plan, with the core answering from `handlers`; returns the fake bridge. */
export function renderIndicators(role: Role, handlers: Handlers = indicatorsCore(), planOverrides: Partial<TransformationPlan> = {}) {
  return renderWithProviders(<IndicatorsSection plan={plan(planOverrides)} role={role} />, handlers);
}
