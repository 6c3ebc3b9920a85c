import type { GatekeepingRequest } from '@contract/gatekeeping';
import { sexes } from '@contract/residents';
import { Button, Checkbox, Fieldset, Group, Modal, Radio, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { FormFailure } from '../../components/FormFailure';
import type { ContractForm } from '../../components/forms/useContractForm';
import { useContractForm } from '../../components/forms/useContractForm';
import { ReferenceMultiSelect } from '../../components/ReferenceMultiSelect';
import { ReferenceSelect } from '../../components/ReferenceSelect';
import type { RequestFields, RequestFormSchema, RequestValues } from './gatekeeping-form';
import { childNameOf, emptyRequestValues, GATEKEEPING_CHANGE_REFRESH, requestFieldOf, requestFormSchema, requestValuesOf } from './gatekeeping-form';

/**
 * The dialog for a new request (`request` null) or for changing a pending one. The form lives inside
 * the modal, so it starts afresh each time the dialog opens.
 */
export function RequestFormModal({
  opened,
  request,
  today,
  onClose,
}: {
  opened: boolean;
  request: GatekeepingRequest | null;
  /** `YYYY-MM-DD`: a new request's received date, and the last day a date may name. */
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const title =
    request === null
      ? t('gatekeeping.form.createTitle')
      : t('gatekeeping.form.editTitle', { name: childNameOf(request) });
  return (
    <Modal opened={opened} onClose={onClose} closeButtonProps={{ 'aria-label': t('gatekeeping.close') }} title={title} size="xl">
      <RequestForm request={request} today={today} onDone={onClose} />
    </Modal>
  );
}

function RequestForm({ request, today, onDone }: { request: GatekeepingRequest | null; today: string; onDone: () => void }) {
  const { t } = useTranslation();
  const schema = useMemo(() => requestFormSchema(today), [today]);
  const form = useContractForm<RequestValues, RequestFormSchema>({
    schema,
    initialValues: request === null ? emptyRequestValues(today) : requestValuesOf(request),
    fieldOfPath: requestFieldOf,
  });
  const create = useProcedureMutation('gatekeeping.create', GATEKEEPING_CHANGE_REFRESH);
  const update = useProcedureMutation('gatekeeping.update', GATEKEEPING_CHANGE_REFRESH);
  const saving = create.isPending || update.isPending;
  const failure = request === null ? create.error : update.error;

  const save = (fields: RequestFields) => {
    const callbacks = {
      onSuccess: (saved: GatekeepingRequest) => {
        const name = childNameOf(saved);
        notifications.show({
          color: 'teal',
          message: request === null ? t('gatekeeping.notify.created', { name }) : t('gatekeeping.notify.updated', { name }),
        });
        onDone();
      },
      onError: (error: unknown) => form.showFailure(error),
    };
    if (request === null) {
      create.mutate({ request: fields }, callbacks);
    } else {
      update.mutate({ id: request.id, request: fields }, callbacks);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const valid = form.validate();
        if (valid !== null) {
          save(valid);
        }
      }}
    >
      <Stack gap="md">
        <RequestFields form={form} today={today} />
        <FormFailure error={failure} isField={(path) => requestFieldOf(path) !== null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={saving}>
            {t('gatekeeping.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {request === null ? t('gatekeeping.form.create') : t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The request's inputs: when it came, the child, who asked and why, what the assessment found. */
function RequestFields({ form, today }: { form: ContractForm<RequestValues, RequestFormSchema>; today: string }) {
  const { t } = useTranslation();
  const { values } = form;
  const text = (field: 'childSurname' | 'childFirstName' | 'childPatronymic' | 'requesterName') => ({
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) => form.setValue(field, event.currentTarget.value),
    error: form.error(field),
    autoComplete: 'off',
  });
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <TextInput
          type="date"
          label={t('gatekeeping.form.received')}
          required
          value={values.receivedDate}
          onChange={(event) => form.setValue('receivedDate', event.currentTarget.value)}
          error={form.error('receivedDate')}
          max={today}
        />
      </SimpleGrid>
      <Fieldset legend={t('gatekeeping.form.child')}>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput label={t('residentFields.surname')} required {...text('childSurname')} data-autofocus />
            <TextInput label={t('residentFields.firstName')} required {...text('childFirstName')} />
            <TextInput label={t('residentFields.patronymic')} {...text('childPatronymic')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <Radio.Group
              label={t('residentFields.sex')}
              required
              value={values.childSex}
              onChange={(value) => form.setValue('childSex', sexes.find((sex) => sex === value) ?? null)}
              error={form.error('childSex')}
            >
              <Group gap="lg" mt={8}>
                {sexes.map((sex) => (
                  <Radio key={sex} value={sex} label={t(`residentEnums.sex.${sex}`)} />
                ))}
              </Group>
            </Radio.Group>
            <TextInput
              type="date"
              label={t('residentFields.birthDate')}
              description={t('gatekeeping.form.birthDateHint')}
              value={values.childBirthDate}
              onChange={(event) => form.setValue('childBirthDate', event.currentTarget.value)}
              error={form.error('childBirthDate')}
              max={today}
            />
          </SimpleGrid>
        </Stack>
      </Fieldset>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <ReferenceSelect
          kind="gatekeeping_requester"
          label={t('gatekeeping.form.requester')}
          required
          value={values.requesterCode}
          onChange={(code) => form.setValue('requesterCode', code)}
          error={form.error('requesterCode')}
        />
        <TextInput label={t('gatekeeping.form.requesterName')} {...text('requesterName')} />
      </SimpleGrid>
      <ReferenceMultiSelect
        kind="admission_reason"
        label={t('gatekeeping.form.reasons')}
        description={t('gatekeeping.form.reasonsHint')}
        required
        value={values.reasonCodes}
        onChange={(codes) => form.setValue('reasonCodes', codes)}
        error={form.error('reasonCodes')}
      />
      <Textarea
        label={t('gatekeeping.form.assessment')}
        description={t('gatekeeping.form.assessmentHint')}
        autosize
        minRows={3}
        maxRows={10}
        value={values.assessmentSummary}
        onChange={(event) => form.setValue('assessmentSummary', event.currentTarget.value)}
        error={form.error('assessmentSummary')}
      />
      <Checkbox
        label={t('gatekeeping.form.commission')}
        description={t('gatekeeping.form.commissionHint')}
        checked={values.commissionInvolved}
        onChange={(event) => form.setValue('commissionInvolved', event.currentTarget.checked)}
      />
    </>
  );
}
