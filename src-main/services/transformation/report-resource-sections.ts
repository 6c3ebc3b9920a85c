import type { IndicatorCode } from '../../contract/indicator-catalogue';
import type { IndicatorDashboard } from '../../contract/indicators';
import type { TransformationPlan } from '../../contract/transformation-views';
import type { PdfBlock } from '../pdf/pdf-blocks';
import { lines, row, shown } from '../pdf/pdf-blocks';
import type { ReportContext } from './report-context';
import { heading, paragraph } from './report-context';

// Where the institution's resources go: new services, staff retrained, money moved, the building.
// The totals that are also indicators (places opened, staff retrained, share of budget moved) are
// the indicators' current values, so the report and the indicator screen never disagree.

/** An indicator's value now, or null when it has none. */
function currentOf(indicators: IndicatorDashboard, code: IndicatorCode): number | null {
  return indicators.computed.find((indicator) => indicator.code === code)?.current ?? null;
}

/** Each new service, planned and opened: type, capacity, dates, places opened; the places in all. */
export function newServicesSection(plan: TransformationPlan, indicators: IndicatorDashboard, context: ReportContext): PdfBlock[] {
  const { labels, date, number, label } = context;
  const texts = labels.newServices;
  const { columns } = texts;
  const blocks: PdfBlock[] = [heading(labels.sections.newServices)];
  if (plan.newServices.length === 0) {
    return [...blocks, paragraph(labels.none)];
  }
  const opened = currentOf(indicators, 'service_capacity_opened');
  blocks.push(
    {
      kind: 'table',
      columns: [
        { header: columns.service, width: 32 },
        { header: columns.capacity, width: 12, align: 'right' },
        { header: columns.plannedOpening, width: 19 },
        { header: columns.opened, width: 19 },
        { header: columns.openedPlaces, width: 18, align: 'right' },
      ],
      rows: plan.newServices.map((service) => [
        lines([
          service.name,
          label('service_type', service.serviceTypeCode),
          service.serviceName === null || service.serviceName === service.name ? null : texts.registerEntry(service.serviceName),
        ]),
        number(service.capacity),
        shown(date(service.plannedOpeningDate)),
        date(service.openedDate) ?? texts.notOpened,
        service.openedDate === null ? shown(null) : number(service.openedCapacity ?? service.capacity),
      ]),
    },
    row(texts.plannedPlaces, number(plan.newServices.reduce((sum, service) => sum + service.capacity, 0))),
    row(texts.openedPlaces, opened === null ? null : number(opened)),
  );
  return blocks;
}

/** Each retraining: who, which training, the new role, when completed and how long; people retrained and hours in all. */
export function trainingsSection(plan: TransformationPlan, indicators: IndicatorDashboard, context: ReportContext): PdfBlock[] {
  const { labels, date, number } = context;
  const texts = labels.trainings;
  const { columns } = texts;
  const blocks: PdfBlock[] = [heading(labels.sections.trainings)];
  if (plan.trainings.length === 0) {
    return [...blocks, paragraph(labels.none)];
  }
  const retrained = currentOf(indicators, 'staff_retrained');
  const hours = plan.trainings.reduce((sum, training) => sum + (training.completedDate === null ? 0 : (training.hours ?? 0)), 0);
  blocks.push(
    {
      kind: 'table',
      columns: [
        { header: columns.person, width: 20 },
        { header: columns.training, width: 30 },
        { header: columns.newRole, width: 18 },
        { header: columns.completed, width: 20 },
        { header: columns.hours, width: 12, align: 'right' },
      ],
      rows: plan.trainings.map((training) => [
        training.person,
        training.training,
        shown(training.newRole),
        date(training.completedDate) ?? texts.notCompleted,
        training.hours === null ? shown(null) : number(training.hours),
      ]),
    },
    row(texts.peopleRetrained, retrained === null ? null : number(retrained)),
    row(texts.hours, number(hours)),
  );
  return blocks;
}

/** Each budget line, planned and moved (manat), the totals, and the share moved. */
export function budgetSection(plan: TransformationPlan, indicators: IndicatorDashboard, context: ReportContext): PdfBlock[] {
  const { labels, date, azn, percent } = context;
  const texts = labels.budget;
  const { columns } = texts;
  const blocks: PdfBlock[] = [heading(labels.sections.budget)];
  if (plan.budgetLines.length === 0) {
    return [...blocks, paragraph(labels.none)];
  }
  const share = currentOf(indicators, 'budget_moved_share');
  const planned = plan.budgetLines.reduce((sum, line) => sum + line.plannedQepik, 0);
  const moved = plan.budgetLines.reduce((sum, line) => sum + line.movedQepik, 0);
  blocks.push(
    {
      kind: 'table',
      columns: [
        { header: columns.line, width: 38 },
        { header: columns.planned, width: 22, align: 'right' },
        { header: columns.moved, width: 22, align: 'right' },
        { header: columns.movedOn, width: 18 },
      ],
      rows: [
        ...plan.budgetLines.map((line) => [line.title, azn(line.plannedQepik), azn(line.movedQepik), shown(date(line.movedDate))]),
        [labels.total, azn(planned), azn(moved), ''],
      ],
    },
    row(texts.share, share === null ? null : percent(share)),
    paragraph(texts.shareNote),
  );
  return blocks;
}

/** Each part of the building to repurpose: current and new use, due date, how it stands. */
export function buildingSection(plan: TransformationPlan, context: ReportContext): PdfBlock[] {
  const { labels, date } = context;
  const texts = labels.building;
  const { columns } = texts;
  const blocks: PdfBlock[] = [heading(labels.sections.building)];
  if (plan.buildingItems.length === 0) {
    return [...blocks, paragraph(labels.none)];
  }
  blocks.push({
    kind: 'table',
    columns: [
      { header: columns.space, width: 22 },
      { header: columns.currentUse, width: 22 },
      { header: columns.newUse, width: 24 },
      { header: columns.due, width: 16 },
      { header: columns.status, width: 16 },
    ],
    rows: plan.buildingItems.map((item) => [item.space, shown(item.currentUse), item.newUse, shown(date(item.dueDate)), texts.status[item.status]]),
  });
  return blocks;
}
