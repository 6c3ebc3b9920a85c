import { describe, expect, it } from 'vitest';

import { compareSnapshots, isUnchanged } from './transformation-compare';
import type { PlanSnapshot } from './transformation-views';
import { planSections } from './transformation-views';

const approved: PlanSnapshot = {
  format: 1,
  title: 'Transformasiya planı 2027–2029',
  periodStart: '2027-01-01',
  periodEnd: '2029-12-31',
  targetModelCodes: ['day_care_centre', 'family_support'],
  facts: {
    staff: { total: 60, care: 30, teachers: 15, medical: 5, other: 10 },
    budget: { year: 2026, annualQepik: 120_000_000 },
    building: { places: 120, floorAreaM2: 2400.5, buildings: 2, condition: null },
  },
  phases: [
    { id: 'p1', componentCode: 'baseline', customTitle: null, position: 1 },
    { id: 'p2', componentCode: 'new_services', customTitle: null, position: 2 },
  ],
  actions: [
    { id: 'a1', phaseId: 'p1', title: 'Məlumatları yoxlamaq', owner: null, startDate: null, dueDate: '2027-02-01', milestone: false, dependsOn: [] },
    { id: 'a2', phaseId: 'p2', title: 'Mərkəzi açmaq', owner: 'Direktor', startDate: null, dueDate: '2027-09-01', milestone: true, dependsOn: ['a1'] },
  ],
  newServices: [{ id: 's1', name: 'Günərzi mərkəz', serviceTypeCode: 'day_care', capacity: 25, plannedOpeningDate: '2027-09-01' }],
  trainings: [],
  budgetLines: [{ id: 'b1', title: 'Günərzi mərkəzin xərcləri', plannedQepik: 5_000_000 }],
  buildingItems: [],
};

const sectionOf = (diff: ReturnType<typeof compareSnapshots>, name: string) => diff.sections.find((section) => section.section === name)!;

describe('comparing two revisions of a plan', () => {
  it('finds nothing between a snapshot and itself, and still lists every section', () => {
    const diff = compareSnapshots(approved, structuredClone(approved), 1, 'current');
    expect(isUnchanged(diff)).toBe(true);
    expect(diff).toMatchObject({ fromRevision: 1, toRevision: 'current', plan: [] });
    expect(diff.sections.map((section) => section.section)).toEqual([...planSections]);
  });

  it('names the plan fields and facts that changed, with before and after', () => {
    const later: PlanSnapshot = {
      ...approved,
      periodEnd: '2030-06-30',
      targetModelCodes: ['day_care_centre', 'family_support', 'small_group_home'],
      facts: { ...approved.facts, staff: { ...approved.facts.staff, total: 62, other: 12 }, building: { ...approved.facts.building, condition: 'Təmir lazımdır' } },
    };
    const diff = compareSnapshots(approved, later, 1, 2);
    expect(diff.plan).toEqual([
      { field: 'periodEnd', before: '2029-12-31', after: '2030-06-30' },
      { field: 'targetModelCodes', before: ['day_care_centre', 'family_support'], after: ['day_care_centre', 'family_support', 'small_group_home'] },
      { field: 'facts.staff.total', before: 60, after: 62 },
      { field: 'facts.staff.other', before: 10, after: 12 },
      { field: 'facts.building.condition', before: null, after: 'Təmir lazımdır' },
    ]);
    expect(isUnchanged(diff)).toBe(false);
  });

  it('matches items by id: a renamed item is changed, a new id is added, a missing one removed', () => {
    const later: PlanSnapshot = {
      ...approved,
      phases: [
        { id: 'p2', componentCode: 'new_services', customTitle: 'Yeni xidmətlərin açılması', position: 1 },
        { id: 'p1', componentCode: 'baseline', customTitle: null, position: 2 },
      ],
      actions: [
        { ...approved.actions[1]!, dueDate: '2027-10-01', dependsOn: [] },
        { id: 'a3', phaseId: 'p2', title: 'Valideynlərlə görüş', owner: null, startDate: null, dueDate: null, milestone: false, dependsOn: [] },
      ],
      budgetLines: [],
      trainings: [{ id: 't1', person: 'Leyla Həsənova', training: 'Sosial iş', newRole: 'Sosial işçi' }],
    };
    const diff = compareSnapshots(approved, later, 1, 'current');
    expect(diff.plan).toEqual([]);
    expect(sectionOf(diff, 'phases').changed).toEqual([
      { id: 'p2', label: 'Yeni xidmətlərin açılması', changes: [{ field: 'customTitle', before: null, after: 'Yeni xidmətlərin açılması' }, { field: 'position', before: 2, after: 1 }] },
      { id: 'p1', label: null, changes: [{ field: 'position', before: 1, after: 2 }] },
    ]);
    const actions = sectionOf(diff, 'actions');
    expect(actions.changed).toEqual([
      { id: 'a2', label: 'Mərkəzi açmaq', changes: [{ field: 'dueDate', before: '2027-09-01', after: '2027-10-01' }, { field: 'dependsOn', before: ['a1'], after: [] }] },
    ]);
    expect(actions.added).toEqual([
      { id: 'a3', label: 'Valideynlərlə görüş', fields: { phaseId: 'p2', title: 'Valideynlərlə görüş', owner: null, startDate: null, dueDate: null, milestone: false, dependsOn: [] } },
    ]);
    expect(actions.removed.map((item) => [item.id, item.label])).toEqual([['a1', 'Məlumatları yoxlamaq']]);
    expect(sectionOf(diff, 'budgetLines')).toEqual({
      section: 'budgetLines',
      added: [],
      removed: [{ id: 'b1', label: 'Günərzi mərkəzin xərcləri', fields: { title: 'Günərzi mərkəzin xərcləri', plannedQepik: 5_000_000 } }],
      changed: [],
    });
    expect(sectionOf(diff, 'trainings').added).toEqual([
      { id: 't1', label: 'Leyla Həsənova', fields: { person: 'Leyla Həsənova', training: 'Sosial iş', newRole: 'Sosial işçi' } },
    ]);
    expect(sectionOf(diff, 'newServices')).toMatchObject({ added: [], removed: [], changed: [] });
  });

  it('reads the comparison the other way round as the mirror image', () => {
    const later: PlanSnapshot = { ...approved, title: 'Yeni ad', newServices: [] };
    const forward = compareSnapshots(approved, later, 1, 2);
    const backward = compareSnapshots(later, approved, 2, 1);
    expect(backward.plan).toEqual([{ field: 'title', before: 'Yeni ad', after: approved.title }]);
    expect(sectionOf(forward, 'newServices').removed).toEqual(sectionOf(backward, 'newServices').added);
  });
});
