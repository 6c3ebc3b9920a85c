import type { NationalOverview } from '@contract/national-overview';
import { SimpleGrid, Stack, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { chartColours, exitColourOf } from '../indicators/chart-colours';
import type { CountRow } from './CountBarChart';
import { CountBarChart } from './CountBarChart';
import { useOverviewText } from './useOverviewText';

/** Colours of the children's bars: those in residence, then the two groups among them. */
const CHILDREN_COLOURS = {
  childrenInResidence: 'var(--mantine-color-blue-7)',
  childrenWithDisability: 'var(--mantine-color-grape-6)',
  childrenInInclusiveEducation: 'var(--mantine-color-cyan-6)',
} as const;

/**
 * The regions side by side: children in residence, admissions against diversions, and exits by
 * destination with transfers apart, each a chart with its table.
 */
export function RegionCharts({ overview }: { overview: NationalOverview }) {
  const { t } = useTranslation();
  const text = useOverviewText();
  const headingId = useId();
  const { number } = text;
  const period = { from: text.month(overview.fromMonth), to: text.month(overview.toMonth) };
  const rows: CountRow[] = overview.regions.map((region) => {
    const { figures } = region;
    return {
      key: region.regionCode ?? '',
      name: text.region(region.regionCode),
      counts: {
        childrenInResidence: figures.childrenInResidence,
        childrenWithDisability: figures.childrenWithDisability,
        childrenInInclusiveEducation: figures.childrenInInclusiveEducation,
        admissions: figures.admissions,
        diversions: figures.diversions,
        family: figures.exits.family,
        transfer: figures.exits.transfer,
        other: figures.exits.other,
      },
    };
  });
  const { figures } = overview.totals;
  const rowHeader = t('ministryOverview.table.region');
  const childrenTitle = t('ministryOverview.regions.children.title');
  const gatekeepingTitle = t('ministryOverview.regions.gatekeeping.title');
  const exitsTitle = t('ministryOverview.regions.exits.title');
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} size="h3" id={headingId}>
        {t('ministryOverview.regions.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <CountBarChart
          title={childrenTitle}
          intro={t('ministryOverview.regions.children.intro')}
          chartLabel={t('ministryOverview.regions.children.chartLabel', {
            list: rows.map((row) => t('ministryOverview.regions.listItem', { region: row.name, count: number(row.counts.childrenInResidence ?? 0) })).join('; '),
          })}
          rowHeader={rowHeader}
          rows={rows}
          bars="across"
          series={(['childrenInResidence', 'childrenWithDisability', 'childrenInInclusiveEducation'] as const).map((key) => ({
            key,
            name: t(`ministryOverview.figures.${key}`),
            colour: CHILDREN_COLOURS[key],
          }))}
        />
        <CountBarChart
          title={gatekeepingTitle}
          intro={t('ministryOverview.regions.gatekeeping.intro', period)}
          chartLabel={t('ministryOverview.regions.gatekeeping.chartLabel', {
            ...period,
            admissions: number(figures.admissions),
            diversions: number(figures.diversions),
          })}
          rowHeader={rowHeader}
          rows={rows}
          bars="across"
          series={(['admissions', 'diversions'] as const).map((key) => ({ key, name: t(`ministryOverview.figures.${key}`), colour: chartColours[key] }))}
        />
        <CountBarChart
          title={exitsTitle}
          intro={t('ministryOverview.regions.exits.intro', period)}
          chartLabel={t('ministryOverview.regions.exits.chartLabel', {
            ...period,
            family: number(figures.exits.family),
            transfer: number(figures.exits.transfer),
            other: number(figures.exits.other),
          })}
          rowHeader={rowHeader}
          rows={rows}
          bars="across"
          series={[
            { key: 'family', name: t('ministryOverview.figures.familyExits'), colour: exitColourOf('family', 0) },
            { key: 'transfer', name: t('ministryOverview.exits.transfer'), colour: exitColourOf('transfer', 0) },
            { key: 'other', name: t('ministryOverview.figures.otherExits'), colour: exitColourOf('none', 0) },
          ]}
        />
      </SimpleGrid>
    </Stack>
  );
}
