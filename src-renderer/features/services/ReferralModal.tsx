import { calendarDate } from '@contract/dates';
import type { Service } from '@contract/services-register';
import { createReferralInputSchema } from '@contract/services-register';
import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';

import { useProcedureMutation, useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useContractForm } from '../../components/forms/useContractForm';
import { IssuesAlert } from '../../components/IssuesAlert';
import { CapacityWarning } from './CapacityWarning';
import type { CapacityRefusal } from './referral-form';
import { capacityRefusalOf, REFERRAL_CHANGE_REFRESH } from './referral-form';
import { isFull } from './service-form';

type ReferralValues = { residentId: string; serviceId: string | null; requestedDate: string; note: string };
type ReferralInput = z.output<typeof createReferralInputSchema>;

const FIELDS = new Set(['serviceId', 'requestedDate', 'note']);

/** Referring the child to a service: which one, since when it was asked for, and a note. */
export function ReferralModal({ opened, residentId, onClose }: { opened: boolean; residentId: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} closeButtonProps={{ 'aria-label': t('services.close') }} title={t('services.refer.title')} size="lg">
      <ReferralForm residentId={residentId} onDone={onClose} />
    </Modal>
  );
}

/** "Name — load/capacity", with full ones marked, so the choice is made knowing the places left. */
function serviceOption(service: Service, full: string) {
  const numbers = `${service.load}/${service.capacity}`;
  return { value: service.id, label: isFull(service) ? `${service.name} — ${numbers} (${full})` : `${service.name} — ${numbers}` };
}

function ReferralForm({ residentId, onDone }: { residentId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const services = useProcedureQuery('services.list', {});
  const form = useContractForm<ReferralValues, typeof createReferralInputSchema>({
    schema: createReferralInputSchema,
    initialValues: { residentId, serviceId: null, requestedDate: calendarDate(new Date()), note: '' },
    fieldOfPath: (path) => (FIELDS.has(path) ? path : null),
  });
  const create = useProcedureMutation('referrals.create', REFERRAL_CHANGE_REFRESH);
  // The referral the core refused as over capacity: confirming sends exactly it again.
  const [refused, setRefused] = useState<{ input: ReferralInput; refusal: CapacityRefusal } | null>(null);
  const { values } = form;

  const send = (input: ReferralInput) =>
    create.mutate(input, {
      onSuccess: (referral) => {
        notifications.show({ color: 'teal', message: t('services.refer.done', { service: referral.serviceName }) });
        onDone();
      },
      onError: (error) => {
        const refusal = capacityRefusalOf(error);
        if (refusal !== null) {
          setRefused({ input, refusal });
          return;
        }
        form.showFailure(error);
      },
    });

  const options = (services.data ?? []).filter((service) => service.active).map((service) => serviceOption(service, t('services.fullMark')));
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setRefused(null);
        const valid = form.validate();
        if (valid !== null) {
          send(valid);
        }
      }}
    >
      <Stack gap="md">
        <Select
          label={t('services.refer.service')}
          placeholder={t('common.choose')}
          required
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          data={options}
          value={values.serviceId}
          onChange={(id) => {
            form.setValue('serviceId', id);
            setRefused(null);
          }}
          error={form.error('serviceId') ?? (services.isError ? t('errors.INTERNAL') : undefined)}
          disabled={services.isPending}
          allowDeselect={false}
          data-autofocus
        />
        <TextInput
          label={t('services.refer.requestedDate')}
          type="date"
          required
          value={values.requestedDate}
          onChange={(event) => {
            form.setValue('requestedDate', event.currentTarget.value);
            setRefused(null);
          }}
          error={form.error('requestedDate')}
        />
        <Textarea
          label={t('services.refer.note')}
          value={values.note}
          onChange={(event) => {
            form.setValue('note', event.currentTarget.value);
            setRefused(null);
          }}
          error={form.error('note')}
          rows={2}
          resize="vertical"
        />
        {refused !== null && (
          <CapacityWarning
            refusal={refused.refusal}
            question={t('services.refer.question')}
            confirmLabel={t('services.capacity.referAnyway')}
            pending={create.isPending}
            onConfirm={() => send({ ...refused.input, acceptOverCapacity: true })}
          />
        )}
        {create.error !== null && !['VALIDATION_FAILED', 'SERVICE_AT_CAPACITY'].includes(create.error.code) && <ErrorAlert error={create.error} />}
        <IssuesAlert error={create.error} shownBeside={(path) => FIELDS.has(path)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={create.isPending}>
            {t('services.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending && refused === null} disabled={refused !== null}>
            {t('services.refer.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
