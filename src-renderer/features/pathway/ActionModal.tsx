import { actionInputSchema } from '@contract/plans';
import { Checkbox, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { useContractForm } from '../../components/forms/useContractForm';
import { useDateText } from '../resident/useDateText';
import { FormFooter, FormModal } from './FormParts';
import type { ActionValues, PlanAction, PlanGoal } from './plan-form';
import { ACTION_FIELDS, actionValuesOf, fieldsUnder, PLAN_PART_CHANGE_REFRESH } from './plan-form';

const fieldOf = fieldsUnder('action.', ACTION_FIELDS);
const isField = (path: string) => fieldOf(path) !== null;

/** A new action towards `goal` (`action` null) or a change to one: what, who, by when, done or not. */
export function ActionModal({
  goal,
  action,
  opened,
  onClose,
}: {
  goal: PlanGoal | null;
  action: PlanAction | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened && goal !== null} onClose={onClose} title={action === null ? t('pathway.plan.addActionTitle') : t('pathway.plan.editActionTitle')}>
      {goal !== null && <ActionForm key={action?.id ?? `new-${goal.id}`} goal={goal} action={action} onDone={onClose} />}
    </FormModal>
  );
}

function ActionForm({ goal, action, onDone }: { goal: PlanGoal; action: PlanAction | null; onDone: () => void }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const form = useContractForm<ActionValues, typeof actionInputSchema>({
    schema: actionInputSchema,
    initialValues: actionValuesOf(action),
    fieldOfPath: fieldOf,
  });
  const add = useProcedureMutation('plans.addAction', PLAN_PART_CHANGE_REFRESH);
  const update = useProcedureMutation('plans.updateAction', PLAN_PART_CHANGE_REFRESH);
  const save = action === null ? add : update;
  const { values } = form;
  // The day it was done stays while it is ticked; ticking it anew dates it today (the core decides).
  const doneOn = action?.doneAt ?? null;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const valid = form.validate();
        if (valid === null) {
          return;
        }
        const options = {
          onSuccess: () => {
            notifications.show({ color: 'teal', message: t('pathway.plan.actionSaved') });
            onDone();
          },
          onError: (error: unknown) => form.showFailure(error),
        };
        if (action === null) {
          add.mutate({ goalId: goal.id, action: valid }, options);
        } else {
          update.mutate({ actionId: action.id, action: valid }, options);
        }
      }}
    >
      <Stack gap="md">
        <Textarea
          label={t('pathway.plan.actionText')}
          required
          value={values.text}
          onChange={(event) => form.setValue('text', event.currentTarget.value)}
          error={form.error('text')}
          rows={2}
          resize="vertical"
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('pathway.plan.owner')}
            value={values.ownerName}
            onChange={(event) => form.setValue('ownerName', event.currentTarget.value)}
            error={form.error('ownerName')}
          />
          <TextInput
            label={t('pathway.plan.dueDate')}
            type="date"
            value={values.dueDate}
            onChange={(event) => form.setValue('dueDate', event.currentTarget.value)}
            error={form.error('dueDate')}
          />
        </SimpleGrid>
        <Checkbox
          label={t('pathway.plan.done')}
          description={values.done && doneOn !== null ? t('pathway.plan.doneOn', { date: date(doneOn) }) : undefined}
          checked={values.done}
          onChange={(event) => form.setValue('done', event.currentTarget.checked)}
          error={form.error('done')}
        />
        <FormFooter error={save.error} isField={isField} pending={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
