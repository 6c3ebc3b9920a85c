import type { IndicatorDashboard } from '@contract/indicators';
import { Button, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { FormFailure } from '../../components/FormFailure';
import { useContractForm } from '../../components/forms/useContractForm';
import type { RecordValues } from './indicator-forms';
import { INDICATOR_CHANGE_REFRESH, RECORD_FIELDS, recordedValueOf, recordFormSchema, recordInputOf } from './indicator-forms';
import { useIndicatorText } from './useIndicatorText';

type Manual = IndicatorDashboard['manual'][number];

/** A manual indicator's value for one month: recorded, changed, or removed. */
export function RecordValueModal({ indicator, defaultMonth, onClose }: { indicator: Manual | null; defaultMonth: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={indicator !== null}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('indicators.close') }}
      title={t('indicators.manual.recordTitle', { name: indicator?.name ?? '' })}
    >
      {indicator !== null && <RecordForm key={indicator.id} indicator={indicator} defaultMonth={defaultMonth} onDone={onClose} />}
    </Modal>
  );
}

function RecordForm({ indicator, defaultMonth, onDone }: { indicator: Manual; defaultMonth: string; onDone: () => void }) {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const form = useContractForm<RecordValues, typeof recordFormSchema>({
    schema: recordFormSchema,
    initialValues: { month: defaultMonth, value: recordedValueOf(indicator, defaultMonth) },
    toInput: recordInputOf(indicator.id),
  });
  const record = useProcedureMutation('indicators.recordManualValue', INDICATOR_CHANGE_REFRESH);
  const { values } = form;
  const recorded = recordedValueOf(indicator, values.month);
  const send = (input: { id: string; month: string; value: number | null }) =>
    record.mutate(input, {
      onSuccess: () => {
        const message = input.value === null ? 'indicators.manual.removed' : 'indicators.manual.recorded';
        notifications.show({ color: 'teal', message: t(message, { name: indicator.name, month: text.month(input.month) }) });
        onDone();
      },
      onError: (error) => form.showFailure(error),
    });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const valid = form.validate();
        if (valid !== null) {
          send(valid);
        }
      }}
    >
      <Stack gap="md">
        <Text size="sm" fw={600}>
          {t('indicators.manual.explain')}
        </Text>
        <TextInput
          type="month"
          label={t('indicators.manual.month')}
          description={t('indicators.range.hint')}
          required
          value={values.month}
          // Another month shows the value recorded for it, if any, ready to change.
          onChange={(event) => {
            const month = event.currentTarget.value;
            form.setValue('month', month);
            form.setValue('value', recordedValueOf(indicator, month));
          }}
          error={form.error('month')}
        />
        <NumberInput
          label={indicator.unit === null ? t('indicators.manual.value') : `${t('indicators.manual.value')} (${indicator.unit})`}
          required
          data-autofocus
          value={values.value}
          onChange={(value) => form.setValue('value', typeof value === 'number' ? value : '')}
          error={form.error('value')}
          decimalScale={2}
        />
        <FormFailure error={record.error} isField={(path) => RECORD_FIELDS.has(path)} />
        <Group justify="space-between">
          {recorded === '' ? (
            <span />
          ) : (
            <Button variant="subtle" color="red" disabled={record.isPending} onClick={() => send({ id: indicator.id, month: values.month, value: null })}>
              {t('indicators.manual.remove')}
            </Button>
          )}
          <Group gap="xs">
            <Button variant="default" onClick={onDone} disabled={record.isPending}>
              {t('indicators.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('indicators.manual.submitRecord')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
