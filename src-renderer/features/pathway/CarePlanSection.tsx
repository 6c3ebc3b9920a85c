import type { Role } from '@contract/common';
import { calendarDate } from '@contract/dates';
import type { ResidentRecord } from '@contract/residents';
import { Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SectionFrame } from '../resident/SectionFrame';
import { useDateText } from '../resident/useDateText';
import { ActionModal } from './ActionModal';
import { DueDate } from './DueDate';
import { GoalCard } from './GoalCard';
import { GoalModal } from './GoalModal';
import type { PlanAction, PlanGoal, PlanPermissions } from './plan-form';
import { planPermissions } from './plan-form';
import { PlanReviews } from './PlanReviews';
import { ReviewModal } from './ReviewModal';
import { StartPlanForm } from './StartPlanForm';
import { useDomains } from './useDomains';

/** Which dialog is open; closing keeps its subject, so the dialog keeps its text while it fades. */
type Dialog = { kind: 'goal' | 'action' | 'review' | null; goal: PlanGoal | null; action: PlanAction | null };

/**
 * The individual care plan of the child's current stay: when it is next reviewed (marked once
 * overdue), its goals with their actions, and its review meetings. Without a plan, recorders start one.
 * After the child left, the plan of that stay is shown as it ended, read-only.
 */
export function CarePlanSection({ record, role }: { record: ResidentRecord; role: Role }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const plan = useProcedureQuery('plans.get', { residentId: record.id });
  const domains = useDomains();
  const permissions = planPermissions(role, plan.data?.closed === true);
  const [dialog, setDialog] = useState<Dialog>({ kind: null, goal: null, action: null });
  const close = () => setDialog((current) => ({ ...current, kind: null }));
  const today = calendarDate(new Date());
  return (
    <SectionFrame title={t('pathway.tabs.plan')} canEdit={false}>
      <ErrorAlert error={plan.error} />
      {plan.isPending && (
        <Center py="md">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {plan.data === null && (
        <Stack gap="sm">
          <Text c="dimmed">{t('pathway.plan.none')}</Text>
          {record.status === 'exited' ? (
            <Text size="sm">{t('pathway.plan.notInResidence')}</Text>
          ) : (
            permissions.create && <StartPlanForm residentId={record.id} />
          )}
        </Stack>
      )}
      {plan.data && (
        <Stack gap="lg">
          {plan.data.closed && <Text size="sm">{t('pathway.plan.closed')}</Text>}
          {plan.data.nextReviewDate === null ? (
            <Text c="dimmed">{t('pathway.plan.noNextReview')}</Text>
          ) : (
            <DueDate text={t('pathway.plan.nextReview', { date: date(plan.data.nextReviewDate) })} due={plan.data.nextReviewDate} today={today} />
          )}
          <PlanPart
            title={t('pathway.plan.goals')}
            action={permissions.addGoal ? { label: t('pathway.plan.addGoal'), onClick: () => setDialog({ kind: 'goal', goal: null, action: null }) } : null}
          >
            {plan.data.goals.length === 0 && <Text c="dimmed">{t('pathway.plan.noGoals')}</Text>}
            {plan.data.goals.map((goal) => (
              <GoalCard
                key={goal.id}
                goal={goal}
                domainLabel={domains.label}
                permissions={permissions}
                today={today}
                onEditGoal={(chosen) => setDialog({ kind: 'goal', goal: chosen, action: null })}
                onAddAction={(chosen) => setDialog({ kind: 'action', goal: chosen, action: null })}
                onEditAction={(chosen, action) => setDialog({ kind: 'action', goal: chosen, action })}
              />
            ))}
          </PlanPart>
          <PlanPart
            title={t('pathway.plan.reviews')}
            action={permissions.addReview ? { label: t('pathway.plan.addReview'), onClick: () => setDialog({ kind: 'review', goal: null, action: null }) } : null}
          >
            <PlanReviews reviews={plan.data.reviews} />
          </PlanPart>
          <PlanDialogs planId={plan.data.id} dialog={dialog} permissions={permissions} onClose={close} />
        </Stack>
      )}
    </SectionFrame>
  );
}

/** A titled part of the plan (goals, reviews) with its "add" button for those who may. */
function PlanPart({ title, action, children }: { title: string; action: { label: string; onClick: () => void } | null; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <Title order={3} size="h5" id={headingId}>
            {title}
          </Title>
          {action !== null && (
            <Button size="compact-sm" onClick={action.onClick}>
              {action.label}
            </Button>
          )}
        </Group>
        {children}
      </Stack>
    </section>
  );
}

/** The plan's dialogs, each mounted only for a role that may use it. */
function PlanDialogs({ planId, dialog, permissions, onClose }: { planId: string; dialog: Dialog; permissions: PlanPermissions; onClose: () => void }) {
  const canGoal = dialog.goal === null ? permissions.addGoal : permissions.updateGoal;
  const canAction = dialog.action === null ? permissions.addAction : permissions.updateAction;
  return (
    <>
      {canGoal && <GoalModal planId={planId} goal={dialog.goal} opened={dialog.kind === 'goal'} onClose={onClose} />}
      {canAction && <ActionModal goal={dialog.goal} action={dialog.action} opened={dialog.kind === 'action'} onClose={onClose} />}
      {permissions.addReview && <ReviewModal planId={planId} opened={dialog.kind === 'review'} onClose={onClose} />}
    </>
  );
}
