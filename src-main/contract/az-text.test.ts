import { describe, expect, it } from 'vitest';

import { azLower, azSortKey, azUpper, compareAz, foldForSearch, matchesSearch } from './az-text';

describe('compareAz', () => {
  it('orders names by the Azerbaijani alphabet', () => {
    const names = ['İlkin', 'Əli', 'Ilqar', 'Elçin', 'Çingiz', 'Cavid'];
    expect([...names].sort(compareAz)).toEqual(['Cavid', 'Çingiz', 'Elçin', 'Əli', 'Ilqar', 'İlkin']);
  });

  it('puts Ö after O, Ş after S, Ü after U, X after H and Q after K', () => {
    const names = ['Ümid', 'Uğur', 'Şahin', 'Samir', 'Ömər', 'Orxan', 'Xəyal', 'Həsən', 'Qasım', 'Kamran'];
    expect([...names].sort(compareAz)).toEqual([
      'Həsən', 'Xəyal', 'Kamran', 'Qasım', 'Orxan', 'Ömər', 'Samir', 'Şahin', 'Uğur', 'Ümid',
    ]);
  });

  it('sorts a shorter prefix first and ignores case except to break ties', () => {
    expect(compareAz('Əli', 'Əliyev')).toBeLessThan(0);
    expect(compareAz('əliyev', 'ƏLİYEV')).toBeLessThan(0);
    expect(compareAz('ƏLİYEV', 'əliyev')).toBeGreaterThan(0);
    expect(compareAz('Əliyev', 'Əliyev')).toBe(0);
    expect(compareAz('ali', 'Əli')).toBeLessThan(0);
  });
});

describe('azSortKey', () => {
  it('orders like compareAz when compared as plain strings', () => {
    const names = ['İlkin', 'Əli', 'Ilqar', 'Elçin', 'Çingiz', 'Cavid', 'Şahin', 'Samir', 'Ümid', 'Uğur', 'Əliyev', 'Əli'];
    const byKey = [...names].sort((a, b) => (azSortKey(a) < azSortKey(b) ? -1 : azSortKey(a) > azSortKey(b) ? 1 : 0));
    expect(byKey.map(azSortKey)).toEqual([...names].sort(compareAz).map(azSortKey));
  });
});

describe('case mapping', () => {
  it('maps dotted and dotless i the Azerbaijani way', () => {
    expect(azLower('İSMAYILOV')).toBe('ismayılov');
    expect(azUpper('ismayılov')).toBe('İSMAYILOV');
  });
});

describe('search folding', () => {
  it('finds İsmayılov from plain Latin input in any case', () => {
    expect(foldForSearch('İsmayılov')).toBe('ismayilov');
    expect(matchesSearch('ismayilov', 'İsmayılov')).toBe(true);
    expect(matchesSearch('ISMAYILOV', 'İsmayılov')).toBe(true);
  });

  it('ignores Azerbaijani letters with marks and matches every word somewhere', () => {
    expect(matchesSearch('eli seki', 'Əli Məmmədov', 'Şəki')).toBe(true);
    expect(matchesSearch('cingiz', 'Çingiz')).toBe(true);
    expect(matchesSearch('cingiz orxan', 'Çingiz')).toBe(false);
  });

  it('treats an empty query as matching everything', () => {
    expect(matchesSearch('   ', 'Anar')).toBe(true);
  });
});
