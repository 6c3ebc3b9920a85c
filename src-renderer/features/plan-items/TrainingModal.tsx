import { calendarDate } from '@contract/dates';
import type { TransformationPlan } from '@contract/transformation-views';
import { Fieldset, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { useContractForm } from '../../components/forms/useContractForm';
import { ContentChangeNote, ItemFormFooter, ItemModal, useKeepPlan, useReloadPlan } from './FormParts';
import type { TrainingValues } from './item-forms';
import { trainingFieldOf, trainingFormSchema, trainingInputOf, trainingValuesOf } from './item-forms';
import type { PlanTraining } from './plan-items';
import { ITEM_CHANGE_REFRESH } from './plan-items';

const isField = (path: string) => trainingFieldOf(path) !== null;

/**
 * A staff member's retraining (`training` null: a new one) or a change to it: who, which training,
 * the new role (plan content); when it was completed and how many hours (its execution).
 */
export function TrainingModal({
  plan,
  training,
  opened,
  onClose,
}: {
  plan: TransformationPlan;
  training: PlanTraining | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ItemModal
      opened={opened}
      onClose={onClose}
      title={training === null ? t('planItems.staff.addTitle') : t('planItems.staff.editTitle', { name: training.person })}
    >
      <TrainingForm key={training?.id ?? 'new'} plan={plan} training={training} onDone={onClose} />
    </ItemModal>
  );
}

function TrainingForm({ plan, training, onDone }: { plan: TransformationPlan; training: PlanTraining | null; onDone: () => void }) {
  const { t } = useTranslation();
  const [today] = useState(() => calendarDate(new Date()));
  const schema = useMemo(() => trainingFormSchema(today), [today]);
  const form = useContractForm<TrainingValues, typeof schema>({
    schema,
    initialValues: trainingValuesOf(training),
    toInput: trainingInputOf,
    fieldOfPath: trainingFieldOf,
  });
  const save = useProcedureMutation('transformation.saveTraining', ITEM_CHANGE_REFRESH);
  const reload = useReloadPlan();
  const keepPlan = useKeepPlan();
  const { values } = form;
  const text = (field: 'person' | 'training' | 'newRole' | 'completedDate') => ({
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) => form.setValue(field, event.currentTarget.value),
    error: form.error(field),
    autoComplete: 'off',
  });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const valid = form.validate();
        if (valid === null) {
          return;
        }
        save.mutate(
          { planId: plan.id, version: plan.version, id: training?.id ?? null, training: valid },
          {
            onSuccess: (saved) => {
              keepPlan(saved);
              notifications.show({ color: 'teal', message: t('planItems.staff.saved', { name: valid.person }) });
              onDone();
            },
            onError: (error) => form.showFailure(error),
          },
        );
      }}
    >
      <Stack gap="md">
        <Fieldset legend={t('planItems.planned')}>
          <Stack gap="sm">
            <ContentChangeNote approved={plan.approval !== null} />
            <TextInput label={t('planItems.staff.person')} required data-autofocus {...text('person')} />
            <TextInput label={t('planItems.staff.training')} required {...text('training')} />
            <TextInput label={t('planItems.staff.newRole')} {...text('newRole')} />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('planItems.execution')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('planItems.staff.completedDate')} type="date" max={today} {...text('completedDate')} />
            <NumberInput
              label={t('planItems.staff.hours')}
              value={values.hours}
              onChange={(value) => form.setValue('hours', typeof value === 'number' ? value : '')}
              error={form.error('hours')}
              allowDecimal={false}
              allowNegative={false}
              min={1}
              max={2000}
            />
          </SimpleGrid>
        </Fieldset>
        <ItemFormFooter error={save.error} isField={isField} pending={save.isPending} onCancel={onDone} onReload={() => void reload().then(onDone)} />
      </Stack>
    </form>
  );
}
