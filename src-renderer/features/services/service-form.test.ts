import { parseWithKeys } from '@contract/zod-issues';
import { describe, expect, it } from 'vitest';

import { emptyServiceValues, isFull, loadPercent, serviceFieldOf, serviceFormSchema, serviceInputOf, serviceValuesOf } from './service-form';

describe("a service's load", () => {
  it('is full when the children accepted or attending take every place, or more', () => {
    expect(isFull({ load: 9, capacity: 10 })).toBe(false);
    expect(isFull({ load: 10, capacity: 10 })).toBe(true);
    expect(isFull({ load: 12, capacity: 10 })).toBe(true);
  });

  it('fills its bar in whole per cent, never past the end', () => {
    expect(loadPercent({ load: 0, capacity: 8 })).toBe(0);
    expect(loadPercent({ load: 1, capacity: 3 })).toBe(33);
    expect(loadPercent({ load: 8, capacity: 8 })).toBe(100);
    expect(loadPercent({ load: 11, capacity: 8 })).toBe(100);
  });
});

describe('the service form', () => {
  it('calls an empty number of places missing, not zero', () => {
    const result = parseWithKeys(serviceFormSchema, serviceInputOf({ ...emptyServiceValues, name: 'Mərkəz', typeCode: 'day_care' }));
    expect(result).toEqual({ success: false, issues: [{ path: 'capacity', message: 'validation.number' }] });
  });

  it('gives back what was recorded when a service is opened and saved unchanged', () => {
    const recorded = {
      id: 's-1',
      name: 'Şəki reabilitasiya mərkəzi',
      typeCode: 'rehabilitation',
      regionCode: null,
      address: null,
      phone: '+994 24 244 12 34',
      capacity: 10,
      active: false,
      note: 'Yayda bağlıdır.',
      load: 3,
    };
    const { id: _id, load: _load, ...fields } = recorded;
    expect(parseWithKeys(serviceFormSchema, serviceInputOf(serviceValuesOf(recorded)))).toEqual({ success: true, data: fields });
  });

  it("places the core's problems under `service.` beside the form's fields, and no other", () => {
    expect(serviceFieldOf('service.typeCode')).toBe('typeCode');
    expect(serviceFieldOf('id')).toBeNull();
  });
});
