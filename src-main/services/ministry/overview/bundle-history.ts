import type { ExportProfile } from '../../../contract/bundle-payload';
import type { OverviewBundle } from '../../../contract/national-overview';
import type { SqliteHandle } from '../../../db/client';

/*
 * Which imported bundle each figure comes from, decided from the bundles' own rows (a few per
 * institution and month, never their records): the snapshot (newest with child data), the plan
 * (newest with the plan tables), and the snapshot in force at each month's end for the trend.
 */

/** An imported bundle as the overview needs it (its manifest and records stay in the database). */
export type BundleRow = {
  id: number;
  institutionCode: string;
  sequence: number;
  profile: ExportProfile;
  createdAt: string;
  importedAt: string;
};

/** An enrolled institution. */
export type RegistryRow = { code: string; name: string; regionCode: string | null; typeCode: string | null };

/** The bundles of one institution that the overview reads. */
export type BundleHistory = {
  /** The newest bundle of any profile. */
  last: BundleRow | null;
  /** The newest bundle with child data (named or statistical): the institution's current snapshot. */
  snapshot: BundleRow | null;
  /** The newest bundle with the plan tables (named or plan). */
  plan: BundleRow | null;
  /** Every bundle with child data, oldest (lowest sequence) first. */
  childBundles: BundleRow[];
};

/** The profiles whose bundles carry the children's records. */
export const CHILD_PROFILES: readonly ExportProfile[] = ['named', 'statistical'];
/** The profiles whose bundles carry the transformation plan's tables. */
export const PLAN_PROFILES: readonly ExportProfile[] = ['named', 'plan'];

/** Every enrolled institution, by code. */
export function loadRegistry(sqlite: SqliteHandle): RegistryRow[] {
  return sqlite.prepare('SELECT code, name, region_code AS regionCode, type_code AS typeCode FROM registry_institutions ORDER BY code').all() as RegistryRow[];
}

/** Every imported bundle's row (not its manifest), grouped by institution, each institution's by sequence. */
export function loadBundles(sqlite: SqliteHandle): Map<string, BundleRow[]> {
  const rows = sqlite
    .prepare(
      `SELECT id, institution_code AS institutionCode, sequence, profile, created_at AS createdAt, imported_at AS importedAt
       FROM imported_bundles ORDER BY institution_code, sequence`,
    )
    .all() as BundleRow[];
  const byInstitution = new Map<string, BundleRow[]>();
  for (const row of rows) {
    const list = byInstitution.get(row.institutionCode) ?? [];
    list.push(row);
    byInstitution.set(row.institutionCode, list);
  }
  return byInstitution;
}

/** The bundles that matter of one institution's bundles (ordered by sequence). */
export function historyOf(bundles: readonly BundleRow[]): BundleHistory {
  const childBundles = bundles.filter((bundle) => CHILD_PROFILES.includes(bundle.profile));
  return {
    last: bundles.at(-1) ?? null,
    snapshot: childBundles.at(-1) ?? null,
    plan: bundles.filter((bundle) => PLAN_PROFILES.includes(bundle.profile)).at(-1) ?? null,
    childBundles,
  };
}

/** The calendar month (`YYYY-MM`, UTC, as the signed manifest states it) a bundle was made in. */
export function createdMonth(bundle: Pick<BundleRow, 'createdAt'>): string {
  return bundle.createdAt.slice(0, 7);
}

/**
 * The snapshot in force at the end of `month`: the newest (highest sequence) bundle with child data
 * made in that month or before; null before the institution's first. A snapshot stays in force,
 * carried forward month after month, until the next one.
 */
export function snapshotInForce(childBundles: readonly BundleRow[], month: string): BundleRow | null {
  let found: BundleRow | null = null;
  for (const bundle of childBundles) {
    if (createdMonth(bundle) <= month) {
      found = bundle;
    }
  }
  return found;
}

/** What the result says about a bundle. */
export function bundleRef(bundle: BundleRow): OverviewBundle {
  return { sequence: bundle.sequence, profile: bundle.profile, createdAt: bundle.createdAt };
}
