import { Center, Group, Loader, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FigureCards } from './FigureCards';
import { InstitutionsTable } from './InstitutionsTable';
import { OverviewTrend } from './OverviewTrend';
import { RegionCharts } from './RegionCharts';
import { SummaryPdfButton } from './SummaryPdfButton';
import { useOverviewText } from './useOverviewText';

/** How many months of trend the analyst may ask for. */
const TREND_MONTHS = ['12', '24', '36'] as const;
type TrendMonths = (typeof TREND_MONTHS)[number];

const isTrendMonths = (value: string): value is TrendMonths => (TREND_MONTHS as readonly string[]).includes(value);

/**
 * The ministry's national overview (route `/`): totals as cards, the regions and the monthly trend
 * as charts with tables, every institution with a link to its page, and the PDF summary. Figures
 * come from each institution's newest bundle; the page says so, and what named bundles leave out.
 */
export function OverviewPage() {
  const { t } = useTranslation();
  const text = useOverviewText();
  const [months, setMonths] = useState<TrendMonths>('12');
  const overview = useProcedureQuery('ministry.overview', { months: Number(months) }, { placeholderData: keepPreviousData });
  const notesId = useId();
  const totalsId = useId();
  const institutionsId = useId();
  const data = overview.data;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('ministryOverview.title')}</Title>
          {data !== undefined && (
            <Text c="dimmed">
              {t('ministryOverview.intro', { date: text.date(data.today), from: text.month(data.fromMonth), to: text.month(data.toMonth) })}
            </Text>
          )}
        </div>
        <SummaryPdfButton months={Number(months)} />
      </Group>
      <Paper role="note" aria-labelledby={notesId} withBorder radius="md" p="md" bg="var(--mantine-color-blue-light)">
        <Text id={notesId} fw={600} size="sm">
          {t('ministryOverview.notes.title')}
        </Text>
        <Text size="sm">{t('ministryOverview.notes.sources')}</Text>
        <Text size="sm">{t('ministryOverview.notes.secret')}</Text>
      </Paper>
      <Radio.Group
        label={t('ministryOverview.months.label')}
        value={months}
        onChange={(value) => {
          if (isTrendMonths(value)) {
            setMonths(value);
          }
        }}
      >
        <Group gap="lg" mt="xs">
          {TREND_MONTHS.map((value) => (
            <Radio key={value} value={value} label={t(`ministryOverview.months.${value}`)} />
          ))}
        </Group>
      </Radio.Group>
      <ErrorAlert error={overview.error} />
      {overview.isPending && (
        <Center>
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {data !== undefined && (
        <>
          <Stack component="section" aria-labelledby={totalsId} gap="sm">
            <Title order={2} size="h3" id={totalsId}>
              {t('ministryOverview.totals.title')}
            </Title>
            <FigureCards
              figures={data.totals.figures}
              before={[
                { key: 'institutions', label: t('ministryOverview.figures.institutions'), value: text.number(data.totals.institutions) },
                { key: 'reporting', label: t('ministryOverview.figures.reporting'), value: text.number(data.totals.reporting) },
              ]}
            />
          </Stack>
          <RegionCharts overview={data} />
          <OverviewTrend trends={data.trends} />
          <Stack component="section" aria-labelledby={institutionsId} gap="sm">
            <div>
              <Title order={2} size="h3" id={institutionsId}>
                {t('ministryOverview.institutions.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('ministryOverview.institutions.intro')}
              </Text>
            </div>
            <Paper withBorder radius="md" p="md">
              {data.institutions.length === 0 ? <Text c="dimmed">{t('ministryOverview.institutions.empty')}</Text> : <InstitutionsTable institutions={data.institutions} />}
            </Paper>
          </Stack>
        </>
      )}
    </Stack>
  );
}
