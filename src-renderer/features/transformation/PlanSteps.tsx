import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { EditPlanModal } from './EditPlanModal';
import { ConfirmModal, PlanFailure } from './FormParts';
import type { PlanPermissions, TransformationPlan } from './plan-form';
import { PLAN_STEP_REFRESH } from './plan-form';

type Open = 'approve' | 'complete' | 'edit' | null;

/**
 * The director's steps for the plan as it stands: approve the working revision (after saying that
 * it freezes this version), start carrying it out, complete it (after a question), change its fields.
 * Each step carries the version the director saw: a plan changed meanwhile is not stepped blindly.
 */
export function PlanSteps({ plan, permissions, onCompleted }: { plan: TransformationPlan; permissions: PlanPermissions; onCompleted: (id: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const [session, setSession] = useState(0);
  const approve = useProcedureMutation('transformation.approve', PLAN_STEP_REFRESH);
  const start = useProcedureMutation('transformation.start', PLAN_STEP_REFRESH);
  const complete = useProcedureMutation('transformation.complete', PLAN_STEP_REFRESH);
  const show = (next: Open) => {
    approve.reset();
    complete.reset();
    setSession((current) => current + 1);
    setOpen(next);
  };
  const close = () => setOpen(null);
  const step = { id: plan.id, version: plan.version };
  if (!permissions.edit && !permissions.approve && !permissions.start && !permissions.complete) {
    return null;
  }
  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="xs" justify="flex-end">
        {permissions.edit && (
          <Button variant="default" onClick={() => show('edit')}>
            {t('transformation.edit.open')}
          </Button>
        )}
        {permissions.approve && <Button onClick={() => show('approve')}>{t('transformation.approve.open')}</Button>}
        {permissions.start && (
          <Button
            loading={start.isPending}
            onClick={() =>
              start.mutate(step, { onSuccess: () => notifications.show({ color: 'teal', message: t('transformation.start.done') }) })
            }
          >
            {t('transformation.start.open')}
          </Button>
        )}
        {permissions.complete && (
          <Button color="teal" onClick={() => show('complete')}>
            {t('transformation.complete.open')}
          </Button>
        )}
      </Group>
      <PlanFailure error={start.error} onReloaded={() => start.reset()} />
      <ConfirmModal
        opened={open === 'approve'}
        title={t('transformation.approve.title')}
        confirmLabel={t('transformation.approve.confirm')}
        pending={approve.isPending}
        error={approve.error}
        onClose={close}
        onConfirm={() =>
          approve.mutate(step, {
            onSuccess: (approved) => {
              notifications.show({ color: 'teal', message: t('transformation.approve.done', { revision: approved.revision }) });
              close();
            },
          })
        }
      >
        <Text size="sm">{t('transformation.approve.freezes', { revision: plan.revision })}</Text>
        <Text size="sm">{t('transformation.approve.later')}</Text>
      </ConfirmModal>
      <ConfirmModal
        opened={open === 'complete'}
        title={t('transformation.complete.title')}
        confirmLabel={t('transformation.complete.confirm')}
        color="teal"
        pending={complete.isPending}
        error={complete.error}
        onClose={close}
        onConfirm={() =>
          complete.mutate(step, {
            onSuccess: (completed) => {
              notifications.show({ color: 'teal', message: t('transformation.complete.done') });
              close();
              onCompleted(completed.id);
            },
          })
        }
      >
        <Text size="sm">{t('transformation.complete.explain')}</Text>
      </ConfirmModal>
      {permissions.edit && <EditPlanModal plan={plan} opened={open === 'edit'} session={session} onClose={close} />}
    </Stack>
  );
}
