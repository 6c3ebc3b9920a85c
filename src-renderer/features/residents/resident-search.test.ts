import { matchesSearch } from '@contract/az-text';
import type { ResidentSummary } from '@contract/residents';
import { describe, expect, it } from 'vitest';

import { buildSearchIndex, searchableTexts, searchResidents } from './resident-search';

function child(id: string, surname: string, firstName: string, patronymic: string | null, extra: Partial<ResidentSummary> = {}): ResidentSummary {
  return {
    id,
    surname,
    firstName,
    patronymic,
    sex: 'male',
    birthDate: '2012-03-04',
    age: 14,
    ageGroup: '11-14',
    fin: null,
    birthCertificate: null,
    status: 'in_residence',
    legalStatusCode: 'orphan',
    disability: false,
    educationTypeCode: null,
    admissionDate: '2020-09-01',
    secret: false,
    ...extra,
  };
}

const rows = [
  child('r-1', 'Əliyev', 'Murad', 'Rəşid oğlu', { fin: '5ABC7K2' }),
  child('r-2', 'Əliyeva', 'Leyla', 'Rəşid qızı', { birthCertificate: 'AZE123456' }),
  child('r-3', 'İsmayılov', 'Tural', 'Elşən oğlu'),
  child('r-4', 'Şirinova', 'Gülşən', null),
  child('r-5', 'Quliyev', 'İlqar', 'Ömər oğlu'),
];
const index = buildSearchIndex(rows);
const ids = (query: string) => searchResidents(index, query).map((row) => row.id);

describe('searching the loaded list', () => {
  it('finds names typed without Azerbaijani letters or case', () => {
    expect(ids('eliyev')).toEqual(['r-1', 'r-2']);
    expect(ids('ismayilov')).toEqual(['r-3']);
    expect(ids('ISMAYILOV')).toEqual(['r-3']);
    expect(ids('sirinova gulsen')).toEqual(['r-4']);
    expect(ids('omer')).toEqual(['r-5']);
  });

  it('finds a FİN or a birth certificate in any case', () => {
    expect(ids('5abc7k2')).toEqual(['r-1']);
    expect(ids('aze1234')).toEqual(['r-2']);
  });

  it('needs every word to match, and keeps the order of the answer', () => {
    expect(ids('rəşid leyla')).toEqual(['r-2']);
    expect(ids('oğlu')).toEqual(['r-1', 'r-3', 'r-5']);
    expect(ids('  ')).toEqual(['r-1', 'r-2', 'r-3', 'r-4', 'r-5']);
    expect(ids('məmmədov')).toEqual([]);
  });

  it('agrees with matchesSearch on every query', () => {
    for (const query of ['eliyev', 'Əli', 'I', 'ı', 'İ', 'rəşid qızı', 'aze 123', '5ABC', 'oglu tural', 'ş', 'x', '']) {
      const expected = rows.filter((row) => matchesSearch(query, ...searchableTexts(row))).map((row) => row.id);
      expect(ids(query), query).toEqual(expected);
    }
  });
});
