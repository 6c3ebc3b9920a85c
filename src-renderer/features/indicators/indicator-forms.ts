import type { IndicatorDashboard } from '@contract/indicators';
import { monthSchema, recordManualValueInputSchema, saveManualIndicatorInputSchema, setIndicatorTargetInputSchema } from '@contract/indicators';
import type { ProcedureName } from '@contract/procedures';
import { z } from 'zod';

type Computed = IndicatorDashboard['computed'][number];
type Manual = IndicatorDashboard['manual'][number];
type Target = Computed['target'];

/** What a change to an indicator makes stale: the dashboard, and the audit trail that recorded it. */
export const INDICATOR_CHANGE_REFRESH = ['indicators.get', 'audit.list'] as const satisfies readonly ProcedureName[];

/** A number input's content: '' while empty. */
export type NumberValue = number | '';

/*
 * Form values are named by the contract's paths ('target.value'), so a problem the contract finds,
 * here or in the core, lands beside its input and goes when that input changes.
 */

const numberOrMissing = (value: NumberValue) => (value === '' ? undefined : value);
const numberOrNull = (value: NumberValue) => (value === '' ? null : value);

// --- target of a computed indicator ---

export const targetFormSchema = setIndicatorTargetInputSchema;
export type TargetValues = { 'target.value': NumberValue; 'target.date': string };

/** The inputs filled from the target set now, the plan's end as the date to aim for when none is. */
export function targetValuesOf(target: Target, planEnd: string): TargetValues {
  return target === null
    ? { 'target.value': '', 'target.date': planEnd }
    : { 'target.value': target.value, 'target.date': target.date ?? '' };
}

/** The setTarget call of the inputs: an empty value is missing, and the contract says so beside it. */
export function targetInputOf(planId: string, code: Computed['code']) {
  return (values: TargetValues) => ({
    planId,
    code,
    target: { value: numberOrMissing(values['target.value']), date: values['target.date'] },
  });
}

/** Fields of the target form, by the contract's path. */
export const TARGET_FIELDS: ReadonlySet<string> = new Set(['target.value', 'target.date']);

// --- a manual indicator ---

export const manualFormSchema = saveManualIndicatorInputSchema;

/** Which change is progress, as the radio buttons hold it. */
export const directions = ['higher', 'lower', 'neither'] as const;
export type Direction = (typeof directions)[number];

export type ManualValues = {
  name: string;
  unit: string;
  higherIsBetter: Direction;
  baseline: NumberValue;
  'target.value': NumberValue;
  'target.date': string;
};

export const emptyManualValues: ManualValues = {
  name: '',
  unit: '',
  higherIsBetter: 'higher',
  baseline: '',
  'target.value': '',
  'target.date': '',
};

/** The inputs filled from a manual indicator. */
export function manualValuesOf(indicator: Manual): ManualValues {
  return {
    name: indicator.name,
    unit: indicator.unit ?? '',
    higherIsBetter: indicator.higherIsBetter === null ? 'neither' : indicator.higherIsBetter ? 'higher' : 'lower',
    baseline: indicator.baseline ?? '',
    'target.value': indicator.target?.value ?? '',
    'target.date': indicator.target?.date ?? '',
  };
}

/**
 * The saveManual call of the inputs (`id` null adds). No target when both its inputs are empty;
 * a date without a value is sent as such, so the contract asks for the value beside it.
 */
export function manualInputOf(planId: string, id: string | null) {
  return (values: ManualValues) => ({
    planId,
    id,
    name: values.name,
    unit: values.unit,
    higherIsBetter: values.higherIsBetter === 'neither' ? null : values.higherIsBetter === 'higher',
    baseline: numberOrNull(values.baseline),
    target:
      values['target.value'] === '' && values['target.date'].trim() === ''
        ? null
        : { value: numberOrMissing(values['target.value']), date: values['target.date'] },
  });
}

/** Fields of the manual indicator form, by the contract's path. */
export const MANUAL_FIELDS: ReadonlySet<string> = new Set(['name', 'unit', 'higherIsBetter', 'baseline', 'target.value', 'target.date']);

// --- a manual indicator's value for a month ---

export const recordFormSchema = recordManualValueInputSchema;
export type RecordValues = { month: string; value: NumberValue };

/** The recordManualValue call of the inputs: a value is wanted here (removing is its own button). */
export function recordInputOf(id: string) {
  return (values: RecordValues) => ({ id, month: values.month, value: numberOrMissing(values.value) });
}

export const RECORD_FIELDS: ReadonlySet<string> = new Set(['month', 'value']);

/** The value recorded for `month`, or '' when there is none. */
export function recordedValueOf(indicator: Manual, month: string): NumberValue {
  return indicator.series.find((point) => point.month === month)?.value ?? '';
}

// --- the months shown ---

/** The months to show: both `YYYY-MM`, the last not before the first (the core also limits the span). */
export const monthRangeSchema = z
  .strictObject({ fromMonth: monthSchema, toMonth: monthSchema })
  .refine((range) => range.fromMonth <= range.toMonth, { error: 'validation.dateRange', path: ['toMonth'] });
export type MonthRange = z.infer<typeof monthRangeSchema>;

export const RANGE_FIELDS: ReadonlySet<string> = new Set(['fromMonth', 'toMonth']);
