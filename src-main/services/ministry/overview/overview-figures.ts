import type { OverviewFigures } from '../../../contract/national-overview';
import type { ReferenceItem } from '../../../contract/reference';
import { placementOf } from '../../indicators/record-computations';
import type { ExitKind, PlacementKind } from '../../indicators/record-facts';
import type { BundleReference, ChildRow, ExitRow } from './snapshot-queries';

/*
 * The overview's figures as plain functions of what the queries counted, so each rule is tested
 * without a database. Exits are classed as the institution's indicators class them
 * (indicators/record-computations `placementOf`): by the exit type's `placement` in the reference
 * data — the institution's own, carried in its bundle, so a code it made itself is classed as it
 * meant — and a type without the flag, or an exit without a type, is neither family nor transfer.
 */

/** Disability status counted as a child with a disability (not `assessment`: still being assessed). */
export const DISABILITY = 'disability';

type Exits = OverviewFigures['exits'];
type ExitType = Exits['byType'][number];

const PLACEMENT_RANK: Record<PlacementKind, number> = { family: 0, transfer: 1, none: 2 };

/** The exit kinds of a bundle's reference data, as the indicators load them (`loadExitKinds`). */
export function exitKindsOf(reference: BundleReference): Map<string, ExitKind> {
  return new Map([...reference.exitTypes.values()].map((item) => [item.code, { code: item.code, placement: item.meta.placement ?? 'none', sortOrder: item.sortOrder }]));
}

/** Figures that are all zero: the sum over no institution. */
export function emptyFigures(): OverviewFigures {
  return {
    childrenInResidence: 0,
    childrenWithDisability: 0,
    childrenInInclusiveEducation: 0,
    admissions: 0,
    diversions: 0,
    exits: { family: 0, transfer: 0, other: 0, byType: [] },
  };
}

/** Family exits first, then transfers, then the rest; within each the commonest first. */
function ordered(types: ExitType[]): ExitType[] {
  return types.sort((a, b) => PLACEMENT_RANK[a.placement] - PLACEMENT_RANK[b.placement] || b.count - a.count || (a.code ?? '').localeCompare(b.code ?? ''));
}

/** Exits by type and their sums by placement kind. */
function exitsOf(types: ExitType[]): Exits {
  const sum = (placement: PlacementKind) => types.filter((type) => type.placement === placement).reduce((total, type) => total + type.count, 0);
  return { family: sum('family'), transfer: sum('transfer'), other: sum('none'), byType: ordered(types) };
}

/** Exits (rows of any months) by exit type, classed by the bundle's reference data, with its labels. */
export function exitsByType(rows: readonly ExitRow[], reference: BundleReference): Exits {
  const kinds = exitKindsOf(reference);
  const byCode = new Map<string | null, ExitType>();
  for (const row of rows) {
    const known = byCode.get(row.code);
    if (known !== undefined) {
      known.count += row.count;
      continue;
    }
    const item: ReferenceItem | undefined = row.code === null ? undefined : reference.exitTypes.get(row.code);
    byCode.set(row.code, { code: row.code, placement: placementOf(kinds, row.code ?? ''), labels: item?.labels ?? null, count: row.count });
  }
  return exitsOf([...byCode.values()]);
}

/** What one snapshot counted. */
export type SnapshotCounts = {
  inResidence: number;
  children: readonly ChildRow[];
  /** Exits of the period only. */
  exits: readonly ExitRow[];
  admissions: number;
  diversions: number;
  reference: BundleReference;
};

/** The figures of one snapshot; inclusive education is an education type flagged `inclusive` in the bundle's reference data. */
export function snapshotFigures(counts: SnapshotCounts): OverviewFigures {
  const inclusive = (code: string | null) => code !== null && counts.reference.educationTypes.get(code)?.meta.inclusive === true;
  const total = (keep: (row: ChildRow) => boolean) => counts.children.filter(keep).reduce((sum, row) => sum + row.count, 0);
  return {
    childrenInResidence: counts.inResidence,
    childrenWithDisability: total((row) => row.disabilityStatus === DISABILITY),
    childrenInInclusiveEducation: total((row) => inclusive(row.educationTypeCode)),
    admissions: counts.admissions,
    diversions: counts.diversions,
    exits: exitsByType(counts.exits, counts.reference),
  };
}

/**
 * The sum of several institutions' figures. Exit types are kept apart by code and placement kind:
 * two institutions that class a code of their own differently show as two lines, and the sums by
 * kind stay the sums of the institutions' own.
 */
export function sumFigures(all: readonly OverviewFigures[]): OverviewFigures {
  const sum = emptyFigures();
  const types = new Map<string, ExitType>();
  for (const figures of all) {
    sum.childrenInResidence += figures.childrenInResidence;
    sum.childrenWithDisability += figures.childrenWithDisability;
    sum.childrenInInclusiveEducation += figures.childrenInInclusiveEducation;
    sum.admissions += figures.admissions;
    sum.diversions += figures.diversions;
    for (const type of figures.exits.byType) {
      const key = `${type.placement} ${type.code ?? ''}`;
      const known = types.get(key);
      if (known === undefined) {
        types.set(key, { ...type });
      } else {
        known.count += type.count;
        known.labels ??= type.labels;
      }
    }
  }
  return { ...sum, exits: exitsOf([...types.values()]) };
}
