import type { TrendPoint } from '../../../contract/national-overview';
import { placementOf } from '../../indicators/record-computations';
import type { BundleRow } from './bundle-history';
import { snapshotInForce } from './bundle-history';
import { exitKindsOf } from './overview-figures';
import type { BundleReference, ExitRow } from './snapshot-queries';

/*
 * The national trend, month by month, from the history of bundles:
 * - children in residence is a stock that only a snapshot taken at the time can tell (an
 *   institution may have entered only the children present when it began): each institution's
 *   figure in a month is that of its snapshot in force at the month's end, carried forward until
 *   the next; before its first snapshot it adds nothing (and is not counted as reporting);
 * - exits are dated events that every later snapshot still holds, corrections included: a month's
 *   exits are those its newest snapshot records in that month, so the trend's last twelve months
 *   add up to the exits of the totals.
 */

/** Exits of one month by placement kind. */
export type MonthExits = { family: number; transfer: number; other: number };

/** What the trend needs of one institution. */
export type InstitutionTrend = {
  childBundles: readonly BundleRow[];
  /** Children in residence of each bundle in force in some month of the trend, by bundle id. */
  inResidence: ReadonlyMap<number, number>;
  /** Exits by month, from the newest snapshot. */
  exits: ReadonlyMap<string, MonthExits>;
};

/** The bundles in force at the end of some month of `months`: those whose children in residence the trend needs. */
export function bundlesInForce(childBundles: readonly BundleRow[], months: readonly string[]): BundleRow[] {
  const found = new Map<number, BundleRow>();
  for (const month of months) {
    const bundle = snapshotInForce(childBundles, month);
    if (bundle !== null) {
      found.set(bundle.id, bundle);
    }
  }
  return [...found.values()];
}

/** A snapshot's exits by month and placement kind, classed by its reference data. */
export function exitsByMonth(rows: readonly ExitRow[], reference: BundleReference): Map<string, MonthExits> {
  const kinds = exitKindsOf(reference);
  const byMonth = new Map<string, MonthExits>();
  for (const row of rows) {
    const month = byMonth.get(row.month) ?? { family: 0, transfer: 0, other: 0 };
    const placement = placementOf(kinds, row.code ?? '');
    month[placement === 'none' ? 'other' : placement] += row.count;
    byMonth.set(row.month, month);
  }
  return byMonth;
}

/** One point per month: the sums over institutions as described above. */
export function trendPoints(months: readonly string[], institutions: readonly InstitutionTrend[]): TrendPoint[] {
  return months.map((month) => {
    const point: TrendPoint = { month, reporting: 0, childrenInResidence: 0, familyExits: 0, transfers: 0, otherExits: 0 };
    for (const institution of institutions) {
      const bundle = snapshotInForce(institution.childBundles, month);
      if (bundle !== null) {
        point.reporting += 1;
        point.childrenInResidence += institution.inResidence.get(bundle.id) ?? 0;
      }
      const exits = institution.exits.get(month);
      point.familyExits += exits?.family ?? 0;
      point.transfers += exits?.transfer ?? 0;
      point.otherExits += exits?.other ?? 0;
    }
    return point;
  });
}
