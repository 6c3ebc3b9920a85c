import { describe, expect, it } from 'vitest';

import { procedureNames } from '../contract/procedures';
import { featureHandlers } from './handlers';

describe('procedure implementations', () => {
  const implemented = featureHandlers.flatMap((feature) => Object.keys(feature));

  it('implements no procedure in two features', () => {
    const twice = implemented.filter((name, index) => implemented.indexOf(name) !== index);
    expect(twice).toEqual([]);
  });

  it('implements every procedure of the contract and nothing besides', () => {
    expect([...implemented].sort()).toEqual([...procedureNames].sort());
  });

});
