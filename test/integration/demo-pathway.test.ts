import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { addMonths, ageOn, calendarDate } from '../../src-main/contract/dates';
import type { Placement } from '../../src-main/contract/placements';
import type { ResidentRecord } from '../../src-main/contract/residents';
import { dispatch } from '../../src-main/ipc/dispatch';
import { fixedClock } from '../../src-main/platform/clock';
import { sequentialIds } from '../../src-main/platform/ids';
import { memoryLogger } from '../../src-main/platform/logger';
import type { DemoResult } from '../../src-main/services/demo/demo-service';
import { fillDemo } from '../../src-main/services/demo/demo-service';
import { openNodeCore } from '../../src-main/services/node-host';
import type { TestConnection, TestCore } from '../helpers/temp-core';
import { openTestCore, sampleSetup, TEST_NOW, tempDir } from '../helpers/temp-core';

const TODAY = calendarDate(TEST_NOW);
const dirs: { cleanup(): void }[] = [];

/** What the director sees of a 200-child demo: every record, its placements, the register and the dashboard. */
type Seen = {
  result: DemoResult;
  director: TestConnection;
  records: ResidentRecord[];
  placements: Map<string, Placement[]>;
};

let core: TestCore;
let seen: Seen;

beforeAll(async () => {
  const dir = tempDir('korpu-demo-pathway-');
  dirs.push(dir);
  core = await openTestCore(dir.path);
  const director = await core.setUp();
  const result = fillDemo(core.core.deps, 200, 7);
  const list = await director.call('residents.list', { filter: {} });
  const records = await Promise.all(list.rows.map((row) => director.call('residents.get', { id: row.id })));
  const placements = new Map<string, Placement[]>();
  for (const record of records.filter((candidate) => candidate.stays.some((stay) => stay.exitDate !== null))) {
    placements.set(record.id, await director.call('placements.list', { residentId: record.id }));
  }
  seen = { result, director, records, placements };
});

afterAll(() => {
  core.close();
  dirs.splice(0).forEach((dir) => dir.cleanup());
});

