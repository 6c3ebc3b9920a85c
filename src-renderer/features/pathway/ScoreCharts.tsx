import { Group, Paper, SimpleGrid, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useDateText } from '../resident/useDateText';
import type { DomainSeries } from './score-series';
import { ScoreChart } from './ScoreChart';
import { ScoreText } from './ScoreText';

/**
 * The scores of each domain over time: a small chart per domain or, switched to tables, the same
 * numbers as plain tables (for print, screen readers, or reading exact values).
 */
export function ScoreCharts({ series, domainLabel }: { series: readonly DomainSeries[]; domainLabel: (code: string) => string }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const headingId = useId();
  const [asTables, setAsTables] = useState(false);
  const inline = (score: number) => t('pathway.scoreInline', { score, meaning: t(`pathway.scores.${score}`) });

  /** The sentence a screen reader hears for a domain's chart. */
  const summary = ({ domainCode, points }: DomainSeries) => {
    const first = points[0];
    const latest = points.at(-1);
    if (first === undefined || latest === undefined) {
      return domainLabel(domainCode);
    }
    return points.length === 1
      ? t('pathway.chart.summaryOne', { domain: domainLabel(domainCode), date: date(latest.date), latest: inline(latest.score) })
      : t('pathway.chart.summary', {
          domain: domainLabel(domainCode),
          from: date(first.date),
          to: date(latest.date),
          count: points.length,
          first: inline(first.score),
          latest: inline(latest.score),
        });
  };

  return (
    <section aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <Title order={3} size="h5" id={headingId}>
            {t('pathway.assessments.charts')}
          </Title>
          <Switch label={t('pathway.assessments.showAsTables')} checked={asTables} onChange={(event) => setAsTables(event.currentTarget.checked)} />
        </Group>
        <Text size="sm" c="dimmed">
          {t('pathway.scoreScale')}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {series.map((domain) => (
            <Paper key={domain.domainCode} withBorder radius="md" p="sm">
              {asTables ? (
                <ScoreTable series={domain} caption={domainLabel(domain.domainCode)} />
              ) : (
                <Stack gap={4}>
                  <Text fw={600} size="sm" aria-hidden="true">
                    {domainLabel(domain.domainCode)}
                  </Text>
                  <ScoreChart series={domain} label={summary(domain)} />
                </Stack>
              )}
            </Paper>
          ))}
        </SimpleGrid>
      </Stack>
    </section>
  );
}

/** A domain's scores as a table: each date and the score given that day. */
function ScoreTable({ series, caption }: { series: DomainSeries; caption: string }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  return (
    <Table withTableBorder tabularNums captionSide="top">
      <Table.Caption style={{ textAlign: 'start', fontWeight: 600, color: 'var(--mantine-color-text)' }}>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('pathway.chart.date')}</Table.Th>
          <Table.Th scope="col">{t('pathway.chart.score')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {series.points.map((point, index) => (
          <Table.Tr key={`${point.date}-${index}`}>
            <Table.Th scope="row" fw="normal" style={{ whiteSpace: 'nowrap' }}>
              {date(point.date)}
            </Table.Th>
            <Table.Td>
              <ScoreText score={point.score} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
