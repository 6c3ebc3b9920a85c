import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Institution, World } from '../../../../test/helpers/overview-fixture';
import { openWorld, TODAY } from '../../../../test/helpers/overview-fixture';
import type { NationalOverview } from '../../../contract/national-overview';
import { allRecordSeries } from '../../indicators/record-series';
import { nationalOverview } from './national-overview';
import { PLAN_SQL } from './plan-progress';
import { SNAPSHOT_SQL } from './snapshot-queries';

/*
 * Two institutions really export their bundles, and a ministry test core really imports them:
 * Baku's named bundle; Ganja's statistical one, then (in January) a newer statistical one after a
 * transfer and a reintegration, then a plan bundle. Every figure is checked against what the
 * institutions' own databases and indicators say, computed without the overview's code.
 */

let world: World;
let overview: NationalOverview;

beforeAll(async () => {
  world = await openWorld();
  overview = nationalOverview(world.ministry.core.deps.db, { today: TODAY, months: 24 });
}, 240_000);

afterAll(() => world.close());

const period = { from: '2026-02', to: '2027-01' };
const sum = (values: readonly { value: number | null }[]) => values.reduce((total, point) => total + (point.value ?? 0), 0);

/** What an institution's own records say now, by plain SQL on its database and its own indicators. */
function ownFigures(institution: Institution) {
  const sqlite = institution.core.core.deps.db.$client;
  const present = 'EXISTS (SELECT 1 FROM stays s WHERE s.resident_id = r.id AND s.exit_date IS NULL)';
  const count = (sql: string) => sqlite.prepare(sql).pluck().get() as number;
  const series = allRecordSeries(institution.core.core.deps.db, period.from, period.to);
  return {
    childrenInResidence: count('SELECT count(DISTINCT resident_id) FROM stays WHERE exit_date IS NULL'),
    childrenWithDisability: count(`SELECT count(*) FROM residents r WHERE disability_status = 'disability' AND ${present}`),
    childrenInInclusiveEducation: count(`SELECT count(*) FROM residents r WHERE education_type_code = 'inclusive_class' AND ${present}`),
    admissions: sum(series.admissions),
    diversions: sum(series.diversions),
    exits: { family: sum(series.exits_family), transfer: sum(series.exits_transfer), other: sum(series.exits_other) },
  };
}

