import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { ContractForm } from '../../components/forms/useContractForm';
import { ReferenceMultiSelect } from '../../components/ReferenceMultiSelect';
import type { PlanFieldsValues } from './plan-form';

type PlanFieldsForm = Pick<ContractForm<PlanFieldsValues, never>, 'values' | 'setValue' | 'error'>;

/** The plan's title, period and target service models: the same inputs to create the plan and to change it. */
export function PlanFieldsInputs({ form, autoFocus = false }: { form: PlanFieldsForm; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const { values } = form;
  return (
    <Stack gap="md">
      <TextInput
        label={t('transformation.fields.title')}
        description={t('transformation.fields.titleHint')}
        required
        value={values.title}
        onChange={(event) => form.setValue('title', event.currentTarget.value)}
        error={form.error('title')}
        autoComplete="off"
        data-autofocus={autoFocus || undefined}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t('transformation.fields.periodStart')}
          type="date"
          required
          value={values.periodStart}
          onChange={(event) => form.setValue('periodStart', event.currentTarget.value)}
          error={form.error('periodStart')}
        />
        <TextInput
          label={t('transformation.fields.periodEnd')}
          type="date"
          required
          value={values.periodEnd}
          onChange={(event) => form.setValue('periodEnd', event.currentTarget.value)}
          error={form.error('periodEnd')}
        />
      </SimpleGrid>
      <ReferenceMultiSelect
        kind="service_model"
        label={t('transformation.fields.targetModels')}
        description={t('transformation.fields.targetModelsHint')}
        required
        value={values.targetModelCodes}
        onChange={(codes) => form.setValue('targetModelCodes', codes)}
        error={form.error('targetModelCodes')}
      />
    </Stack>
  );
}
