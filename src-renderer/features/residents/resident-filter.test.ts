import { describe, expect, it } from 'vitest';

import { defaultResidentFilter, isDefaultFilter, nextSort, toListFilter } from './resident-filter';

describe('residents filter', () => {
  it('opens on the children in residence and those away for a while', () => {
    expect(toListFilter(defaultResidentFilter)).toEqual({ statuses: ['in_residence', 'temporarily_absent'] });
    expect(isDefaultFilter(defaultResidentFilter)).toBe(true);
  });

  it('sends only the parts that narrow the list', () => {
    expect(
      toListFilter({
        statuses: [],
        ageGroups: ['0-2', '15-17'],
        sex: 'female',
        disability: 'no',
        legalStatusCodes: ['orphan'],
        educationTypeCodes: ['inclusive_class'],
      }),
    ).toEqual({ ageGroups: ['0-2', '15-17'], sex: 'female', disability: false, legalStatusCodes: ['orphan'], educationTypeCodes: ['inclusive_class'] });
    expect(toListFilter({ ...defaultResidentFilter, disability: 'yes' })).toMatchObject({ disability: true });
  });

  it('takes the same statuses in another order as the default', () => {
    expect(isDefaultFilter({ ...defaultResidentFilter, statuses: ['temporarily_absent', 'in_residence'] })).toBe(true);
    expect(isDefaultFilter({ ...defaultResidentFilter, statuses: ['in_residence'] })).toBe(false);
    expect(isDefaultFilter({ ...defaultResidentFilter, sex: 'male' })).toBe(false);
  });

  it('reverses the order on the same column and starts ascending on another', () => {
    expect(nextSort({ by: 'name', descending: false }, 'name')).toEqual({ by: 'name', descending: true });
    expect(nextSort({ by: 'name', descending: true }, 'name')).toEqual({ by: 'name', descending: false });
    expect(nextSort({ by: 'name', descending: true }, 'birthDate')).toEqual({ by: 'birthDate', descending: false });
  });
});
