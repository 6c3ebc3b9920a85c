import { validationError } from '../../../contract/errors';
import type { InstitutionOverview, NationalOverview, NationalOverviewInput, OverviewSum, RegionOverview } from '../../../contract/national-overview';
import { nationalOverviewInputSchema, nationalOverviewSchema } from '../../../contract/national-overview';
import { parseWithKeys } from '../../../contract/zod-issues';
import type { RootDb } from '../../../db/client';
import { monthOf, months } from '../../indicators/months';
import type { BundleHistory, RegistryRow } from './bundle-history';
import { bundleRef, historyOf, loadBundles, loadRegistry } from './bundle-history';
import { snapshotFigures, sumFigures } from './overview-figures';
import type { PlanProgressQuery } from './plan-progress';
import { planProgressQuery } from './plan-progress';
import type { SnapshotQueries } from './snapshot-queries';
import { snapshotQueries } from './snapshot-queries';
import type { InstitutionTrend } from './trends';
import { bundlesInForce, exitsByMonth, trendPoints } from './trends';

/*
 * The ministry's national overview, computed from the imported bundles (definitions in
 * contract/national-overview and trends.ts). Every figure is counted by SQLite over the stored
 * records of the bundles that matter — each institution's snapshot, its plan bundle, and the
 * snapshots in force during the trend's months — so memory holds counts, never records; progress
 * notes are never read. Everything is read in one transaction: a bundle imported meanwhile is
 * either wholly in the overview or not at all.
 */

/** How many calendar months the events of the totals cover (the month of `today` included). */
export const PERIOD_MONTHS = 12;

/** The month `delta` months after `month` (before, when negative). */
export function shiftMonth(month: string, delta: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + delta;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

type Period = { fromMonth: string; toMonth: string; trendMonths: string[] };

/** One institution's overview and what the trend needs of it. */
function institutionOf(
  registry: RegistryRow,
  history: BundleHistory,
  period: Period,
  queries: SnapshotQueries,
  planOf: PlanProgressQuery,
): { overview: InstitutionOverview; trend: InstitutionTrend } {
  const { snapshot, last, plan } = history;
  const inResidence = new Map<number, number>();
  let figures: InstitutionOverview['figures'] = null;
  let exits: InstitutionTrend['exits'] = new Map();
  if (snapshot !== null) {
    const reference = queries.reference(snapshot);
    // One pass over the stays for the exits of both the period and the trend.
    const earliest = [period.fromMonth, period.trendMonths[0]!].sort()[0]!;
    const exitRows = queries.exits(snapshot, earliest, period.toMonth);
    figures = snapshotFigures({
      inResidence: queries.inResidence(snapshot),
      children: queries.childrenInResidence(snapshot),
      exits: exitRows.filter((row) => row.month >= period.fromMonth),
      admissions: queries.admissions(snapshot, period.fromMonth, period.toMonth),
      diversions: queries.diversions(snapshot, period.fromMonth, period.toMonth),
      reference,
    });
    inResidence.set(snapshot.id, figures.childrenInResidence);
    exits = exitsByMonth(exitRows.filter((row) => row.month >= period.trendMonths[0]!), reference);
  }
  for (const bundle of bundlesInForce(history.childBundles, period.trendMonths)) {
    if (!inResidence.has(bundle.id)) {
      inResidence.set(bundle.id, queries.inResidence(bundle));
    }
  }
  return {
    overview: {
      code: registry.code,
      name: registry.name,
      regionCode: registry.regionCode,
      typeCode: registry.typeCode,
      lastBundle: last === null ? null : { ...bundleRef(last), importedAt: last.importedAt },
      snapshot: snapshot === null ? null : bundleRef(snapshot),
      figures,
      plan: plan === null ? null : planOf(plan),
    },
    trend: { childBundles: history.childBundles, inResidence, exits },
  };
}

/** The sum over some institutions. */
function sumOf(institutions: readonly InstitutionOverview[]): OverviewSum {
  const reporting = institutions.flatMap((institution) => (institution.figures === null ? [] : [institution.figures]));
  return { institutions: institutions.length, reporting: reporting.length, figures: sumFigures(reporting) };
}

/** The sums by region of the registry, by region code, institutions without a region last. */
function regionsOf(institutions: readonly InstitutionOverview[]): RegionOverview[] {
  const byRegion = new Map<string | null, InstitutionOverview[]>();
  for (const institution of institutions) {
    byRegion.set(institution.regionCode, [...(byRegion.get(institution.regionCode) ?? []), institution]);
  }
  return [...byRegion.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([regionCode, members]) => ({ regionCode, ...sumOf(members) }));
}

/**
 * The national overview on `today`: totals, per region and per enrolled institution (snapshot
 * figures, plan progress), and the trend of the last `months` months. Aggregates only: no name, no
 * id of a child, nothing child-level. VALIDATION_FAILED (`today` / `months`) for bad options.
 */
export function nationalOverview(db: RootDb, options: NationalOverviewInput): NationalOverview {
  const parsed = parseWithKeys(nationalOverviewInputSchema, options);
  if (!parsed.success) {
    throw validationError(parsed.issues);
  }
  const { today } = parsed.data;
  const toMonth = monthOf(today);
  const period: Period = {
    fromMonth: shiftMonth(toMonth, 1 - PERIOD_MONTHS),
    toMonth,
    trendMonths: months(shiftMonth(toMonth, 1 - parsed.data.months), toMonth),
  };
  const sqlite = db.$client;
  const read = sqlite.transaction(() => {
    const queries = snapshotQueries(sqlite);
    const planOf = planProgressQuery(sqlite);
    const bundles = loadBundles(sqlite);
    return loadRegistry(sqlite).map((registry) => institutionOf(registry, historyOf(bundles.get(registry.code) ?? []), period, queries, planOf));
  });
  const computed = read();
  const institutions = computed.map((entry) => entry.overview);
  return nationalOverviewSchema.parse({
    today,
    fromMonth: period.fromMonth,
    toMonth,
    totals: sumOf(institutions),
    regions: regionsOf(institutions),
    institutions,
    trends: trendPoints(period.trendMonths, computed.map((entry) => entry.trend)),
  });
}
