import type { PlanFactsInput } from '@contract/transformation';
import type { PlanFacts } from '@contract/transformation-views';

import { aznToQepik, qepikToAzn } from './money';

/**
 * The facts' inputs, keyed by their path in the contract (`staff.total`), so a problem the contract
 * or the core reports lands beside its input. Numbers are '' while empty. `budget.annualQepik` holds
 * manat as typed (two decimals); it is sent as whole qəpik.
 */
export type FactsValues = {
  'staff.total': number | '';
  'staff.care': number | '';
  'staff.teachers': number | '';
  'staff.medical': number | '';
  'staff.other': number | '';
  'budget.year': number | '';
  'budget.annualQepik': number | '';
  'building.places': number | '';
  'building.floorAreaM2': number | '';
  'building.buildings': number | '';
  'building.condition': string;
};

export const STAFF_FIELDS = ['staff.total', 'staff.care', 'staff.teachers', 'staff.medical', 'staff.other'] as const;
export const BUILDING_NUMBER_FIELDS = ['building.places', 'building.floorAreaM2', 'building.buildings'] as const;
export const FACT_FIELDS = [...STAFF_FIELDS, 'budget.year', 'budget.annualQepik', ...BUILDING_NUMBER_FIELDS, 'building.condition'] as const;

const input = (value: number | null): number | '' => value ?? '';
const stored = (value: number | ''): number | null => (value === '' ? null : value);

/** The inputs filled from the plan's facts (qəpik shown as manat). */
export function factsValuesOf(facts: PlanFacts): FactsValues {
  return {
    'staff.total': input(facts.staff.total),
    'staff.care': input(facts.staff.care),
    'staff.teachers': input(facts.staff.teachers),
    'staff.medical': input(facts.staff.medical),
    'staff.other': input(facts.staff.other),
    'budget.year': input(facts.budget.year),
    'budget.annualQepik': facts.budget.annualQepik === null ? '' : qepikToAzn(facts.budget.annualQepik),
    'building.places': input(facts.building.places),
    'building.floorAreaM2': input(facts.building.floorAreaM2),
    'building.buildings': input(facts.building.buildings),
    'building.condition': facts.building.condition ?? '',
  };
}

/** The contract's facts from the inputs: empty numbers are null, manat become qəpik. */
export function factsInputOf(values: FactsValues): PlanFactsInput {
  const annual = values['budget.annualQepik'];
  return {
    staff: {
      total: stored(values['staff.total']),
      care: stored(values['staff.care']),
      teachers: stored(values['staff.teachers']),
      medical: stored(values['staff.medical']),
      other: stored(values['staff.other']),
    },
    budget: { year: stored(values['budget.year']), annualQepik: annual === '' ? null : aznToQepik(annual) },
    building: {
      places: stored(values['building.places']),
      floorAreaM2: stored(values['building.floorAreaM2']),
      buildings: stored(values['building.buildings']),
      condition: values['building.condition'],
    },
  };
}
