import type { GatekeepingRequest } from '@contract/gatekeeping';
import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { FormFailure } from '../../components/FormFailure';
import { useContractForm } from '../../components/forms/useContractForm';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import type { DecideFormSchema, DecideValues } from './gatekeeping-form';
import { childNameOf, decideDecisions, decideFormSchema, emptyDecideValues, GATEKEEPING_CHANGE_REFRESH } from './gatekeeping-form';

const DECIDE_FIELDS: ReadonlySet<string> = new Set(['decision', 'decisionDate', 'note']);

/**
 * Deciding a pending request other than by admission: each way of keeping the child out of the
 * institution is explained, so the choice is made knowingly. Admission is recorded by registering
 * the child (the Admit button), never here.
 */
export function DecideModal({
  opened,
  request,
  today,
  onClose,
}: {
  opened: boolean;
  request: GatekeepingRequest | null;
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened && request !== null}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('gatekeeping.close') }}
      title={t('gatekeeping.decide.title', { name: request === null ? '' : childNameOf(request) })}
      size="lg"
    >
      {request !== null && <DecideForm request={request} today={today} onDone={onClose} />}
    </Modal>
  );
}

function DecideForm({ request, today, onDone }: { request: GatekeepingRequest; today: string; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const schema = useMemo(() => decideFormSchema(request.receivedDate, today), [request.receivedDate, today]);
  const form = useContractForm<DecideValues, DecideFormSchema>({ schema, initialValues: emptyDecideValues(request, today) });
  const decide = useProcedureMutation('gatekeeping.decide', GATEKEEPING_CHANGE_REFRESH);
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
        decide.mutate(valid, {
          onSuccess: (decided) => {
            notifications.show({
              color: 'teal',
              message: t('gatekeeping.notify.decided', {
                name: childNameOf(decided),
                decision: t(`gatekeeping.decisions.${decided.decision}`),
              }),
            });
            onDone();
          },
          onError: (error) => form.showFailure(error),
        });
      }}
    >
      <Stack gap="md">
        <Text size="sm">
          {t('gatekeeping.decide.intro', { date: formatDate(request.receivedDate, language) })}
        </Text>
        <Radio.Group
          label={t('gatekeeping.decide.decision')}
          required
          value={values.decision}
          onChange={(value) => form.setValue('decision', decideDecisions.find((decision) => decision === value) ?? null)}
          error={form.error('decision')}
        >
          <Stack gap="sm" mt="xs">
            {decideDecisions.map((decision) => (
              <Radio
                key={decision}
                value={decision}
                label={t(`gatekeeping.decisions.${decision}`)}
                description={t(`gatekeeping.decide.explain.${decision}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Alert color="blue" variant="light">
          {t('gatekeeping.decide.admitHint')}
        </Alert>
        <TextInput
          type="date"
          label={t('gatekeeping.decide.date')}
          required
          value={values.decisionDate}
          onChange={(event) => form.setValue('decisionDate', event.currentTarget.value)}
          error={form.error('decisionDate')}
          min={request.receivedDate}
          max={today}
        />
        <Textarea
          label={t('gatekeeping.decide.note')}
          description={t('gatekeeping.decide.noteHint')}
          autosize
          minRows={2}
          maxRows={8}
          value={values.note}
          onChange={(event) => form.setValue('note', event.currentTarget.value)}
          error={form.error('note')}
        />
        <FormFailure error={decide.error} isField={(path) => DECIDE_FIELDS.has(path)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={decide.isPending}>
            {t('gatekeeping.cancel')}
          </Button>
          <Button type="submit" loading={decide.isPending}>
            {t('gatekeeping.decide.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