describe('the national overview', () => {
  it('counts each institution’s newest snapshot as its own records say, with the bundle it came from', () => {
    const [baku, ganja] = overview.institutions;
    expect(baku).toMatchObject({
      code: world.baku.code,
      regionCode: 'baku',
      snapshot: { sequence: 1, profile: 'named' },
      lastBundle: { sequence: 1, profile: 'named', importedAt: '2026-11-25T09:00:00.000Z' },
      figures: ownFigures(world.baku),
    });
    expect(ganja).toMatchObject({
      code: world.ganja.code,
      regionCode: 'ganja',
      snapshot: { sequence: 2, profile: 'statistical', createdAt: '2027-01-12T08:00:00.000Z' },
      lastBundle: { sequence: 3, profile: 'plan' },
      figures: ownFigures(world.ganja),
    });
    expect(world.ganjaBefore - ganja!.figures!.childrenInResidence).toBe(2);
    expect(overview).toMatchObject({ today: TODAY, fromMonth: period.from, toMonth: period.to });
  });

  it('keeps transfers apart from family exits', () => {
    const ganja = overview.institutions[1]!.figures!.exits;
    const types = (placement: string) => ganja.byType.filter((type) => type.placement === placement).map((type) => type.code);
    expect(types('transfer')).toEqual(['transfer']);
    expect(types('family')).not.toContain('transfer');
    expect(types('family')).toContain('reintegration');
    expect(ganja.byType.find((type) => type.code === 'transfer')?.labels?.en).toBe('Transfer to another institution');
    const { exits } = overview.totals.figures;
    expect(exits.transfer).toBeGreaterThanOrEqual(1);
    expect(exits.family + exits.transfer + exits.other).toBe(exits.byType.reduce((total, type) => total + type.count, 0));
  });

  it('sums regions and institutions to the national totals', () => {
    expect(overview.totals).toMatchObject({ institutions: 2, reporting: 2 });
    expect(overview.regions.map((region) => region.regionCode)).toEqual(['baku', 'ganja']);
    const scalar = ['childrenInResidence', 'childrenWithDisability', 'childrenInInclusiveEducation', 'admissions', 'diversions'] as const;
    for (const key of scalar) {
      const total = overview.totals.figures[key];
      expect(overview.regions.reduce((sum, region) => sum + region.figures[key], 0)).toBe(total);
      expect(overview.institutions.reduce((sum, institution) => sum + (institution.figures?.[key] ?? 0), 0)).toBe(total);
    }
    for (const kind of ['family', 'transfer', 'other'] as const) {
      expect(overview.regions.reduce((sum, region) => sum + region.figures.exits[kind], 0)).toBe(overview.totals.figures.exits[kind]);
    }
  });

  it('reads plan progress from the newest bundle with the plan', () => {
    for (const [institution, sequence, profile] of [
      [world.baku, 1, 'named'],
      [world.ganja, 3, 'plan'],
    ] as const) {
      const own = institution.core.core.deps.db.$client
        .prepare(
          `SELECT p.status, count(a.id) AS total, coalesce(sum(a.status = 'done'), 0) AS done, round(avg(a.progress)) AS progress
           FROM transformation_plans p JOIN plan_phase_actions a ON a.plan_id = p.id GROUP BY p.id`,
        )
        .get() as { status: string; total: number; done: number; progress: number };
      const found = overview.institutions.find((entry) => entry.code === institution.code)!.plan;
      expect(found).toMatchObject({ bundle: { sequence, profile }, status: own.status, actionsTotal: own.total, actionsDone: own.done, progressPercent: own.progress });
      expect(own.total).toBeGreaterThan(0);
    }
  });

  it('follows each institution’s bundles month by month, carrying a snapshot forward until the next', () => {
    const { trends } = overview;
    expect(trends).toHaveLength(24);
    expect(trends[0]!.month).toBe('2025-02');
    expect(trends.at(-1)!.month).toBe('2027-01');
    const at = (month: string) => trends.find((point) => point.month === month)!;
    expect(at('2026-10')).toMatchObject({ reporting: 0, childrenInResidence: 0 });
    const bakuNow = overview.institutions[0]!.figures!.childrenInResidence;
    expect(at('2026-11')).toMatchObject({ reporting: 2, childrenInResidence: bakuNow + world.ganjaBefore });
    expect(at('2026-12')).toMatchObject({ reporting: 2, childrenInResidence: bakuNow + world.ganjaBefore });
    expect(at('2027-01')).toMatchObject({ reporting: 2, childrenInResidence: overview.totals.figures.childrenInResidence });
    expect(at('2027-01')).toMatchObject({ transfers: 1, familyExits: 1 });
    const lastYear = trends.slice(-12);
    const exits = overview.totals.figures.exits;
    expect(lastYear.reduce((total, point) => total + point.familyExits, 0)).toBe(exits.family);
    expect(lastYear.reduce((total, point) => total + point.transfers, 0)).toBe(exits.transfer);
    expect(lastYear.reduce((total, point) => total + point.otherExits, 0)).toBe(exits.other);
  });

  it('holds no name, FİN, certificate number or child id of any child', () => {
    const text = JSON.stringify(overview);
    for (const identity of world.identities) {
      expect(text).not.toContain(identity);
    }
    expect(text).not.toMatch(/[0-9a-f]{32}/);
  });

  it('reads only the tables it needs of a bundle, through the (bundle, table) index', () => {
    const sqlite = world.ministry.core.deps.db.$client;
    for (const sql of Object.values({ ...SNAPSHOT_SQL, ...PLAN_SQL })) {
      // Any value will do for the plan: bind each parameter once.
      const named = Object.fromEntries([...sql.matchAll(/@(\w+)/g)].map((match) => [match[1]!, 'x']));
      const positional = Array<string>((sql.match(/\?/g) ?? []).length).fill('x');
      const args = Object.keys(named).length > 0 ? [...positional, named] : positional;
      const steps = (sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((step) => step.detail);
      const reads = steps.filter((step) => step.includes('imported_records'));
      expect(reads.length).toBeGreaterThan(0);
      expect(new Set(reads)).toEqual(new Set(['SEARCH imported_records USING INDEX imported_records_bundle_table (bundle_id=? AND table_name=?)']));
      expect(steps.filter((step) => step.startsWith('SCAN') && !step.startsWith('SCAN json_each'))).toEqual([]);
    }
  });

  it('refuses a day that is no date and a trend longer than twenty years', () => {
    expect(() => nationalOverview(world.ministry.core.deps.db, { today: '2027-13-01', months: 24 })).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    expect(() => nationalOverview(world.ministry.core.deps.db, { today: TODAY, months: 241 })).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });

  it('gives every institution of the registry, even one that has sent nothing yet', async () => {
    await world.enrolSilent();
    const later = nationalOverview(world.ministry.core.deps.db, { today: TODAY, months: 3 });
    expect(later.totals).toMatchObject({ institutions: 3, reporting: 2, figures: overview.totals.figures });
    expect(later.regions.at(-1)).toMatchObject({ regionCode: null, institutions: 1, reporting: 0 });
    expect(later.institutions.find((entry) => entry.figures === null)).toMatchObject({ lastBundle: null, snapshot: null, plan: null });
  });
});
