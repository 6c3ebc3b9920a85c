import type { AgeGroup, ResidenceStatus, ResidentFilter, residentSortKeys, Sex } from '@contract/residents';

/** A column the core can sort the list by. */
export type ResidentSortKey = (typeof residentSortKeys)[number];

/** The order of the list, as the core takes it. */
export type ResidentSort = { by: ResidentSortKey; descending: boolean };

/** Disability as a filter: either way, only with, only without. */
export type DisabilityChoice = 'any' | 'yes' | 'no';

/**
 * What the filter controls hold. The search box is kept apart: it filters the loaded rows in the
 * page as the user types, so typing never asks the core again.
 */
export type ResidentFilterValues = {
  statuses: ResidenceStatus[];
  ageGroups: AgeGroup[];
  sex: Sex | null;
  disability: DisabilityChoice;
  legalStatusCodes: string[];
  educationTypeCodes: string[];
};

/** The list as it opens: the children who are the institution's today (in residence or away for a while). */
export const defaultResidentFilter: ResidentFilterValues = {
  statuses: ['in_residence', 'temporarily_absent'],
  ageGroups: [],
  sex: null,
  disability: 'any',
  legalStatusCodes: [],
  educationTypeCodes: [],
};

export const defaultResidentSort: ResidentSort = { by: 'name', descending: false };

/** The filter the core takes: only the parts that narrow the list (an empty choice means "all"). */
export function toListFilter(values: ResidentFilterValues): ResidentFilter {
  const filter: ResidentFilter = {};
  if (values.statuses.length > 0) {
    filter.statuses = values.statuses;
  }
  if (values.ageGroups.length > 0) {
    filter.ageGroups = values.ageGroups;
  }
  if (values.sex !== null) {
    filter.sex = values.sex;
  }
  if (values.disability !== 'any') {
    filter.disability = values.disability === 'yes';
  }
  if (values.legalStatusCodes.length > 0) {
    filter.legalStatusCodes = values.legalStatusCodes;
  }
  if (values.educationTypeCodes.length > 0) {
    filter.educationTypeCodes = values.educationTypeCodes;
  }
  return filter;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item) => b.includes(item));

/** True when the controls show the list as it opens (nothing for "clear filters" to do). */
export function isDefaultFilter(values: ResidentFilterValues): boolean {
  const initial = defaultResidentFilter;
  return (
    sameSet(values.statuses, initial.statuses) &&
    sameSet(values.ageGroups, initial.ageGroups) &&
    values.sex === initial.sex &&
    values.disability === initial.disability &&
    sameSet(values.legalStatusCodes, initial.legalStatusCodes) &&
    sameSet(values.educationTypeCodes, initial.educationTypeCodes)
  );
}

/** A click on a sortable header: the same column flips its direction, another starts ascending. */
export function nextSort(current: ResidentSort, by: ResidentSortKey): ResidentSort {
  return current.by === by ? { by, descending: !current.descending } : { by, descending: false };
}
