import { calendarDate } from '@contract/dates';
import type { TransformationPlan } from '@contract/transformation-views';
import { Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation, useProcedureQuery } from '../../api/hooks';
import { useContractForm } from '../../components/forms/useContractForm';
import { useReferenceLabel } from '../institution/useReferenceLabel';
import { ItemFormFooter, ItemModal, useKeepPlan, useReloadPlan } from './FormParts';
import type { OpenServiceValues } from './item-forms';
import { openServiceFieldOf, openServiceFormSchema } from './item-forms';
import type { PlanNewService } from './plan-items';
import { OPEN_SERVICE_REFRESH } from './plan-items';

const isField = (path: string) => openServiceFieldOf(path) !== null;

/**
 * Records that a planned service has opened (execution: no plan version, no new approval): the day,
 * and the entry of the services register it is, either one already there or one created from the
 * planned name, type and capacity.
 */
export function OpenServiceModal({
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
    <ItemModal opened={opened} onClose={onClose} title={t('planItems.open.title', { name: service?.name ?? '' })}>
      {service !== null && <OpenServiceForm key={service.id} plan={plan} service={service} onDone={onClose} />}
    </ItemModal>
  );
}

function OpenServiceForm({ plan, service, onDone }: { plan: TransformationPlan; service: PlanNewService; onDone: () => void }) {
  const { t } = useTranslation();
  const [today] = useState(() => calendarDate(new Date()));
  const schema = useMemo(() => openServiceFormSchema(today), [today]);
  const form = useContractForm<OpenServiceValues, typeof schema>({
    schema,
    initialValues: { openedDate: today, link: 'create', serviceId: null },
    fieldOfPath: openServiceFieldOf,
  });
  const register = useProcedureQuery('services.list', {});
  const typeLabel = useReferenceLabel('service_type');
  const save = useProcedureMutation('transformation.openNewService', OPEN_SERVICE_REFRESH);
  const reload = useReloadPlan();
  const keepPlan = useKeepPlan();
  const { values } = form;
  // An entry already linked to another of the plan's services cannot be linked again.
  const taken = new Set(plan.newServices.flatMap((other) => (other.id !== service.id && other.serviceId !== null ? [other.serviceId] : [])));
  const choices = (register.data ?? []).filter((entry) => !taken.has(entry.id));
  const chosen = choices.find((entry) => entry.id === values.serviceId);
  const capacity = values.link === 'create' ? service.capacity : chosen?.capacity;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const valid = form.validate();
        if (valid === null) {
          return;
        }
        const serviceId = valid.link === 'create' ? null : valid.serviceId;
        save.mutate(
          { id: service.id, openedDate: valid.openedDate, serviceId },
          {
            onSuccess: (saved) => {
              keepPlan(saved);
              notifications.show({ color: 'teal', message: t('planItems.open.saved', { name: service.name }) });
              onDone();
            },
            onError: (error) => form.showFailure(error),
          },
        );
      }}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('planItems.open.intro')}
        </Text>
        <TextInput
          label={t('planItems.open.date')}
          type="date"
          required
          max={today}
          data-autofocus
          value={values.openedDate}
          onChange={(event) => form.setValue('openedDate', event.currentTarget.value)}
          error={form.error('openedDate')}
        />
        <Radio.Group
          label={t('planItems.open.register')}
          value={values.link}
          onChange={(link) => form.setValues({ ...values, link: link === 'existing' ? 'existing' : 'create', serviceId: null })}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="create" label={t('planItems.open.create')} description={t('planItems.open.createHint')} />
            <Radio value="existing" label={t('planItems.open.link')} />
          </Stack>
        </Radio.Group>
        {values.link === 'existing' && (
          <Select
            label={t('planItems.open.service')}
            required
            searchable
            placeholder={t('common.choose')}
            nothingFoundMessage={t('common.nothingFound')}
            data={choices.map((entry) => ({ value: entry.id, label: t('planItems.open.serviceOption', { name: entry.name, type: typeLabel(entry.typeCode) }) }))}
            value={values.serviceId}
            onChange={(id) => form.setValue('serviceId', id)}
            error={form.error('serviceId')}
            disabled={register.isLoading}
            allowDeselect={false}
          />
        )}
        {capacity !== undefined && <Text size="sm">{t('planItems.open.capacity', { places: capacity })}</Text>}
        <ItemFormFooter
          error={save.error}
          isField={isField}
          pending={save.isPending}
          onCancel={onDone}
          onReload={() => void reload().then(onDone)}
          submitLabel={t('planItems.open.submit')}
        />
      </Stack>
    </form>
  );
}
