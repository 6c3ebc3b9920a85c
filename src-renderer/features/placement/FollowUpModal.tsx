import { calendarDate } from '@contract/dates';
import type { FollowUp, FollowUpOutcome, Placement } from '@contract/placements';
import { followUpOutcomes, recordFollowUpInputSchema } from '@contract/placements';
import { Alert, Button, Group, Modal, Radio, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useContractForm } from '../../components/forms/useContractForm';
import { IssuesAlert } from '../../components/IssuesAlert';
import { useDateText } from '../resident/useDateText';
import { FOLLOW_UP_REFRESH, onlyPaths } from './placement-form';
import type { PlacementActions } from './PlacementCard';
import { NextStepButtons } from './PlacementCard';

type VisitValues = { visitDate: string; visitor: string; outcome: FollowUpOutcome | null; notes: string };

const FIELDS = ['visitDate', 'visitor', 'outcome', 'notes'] as const;
const isOutcome = (value: string): value is FollowUpOutcome => (followUpOutcomes as readonly string[]).includes(value);

/** The visit being recorded, and the placement it belongs to. */
export type VisitDialog = { visit: FollowUp; placement: Placement };

/**
 * Recording what a follow-up visit found. A visit that found the placement broken down does not end
 * it: the dialog then asks what happens next (re-admission or another placement).
 */
export function FollowUpModal({
  dialog,
  opened,
  session,
  actions,
  onClose,
}: {
  dialog: VisitDialog | null;
  opened: boolean;
  session: number;
  actions: PlacementActions;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('placement.visit.title')} size="lg" closeButtonProps={{ 'aria-label': t('placement.close') }}>
      {dialog !== null && <VisitForm key={session} dialog={dialog} actions={actions} onDone={onClose} />}
    </Modal>
  );
}

function VisitForm({ dialog, actions, onDone }: { dialog: VisitDialog; actions: PlacementActions; onDone: () => void }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const [brokeDown, setBrokeDown] = useState(false);
  const form = useContractForm<VisitValues, typeof recordFollowUpInputSchema>({
    schema: recordFollowUpInputSchema,
    initialValues: { visitDate: calendarDate(new Date()), visitor: '', outcome: null, notes: '' },
    toInput: (values) => ({ id: dialog.visit.id, ...values }),
    fieldOfPath: onlyPaths(FIELDS),
  });
  const record = useProcedureMutation('followUps.record', FOLLOW_UP_REFRESH);
  const { values } = form;
  if (brokeDown) {
    const offered = actions.canReadmit || actions.canChange;
    return (
      <Stack gap="md">
        <Alert color="red" variant="light" title={t('placement.next.title')}>
          {offered ? t('placement.next.brokenDown') : t('placement.next.brokenDownNoActions')}
        </Alert>
        <Group justify="space-between">
          <NextStepButtons actions={actions} placement={dialog.placement} />
          <Button variant="default" onClick={onDone}>
            {t('placement.next.later')}
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const valid = form.validate();
        if (valid === null) {
          return;
        }
        record.mutate(valid, {
          onSuccess: (visit) => {
            notifications.show({ color: 'teal', message: t('placement.visit.saved') });
            if (visit.outcome === 'broken_down' && dialog.placement.endedDate === null) {
              setBrokeDown(true);
            } else {
              onDone();
            }
          },
          onError: (error) => form.showFailure(error),
        });
      }}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('placement.visit.due', { date: date(dialog.visit.dueDate) })}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('placement.visit.date')}
            type="date"
            required
            value={values.visitDate}
            onChange={(event) => form.setValue('visitDate', event.currentTarget.value)}
            error={form.error('visitDate')}
            data-autofocus
          />
          <TextInput
            label={t('placement.visit.visitor')}
            value={values.visitor}
            onChange={(event) => form.setValue('visitor', event.currentTarget.value)}
            error={form.error('visitor')}
            autoComplete="off"
          />
        </SimpleGrid>
        <Radio.Group
          label={t('placement.visit.outcome')}
          required
          value={values.outcome}
          onChange={(value) => isOutcome(value) && form.setValue('outcome', value)}
          error={form.error('outcome')}
        >
          <Group gap="lg" mt={4}>
            {followUpOutcomes.map((outcome) => (
              <Radio key={outcome} value={outcome} label={t(`placement.outcome.${outcome}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={t('placement.visit.notes')}
          value={values.notes}
          onChange={(event) => form.setValue('notes', event.currentTarget.value)}
          error={form.error('notes')}
          rows={3}
          resize="vertical"
        />
        {record.error !== null && record.error.code !== 'VALIDATION_FAILED' && <ErrorAlert error={record.error} />}
        <IssuesAlert error={record.error} shownBeside={(path) => (FIELDS as readonly string[]).includes(path)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={record.isPending}>
            {t('placement.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
