import type { Service } from '@contract/services-register';
import { Button, Checkbox, Group, Modal, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useContractForm } from '../../components/forms/useContractForm';
import { IssuesAlert } from '../../components/IssuesAlert';
import { ReferenceSelect } from '../../components/ReferenceSelect';
import type { ServiceFormValues } from './service-form';
import {
  emptyServiceValues,
  SERVICE_CHANGE_REFRESH,
  serviceFieldOf,
  serviceFormSchema,
  serviceInputOf,
  serviceValuesOf,
} from './service-form';

/**
 * The dialog for a new service (`service` null) or for changing one. The form lives inside the
 * modal, so it starts afresh each time the dialog opens.
 */
export function ServiceFormModal({ opened, service, onClose }: { opened: boolean; service: Service | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('services.close') }}
      title={service === null ? t('services.form.addTitle') : t('services.form.editTitle', { name: service.name })}
      size="lg"
    >
      <ServiceForm key={service?.id ?? 'new'} service={service} onDone={onClose} />
    </Modal>
  );
}

function ServiceForm({ service, onDone }: { service: Service | null; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useContractForm<ServiceFormValues, typeof serviceFormSchema>({
    schema: serviceFormSchema,
    initialValues: service === null ? emptyServiceValues : serviceValuesOf(service),
    toInput: serviceInputOf,
    fieldOfPath: serviceFieldOf,
  });
  const save = useProcedureMutation('services.save', SERVICE_CHANGE_REFRESH);
  const { values } = form;
  const text = (field: 'name' | 'address' | 'phone') => ({
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
          { id: service?.id ?? null, service: valid },
          {
            onSuccess: (saved) => {
              notifications.show({ color: 'teal', message: t('services.notify.saved', { name: saved.name }) });
              onDone();
            },
            onError: (error) => form.showFailure(error),
          },
        );
      }}
    >
      <Stack gap="md">
        <TextInput label={t('services.fields.name')} required data-autofocus {...text('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <ReferenceSelect
            kind="service_type"
            label={t('services.fields.type')}
            required
            value={values.typeCode}
            onChange={(code) => form.setValue('typeCode', code)}
            error={form.error('typeCode')}
          />
          <ReferenceSelect
            kind="region"
            label={t('services.fields.region')}
            alphabetical
            clearable
            value={values.regionCode}
            onChange={(code) => form.setValue('regionCode', code)}
            error={form.error('regionCode')}
          />
          <TextInput label={t('services.fields.address')} {...text('address')} />
          <TextInput label={t('services.fields.phone')} type="tel" placeholder="+994 12 555 12 34" {...text('phone')} />
          <NumberInput
            label={t('services.fields.capacity')}
            description={t('services.fields.capacityHint')}
            required
            value={values.capacity}
            onChange={(value) => form.setValue('capacity', typeof value === 'number' ? value : '')}
            error={form.error('capacity')}
            allowDecimal={false}
            allowNegative={false}
            min={1}
            max={5000}
          />
        </SimpleGrid>
        <Textarea
          label={t('services.fields.note')}
          value={values.note}
          onChange={(event) => form.setValue('note', event.currentTarget.value)}
          error={form.error('note')}
          rows={2}
          resize="vertical"
        />
        <Checkbox
          label={t('services.fields.active')}
          description={t('services.fields.activeHint')}
          checked={values.active}
          onChange={(event) => form.setValue('active', event.currentTarget.checked)}
        />
        {save.error !== null && save.error.code !== 'VALIDATION_FAILED' && <ErrorAlert error={save.error} />}
        <IssuesAlert error={save.error} shownBeside={(path) => serviceFieldOf(path) !== null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={save.isPending}>
            {t('services.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {service === null ? t('services.form.add') : t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
