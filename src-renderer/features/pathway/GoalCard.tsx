import { Badge, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDateText } from '../resident/useDateText';
import type { PlanAction, PlanGoal, PlanPermissions } from './plan-form';
import { doneActionInput, GOAL_STATUS_COLORS, PLAN_PART_CHANGE_REFRESH } from './plan-form';
import { isOverdue } from './score-series';

type GoalCardProps = {
  goal: PlanGoal;
  domainLabel: (code: string) => string;
  permissions: PlanPermissions;
  today: string;
  onEditGoal: (goal: PlanGoal) => void;
  onAddAction: (goal: PlanGoal) => void;
  onEditAction: (goal: PlanGoal, action: PlanAction) => void;
};

/** A goal of the plan: its domain, status and target date, and under it the actions towards it. */
export function GoalCard({ goal, domainLabel, permissions, today, onEditGoal, onAddAction, onEditAction }: GoalCardProps) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const textId = useId();
  const markDone = useProcedureMutation('plans.updateAction', PLAN_PART_CHANGE_REFRESH);
  const open = goal.status === 'planned' || goal.status === 'in_progress';
  const late = open && isOverdue(goal.targetDate, today);
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={textId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={6}>
            <Group gap="xs">
              <Badge variant="light" tt="none">
                {domainLabel(goal.domainCode)}
              </Badge>
              <Badge color={GOAL_STATUS_COLORS[goal.status]} variant="light" tt="none">
                {t(`pathway.goalStatus.${goal.status}`)}
              </Badge>
              {goal.targetDate !== null && (
                <Text size="sm" c={late ? 'red.7' : 'dimmed'}>
                  {t('pathway.plan.targetBy', { date: date(goal.targetDate) })}
                </Text>
              )}
              {late && (
                <Badge color="red" variant="filled" tt="none">
                  {t('pathway.overdue')}
                </Badge>
              )}
            </Group>
            <Text fw={600} id={textId} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {goal.text}
            </Text>
          </Stack>
          {permissions.updateGoal && (
            <Button size="compact-sm" variant="subtle" aria-label={t('pathway.plan.editGoalOf', { goal: goal.text })} onClick={() => onEditGoal(goal)}>
              {t('pathway.edit')}
            </Button>
          )}
        </Group>
        {goal.actions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('pathway.plan.noActions')}
          </Text>
        ) : (
          <List spacing="xs" listStyleType="none" aria-label={t('pathway.plan.actionsOf', { goal: goal.text })}>
            {goal.actions.map((action) => (
              <List.Item key={action.id}>
                <ActionLine
                  action={action}
                  today={today}
                  canChange={permissions.updateAction}
                  pending={markDone.isPending && markDone.variables?.actionId === action.id}
                  onMarkDone={() =>
                    markDone.mutate(doneActionInput(action), {
                      onSuccess: () => notifications.show({ color: 'teal', message: t('pathway.plan.actionSaved') }),
                    })
                  }
                  onEdit={() => onEditAction(goal, action)}
                />
              </List.Item>
            ))}
          </List>
        )}
        <ErrorAlert error={markDone.error} />
        {permissions.addAction && (
          <Group>
            <Button size="compact-sm" variant="light" aria-label={t('pathway.plan.addActionOf', { goal: goal.text })} onClick={() => onAddAction(goal)}>
              {t('pathway.plan.addAction')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** One action: what, who, by when (marked once overdue), done and when; with its buttons. */
function ActionLine({
  action,
  today,
  canChange,
  pending,
  onMarkDone,
  onEdit,
}: {
  action: PlanAction;
  today: string;
  canChange: boolean;
  pending: boolean;
  onMarkDone: () => void;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const done = action.doneAt !== null;
  const late = !done && isOverdue(action.dueDate, today);
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-default-border)' }}>
      <Stack gap={2}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {action.text}
        </Text>
        <Group gap="xs">
          {action.ownerName !== null && (
            <Text size="xs" c="dimmed">
              {t('pathway.plan.ownerIs', { name: action.ownerName })}
            </Text>
          )}
          {action.dueDate !== null && (
            <Text size="xs" c={late ? 'red.7' : 'dimmed'}>
              {t('pathway.plan.dueBy', { date: date(action.dueDate) })}
            </Text>
          )}
          {late && (
            <Badge size="xs" color="red" variant="filled" tt="none">
              {t('pathway.overdue')}
            </Badge>
          )}
          {action.doneAt !== null && (
            <Badge size="sm" color="teal" variant="light" tt="none">
              {t('pathway.plan.doneOn', { date: date(action.doneAt) })}
            </Badge>
          )}
        </Group>
      </Stack>
      {canChange && (
        <Group gap={4} wrap="nowrap">
          {!done && (
            <Button size="compact-sm" variant="light" color="teal" loading={pending} aria-label={t('pathway.plan.markDoneOf', { action: action.text })} onClick={onMarkDone}>
              {t('pathway.plan.markDone')}
            </Button>
          )}
          <Button size="compact-sm" variant="subtle" aria-label={t('pathway.plan.editActionOf', { action: action.text })} onClick={onEdit}>
            {t('pathway.edit')}
          </Button>
        </Group>
      )}
    </Group>
  );
}
