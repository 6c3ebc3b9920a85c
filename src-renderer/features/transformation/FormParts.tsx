import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IssuesAlert } from '../../components/IssuesAlert';
import { useReloadPlan } from './usePlan';

/** A dialog holding one of the plan's forms. */
export function FormModal({ opened, title, onClose, children, size = 'lg' }: { opened: boolean; title: string; onClose: () => void; children: ReactNode; size?: string }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('transformation.close') }} size={size}>
      {children}
    </Modal>
  );
}

/**
 * Someone else changed the plan after it was opened here. Nothing is overwritten: the user reloads
 * (the dialog closes onto the plan as it is now) and makes the change again if still needed.
 */
export function PlanConflictAlert({ onReloaded }: { onReloaded?: () => void }) {
  const { t } = useTranslation();
  const reload = useReloadPlan();
  return (
    <Alert color="orange" role="alert" title={t('transformation.conflict.title')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('transformation.conflict.message')}</Text>
        <Button size="compact-sm" variant="white" color="orange" onClick={() => void reload().then(() => onReloaded?.())}>
          {t('transformation.conflict.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}

/**
 * Why a save failed where no field can say it: the conflict notice, the core's problems that belong
 * to no input of the form (those of its own fields stand beside them), or the error's message.
 */
export function PlanFailure({ error, isField = () => false, onReloaded }: { error: ApiError | null; isField?: (path: string) => boolean; onReloaded?: () => void }) {
  if (error === null) {
    return null;
  }
  if (error.code === 'CONFLICT') {
    return <PlanConflictAlert onReloaded={onReloaded} />;
  }
  return error.code === 'VALIDATION_FAILED' ? <IssuesAlert error={error} shownBeside={isField} /> : <ErrorAlert error={error} />;
}

/** The end of a form: why the last save failed, then Cancel and Save (Save waits after a conflict). */
export function FormFooter({
  error,
  isField,
  pending,
  onCancel,
  submitLabel,
}: {
  error: ApiError | null;
  isField: (path: string) => boolean;
  pending: boolean;
  onCancel?: () => void;
  submitLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PlanFailure error={error} isField={isField} onReloaded={onCancel} />
      <Group justify="flex-end">
        {onCancel !== undefined && (
          <Button variant="default" onClick={onCancel} disabled={pending}>
            {t('transformation.cancel')}
          </Button>
        )}
        <Button type="submit" loading={pending} disabled={error?.code === 'CONFLICT'}>
          {submitLabel ?? t('common.save')}
        </Button>
      </Group>
    </>
  );
}

/**
 * A question before a step that cannot be taken back (approve, complete, remove): what it does, then
 * Cancel and the step's own button. A refusal is said inside, so the user sees why nothing happened.
 */
export function ConfirmModal({
  opened,
  title,
  confirmLabel,
  onConfirm,
  onClose,
  pending,
  error,
  color,
  children,
}: {
  opened: boolean;
  title: string;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  pending: boolean;
  error: ApiError | null;
  color?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} title={title} onClose={onClose} size="md">
      <Stack gap="md">
        {children}
        <PlanFailure error={error} onReloaded={onClose} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={pending}>
            {t('transformation.cancel')}
          </Button>
          <Button color={color} onClick={onConfirm} loading={pending} disabled={error?.code === 'CONFLICT'}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </FormModal>
  );
}
