import type { Language } from '../../../contract/common';
import { calendarDate } from '../../../contract/dates';
import type { InstitutionOverview, NationalOverview, OverviewFigures, OverviewSum, TrendPoint } from '../../../contract/national-overview';
import type { PdfBlock, PdfColumn } from '../../pdf/pdf-blocks';
import { lines, row, shown } from '../../pdf/pdf-blocks';
import type { PdfContent } from '../../pdf/pdf-layout';
import { formatDocumentDate, formatDocumentMonth, formatNumber, formatPercent } from '../../pdf/pdf-text';
import { reportLabels } from '../../transformation/report-labels';
import type { SummaryLabels } from './summary-labels';
import { summaryLabels } from './summary-labels';

/*
 * The national overview as a printed summary: totals, regions, institutions, plans and the monthly
 * trend. A4 portrait holds six columns of numbers with readable headers, so the figures of a region
 * or an institution stand in two tables: the children now, and the events of the period.
 */

/** What the summary is made of: the overview, whose it is, and how region codes read. */
export type SummaryData = {
  overview: NationalOverview;
  ministryName: string;
  /** A region's name in the summary's language (the ministry's reference data). */
  regionName: (code: string) => string;
};

type Context = {
  language: Language;
  labels: SummaryLabels;
  count: (value: number) => string;
  month: (value: string) => string;
  /** The calendar day of an instant (ISO time), in words. */
  dayOf: (instant: string) => string;
  region: (code: string | null) => string;
};

// Dates stand in narrow cells: "2026 г." stays on one line.
const KEEP_YEAR = { keepYear: true };

function contextOf(data: SummaryData, language: Language): Context {
  const labels = summaryLabels[language];
  return {
    language,
    labels,
    count: (value) => formatNumber(value, language, 0),
    month: (value) => formatDocumentMonth(value, language, KEEP_YEAR),
    dayOf: (instant) => formatDocumentDate(calendarDate(new Date(instant)), language, KEEP_YEAR),
    region: (code) => (code === null ? labels.noRegion : data.regionName(code)),
  };
}

const heading = (text: string): PdfBlock => ({ kind: 'heading', text });
const subheading = (text: string): PdfBlock => ({ kind: 'subheading', text });
const paragraph = (text: string): PdfBlock => ({ kind: 'paragraph', text });
const number = (header: string, width = 14): PdfColumn => ({ header, width, align: 'right' });

/** The national overview in `language`, the ministry's name atop it. Aggregates only: no child is named. */
export function summaryContent(data: SummaryData, language: Language): PdfContent {
  const context = contextOf(data, language);
  const { labels, month } = context;
  const { overview } = data;
  return {
    language,
    institutionName: data.ministryName,
    institutionLine: labels.subtitle,
    title: labels.title,
    subject: labels.asOf(formatDocumentDate(overview.today, language)),
    generatedLine: labels.period(month(overview.fromMonth), month(overview.toMonth)),
    footer: labels.footer,
    blocks: [
      ...totalsSection(overview.totals, context),
      ...exitTypesSection(overview.totals.figures, context),
      ...regionsSection(overview, context),
      ...institutionsSection(overview, context),
      ...plansSection(overview.institutions, context),
      ...trendSection(overview.trends, context),
    ],
  };
}

function totalsSection(totals: OverviewSum, context: Context): PdfBlock[] {
  const { labels, count } = context;
  const { figures } = totals;
  const texts = labels.figures;
  return [
    heading(labels.sections.totals),
    paragraph(`${labels.sources} ${labels.secretNote}`),
    row(texts.institutions, count(totals.institutions)),
    row(texts.reporting, count(totals.reporting)),
    row(texts.childrenInResidence, count(figures.childrenInResidence)),
    row(texts.childrenWithDisability, count(figures.childrenWithDisability)),
    row(texts.childrenInInclusiveEducation, count(figures.childrenInInclusiveEducation)),
    row(texts.admissions, count(figures.admissions)),
    row(texts.diversions, count(figures.diversions)),
    row(texts.familyExits, count(figures.exits.family)),
    row(texts.transfers, count(figures.exits.transfer)),
    row(texts.otherExits, count(figures.exits.other)),
  ];
}

/** Every exit type counted nationally, by destination, transfers apart from family placements. */
function exitTypesSection(figures: OverviewFigures, context: Context): PdfBlock[] {
  const { labels, count, language } = context;
  const order = { family: 0, transfer: 1, none: 2 } as const;
  const types = [...figures.exits.byType].sort((a, b) => order[a.placement] - order[b.placement] || b.count - a.count);
  if (types.length === 0) {
    return [subheading(labels.sections.exitTypes), paragraph(labels.noExits)];
  }
  return [
    subheading(labels.sections.exitTypes),
    {
      kind: 'table',
      columns: [{ header: labels.columns.exitType, width: 50 }, { header: labels.columns.destination, width: 32 }, number(labels.columns.count, 18)],
      rows: types.map((type) => [type.labels?.[language] ?? type.code ?? labels.noExitType, labels.destinations[type.placement], count(type.count)]),
    },
    paragraph(labels.transfersNote),
  ];
}

/** The children now, as counted for a region or an institution. */
function childrenCells(figures: OverviewFigures | null, context: Context): string[] {
  const { count } = context;
  return figures === null
    ? [shown(null), shown(null), shown(null)]
    : [count(figures.childrenInResidence), count(figures.childrenWithDisability), count(figures.childrenInInclusiveEducation)];
}

