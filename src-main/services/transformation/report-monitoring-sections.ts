import type { ComputedIndicator, IndicatorDashboard, ManualIndicator } from '../../contract/indicators';
import type { PdfBlock } from '../pdf/pdf-blocks';
import { lines, row, shown } from '../pdf/pdf-blocks';
import type { ReportContext } from './report-context';
import { heading, paragraph, subheading } from './report-context';

// Monitoring: every computed indicator against its baseline and target, the indicators kept by
// hand (marked as such), and where children went — transfers to another institution apart.

/** A computed indicator's value in its unit: "25%", "412 gün", "3". */
function valueIn(indicator: Pick<ComputedIndicator, 'unit'>, value: number, context: ReportContext): string {
  const { labels, number, percent } = context;
  switch (indicator.unit) {
    case 'percent':
      return percent(value);
    case 'days':
      return labels.indicators.days(number(value, 0));
    default:
      return number(value);
  }
}

/** Baseline, target and date, and the value now, of every computed indicator; then the manual ones. */
export function indicatorsSection(indicators: IndicatorDashboard, context: ReportContext): PdfBlock[] {
  const { labels, date, month } = context;
  const texts = labels.indicators;
  const currentMonth = context.today.slice(0, 7);
  const value = (indicator: ComputedIndicator, number: number | null): string => (number === null ? shown(null) : valueIn(indicator, number, context));
  return [
    heading(texts.sections.indicators),
    paragraph(texts.intro(month(indicators.baselineMonth), month(currentMonth))),
    {
      kind: 'table',
      columns: [
        { header: texts.columns.indicator, width: 31 },
        { header: texts.baselineIn(month(indicators.baselineMonth)), width: 15, align: 'right' },
        { header: texts.columns.target, width: 18, align: 'right' },
        { header: texts.columns.targetDate, width: 18 },
        { header: texts.currentIn(month(currentMonth)), width: 18, align: 'right' },
      ],
      rows: indicators.computed.map((indicator) => [
        // A transfer is never a family placement: the table says so where it counts them.
        lines([texts.names[indicator.code], indicator.code === 'exits_transfer' ? texts.notFamily : null]),
        value(indicator, indicator.baseline),
        indicator.target === null ? texts.noTarget : value(indicator, indicator.target.value),
        shown(date(indicator.target?.date ?? null)),
        value(indicator, indicator.current),
      ]),
    },
    ...manualSection(indicators.manual, context),
  ];
}

function manualSection(manual: readonly ManualIndicator[], context: ReportContext): PdfBlock[] {
  const { labels, date, month, number } = context;
  const texts = labels.indicators;
  const blocks: PdfBlock[] = [subheading(texts.sections.manual), paragraph(texts.manualIntro)];
  if (manual.length === 0) {
    return [...blocks, paragraph(texts.noManual)];
  }
  const valueOf = (indicator: ManualIndicator, value: number | null): string =>
    value === null ? shown(null) : indicator.unit === null ? number(value) : `${number(value)} ${indicator.unit}`;
  blocks.push({
    kind: 'table',
    columns: [
      { header: texts.columns.indicator, width: 31 },
      { header: texts.baseline, width: 15, align: 'right' },
      { header: texts.columns.target, width: 18, align: 'right' },
      { header: texts.columns.targetDate, width: 18 },
      { header: texts.columns.latest, width: 18, align: 'right' },
    ],
    rows: manual.map((indicator) => [
      lines([indicator.name, texts.manual]),
      valueOf(indicator, indicator.baseline),
      indicator.target === null ? texts.noTarget : valueOf(indicator, indicator.target.value),
      shown(date(indicator.target?.date ?? null)),
      indicator.current === null || indicator.currentMonth === null ? shown(null) : texts.latestIn(valueOf(indicator, indicator.current), month(indicator.currentMonth)),
    ]),
  });
  return blocks;
}

/** Exits over the indicators' months by destination — to a family, transfers, other — each by exit type. */
export function exitsSection(indicators: IndicatorDashboard, context: ReportContext): PdfBlock[] {
  const { labels, month, number, label } = context;
  const texts = labels.indicators.exits;
  // In the reference data's order, as the dashboard gives the types.
  const byType = new Map<string, { placement: 'family' | 'transfer' | 'none'; count: number }>();
  for (const { types } of indicators.exitsByType) {
    for (const type of types) {
      const sum = byType.get(type.code) ?? { placement: type.placement, count: 0 };
      sum.count += type.count;
      byType.set(type.code, sum);
    }
  }
  const group = (placement: 'family' | 'transfer' | 'none', note: string | null = null): string => {
    const types = [...byType].filter(([, sum]) => sum.placement === placement && sum.count > 0);
    const total = types.reduce((all, [, sum]) => all + sum.count, 0);
    return lines([number(total), ...types.map(([code, sum]) => texts.type(label('exit_type', code), sum.count)), note]);
  };
  return [
    heading(labels.indicators.sections.exits),
    paragraph(texts.intro(month(indicators.fromMonth), month(indicators.toMonth))),
    row(texts.family, group('family')),
    row(texts.transfer, group('transfer', labels.indicators.notFamily)),
    row(texts.other, group('none')),
  ];
}
