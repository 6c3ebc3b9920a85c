import type { FieldDiff, PlanDiff, PlanSection, PlanSnapshot, SectionDiff } from './transformation-views';
import { planSections } from './transformation-views';

type Item = { id: string } & Record<string, unknown>;

/** Values of a snapshot are strings, numbers, booleans, null or lists of strings: equal when their JSON is. */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The name an item is shown by in a comparison; a template phase has none (its component names it). */
function labelOf(section: PlanSection, item: Item): string | null {
  const key = { phases: 'customTitle', actions: 'title', newServices: 'name', trainings: 'person', budgetLines: 'title', buildingItems: 'space' }[section];
  const value = item[key];
  return typeof value === 'string' ? value : null;
}

function fieldsOf(item: Item): Record<string, unknown> {
  const { id: _id, ...fields } = item;
  return fields;
}

function fieldDiffs(before: Record<string, unknown>, after: Record<string, unknown>, prefix = ''): FieldDiff[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.filter((key) => !same(before[key], after[key])).map((key) => ({ field: `${prefix}${key}`, before: before[key] ?? null, after: after[key] ?? null }));
}

function sectionDiff(section: PlanSection, from: readonly Item[], to: readonly Item[]): SectionDiff {
  const before = new Map(from.map((item) => [item.id, item]));
  const after = new Map(to.map((item) => [item.id, item]));
  const diff: SectionDiff = { section, added: [], removed: [], changed: [] };
  for (const item of to) {
    const old = before.get(item.id);
    if (old === undefined) {
      diff.added.push({ id: item.id, label: labelOf(section, item), fields: fieldsOf(item) });
      continue;
    }
    const changes = fieldDiffs(fieldsOf(old), fieldsOf(item));
    if (changes.length > 0) {
      diff.changed.push({ id: item.id, label: labelOf(section, item), changes });
    }
  }
  for (const item of from) {
    if (!after.has(item.id)) {
      diff.removed.push({ id: item.id, label: labelOf(section, item), fields: fieldsOf(item) });
    }
  }
  return diff;
}

/**
 * What changed from one snapshot of a plan's content to another: the plan's own fields (title,
 * period, target models, and each fact as `facts.<group>.<field>`), then per section the items
 * added (in the later order), removed (in the earlier order) and changed (each field before and
 * after). Items are matched by id. Pure: the same two snapshots always give the same answer.
 */
export function compareSnapshots(from: PlanSnapshot, to: PlanSnapshot, fromRevision: number, toRevision: number | 'current'): PlanDiff {
  const plan = [
    ...fieldDiffs(
      { title: from.title, periodStart: from.periodStart, periodEnd: from.periodEnd, targetModelCodes: from.targetModelCodes },
      { title: to.title, periodStart: to.periodStart, periodEnd: to.periodEnd, targetModelCodes: to.targetModelCodes },
    ),
    ...fieldDiffs(from.facts.staff, to.facts.staff, 'facts.staff.'),
    ...fieldDiffs(from.facts.budget, to.facts.budget, 'facts.budget.'),
    ...fieldDiffs(from.facts.building, to.facts.building, 'facts.building.'),
  ];
  return {
    fromRevision,
    toRevision,
    plan,
    sections: planSections.map((section) => sectionDiff(section, from[section], to[section])),
  };
}

/** True when a comparison found no difference at all. */
export function isUnchanged(diff: PlanDiff): boolean {
  return diff.plan.length === 0 && diff.sections.every((section) => section.added.length + section.removed.length + section.changed.length === 0);
}
