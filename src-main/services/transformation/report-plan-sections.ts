import type { PlanAction, PlanBaseline, PlanFacts, PlanPhase, TransformationPlan } from '../../contract/transformation-views';
import type { PdfBlock } from '../pdf/pdf-blocks';
import { lines, row, shown } from '../pdf/pdf-blocks';
import type { ReportContext } from './report-context';
import { heading, paragraph, subheading } from './report-context';

// The plan itself: its title and status, approvals, the counted baseline, the director's facts, and
// how far each phase's actions have come.

/** Status, period, target models, revision and approval; changes not yet approved said plainly. */
export function planSection(plan: TransformationPlan, context: ReportContext): PdfBlock[] {
  const { labels, date, dayOf, label } = context;
  const texts = labels.plan;
  const { fields } = texts;
  const blocks: PdfBlock[] = [
    heading(labels.sections.plan),
    row(fields.status, texts.status[plan.status]),
    row(fields.period, texts.period(date(plan.periodStart) ?? '', date(plan.periodEnd) ?? '')),
    row(fields.targetModels, lines(plan.targetModelCodes.map((code) => label('service_model', code)))),
    row(fields.revision, texts.revision(plan.revision)),
    row(
      fields.approval,
      plan.approval === null
        ? texts.notApproved
        : texts.approvedBy(plan.approval.number, plan.approval.approvedByName ?? texts.unknownUser, dayOf(plan.approval.approvedAt)),
    ),
    row(fields.created, texts.createdBy(plan.createdByName ?? texts.unknownUser, dayOf(plan.createdAt))),
  ];
  if (plan.startedAt !== null) {
    blocks.push(row(fields.started, dayOf(plan.startedAt)));
  }
  if (plan.completedAt !== null) {
    blocks.push(row(fields.completed, dayOf(plan.completedAt)));
  }
  // A completed plan no longer changes: whatever was left unapproved stays so, and is no warning.
  if (plan.unapprovedChanges && plan.status !== 'completed') {
    blocks.push(
      subheading(texts.unapprovedTitle),
      paragraph(plan.approval === null ? texts.unapprovedDraft : texts.unapprovedChanges(plan.approval.number, plan.revision)),
    );
  }
  return blocks;
}

/** The children counted the day the plan was made: by age group and sex, disability, legal status, admission reasons, family contact. */
export function baselineSection(baseline: PlanBaseline, context: ReportContext): PdfBlock[] {
  const { labels, date, number, percent, label } = context;
  const texts = labels.baseline;
  const ofAll = (count: number): string => (baseline.total === 0 ? number(count) : texts.share(number(count), percent((count * 100) / baseline.total)));
  const counts = (items: readonly { code: string; count: number }[], kind: 'legal_status' | 'admission_reason'): PdfBlock[] =>
    items.length === 0 ? [paragraph(labels.none)] : items.map((item) => row(label(kind, item.code), number(item.count)));
  const boys = baseline.byAgeGroup.reduce((sum, group) => sum + group.male, 0);
  const girls = baseline.byAgeGroup.reduce((sum, group) => sum + group.female, 0);
  return [
    heading(labels.sections.baseline),
    paragraph(texts.asOf(date(baseline.asOf) ?? baseline.asOf)),
    row(texts.children, number(baseline.total)),
    row(texts.withDisability, ofAll(baseline.withDisability)),
    row(texts.withFamilyContact, ofAll(baseline.withFamilyContact)),
    paragraph(texts.contactNote),
    subheading(texts.byAge),
    {
      kind: 'table',
      columns: [
        { header: texts.ageGroup, width: 40 },
        { header: texts.boys, width: 20, align: 'right' },
        { header: texts.girls, width: 20, align: 'right' },
        { header: labels.total, width: 20, align: 'right' },
      ],
      rows: [
        ...baseline.byAgeGroup.map((group) => [texts.ageGroups[group.group], number(group.male), number(group.female), number(group.male + group.female)]),
        [texts.allChildren, number(boys), number(girls), number(baseline.total)],
      ],
    },
    subheading(texts.byLegalStatus),
    ...counts(baseline.byLegalStatus, 'legal_status'),
    subheading(texts.byAdmissionReason),
    ...counts(baseline.byAdmissionReason, 'admission_reason'),
    paragraph(texts.reasonsNote),
  ];
}

