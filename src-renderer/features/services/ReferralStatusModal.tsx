import { calendarDate } from '@contract/dates';
import type { Referral, ReferralStatus } from '@contract/services-register';
import { setReferralStatusInputSchema } from '@contract/services-register';
import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';

import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useContractForm } from '../../components/forms/useContractForm';
import { IssuesAlert } from '../../components/IssuesAlert';
import { CapacityWarning } from './CapacityWarning';
import type { CapacityRefusal } from './referral-form';
import { capacityRefusalOf, REFERRAL_CHANGE_REFRESH } from './referral-form';

type StatusValues = { id: string; status: ReferralStatus; date: string; note: string };
type StatusInput = z.output<typeof setReferralStatusInputSchema>;

const FIELDS = new Set(['date', 'note']);

/** The change a person asked for: this referral, to this status. */
export type StatusChange = { referral: Referral; status: ReferralStatus };

/** Moving a referral on (accepted, attending, ended, declined) from the day it happened. */
export function ReferralStatusModal({ change, opened, onClose }: { change: StatusChange | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened && change !== null}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('services.close') }}
      title={change === null ? '' : t(`services.statusChange.title.${change.status}`, { service: change.referral.serviceName })}
    >
      {change !== null && <StatusForm key={`${change.referral.id}:${change.status}`} change={change} onDone={onClose} />}
    </Modal>
  );
}

function StatusForm({ change, onDone }: { change: StatusChange; onDone: () => void }) {
  const { t } = useTranslation();
  const { referral, status } = change;
  const form = useContractForm<StatusValues, typeof setReferralStatusInputSchema>({
    schema: setReferralStatusInputSchema,
    initialValues: { id: referral.id, status, date: calendarDate(new Date()), note: '' },
    fieldOfPath: (path) => (FIELDS.has(path) ? path : null),
  });
  const save = useProcedureMutation('referrals.setStatus', REFERRAL_CHANGE_REFRESH);
  const [refused, setRefused] = useState<{ input: StatusInput; refusal: CapacityRefusal } | null>(null);

  const send = (input: StatusInput) =>
    save.mutate(input, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('services.statusChange.done', { service: referral.serviceName }) });
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
        <Text size="sm">{t(`services.statusChange.explain.${status}`)}</Text>
        <TextInput
          label={t('services.statusChange.date')}
          type="date"
          required
          value={form.values.date}
          onChange={(event) => {
            form.setValue('date', event.currentTarget.value);
            setRefused(null);
          }}
          error={form.error('date')}
          data-autofocus
        />
        <Textarea
          label={t('services.statusChange.note')}
          description={t('services.statusChange.noteHint')}
          value={form.values.note}
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
            question={t('services.statusChange.question')}
            confirmLabel={t('services.capacity.takeAnyway')}
            pending={save.isPending}
            onConfirm={() => send({ ...refused.input, acceptOverCapacity: true })}
          />
        )}
        {save.error !== null && !['VALIDATION_FAILED', 'SERVICE_AT_CAPACITY'].includes(save.error.code) && <ErrorAlert error={save.error} />}
        <IssuesAlert error={save.error} shownBeside={(path) => FIELDS.has(path)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={save.isPending}>
            {t('services.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending && refused === null} disabled={refused !== null}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
