import type { OverduePlanAction } from '@contract/transformation-views';
import { Anchor, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { formatCalendarDate } from './calendar-date';

/** The route of the transformation plan's page. */
export const PLAN_ROUTE = '/plan';

/** One overdue action: what, in which phase, when it was due, and who answers for it. */
function OverdueAction({ action }: { action: OverduePlanAction }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const phase = action.phaseTitle ?? (action.phaseComponentCode === null ? '' : t(`transformationComponents.${action.phaseComponentCode}`));
  return (
    <List.Item>
      <Group gap={6} wrap="wrap" align="baseline">
        <Text size="sm" fw={500} span>
          {action.title}
        </Text>
        {action.milestone && (
          <Badge variant="light" color="grape" size="sm">
            {t('dashboard.planActions.milestone')}
          </Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {[
          phase,
          t('dashboard.planActions.due', { date: formatCalendarDate(action.dueDate, language) }),
          action.owner === null ? t('dashboard.planActions.noOwner') : t('dashboard.planActions.owner', { owner: action.owner }),
        ]
          .filter((part) => part !== '')
          .join(' · ')}
      </Text>
    </List.Item>
  );
}

/**
 * The transformation plan's actions past their due date and not done, earliest due first, with a
 * link to the plan. Nothing at all when none is overdue (or there is no plan): the home page then
 * has nothing to say about the plan.
 */
export function PlanActionsOverdue({ actions }: { actions: readonly OverduePlanAction[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  if (actions.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap">
          <Title order={2} size="h4" id={headingId}>
            {t('dashboard.planActions.title')}
          </Title>
          <Badge variant="light" color="red" aria-hidden>
            {formatNumber(actions.length, language)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t('dashboard.planActions.explanation')}
        </Text>
        <List size="sm" spacing="xs">
          {actions.map((action) => (
            <OverdueAction key={action.actionId} action={action} />
          ))}
        </List>
        <Anchor component={Link} to={PLAN_ROUTE} size="sm">
          {t('dashboard.planActions.openPlan')}
        </Anchor>
      </Stack>
    </section>
  );
}
