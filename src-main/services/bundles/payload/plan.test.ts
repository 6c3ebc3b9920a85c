import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';

import type { TestInstitution } from '../../../../test/helpers/payload-institution';
import { column, extract, openTestInstitution, rowsOf } from '../../../../test/helpers/payload-institution';
import { payloadSchemas } from '../../../contract/bundle-payload';
import { planIndicatorCodes, recordIndicatorCodes } from '../../../contract/indicator-catalogue';
import type { IndicatorDashboard } from '../../../contract/indicators';
import type { TransformationPlan } from '../../../contract/transformation-views';

let institution: TestInstitution;
let tables: Map<string, Record<string, unknown>[]>;
let plan: TransformationPlan;
let dashboard: IndicatorDashboard;

beforeAll(async () => {
  institution = await openTestInstitution();
  tables = extract(institution.db, { profile: 'plan', includeSecret: true });
  plan = (await institution.director.call('transformation.get', {}))!;
  dashboard = await institution.director.call('indicators.get', { planId: plan.id });
}, 120_000);

afterAll(() => institution.close());

const sql = (query: string): string[] => column(institution.db, query).filter((value) => value !== null).map(String);
const allStrings = (): string[] => [...tables.values()].flatMap((rows) => rows.flatMap((row) => JSON.stringify(row).match(/"(?:[^"\\]|\\.)*"/g) ?? []).map((quoted) => String(JSON.parse(quoted))));

describe('the plan payload', () => {
  it('has the contract’s tables in order, and every row passes its table’s schema', () => {
    expect([...tables.keys()]).toEqual(Object.keys(payloadSchemas.plan));
    const schemas = new Map<string, z.ZodType>(Object.entries(payloadSchemas.plan));
    for (const [name, rows] of tables) {
      rows.forEach((row) => expect(schemas.get(name)!.safeParse(row).error, `${name} ${JSON.stringify(row)}`).toBeUndefined());
    }
  });

  it('holds the plan as the plan page shows it: status, period, target models, approval, baseline, facts', () => {
    expect(rowsOf(tables, 'transformation_plans')).toEqual([
      {
        id: plan.id,
        title: plan.title,
        status: plan.status,
        periodStart: plan.periodStart,
        periodEnd: plan.periodEnd,
        targetModelCodes: plan.targetModelCodes,
        baseline: plan.baseline,
        facts: plan.facts,
        revision: plan.revision,
        unapprovedChanges: plan.unapprovedChanges,
        approvedRevision: plan.approval!.number,
        approvedAt: plan.approval!.approvedAt,
        createdAt: plan.createdAt,
        startedAt: plan.startedAt,
        completedAt: plan.completedAt,
      },
    ]);
    expect(rowsOf(tables, 'plan_revisions').map((revision) => revision.number)).toEqual([1, 2]);
  });

  it('holds its phases, actions with their execution, new services, trainings, budget lines and building items', () => {
    const actions = plan.phases.flatMap((phase) => phase.actions);
    expect(rowsOf(tables, 'plan_phases').map((phase) => phase.id)).toEqual(plan.phases.map((phase) => phase.id));
    expect(rowsOf(tables, 'plan_phase_actions').map(({ id, status, progress, overdue }) => ({ id, status, progress, overdue }))).toEqual(
      actions.map(({ id, status, progress, overdue }) => ({ id, status, progress, overdue })),
    );
    expect(rowsOf(tables, 'plan_new_services').map((service) => service.id)).toEqual(plan.newServices.map((service) => service.id));
    expect(rowsOf(tables, 'plan_trainings').map((training) => training.training)).toEqual(plan.trainings.map((training) => training.training));
    expect(rowsOf(tables, 'plan_budget_lines').map((line) => line.movedQepik)).toEqual(plan.budgetLines.map((line) => line.movedQepik));
    expect(rowsOf(tables, 'plan_building_items').map((item) => item.status)).toEqual(plan.buildingItems.map((item) => item.status));
    for (const table of ['plan_phase_actions', 'plan_new_services', 'plan_trainings', 'plan_budget_lines', 'plan_building_items']) {
      expect(rowsOf(tables, table).length, table).toBeGreaterThan(0);
    }
  });

  it('holds every indicator as the dashboard computes it on the export day, and those kept by hand', () => {
    const indicators = rowsOf(tables, 'plan_indicators');
    expect(indicators.map((row) => row.code)).toEqual([...recordIndicatorCodes, ...planIndicatorCodes]);
    for (const indicator of dashboard.computed) {
      expect(indicators.find((row) => row.code === indicator.code)).toMatchObject({
        baseline: indicator.baseline,
        current: indicator.current,
        targetValue: indicator.target?.value ?? null,
      });
      const values = rowsOf(tables, 'plan_indicator_values').filter((row) => row.code === indicator.code);
      expect(values.map(({ month, value }) => ({ month, value }))).toEqual(indicator.series);
    }
    const exits = rowsOf(tables, 'plan_indicator_exits');
    expect(exits.reduce((sum, row) => sum + Number(row.count), 0)).toBe(dashboard.exitsByType.flatMap((month) => month.types).reduce((sum, type) => sum + type.count, 0));
    expect(exits.some((row) => row.placement === 'transfer')).toBe(true);
    expect(rowsOf(tables, 'plan_manual_indicators')).toMatchObject([{ name: 'Dəstək alan ailələr', baseline: 4, targetValue: 30 }]);
    expect(rowsOf(tables, 'plan_manual_indicator_values')).toMatchObject([{ month: '2026-10', value: 12 }]);
  });

  it('holds no child-level row, no child and no staff member by name', () => {
    const childTables = Object.keys(payloadSchemas.named).filter((name) => !(name in payloadSchemas.plan));
    expect(childTables.filter((name) => tables.has(name))).toEqual([]);
    const fields = new Set([...tables.values()].flatMap((rows) => rows.flatMap((row) => Object.keys(row))));
    expect([...fields].filter((field) => /resident|child|person|fin$|surname|firstName|author|approvedBy/i.test(field))).toEqual([]);
    const forbidden = new Set(
      sql(`SELECT id FROM residents UNION SELECT surname || ' ' || first_name FROM residents UNION SELECT first_name FROM residents
        UNION SELECT fin FROM residents UNION SELECT full_name FROM family_members UNION SELECT person FROM plan_trainings
        UNION SELECT full_name FROM users UNION SELECT child_first_name FROM gatekeeping_requests UNION SELECT text FROM plan_evidence_notes`),
    );
    expect(sql('SELECT person FROM plan_trainings').length).toBeGreaterThan(0);
    expect(allStrings().filter((value) => forbidden.has(value))).toEqual([]);
  });
});
