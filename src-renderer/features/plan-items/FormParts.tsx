import type { TransformationPlan } from '@contract/transformation-views';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError } from '../../api/client';
import { FormFailure } from '../../components/FormFailure';

/** A dialog holding one of the plan items' forms. */
export function ItemModal({ opened, title, onClose, children }: { opened: boolean; title: string; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('planItems.close') }} size="lg">
      {children}
    </Modal>
  );
}

/** Reads the plan again (after a CONFLICT: someone changed it meanwhile); resolves once it is in. */
export function useReloadPlan(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: ['transformation.get'] }), [queryClient]);
}

/**
 * Puts the plan a change answered with into every cached read of it (the page may read it by id or
 * as "the open plan"), so a next change made before the refetch lands carries the new version.
 */
export function useKeepPlan(): (plan: TransformationPlan) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (plan: TransformationPlan) => {
      queryClient.setQueriesData<TransformationPlan | null>({ queryKey: ['transformation.get'] }, (old) => (old?.id === plan.id ? plan : old));
    },
    [queryClient],
  );
}

/**
 * Someone changed the plan after it was opened here. Nothing is overwritten: the user reloads, sees
 * the plan as it is now, and makes the change again if it is still needed.
 */
export function PlanConflictAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" role="alert" title={t('planItems.conflict.title')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('planItems.conflict.message')}</Text>
        <Button size="compact-sm" variant="white" color="orange" onClick={onReload}>
          {t('planItems.conflict.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}

/**
 * The end of a form: why the last save failed where no field can say it (the conflict notice with
 * its reload button, or the problems that belong to no input), then Cancel and Save.
 */
export function ItemFormFooter({
  error,
  isField,
  pending,
  onCancel,
  onReload,
  submitLabel,
}: {
  error: ApiError | null;
  isField: (path: string) => boolean;
  pending: boolean;
  onCancel: () => void;
  /** After a conflict: read the plan again and close the form. */
  onReload: () => void;
  submitLabel?: string;
}) {
  const { t } = useTranslation();
  const conflict = error?.code === 'CONFLICT';
  return (
    <>
      {conflict ? <PlanConflictAlert onReload={onReload} /> : <FormFailure error={error} isField={isField} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} disabled={pending}>
          {t('planItems.cancel')}
        </Button>
        <Button type="submit" loading={pending} disabled={conflict}>
          {submitLabel ?? t('common.save')}
        </Button>
      </Group>
    </>
  );
}

/** Whether the plan has been approved: a change of its content then makes a revision to approve. */
export function ContentChangeNote({ approved }: { approved: boolean }) {
  const { t } = useTranslation();
  if (!approved) {
    return null;
  }
  return (
    <Text size="sm" c="dimmed">
      {t('planItems.contentNote')}
    </Text>
  );
}
