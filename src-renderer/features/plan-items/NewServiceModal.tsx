import type { TransformationPlan } from '@contract/transformation-views';
import { NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { useContractForm } from '../../components/forms/useContractForm';
import { ReferenceSelect } from '../../components/ReferenceSelect';
import { ContentChangeNote, ItemFormFooter, ItemModal, useKeepPlan, useReloadPlan } from './FormParts';
import type { NewServiceValues } from './item-forms';
import { newServiceFieldOf, newServiceFormSchema, newServiceInputOf, newServiceValuesOf } from './item-forms';
import type { PlanNewService } from './plan-items';
import { ITEM_CHANGE_REFRESH } from './plan-items';

const isField = (path: string) => newServiceFieldOf(path) !== null;

/** A new service the plan will open (`service` null) or a change to one: plan content, under the plan's version. */
export function NewServiceModal({
  plan,
  service,
  opened,
  onClose,
}: {
  plan: TransformationPlan;
  service: PlanNewService | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ItemModal
      opened={opened}
      onClose={onClose}
      title={service === null ? t('planItems.services.addTitle') : t('planItems.services.editTitle', { name: service.name })}
    >
      <NewServiceForm key={service?.id ?? 'new'} plan={plan} service={service} onDone={onClose} />
    </ItemModal>
  );
}

function NewServiceForm({ plan, service, onDone }: { plan: TransformationPlan; service: PlanNewService | null; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useContractForm<NewServiceValues, typeof newServiceFormSchema>({
    schema: newServiceFormSchema,
    initialValues: newServiceValuesOf(service),
    toInput: newServiceInputOf,
    fieldOfPath: newServiceFieldOf,
  });
  const save = useProcedureMutation('transformation.saveNewService', ITEM_CHANGE_REFRESH);
  const reload = useReloadPlan();
  const keepPlan = useKeepPlan();
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
          { planId: plan.id, version: plan.version, id: service?.id ?? null, service: valid },
          {
            onSuccess: (saved) => {
              keepPlan(saved);
              notifications.show({ color: 'teal', message: t('planItems.services.saved', { name: valid.name }) });
              onDone();
            },
            onError: (error) => form.showFailure(error),
          },
        );
      }}
    >
      <Stack gap="md">
        <ContentChangeNote approved={plan.approval !== null} />
        <TextInput
          label={t('planItems.services.name')}
          required
          data-autofocus
          autoComplete="off"
          value={values.name}
          onChange={(event) => form.setValue('name', event.currentTarget.value)}
          error={form.error('name')}
        />
        <ReferenceSelect
          kind="service_type"
          label={t('planItems.services.type')}
          required
          value={values.serviceTypeCode}
          onChange={(code) => form.setValue('serviceTypeCode', code)}
          error={form.error('serviceTypeCode')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NumberInput
            label={t('planItems.services.capacity')}
            required
            value={values.capacity}
            onChange={(value) => form.setValue('capacity', typeof value === 'number' ? value : '')}
            error={form.error('capacity')}
            allowDecimal={false}
            allowNegative={false}
            min={1}
            max={5000}
          />
          <TextInput
            label={t('planItems.services.plannedOpening')}
            type="date"
            value={values.plannedOpeningDate}
            onChange={(event) => form.setValue('plannedOpeningDate', event.currentTarget.value)}
            error={form.error('plannedOpeningDate')}
          />
        </SimpleGrid>
        <ItemFormFooter error={save.error} isField={isField} pending={save.isPending} onCancel={onDone} onReload={() => void reload().then(onDone)} />
      </Stack>
    </form>
  );
}
