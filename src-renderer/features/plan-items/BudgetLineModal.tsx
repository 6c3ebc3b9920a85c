import { calendarDate } from '@contract/dates';
import type { TransformationPlan } from '@contract/transformation-views';
import { Fieldset, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { useContractForm } from '../../components/forms/useContractForm';
import { useLanguage } from '../../i18n/useLanguage';
import type { BudgetLineValues } from './budget-form';
import { budgetLineFieldOf, budgetLineFormSchema, budgetLineValuesOf } from './budget-form';
import { ContentChangeNote, ItemFormFooter, ItemModal, useKeepPlan, useReloadPlan } from './FormParts';
import type { PlanBudgetLine } from './plan-items';
import { ITEM_CHANGE_REFRESH } from './plan-items';

const isField = (path: string) => budgetLineFieldOf(path) !== null;

/**
 * A budget line (`line` null: a new one) or a change to it: title and planned amount (plan content);
 * the amount moved to new services and the day it moved (execution). Amounts are typed in AZN and
 * sent as whole qəpik.
 */
export function BudgetLineModal({
  plan,
  line,
  opened,
  onClose,
}: {
  plan: TransformationPlan;
  line: PlanBudgetLine | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ItemModal opened={opened} onClose={onClose} title={line === null ? t('planItems.budget.addTitle') : t('planItems.budget.editTitle', { name: line.title })}>
      <BudgetLineForm key={line?.id ?? 'new'} plan={plan} line={line} onDone={onClose} />
    </ItemModal>
  );
}

function BudgetLineForm({ plan, line, onDone }: { plan: TransformationPlan; line: PlanBudgetLine | null; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [today] = useState(() => calendarDate(new Date()));
  const schema = useMemo(() => budgetLineFormSchema(today), [today]);
  const form = useContractForm<BudgetLineValues, typeof schema>({
    schema,
    initialValues: budgetLineValuesOf(line, language),
    fieldOfPath: budgetLineFieldOf,
  });
  const save = useProcedureMutation('transformation.saveBudgetLine', ITEM_CHANGE_REFRESH);
  const reload = useReloadPlan();
  const keepPlan = useKeepPlan();
  const text = (field: keyof BudgetLineValues) => ({
    value: form.values[field],
    onChange: (event: { currentTarget: { value: string } }) => form.setValue(field, event.currentTarget.value),
    error: form.error(field),
    autoComplete: 'off',
  });
  const amount = { inputMode: 'decimal' as const, description: t('planItems.budget.aznHint') };
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
          { planId: plan.id, version: plan.version, id: line?.id ?? null, line: valid },
          {
            onSuccess: (saved) => {
              keepPlan(saved);
              notifications.show({ color: 'teal', message: t('planItems.budget.saved', { name: valid.title }) });
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
            <TextInput label={t('planItems.budget.title')} required data-autofocus {...text('title')} />
            <TextInput label={t('planItems.budget.planned')} required {...amount} {...text('plannedQepik')} />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('planItems.execution')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('planItems.budget.moved')} {...amount} {...text('movedQepik')} />
            <TextInput label={t('planItems.budget.movedDate')} type="date" max={today} {...text('movedDate')} />
          </SimpleGrid>
        </Fieldset>
        <ItemFormFooter error={save.error} isField={isField} pending={save.isPending} onCancel={onDone} onReload={() => void reload().then(onDone)} />
      </Stack>
    </form>
  );
}
