import { matchesSearch } from '@contract/az-text';
import { planActionFieldsSchema } from '@contract/transformation';
import { Checkbox, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { useContractForm } from '../../components/forms/useContractForm';
import { FormFooter, FormModal } from './FormParts';
import type { ActionValues, PlanAction, TransformationPlan } from './plan-form';
import { ACTION_FIELDS, actionValuesOf, fieldsUnder, PLAN_CHANGE_REFRESH } from './plan-form';
import { usePhaseName } from './usePhaseName';

const fieldOf = fieldsUnder('action.', ACTION_FIELDS);
const isField = (path: string) => fieldOf(path) !== null;

/** A new action in `phaseId` (`action` null) or a change to an action's planned fields; a fresh form per opening. */
export function ActionModal({
  plan,
  action,
  phaseId,
  opened,
  session,
  onClose,
}: {
  plan: TransformationPlan;
  action: PlanAction | null;
  phaseId: string | null;
  opened: boolean;
  session: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={action === null ? t('transformation.action.addTitle') : t('transformation.action.editTitle')}>
      <ActionForm key={session} plan={plan} action={action} phaseId={phaseId} onDone={onClose} />
    </FormModal>
  );
}

function ActionForm({ plan, action, phaseId, onDone }: { plan: TransformationPlan; action: PlanAction | null; phaseId: string | null; onDone: () => void }) {
  const { t } = useTranslation();
  const phaseName = usePhaseName();
  const [version] = useState(plan.version);
  const form = useContractForm<ActionValues, typeof planActionFieldsSchema>({
    schema: planActionFieldsSchema,
    initialValues: actionValuesOf(action, phaseId),
    toInput: (values) => ({ ...values, phaseId: values.phaseId ?? '' }),
    fieldOfPath: fieldOf,
  });
  const save = useProcedureMutation('transformation.saveAction', PLAN_CHANGE_REFRESH);
  const phases = plan.phases.map((phase, index) => ({ value: phase.id, label: t('transformation.phases.numbered', { number: index + 1, name: phaseName(phase) }) }));
  // Any other action of the plan, grouped by its phase; the core refuses a choice that would loop.
  const others = useMemo(
    () =>
      plan.phases
        .map((phase, index) => ({
          group: t('transformation.phases.numbered', { number: index + 1, name: phaseName(phase) }),
          items: phase.actions.filter((other) => other.id !== action?.id).map((other) => ({ value: other.id, label: other.title })),
        }))
        .filter((group) => group.items.length > 0),
    [plan.phases, action, phaseName, t],
  );
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
        save.mutate(
          { planId: plan.id, version, id: action?.id ?? null, action: valid },
          {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: t('transformation.action.saved') });
              onDone();
            },
            onError: (error) => form.showFailure(error),
          },
        );
      }}
    >
      <Stack gap="md">
        <Select
          label={t('transformation.action.phase')}
          required
          data={phases}
          value={values.phaseId}
          onChange={(value) => form.setValue('phaseId', value)}
          error={form.error('phaseId')}
          allowDeselect={false}
        />
        <Textarea
          label={t('transformation.action.title')}
          required
          value={values.title}
          onChange={(event) => form.setValue('title', event.currentTarget.value)}
          error={form.error('title')}
          autosize
          minRows={2}
          data-autofocus
        />
        <TextInput
          label={t('transformation.action.owner')}
          description={t('transformation.action.ownerHint')}
          value={values.owner}
          onChange={(event) => form.setValue('owner', event.currentTarget.value)}
          error={form.error('owner')}
          autoComplete="off"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('transformation.action.startDate')}
            type="date"
            value={values.startDate}
            onChange={(event) => form.setValue('startDate', event.currentTarget.value)}
            error={form.error('startDate')}
          />
          <TextInput
            label={t('transformation.action.dueDate')}
            type="date"
            value={values.dueDate}
            onChange={(event) => form.setValue('dueDate', event.currentTarget.value)}
            error={form.error('dueDate')}
          />
        </SimpleGrid>
        <Checkbox
          label={t('transformation.action.milestoneLabel')}
          description={t('transformation.action.milestoneHint')}
          checked={values.milestone}
          onChange={(event) => form.setValue('milestone', event.currentTarget.checked)}
          error={form.error('milestone')}
        />
        <MultiSelect
          label={t('transformation.action.dependsOn')}
          description={t('transformation.action.dependsOnHint')}
          placeholder={values.dependsOn.length === 0 ? t('transformation.action.noDependencies') : undefined}
          data={others}
          value={values.dependsOn}
          onChange={(ids) => form.setValue('dependsOn', ids)}
          error={form.error('dependsOn')}
          searchable
          clearable
          nothingFoundMessage={t('common.nothingFound')}
          filter={({ options, search }) =>
            options
              .map((option) => ('group' in option ? { ...option, items: option.items.filter((item) => matchesSearch(search, item.label)) } : option))
              .filter((option) => ('group' in option ? option.items.length > 0 : matchesSearch(search, option.label)))
          }
        />
        <FormFooter error={save.error} isField={isField} pending={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
