import type { Language } from '../../contract/common';
import type { PdfContent } from '../pdf/pdf-layout';
import type { ReferenceLabel } from '../pdf/reference-labels';
import type { ReportData } from './report-context';
import { reportContext } from './report-context';
import { exitsSection, indicatorsSection } from './report-monitoring-sections';
import { baselineSection, factsSection, planSection, progressSection } from './report-plan-sections';
import { budgetSection, buildingSection, newServicesSection, trainingsSection } from './report-resource-sections';

/** Puts the plan, its execution and its indicators into labelled sections in `language`, the plan's title as the subject. */
export function reportContent(data: ReportData, language: Language, today: string, label: ReferenceLabel): PdfContent {
  const context = reportContext(language, today, label);
  const { labels } = context;
  const { plan, indicators } = data;
  return {
    language,
    institutionName: data.institution.name,
    institutionLine: `${labels.institutionCode}: ${data.institution.code}`,
    title: labels.title,
    subject: plan.title,
    generatedLine: `${labels.generatedOn}: ${context.date(today) ?? today}`,
    footer: labels.footer,
    blocks: [
      ...planSection(plan, context),
      ...baselineSection(plan.baseline, context),
      ...factsSection(plan.facts, context),
      ...progressSection(plan.phases, context),
      ...newServicesSection(plan, indicators, context),
      ...trainingsSection(plan, indicators, context),
      ...budgetSection(plan, indicators, context),
      ...buildingSection(plan, context),
      ...indicatorsSection(indicators, context),
      ...exitsSection(indicators, context),
    ],
  };
}
