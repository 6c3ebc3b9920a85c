import type { AlertKind, ResidentAlert } from '@contract/dashboard';
import { alertKinds } from '@contract/dashboard';
import { Anchor, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { formatCalendarDate } from './calendar-date';

/** What one alert says beside the child's name: the date it is about, or the fields missing. */
function AlertDetail({ alert }: { alert: ResidentAlert }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (alert.kind === 'missingData') {
    // `missing` holds the i18n keys of the fields' labels (residentFields.fin, …).
    return t('dashboard.alerts.missingData.detail', { fields: alert.missing.map((key) => t(key)).join(', ') });
  }
  return alert.dueDate === null ? null : t(`dashboard.alerts.${alert.kind}.detail`, { date: formatCalendarDate(alert.dueDate, language) });
}

/**
 * The child's name as a link to the record. A secret (adopted) child reaches the renderer without a
 * name (the core blanks it for everyone but the director): the link says so, with the birth date,
 * so that two such children can still be told apart.
 */
function ChildLink({ alert }: { alert: ResidentAlert }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Anchor component={Link} to={`/residents/${alert.residentId}`}>
      {alert.fullName === '' ? t('dashboard.alerts.secretRecord', { date: formatCalendarDate(alert.birthDate, language) }) : alert.fullName}
    </Anchor>
  );
}

/** Children listed per kind before "show all": a long list would push the rest out of sight. */
const FIRST_SHOWN = 5;

/** One kind of alert: what it means and what to do, then the children it concerns. */
function AlertGroup({ kind, alerts }: { kind: AlertKind; alerts: readonly ResidentAlert[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? alerts : alerts.slice(0, FIRST_SHOWN);
  return (
    <section aria-labelledby={headingId}>
      <Group gap="xs" wrap="nowrap">
        <Title order={3} size="h5" id={headingId}>
          {t(`dashboard.alerts.${kind}.title`)}
        </Title>
        <Badge variant="light" color="orange" aria-hidden>
          {alerts.length}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" mb={4}>
        {t(`dashboard.alerts.${kind}.explanation`)}
      </Text>
      <List size="sm" spacing={4}>
        {shown.map((alert) => (
          <List.Item key={`${alert.kind}-${alert.residentId}`}>
            <ChildLink alert={alert} />
            {' — '}
            <AlertDetail alert={alert} />
          </List.Item>
        ))}
      </List>
      {alerts.length > FIRST_SHOWN && (
        <Button variant="subtle" size="compact-sm" mt={4} aria-describedby={headingId} onClick={() => setShowAll((current) => !current)}>
          {showAll ? t('dashboard.alerts.showFewer') : t('dashboard.alerts.showAll', { count: formatNumber(alerts.length, language) })}
        </Button>
      )}
    </section>
  );
}

/**
 * Reminders the law's ages call for, records lacking what they need, and the care pathway's (plans,
 * reviews, assessments, follow-up visits, breakdowns), grouped by kind in the order of `alertKinds`.
 */
export function DashboardAlerts({ alerts }: { alerts: readonly ResidentAlert[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const groups = alertKinds
    .map((kind) => ({ kind, alerts: alerts.filter((alert) => alert.kind === kind) }))
    .filter((group) => group.alerts.length > 0);
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="sm">
        {t('dashboard.alerts.title')}
      </Title>
      {groups.length === 0 ? (
        <Text c="dimmed">{t('dashboard.alerts.none')}</Text>
      ) : (
        <Stack gap="md">
          {groups.map((group) => (
            <AlertGroup key={group.kind} kind={group.kind} alerts={group.alerts} />
          ))}
        </Stack>
      )}
    </section>
  );
}
