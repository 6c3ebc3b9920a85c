import { Card, Center, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { AgeSexTable } from './AgeSexTable';
import { DashboardAlerts } from './DashboardAlerts';
import { PlanActionsOverdue } from './PlanActionsOverdue';

/** A number card: what is counted (its heading), the count, and any details under it. */
function CountCard({ title, value, children }: { title: string; value: number; children?: ReactNode }) {
  const language = useLanguage();
  const headingId = useId();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Title order={2} size="sm" fw={500} c="dimmed" id={headingId}>
        {title}
      </Title>
      <Text fz={36} fw={700} lh={1.2}>
        {formatNumber(value, language)}
      </Text>
      {children}
    </Card>
  );
}

/** The institution today: children in residence, the year's admissions and exits, ages, reminders, the plan's overdue actions. */
export function Dashboard() {
  const { t } = useTranslation();
  const language = useLanguage();
  const dashboard = useProcedureQuery('dashboard.get', {});
  if (dashboard.error) {
    return <ErrorAlert error={dashboard.error} />;
  }
  if (!dashboard.data) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  const { inResidence, admissionsThisYear, exitsThisYear, alerts, planActionsOverdue } = dashboard.data;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <CountCard title={t('dashboard.inResidence.title')} value={inResidence.total}>
          <Text size="sm" c="dimmed">
            {t('dashboard.inResidence.temporarilyAbsent', { count: formatNumber(inResidence.temporarilyAbsent, language) })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('dashboard.inResidence.withDisability', { count: formatNumber(inResidence.withDisability, language) })}
          </Text>
        </CountCard>
        <CountCard title={t('dashboard.admissions')} value={admissionsThisYear} />
        <CountCard title={t('dashboard.exits')} value={exitsThisYear} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Card withBorder radius="md" padding="lg">
          <AgeSexTable counts={inResidence.byAgeGroup} />
        </Card>
        <Card withBorder radius="md" padding="lg">
          <DashboardAlerts alerts={alerts} />
        </Card>
      </SimpleGrid>
      {planActionsOverdue.length > 0 && (
        <Card withBorder radius="md" padding="lg">
          <PlanActionsOverdue actions={planActionsOverdue} />
        </Card>
      )}
    </Stack>
  );
}
