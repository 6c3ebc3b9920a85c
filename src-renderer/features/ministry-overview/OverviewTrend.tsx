import type { TrendPoint } from '@contract/national-overview';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { exitColourOf } from '../indicators/chart-colours';
import { IndicatorChart } from '../indicators/IndicatorChart';
import { MonthTable } from '../indicators/MonthTable';
import { TableAlternative } from '../indicators/TableAlternative';
import { CountBarChart } from './CountBarChart';
import { useOverviewText } from './useOverviewText';

const CHILDREN_COLOUR = 'var(--mantine-color-blue-7)';

/**
 * The national trend month by month: children in residence (with how many institutions had
 * reported by then), and exits by destination, transfers apart. Each chart has its table.
 */
export function OverviewTrend({ trends }: { trends: readonly TrendPoint[] }) {
  const { t } = useTranslation();
  const text = useOverviewText();
  const headingId = useId();
  const childrenId = useId();
  const { number } = text;
  const first = trends[0];
  const last = trends.at(-1);
  if (first === undefined || last === undefined) {
    return null;
  }
  const period = { from: text.month(first.month), to: text.month(last.month) };
  const total = (key: 'familyExits' | 'transfers' | 'otherExits') => number(trends.reduce((sum, point) => sum + point[key], 0));
  const childrenTitle = t('ministryOverview.trend.children.title');
  const exitsTitle = t('ministryOverview.trend.exits.title');
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <div>
        <Title order={2} size="h3" id={headingId}>
          {t('ministryOverview.trend.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('ministryOverview.trend.intro')}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Paper component="section" aria-labelledby={childrenId} withBorder radius="md" p="md">
          <Stack gap="sm">
            <Title order={3} size="h4" id={childrenId}>
              {childrenTitle}
            </Title>
            <IndicatorChart
              name={t('ministryOverview.figures.childrenInResidence')}
              series={trends.map((point) => ({ month: point.month, value: point.childrenInResidence }))}
              unit="children"
              baseline={null}
              target={null}
              colour={CHILDREN_COLOUR}
              label={t('ministryOverview.trend.children.chartLabel', {
                ...period,
                first: number(first.childrenInResidence),
                last: number(last.childrenInResidence),
              })}
            />
            <TableAlternative name={childrenTitle}>
              <MonthTable
                caption={childrenTitle}
                rows={trends}
                columns={[
                  { key: 'children', header: t('ministryOverview.figures.childrenInResidence'), cell: (point: TrendPoint) => number(point.childrenInResidence) },
                  { key: 'reporting', header: t('ministryOverview.figures.reporting'), cell: (point: TrendPoint) => number(point.reporting) },
                ]}
              />
            </TableAlternative>
          </Stack>
        </Paper>
        <CountBarChart
          title={exitsTitle}
          intro={t('ministryOverview.trend.exits.intro')}
          chartLabel={t('ministryOverview.trend.exits.chartLabel', {
            ...period,
            family: total('familyExits'),
            transfer: total('transfers'),
            other: total('otherExits'),
          })}
          rowHeader={t('ministryOverview.table.month')}
          rows={trends.map((point) => ({
            key: point.month,
            name: text.month(point.month),
            shortName: text.shortMonth(point.month),
            counts: { family: point.familyExits, transfer: point.transfers, other: point.otherExits },
          }))}
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
