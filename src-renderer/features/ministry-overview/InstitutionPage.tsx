import type { PlanProgress } from '@contract/national-overview';
import { Anchor, Center, Loader, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FigureCards } from './FigureCards';
import { InstitutionBundles } from './InstitutionBundles';
import { NamedChildren } from './NamedChildren';
import { useOverviewText } from './useOverviewText';

/** A titled part of the page, named by its heading. */
function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Paper component="section" aria-labelledby={id} withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** A term and its value in a description list. */
function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {term}
      </Text>
      <Text component="dd" m={0} fw={500}>
        {children}
      </Text>
    </div>
  );
}

/** Where the institution's transformation plan stands, as its newest plan-carrying bundle said. */
function PlanFacts({ plan }: { plan: PlanProgress }) {
  const { t } = useTranslation();
  const text = useOverviewText();
  const percent = plan.progressPercent;
  return (
    <>
      <Text size="sm" c="dimmed">
        {t('ministryOverview.institution.plan.from', { profile: text.profile(plan.bundle.profile), sequence: plan.bundle.sequence, date: text.date(plan.bundle.createdAt) })}
      </Text>
      <SimpleGrid component="dl" cols={{ base: 2, md: 5 }} spacing="sm" m={0}>
        <Fact term={t('ministryOverview.institution.plan.status')}>{t(`transformation.status.${plan.status}`)}</Fact>
        <Fact term={t('ministryOverview.institution.plan.period')}>{`${text.date(plan.periodStart)} – ${text.date(plan.periodEnd)}`}</Fact>
        <Fact term={t('ministryOverview.institution.plan.actionsDone')}>{`${text.number(plan.actionsDone)} / ${text.number(plan.actionsTotal)}`}</Fact>
        <Fact term={t('ministryOverview.institution.plan.actionsOverdue')}>{text.number(plan.actionsOverdue)}</Fact>
        <Fact term={t('ministryOverview.institution.plan.progress')}>{percent === null ? t('ministryOverview.institution.plan.noActions') : text.percent(percent)}</Fact>
      </SimpleGrid>
      {percent !== null && (
        <Progress value={percent} size="lg" aria-label={t('ministryOverview.institution.plan.progressLabel', { percent: text.percent(percent) })} aria-valuetext={text.percent(percent)} />
      )}
    </>
  );
}

/**
 * One institution seen from the ministry (route `/institutions/:code`): its figures and where they
 * come from, its plan's progress, every bundle imported from it, and — only when its figures come
 * from a named bundle — its children in residence by name.
 */
export function InstitutionPage() {
  const { t } = useTranslation();
  const text = useOverviewText();
  const { code = '' } = useParams();
  const detail = useProcedureQuery('ministry.institution', { code });
  const data = detail.data;
  const back = (
    <Anchor component={Link} to="/" size="sm">
      {t('ministryOverview.institution.back')}
    </Anchor>
  );
  if (data === undefined) {
    return (
      <Stack gap="lg">
        {back}
        <ErrorAlert error={detail.error} />
        {detail.isPending && (
          <Center>
            <Loader aria-label={t('common.loading')} />
          </Center>
        )}
      </Stack>
    );
  }
  const { overview, bundles, children } = data;
  const { snapshot, figures } = overview;
  return (
    <Stack gap="lg">
      {back}
      <div>
        <Title order={1}>{overview.name}</Title>
        <Text c="dimmed">{t('ministryOverview.institution.codeLine', { code: overview.code, region: text.region(overview.regionCode) })}</Text>
      </div>
      <Section title={t('ministryOverview.institution.figures.title')}>
        {snapshot === null || figures === null ? (
          <Text>{t('ministryOverview.institution.figures.none')}</Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('ministryOverview.institution.figures.from', { profile: text.profile(snapshot.profile), sequence: snapshot.sequence, date: text.date(snapshot.createdAt) })}
            </Text>
            <FigureCards figures={figures} />
          </>
        )}
      </Section>
      <Section title={t('ministryOverview.institution.plan.title')}>
        {overview.plan === null ? <Text>{t('ministryOverview.institution.plan.none')}</Text> : <PlanFacts plan={overview.plan} />}
      </Section>
      <Section title={t('ministryOverview.institution.bundles.title')}>
        <InstitutionBundles bundles={bundles} />
      </Section>
      <Section title={t('ministryOverview.institution.children.title')}>
        {children === null || snapshot === null ? (
          <Text>{t('ministryOverview.institution.children.onlyNamed')}</Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('ministryOverview.institution.children.intro', { sequence: snapshot.sequence, date: text.date(snapshot.createdAt) })}
            </Text>
            <NamedChildren list={children} />
          </>
        )}
      </Section>
    </Stack>
  );
}
