import { goalInputSchema, goalStatuses } from '@contract/plans';
import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { useContractForm } from '../../components/forms/useContractForm';
import { ReferenceSelect } from '../../components/ReferenceSelect';
import { FormFooter, FormModal } from './FormParts';
import type { GoalStatus, GoalValues, PlanGoal } from './plan-form';
import { fieldsUnder, GOAL_FIELDS, goalValuesOf, PLAN_PART_CHANGE_REFRESH } from './plan-form';

const fieldOf = fieldsUnder('goal.', GOAL_FIELDS);
const isField = (path: string) => fieldOf(path) !== null;
const isGoalStatus = (value: string | null): value is GoalStatus => (goalStatuses as readonly (string | null)[]).includes(value);

/** A new goal of the plan (`goal` null) or a change to one: domain, what, by when, how far along. */
export function GoalModal({ planId, goal, opened, onClose }: { planId: string; goal: PlanGoal | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={goal === null ? t('pathway.plan.addGoalTitle') : t('pathway.plan.editGoalTitle')}>
      <GoalForm key={goal?.id ?? 'new'} planId={planId} goal={goal} onDone={onClose} />
    </FormModal>
  );
}

function GoalForm({ planId, goal, onDone }: { planId: string; goal: PlanGoal | null; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useContractForm<GoalValues, typeof goalInputSchema>({
    schema: goalInputSchema,
    initialValues: goalValuesOf(goal),
    fieldOfPath: fieldOf,
  });
  const add = useProcedureMutation('plans.addGoal', PLAN_PART_CHANGE_REFRESH);
  const update = useProcedureMutation('plans.updateGoal', PLAN_PART_CHANGE_REFRESH);
  const save = goal === null ? add : update;
  const { values } = form;
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
            notifications.show({ color: 'teal', message: t('pathway.plan.goalSaved') });
            onDone();
          },
          onError: (error: unknown) => form.showFailure(error),
        };
        if (goal === null) {
          add.mutate({ planId, goal: valid }, options);
        } else {
          update.mutate({ goalId: goal.id, goal: valid }, options);
        }
      }}
    >
      <Stack gap="md">
        <ReferenceSelect
          kind="assessment_domain"
          label={t('pathway.plan.domain')}
          required
          value={values.domainCode}
          onChange={(code) => form.setValue('domainCode', code)}
          error={form.error('domainCode')}
        />
        <Textarea
          label={t('pathway.plan.goalText')}
          required
          value={values.text}
          onChange={(event) => form.setValue('text', event.currentTarget.value)}
          error={form.error('text')}
          rows={3}
          resize="vertical"
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('pathway.plan.targetDate')}
            type="date"
            value={values.targetDate}
            onChange={(event) => form.setValue('targetDate', event.currentTarget.value)}
            error={form.error('targetDate')}
          />
          <Select
            label={t('pathway.plan.status')}
            required
            data={goalStatuses.map((status) => ({ value: status, label: t(`pathway.goalStatus.${status}`) }))}
            value={values.status}
            onChange={(status) => isGoalStatus(status) && form.setValue('status', status)}
            error={form.error('status')}
            allowDeselect={false}
          />
        </SimpleGrid>
        <FormFooter error={save.error} isField={isField} pending={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
