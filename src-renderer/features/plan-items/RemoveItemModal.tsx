import type { removableSections } from '@contract/transformation';
import type { TransformationPlan } from '@contract/transformation-views';
import { Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { ItemFormFooter, ItemModal, useKeepPlan, useReloadPlan } from './FormParts';
import { ITEM_CHANGE_REFRESH } from './plan-items';

/** An item to remove: its kind, id and the name it is shown by. */
export type RemovalSubject = { section: Exclude<(typeof removableSections)[number], 'action'>; id: string; name: string };

/** Asks before removing an item entered in error (plan content, under the plan's version). */
export function RemoveItemModal({ plan, subject, opened, onClose }: { plan: TransformationPlan; subject: RemovalSubject | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useProcedureMutation('transformation.removeItem', ITEM_CHANGE_REFRESH);
  const reload = useReloadPlan();
  const keepPlan = useKeepPlan();
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <ItemModal opened={opened} onClose={close} title={t('planItems.remove.title', { name: subject?.name ?? '' })}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (subject === null) {
            return;
          }
          remove.mutate(
            { planId: plan.id, version: plan.version, section: subject.section, id: subject.id },
            {
              onSuccess: (saved) => {
              keepPlan(saved);
                notifications.show({ color: 'teal', message: t('planItems.remove.done', { name: subject.name }) });
                close();
              },
            },
          );
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('planItems.remove.message')}</Text>
          <ItemFormFooter
            error={remove.error}
            isField={() => false}
            pending={remove.isPending}
            onCancel={close}
            onReload={() => void reload().then(close)}
            submitLabel={t('planItems.remove.submit')}
          />
        </Stack>
      </form>
    </ItemModal>
  );
}