describe('the demo care pathway', () => {
  it('has children leaving by every exit type of the reference data, each within its ages', async () => {
    const types = await seen.director.call('reference.list', { kind: 'exit_type' });
    const exits = seen.records.flatMap((record) =>
      record.stays.flatMap((stay) => (stay.exitTypeCode === null ? [] : [{ record, code: stay.exitTypeCode, date: stay.exitDate! }])),
    );
    expect(new Set(exits.map((exit) => exit.code))).toEqual(new Set(types.map((type) => type.code)));
    for (const { record, code, date } of exits) {
      const age = ageOn(record.identity.birthDate, date);
      const meta = types.find((type) => type.code === code)!.meta;
      expect(age, `${code} at ${age}`).toBeGreaterThanOrEqual(meta.minAge ?? 0);
      expect(age, `${code} at ${age}`).toBeLessThanOrEqual(meta.maxAge ?? 25);
      expect(date <= TODAY).toBe(true);
    }
    // Adoption makes the record secret; death is rare.
    expect(exits.filter((exit) => exit.code === 'adoption').every((exit) => exit.record.secret)).toBe(true);
    expect(exits.filter((exit) => exit.code === 'death').length).toBeLessThanOrEqual(2);
    expect(seen.result.exits).toBe(exits.length);
  });

  it('records follow-up visits, mostly stable, with some placements at risk, broken down, re-admitted or placed again', async () => {
    const all = [...seen.placements.values()].flat();
    const visits = all.flatMap((placement) => placement.followUps);
    const outcomes = (outcome: string): number => visits.filter((visit) => visit.outcome === outcome).length;
    expect(outcomes('stable')).toBeGreaterThan(outcomes('at_risk'));
    expect(outcomes('at_risk')).toBeGreaterThan(0);
    expect(outcomes('broken_down')).toBeGreaterThan(0);
    visits.filter((visit) => visit.visitDate !== null).forEach((visit) => expect(visit.visitDate! <= TODAY).toBe(true));
    expect(all.some((placement) => placement.endReason === 'readmitted')).toBe(true);
    expect(all.some((placement) => placement.endReason === 'breakdown')).toBe(true);
    expect(seen.records.some((record) => record.stays.length === 2 && record.status !== 'exited')).toBe(true);
    const alerts = (await seen.director.call('dashboard.get', {})).alerts.map((alert) => alert.kind);
    expect(alerts).toContain('followUpOverdue');
  });

  it('has a services register with capacities, one service full, and most children with a disability referred', async () => {
    const services = await seen.director.call('services.list', { includeInactive: true });
    const types = new Set(services.map((service) => service.typeCode));
    ['day_care', 'rehabilitation', 'inclusive_school', 'health', 'family_support'].forEach((type) => expect(types).toContain(type));
    expect(services.some((service) => service.active && service.load >= service.capacity)).toBe(true);
    const statuses = new Set<string>();
    for (const service of services) {
      (await seen.director.call('referrals.list', { serviceId: service.id })).forEach((referral) => statuses.add(referral.status));
    }
    expect(statuses).toEqual(new Set(['requested', 'accepted', 'attending', 'ended', 'declined']));
    const dashboard = await seen.director.call('dashboard.get', {});
    const unreferred = await seen.director.call('services.unreferredDisabled', {});
    expect(unreferred.length).toBeGreaterThan(0);
    expect(unreferred.length).toBeLessThan(dashboard.inResidence.withDisability / 2);
  });

  it('assesses children about every six months, scores moving by at most one step, and plans most of them', async () => {
    const present = seen.records.filter((record) => record.status !== 'exited');
    let assessed = 0;
    let planned = 0;
    for (const record of present) {
      const { assessments } = await seen.director.call('assessments.list', { residentId: record.id });
      const history = [...assessments].reverse();
      assessed += history.length > 0 ? 1 : 0;
      history.forEach((assessment, index) => {
        expect(assessment.date <= TODAY && assessment.date >= record.stays[0]!.admission.admissionDate).toBe(true);
        const previous = history[index - 1];
        if (previous !== undefined && record.stays.length === 1) {
          expect(assessment.date > addMonths(previous.date, 4) && assessment.date < addMonths(previous.date, 8)).toBe(true);
        }
        for (const score of assessment.scores) {
          const before = previous?.scores.find((candidate) => candidate.domainCode === score.domainCode);
          expect(Math.abs(score.score - (before?.score ?? score.score))).toBeLessThanOrEqual(1);
        }
      });
      planned += (await seen.director.call('plans.get', { residentId: record.id })) === null ? 0 : 1;
    }
    expect(assessed / present.length).toBeGreaterThan(0.7);
    expect(planned / present.length).toBeGreaterThan(0.6);
    const alerts = (await seen.director.call('dashboard.get', {})).alerts.map((alert) => alert.kind);
    ['noPlan', 'reviewOverdue', 'assessmentDue'].forEach((kind) => expect(alerts).toContain(kind));
  });

  it('keeps a gatekeeping register over several years: admissions linked to their child, diversions and refusals', async () => {
    const from = `${Number(TODAY.slice(0, 4)) - 3}-01`;
    const months = await seen.director.call('gatekeeping.summary', { fromMonth: from, toMonth: TODAY.slice(0, 7) });
    const years = new Map<string, { admitted: number; diverted: number }>();
    for (const month of months) {
      const year = years.get(month.month.slice(0, 4)) ?? { admitted: 0, diverted: 0 };
      years.set(month.month.slice(0, 4), { admitted: year.admitted + month.admitted, diverted: year.diverted + month.diverted });
    }
    expect(years.size).toBeGreaterThanOrEqual(3);
    years.forEach((year) => expect(year.admitted > 0 && year.diverted > 0).toBe(true));
    const requests = await seen.director.call('gatekeeping.list', {});
    expect(new Set(requests.map((request) => request.decision))).toEqual(
      new Set(['admitted', 'diverted_family_support', 'referred_services', 'kinship_foster', 'refused', 'pending']),
    );
    const byId = new Map(seen.records.map((record) => [record.id, record]));
    for (const request of requests) {
      expect(request.receivedDate <= TODAY && (request.decisionDate ?? request.receivedDate) >= request.receivedDate).toBe(true);
      if (request.decision === 'admitted') {
        expect(byId.get(request.residentId!)?.stays[0]?.admission.admissionDate).toBe(request.decisionDate);
      }
    }
    const { gatekeeping } = seen.result;
    expect(requests).toHaveLength(gatekeeping.admitted + gatekeeping.diverted + gatekeeping.refused + gatekeeping.pending);
  });

  it('leaves an audit trail that verifies, and adds nothing on a second run with the same seed', async () => {
    expect(await seen.director.call('audit.verify', {})).toMatchObject({ ok: true });
    const before = await seen.director.call('gatekeeping.list', {});
    const again = fillDemo(core.core.deps, 200, 7);
    expect(again).toMatchObject({ added: 0, referrals: 0, assessments: 0, plans: 0, exits: 0, services: 0 });
    expect(await seen.director.call('gatekeeping.list', {})).toHaveLength(before.length);
  });
});

/** A fresh installation on a pinned clock and id sequence, filled with `count` demo children; its pathway tables. */
async function demoTables(count: number, seed: number): Promise<Record<string, unknown[]>> {
  const dir = tempDir('korpu-demo-same-');
  dirs.push(dir);
  const opened = await openNodeCore(dir.path, { logger: memoryLogger(), clock: fixedClock(TEST_NOW), ids: sequentialIds('same') });
  try {
    const setup = await dispatch('setup.complete', sampleSetup, { deps: opened.deps, sessionId: null, connectionId: 'same', emit: () => undefined });
    expect(setup.ok).toBe(true);
    fillDemo(opened.deps, count, seed);
    const tables = ['stays', 'services', 'referrals', 'assessments', 'assessment_scores', 'care_plans', 'plan_goals', 'plan_actions', 'plan_reviews'];
    const more = ['placements', 'follow_up_visits', 'gatekeeping_requests', 'gatekeeping_reasons'];
    const sqlite = opened.deps.db.$client;
    return Object.fromEntries([...tables, ...more].map((table) => [table, sqlite.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()]));
  } finally {
    opened.close();
  }
}

describe('the demo care pathway, run twice', () => {
  it('gives the same data for the same seed and day', async () => {
    const first = await demoTables(80, 3);
    expect(first.placements!.length).toBeGreaterThan(0);
    expect(first.gatekeeping_requests!.length).toBeGreaterThan(0);
    expect(await demoTables(80, 3)).toEqual(first);
  });
});
