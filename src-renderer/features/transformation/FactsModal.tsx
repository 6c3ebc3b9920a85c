import { planFactsSchema } from '@contract/transformation';
import { Fieldset, NumberInput, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import type { ContractForm } from '../../components/forms/useContractForm';
import { useContractForm } from '../../components/forms/useContractForm';
import type { FactsValues } from './facts-form';
import { BUILDING_NUMBER_FIELDS, FACT_FIELDS, factsInputOf, factsValuesOf, STAFF_FIELDS } from './facts-form';
import { FormFooter, FormModal } from './FormParts';
import type { TransformationPlan } from './plan-form';
import { fieldsUnder, PLAN_CHANGE_REFRESH } from './plan-form';

const fieldOf = fieldsUnder('facts.', FACT_FIELDS);
const isField = (path: string) => fieldOf(path) !== null;

type NumberField = Exclude<keyof FactsValues, 'building.condition'>;

/** Changing the director's facts; a fresh form each time it opens (`session`). */
export function FactsModal({ plan, opened, session, onClose }: { plan: TransformationPlan; opened: boolean; session: number; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('transformation.facts.editTitle')} size="xl">
      <FactsForm key={session} plan={plan} onDone={onClose} />
    </FormModal>
  );
}

function FactsForm({ plan, onDone }: { plan: TransformationPlan; onDone: () => void }) {
  const { t } = useTranslation();
  const [version] = useState(plan.version);
  const form = useContractForm<FactsValues, typeof planFactsSchema>({
    schema: planFactsSchema,
    initialValues: factsValuesOf(plan.facts),
    toInput: factsInputOf,
    fieldOfPath: fieldOf,
  });
  const save = useProcedureMutation('transformation.saveFacts', PLAN_CHANGE_REFRESH);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const facts = form.validate();
        if (facts === null) {
          return;
        }
        save.mutate(
          { id: plan.id, version, facts },
          {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: t('transformation.facts.saved') });
              onDone();
            },
            onError: (error) => form.showFailure(error),
          },
        );
      }}
    >
      <Stack gap="md">
        <Fieldset legend={t('transformation.facts.staff.title')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            {STAFF_FIELDS.map((field) => (
              <CountInput key={field} form={form} field={field} description={field === 'staff.total' ? t('transformation.facts.staff.totalHint') : undefined} />
            ))}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('transformation.facts.budget.title')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <CountInput form={form} field="budget.year" grouping={false} />
            <NumberInput
              label={t('transformation.facts.budget.annualQepik')}
              description={t('transformation.facts.budget.annualHint')}
              value={form.values['budget.annualQepik']}
              onChange={(value) => form.setValue('budget.annualQepik', typeof value === 'number' ? value : '')}
              error={form.error('budget.annualQepik')}
              decimalScale={2}
              fixedDecimalScale
              allowNegative={false}
              thousandSeparator=" "
              suffix=" AZN"
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('transformation.facts.building.title')}>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              {BUILDING_NUMBER_FIELDS.map((field) => (
                <CountInput key={field} form={form} field={field} decimals={field === 'building.floorAreaM2' ? 2 : 0} />
              ))}
            </SimpleGrid>
            <Textarea
              label={t('transformation.facts.building.condition')}
              value={form.values['building.condition']}
              onChange={(event) => form.setValue('building.condition', event.currentTarget.value)}
              error={form.error('building.condition')}
              autosize
              minRows={2}
            />
          </Stack>
        </Fieldset>
        <FormFooter error={save.error} isField={isField} pending={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

/** A count (or an area with two decimals), empty while unknown. */
function CountInput({
  form,
  field,
  description,
  decimals = 0,
  grouping = true,
}: {
  form: ContractForm<FactsValues, typeof planFactsSchema>;
  field: NumberField;
  description?: string | undefined;
  decimals?: number;
  grouping?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <NumberInput
      label={t(`transformation.facts.${field}`)}
      description={description}
      value={form.values[field]}
      onChange={(value) => form.setValue(field, typeof value === 'number' ? value : '')}
      error={form.error(field)}
      allowDecimal={decimals > 0}
      decimalScale={decimals > 0 ? decimals : undefined}
      allowNegative={false}
      thousandSeparator={grouping ? ' ' : undefined}
    />
  );
}
