import { describe, expect, it } from 'vitest';

import type { ReferenceMeta } from '../../contract/reference';
import { exitTypeSeed } from '../reference/seed-pathway';
import { exitAgeIssue } from './exit-rules';

function metaOf(code: string): ReferenceMeta {
  const item = exitTypeSeed.find((candidate) => candidate.code === code);
  if (item === undefined) {
    throw new Error(`no seeded exit type ${code}`);
  }
  return item.meta ?? {};
}

/** A child born on 10 June 2010 is 13 until 9 June 2024, 14 from 10 June 2024, 18 from 10 June 2028. */
const BORN = '2010-06-10';

describe('the age rule of an exit type', () => {
  it('lets guardianship end at 13 and refuses it from the 14th birthday', () => {
    expect(exitAgeIssue(metaOf('guardianship'), BORN, '2024-06-09')).toBeNull();
    expect(exitAgeIssue(metaOf('guardianship'), BORN, '2024-06-10')).toEqual({
      path: 'exitTypeCode',
      message: 'validation.exitAgeOutside',
      params: { min: 0, max: 13, age: 14 },
    });
  });

  it('accepts trusteeship from 14 to 17 only', () => {
    expect(exitAgeIssue(metaOf('trusteeship'), BORN, '2025-08-01')).toBeNull();
    expect(exitAgeIssue(metaOf('trusteeship'), BORN, '2023-08-01')?.params).toEqual({ min: 14, max: 17, age: 13 });
    expect(exitAgeIssue(metaOf('trusteeship'), BORN, '2028-06-10')?.params).toEqual({ min: 14, max: 17, age: 18 });
  });

  it('lets a child age out on the 18th birthday, not the day before', () => {
    expect(exitAgeIssue(metaOf('aged_out'), BORN, '2028-06-09')?.params).toEqual({ min: 18, max: 25, age: 17 });
    expect(exitAgeIssue(metaOf('aged_out'), BORN, '2028-06-10')).toBeNull();
  });

  it('fits every age when the type sets none', () => {
    for (const on of ['2010-06-10', '2016-01-01', '2028-06-10', '2035-06-10']) {
      expect(exitAgeIssue(metaOf('reintegration'), BORN, on)).toBeNull();
      expect(exitAgeIssue({}, BORN, on)).toBeNull();
    }
  });

  it('names the field it was asked to', () => {
    expect(exitAgeIssue(metaOf('guardianship'), BORN, '2025-01-01', 'typeCode')?.path).toBe('typeCode');
  });
});