/** Staff, budget (manat) and building, as the director entered them; a fact not entered shows as a dash. */
export function factsSection(facts: PlanFacts, context: ReportContext): PdfBlock[] {
  const { labels, number, azn } = context;
  const texts = labels.facts;
  const { fields } = texts;
  const count = (value: number | null): string | null => (value === null ? null : number(value));
  const { staff, budget, building } = facts;
  return [
    heading(labels.sections.facts),
    subheading(texts.staff),
    row(fields.staffTotal, count(staff.total)),
    row(fields.care, count(staff.care)),
    row(fields.teachers, count(staff.teachers)),
    row(fields.medical, count(staff.medical)),
    row(fields.other, count(staff.other)),
    subheading(texts.budget),
    // A year is a name, not an amount: no thousands separator.
    row(fields.year, budget.year),
    row(fields.annual, budget.annualQepik === null ? null : azn(budget.annualQepik)),
    subheading(texts.building),
    row(fields.places, count(building.places)),
    row(fields.floorArea, building.floorAreaM2 === null ? null : texts.squareMetres(number(building.floorAreaM2, 2))),
    row(fields.buildings, count(building.buildings)),
    row(fields.condition, building.condition),
  ];
}

/** Actions done and average progress of each phase and of the whole plan. */
function phaseProgress(actions: readonly PlanAction[]): { done: number; total: number; average: number | null } {
  const total = actions.length;
  const done = actions.filter((action) => action.status === 'done').length;
  return { done, total, average: total === 0 ? null : Math.round(actions.reduce((sum, action) => sum + action.progress, 0) / total) };
}

/** Progress by phase, then every phase's actions: owner, dates, status, progress, milestone, overdue. */
export function progressSection(phases: readonly PlanPhase[], context: ReportContext): PdfBlock[] {
  const { labels, percent, phaseName } = context;
  const texts = labels.progress;
  const progressRow = (name: string, actions: readonly PlanAction[]): string[] => {
    const { done, total, average } = phaseProgress(actions);
    return [name, texts.doneOf(done, total), average === null ? texts.noActions : percent(average)];
  };
  const blocks: PdfBlock[] = [
    heading(labels.sections.progress),
    {
      kind: 'table',
      columns: [
        { header: texts.phase, width: 56 },
        { header: texts.done, width: 22, align: 'right' },
        { header: texts.average, width: 22, align: 'right' },
      ],
      rows: [
        ...phases.map((phase, index) => progressRow(texts.numbered(index + 1, phaseName(phase)), phase.actions)),
        progressRow(texts.whole, phases.flatMap((phase) => phase.actions)),
      ],
    },
  ];
  phases.forEach((phase, index) => {
    blocks.push(subheading(texts.numbered(index + 1, phaseName(phase))));
    blocks.push(phase.actions.length === 0 ? paragraph(texts.noActions) : actionsTable(phase.actions, context));
  });
  return blocks;
}

function actionsTable(actions: readonly PlanAction[], context: ReportContext): PdfBlock {
  const { labels, date, percent } = context;
  const texts = labels.progress;
  const { columns } = texts;
  return {
    kind: 'table',
    columns: [
      { header: columns.action, width: 30 },
      { header: columns.owner, width: 15 },
      { header: columns.start, width: 13 },
      { header: columns.due, width: 13 },
      { header: columns.status, width: 18 },
      { header: columns.progress, width: 11, align: 'right' },
    ],
    rows: actions.map((action) => [
      lines([action.title, action.milestone ? texts.milestone : null]),
      shown(action.owner),
      shown(date(action.startDate)),
      shown(date(action.dueDate)),
      lines([texts.status[action.status], date(action.doneDate), action.overdue ? texts.overdue : null]),
      percent(action.progress),
    ]),
  };
}
