import { describe, expect, it } from 'vitest';

import type { ReferenceItem } from '../../../contract/reference';
import type { BundleRow } from './bundle-history';
import { historyOf, snapshotInForce } from './bundle-history';
import { snapshotFigures, sumFigures } from './overview-figures';
import type { BundleReference } from './snapshot-queries';
import { bundlesInForce, exitsByMonth, trendPoints } from './trends';

const bundle = (id: number, sequence: number, profile: BundleRow['profile'], createdAt: string): BundleRow => ({
  id,
  institutionCode: 'GNC-UE-02',
  sequence,
  profile,
  createdAt,
  importedAt: createdAt,
});

const exitType = (code: string, placement: 'family' | 'transfer' | 'none' | undefined): ReferenceItem => ({
  kind: 'exit_type',
  code,
  labels: { az: code, ru: code, en: code },
  meta: placement === undefined ? {} : { placement },
  sortOrder: 0,
  retired: false,
});

const reference: BundleReference = {
  exitTypes: new Map(
    [exitType('kinship', 'family'), exitType('transfer', 'transfer'), exitType('aged_out', 'none'), exitType('own_code', undefined)].map((item) => [item.code, item]),
  ),
  educationTypes: new Map([['inclusive_class', { ...exitType('inclusive_class', undefined), kind: 'education_type', meta: { inclusive: true } }]]),
};

describe('which bundles count', () => {
  const bundles = [bundle(1, 1, 'statistical', '2026-03-05T10:00:00.000Z'), bundle(2, 2, 'plan', '2026-04-01T10:00:00.000Z'), bundle(5, 3, 'named', '2026-06-30T10:00:00.000Z')];

  it('takes the newest bundle with child data as the snapshot, and the newest with the plan for the plan', () => {
    const history = historyOf([...bundles, bundle(7, 4, 'plan', '2026-07-01T10:00:00.000Z')]);
    expect([history.snapshot?.id, history.plan?.id, history.last?.id]).toEqual([5, 7, 7]);
    expect(historyOf([bundles[1]!])).toMatchObject({ snapshot: null, childBundles: [] });
  });

  it('carries a snapshot forward from its month until the next one', () => {
    const child = historyOf(bundles).childBundles;
    expect(['2026-02', '2026-03', '2026-05', '2026-06', '2026-09'].map((month) => snapshotInForce(child, month)?.id ?? null)).toEqual([null, 1, 1, 5, 5]);
    expect(bundlesInForce(child, ['2026-02', '2026-03', '2026-04']).map((found) => found.id)).toEqual([1]);
  });

  it('sums institutions month by month: a snapshot in force, exits of the month', () => {
    const child = historyOf(bundles).childBundles;
    const points = trendPoints(
      ['2026-02', '2026-03', '2026-06'],
      [
        { childBundles: child, inResidence: new Map([[1, 40], [5, 37]]), exits: new Map([['2026-02', { family: 2, transfer: 1, other: 0 }]]) },
        { childBundles: [], inResidence: new Map(), exits: new Map([['2026-06', { family: 1, transfer: 0, other: 3 }]]) },
      ],
    );
    expect(points).toEqual([
      { month: '2026-02', reporting: 0, childrenInResidence: 0, familyExits: 2, transfers: 1, otherExits: 0 },
      { month: '2026-03', reporting: 1, childrenInResidence: 40, familyExits: 0, transfers: 0, otherExits: 0 },
      { month: '2026-06', reporting: 1, childrenInResidence: 37, familyExits: 1, transfers: 0, otherExits: 3 },
    ]);
  });
});

describe('exits by destination', () => {
  const rows = [
    { month: '2026-05', code: 'kinship', count: 2 },
    { month: '2026-05', code: 'transfer', count: 4 },
    { month: '2026-06', code: 'own_code', count: 1 },
    { month: '2026-06', code: null, count: 1 },
    { month: '2026-06', code: 'unknown', count: 1 },
  ];

  it('never counts a transfer, an unflagged or an unknown type as a family exit', () => {
    expect(exitsByMonth(rows, reference)).toEqual(
      new Map([
        ['2026-05', { family: 2, transfer: 4, other: 0 }],
        ['2026-06', { family: 0, transfer: 0, other: 3 }],
      ]),
    );
    const figures = snapshotFigures({
      inResidence: 5,
      children: [
        { disabilityStatus: 'disability', educationTypeCode: 'inclusive_class', count: 1 },
        { disabilityStatus: 'assessment', educationTypeCode: 'general_school', count: 3 },
        { disabilityStatus: 'none', educationTypeCode: null, count: 1 },
      ],
      exits: rows,
      admissions: 2,
      diversions: 1,
      reference,
    });
    expect(figures).toMatchObject({ childrenWithDisability: 1, childrenInInclusiveEducation: 1, exits: { family: 2, transfer: 4, other: 3 } });
    expect(figures.exits.byType.map((type) => [type.code, type.placement])).toEqual([
      ['kinship', 'family'],
      ['transfer', 'transfer'],
      [null, 'none'],
      ['own_code', 'none'],
      ['unknown', 'none'],
    ]);
  });

  it('keeps apart, in a sum, one code two institutions class differently', () => {
    const mine = snapshotFigures({ inResidence: 1, children: [], exits: [{ month: '2026-05', code: 'own_code', count: 2 }], admissions: 0, diversions: 0, reference });
    const flagged = { ...reference, exitTypes: new Map([['own_code', exitType('own_code', 'family')]]) };
    const theirs = snapshotFigures({ inResidence: 2, children: [], exits: [{ month: '2026-05', code: 'own_code', count: 3 }], admissions: 0, diversions: 0, reference: flagged });
    const sum = sumFigures([mine, theirs, mine]);
    expect(sum).toMatchObject({ childrenInResidence: 4, exits: { family: 3, transfer: 0, other: 4 } });
    expect(sum.exits.byType.map((type) => [type.code, type.placement, type.count])).toEqual([
      ['own_code', 'family', 3],
      ['own_code', 'none', 4],
    ]);
  });
});