/** The events of the period, as counted for a region or an institution. */
function eventCells(figures: OverviewFigures | null, context: Context): string[] {
  const { count } = context;
  return figures === null
    ? [shown(null), shown(null), shown(null), shown(null), shown(null)]
    : [count(figures.admissions), count(figures.diversions), count(figures.exits.family), count(figures.exits.transfer), count(figures.exits.other)];
}

function eventColumns(first: PdfColumn, labels: SummaryLabels): PdfColumn[] {
  const { columns } = labels;
  return [first, number(columns.admissions), number(columns.diversions), number(columns.familyExits), number(columns.transfers, 16), number(columns.otherExits)];
}

function regionsSection(overview: NationalOverview, context: Context): PdfBlock[] {
  const { labels, count, month } = context;
  const { columns } = labels;
  const regionColumn = { header: columns.region, width: 28 };
  return [
    heading(labels.sections.regions),
    subheading(labels.tables.children),
    {
      kind: 'table',
      columns: [regionColumn, number(columns.institutions, 18), number(columns.inResidence, 18), number(columns.disability, 18), number(columns.inclusive, 18)],
      rows: overview.regions.map((region) => [context.region(region.regionCode), `${count(region.reporting)} / ${count(region.institutions)}`, ...childrenCells(region.figures, context)]),
    },
    subheading(labels.tables.events(month(overview.fromMonth), month(overview.toMonth))),
    {
      kind: 'table',
      columns: eventColumns(regionColumn, labels),
      rows: overview.regions.map((region) => [context.region(region.regionCode), ...eventCells(region.figures, context)]),
    },
  ];
}

/** An institution as a table names it: name, then code and region on a line of their own. */
function institutionCell(institution: InstitutionOverview, context: Context): string {
  return lines([institution.name, `${institution.code} · ${context.region(institution.regionCode)}`]);
}

function progressOf(institution: InstitutionOverview, context: Context): string {
  const percent = institution.plan?.progressPercent ?? null;
  return percent === null ? shown(null) : formatPercent(percent, context.language);
}

function institutionsSection(overview: NationalOverview, context: Context): PdfBlock[] {
  const { labels, month, dayOf } = context;
  const { columns } = labels;
  if (overview.institutions.length === 0) {
    return [heading(labels.sections.institutions), paragraph(labels.noInstitutions)];
  }
  const source = (institution: InstitutionOverview): string =>
    institution.snapshot === null ? labels.noSnapshot : labels.snapshotOf(labels.profiles[institution.snapshot.profile], dayOf(institution.snapshot.createdAt));
  return [
    heading(labels.sections.institutions),
    subheading(labels.tables.children),
    {
      kind: 'table',
      columns: [
        { header: columns.institution, width: 20 },
        { header: columns.source, width: 19 },
        number(columns.inResidence, 15),
        number(columns.disability, 17),
        number(columns.inclusive, 15),
        number(columns.planProgress, 14),
      ],
      rows: overview.institutions.map((institution) => [
        institutionCell(institution, context),
        source(institution),
        ...childrenCells(institution.figures, context),
        progressOf(institution, context),
      ]),
    },
    subheading(labels.tables.events(month(overview.fromMonth), month(overview.toMonth))),
    {
      kind: 'table',
      columns: eventColumns({ header: columns.institution, width: 28 }, labels),
      rows: overview.institutions.map((institution) => [institutionCell(institution, context), ...eventCells(institution.figures, context)]),
    },
  ];
}

/** Each plan as its institution's newest plan-carrying bundle reported it. */
function plansSection(institutions: readonly InstitutionOverview[], context: Context): PdfBlock[] {
  const { labels, count, dayOf } = context;
  const { columns } = labels;
  const status = reportLabels[context.language].plan.status;
  const withPlan = institutions.flatMap((institution) => (institution.plan === null ? [] : [{ institution, plan: institution.plan }]));
  if (withPlan.length === 0) {
    return [heading(labels.sections.plans), paragraph(labels.noPlans)];
  }
  return [
    heading(labels.sections.plans),
    {
      kind: 'table',
      columns: [
        { header: columns.institution, width: 23 },
        { header: columns.status, width: 15 },
        { header: columns.planPeriod, width: 17 },
        number(columns.actionsDone, 15),
        number(columns.overdue, 15),
        number(columns.planProgress, 15),
      ],
      rows: withPlan.map(({ institution, plan }) => [
        lines([institution.name, `${institution.code} · ${labels.snapshotOf(labels.profiles[plan.bundle.profile], dayOf(plan.bundle.createdAt))}`]),
        status[plan.status],
        `${formatDocumentDate(plan.periodStart, context.language, KEEP_YEAR)} – ${formatDocumentDate(plan.periodEnd, context.language, KEEP_YEAR)}`,
        `${count(plan.actionsDone)} / ${count(plan.actionsTotal)}`,
        count(plan.actionsOverdue),
        progressOf(institution, context),
      ]),
    },
  ];
}

function trendSection(trends: readonly TrendPoint[], context: Context): PdfBlock[] {
  const { labels, count, month } = context;
  const { columns } = labels;
  return [
    heading(labels.sections.trend),
    paragraph(labels.trendNote),
    {
      kind: 'table',
      columns: [{ header: columns.month, width: 20 }, number(columns.reporting, 16), number(columns.inResidence, 16), number(columns.familyExits, 16), number(columns.transfers, 16), number(columns.otherExits, 16)],
      rows: trends.map((point) => [month(point.month), count(point.reporting), count(point.childrenInResidence), count(point.familyExits), count(point.transfers), count(point.otherExits)]),
    },
  ];
}
