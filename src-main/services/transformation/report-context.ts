import type { Language } from '../../contract/common';
import { calendarDate } from '../../contract/dates';
import type { IndicatorDashboard } from '../../contract/indicators';
import type { InstitutionProfile } from '../../contract/institution';
import { contractMessages } from '../../contract/messages';
import type { PlanPhase, TransformationPlan } from '../../contract/transformation-views';
import type { PdfBlock } from '../pdf/pdf-blocks';
import { formatAzn, formatDocumentDate, formatDocumentMonth, formatNumber, formatPercent } from '../pdf/pdf-text';
import type { ReferenceLabel } from '../pdf/reference-labels';
import type { ReportLabels } from './report-labels';
import { reportLabels } from './report-labels';

/** Everything the report shows, read through the plan's and the indicators' own services. */
export type ReportData = {
  institution: InstitutionProfile;
  plan: TransformationPlan;
  indicators: IndicatorDashboard;
};

/** What every section builder needs: the texts and the ways of writing values, in one language. */
export type ReportContext = {
  language: Language;
  labels: ReportLabels;
  /** The day the report is made, `YYYY-MM-DD`. */
  today: string;
  /** `YYYY-MM-DD` in words; null stays null (a row shows it as a dash). */
  date: (value: string | null) => string | null;
  /** The calendar day of an instant (ISO time), in words. */
  dayOf: (instant: string) => string;
  /** `YYYY-MM` in words. */
  month: (value: string) => string;
  number: (value: number, fractionDigits?: number) => string;
  percent: (value: number) => string;
  /** Whole qəpik as manat. */
  azn: (qepik: number) => string;
  label: ReferenceLabel;
  /** A phase's own title, or its template component's name. */
  phaseName: (phase: Pick<PlanPhase, 'componentCode' | 'customTitle'>) => string;
};

/** The report's context in `language`, made on `today`; `label` names reference codes. */
export function reportContext(language: Language, today: string, label: ReferenceLabel): ReportContext {
  const components = contractMessages[language].transformationComponents;
  // The report's dates stand in narrow table cells: "2026 г." stays on one line.
  const style = { keepYear: true };
  const date = (value: string | null): string | null => (value === null ? null : formatDocumentDate(value, language, style));
  return {
    language,
    labels: reportLabels[language],
    today,
    date,
    dayOf: (instant) => formatDocumentDate(calendarDate(new Date(instant)), language, style),
    month: (value) => formatDocumentMonth(value, language, style),
    number: (value, fractionDigits) => formatNumber(value, language, fractionDigits),
    percent: (value) => formatPercent(value, language),
    azn: (qepik) => formatAzn(qepik, language),
    label,
    phaseName: (phase) => phase.customTitle ?? (phase.componentCode === null ? '' : components[phase.componentCode]),
  };
}

/** A section's heading. */
export function heading(text: string): PdfBlock {
  return { kind: 'heading', text };
}

/** A heading inside a section. */
export function subheading(text: string): PdfBlock {
  return { kind: 'subheading', text };
}

/** Running text. */
export function paragraph(text: string): PdfBlock {
  return { kind: 'paragraph', text };
}
