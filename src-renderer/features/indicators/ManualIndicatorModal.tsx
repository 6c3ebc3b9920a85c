import type { IndicatorDashboard } from '@contract/indicators';
import { Button, Group, Modal, NumberInput, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { FormFailure } from '../../components/FormFailure';
import { useContractForm } from '../../components/forms/useContractForm';
import type { ManualValues, NumberValue } from './indicator-forms';
import { directions, emptyManualValues, INDICATOR_CHANGE_REFRESH, MANUAL_FIELDS, manualFormSchema, manualInputOf, manualValuesOf } from './indicator-forms';

type Manual = IndicatorDashboard['manual'][number];

/** Adding a manual indicator (`indicator` null) or changing one: its name, unit, direction, baseline and target. */
export function ManualIndicatorModal({
  opened,
  planId,
  indicator,
  onClose,
}: {
  opened: boolean;
  planId: string;
  indicator: Manual | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('indicators.close') }}
      title={indicator === null ? t('indicators.manual.addTitle') : t('indicators.manual.editTitle', { name: indicator.name })}
      size="lg"
    >
      <ManualForm key={indicator?.id ?? 'new'} planId={planId} indicator={indicator} onDone={onClose} />
    </Modal>
  );
}

function ManualForm({ planId, indicator, onDone }: { planId: string; indicator: Manual | null; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useContractForm<ManualValues, typeof manualFormSchema>({
    schema: manualFormSchema,
    initialValues: indicator === null ? emptyManualValues : manualValuesOf(indicator),
    toInput: manualInputOf(planId, indicator?.id ?? null),
  });
  const save = useProcedureMutation('indicators.saveManual', INDICATOR_CHANGE_REFRESH);
  const { values } = form;
  const number = (field: 'baseline' | 'target.value') => ({
    value: values[field],
    onChange: (value: number | string) => form.setValue(field, typeof value === 'number' ? value : ('' satisfies NumberValue)),
    error: form.error(field),
    allowNegative: false,
    min: 0,
    decimalScale: 2,
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
        save.mutate(valid, {
          onSuccess: () => {
            notifications.show({ color: 'teal', message: t('indicators.manual.saved', { name: valid.name }) });
            onDone();
          },
          onError: (error) => form.showFailure(error),
        });
      }}
    >
      <Stack gap="md">
        <TextInput
          label={t('indicators.manual.name')}
          required
          data-autofocus
          value={values.name}
          onChange={(event) => form.setValue('name', event.currentTarget.value)}
          error={form.error('name')}
          autoComplete="off"
        />
        <TextInput
          label={t('indicators.manual.unit')}
          description={t('indicators.manual.unitHint')}
          value={values.unit}
          onChange={(event) => form.setValue('unit', event.currentTarget.value)}
          error={form.error('unit')}
          autoComplete="off"
        />
        <Radio.Group
          label={t('indicators.manual.direction')}
          value={values.higherIsBetter}
          onChange={(value) => form.setValue('higherIsBetter', directions.find((direction) => direction === value) ?? 'neither')}
          error={form.error('higherIsBetter')}
        >
          <Group gap="lg" mt="xs">
            {directions.map((direction) => (
              <Radio key={direction} value={direction} label={t(`indicators.manual.directions.${direction}`)} />
            ))}
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <NumberInput label={t('indicators.manual.baseline')} {...number('baseline')} />
          <NumberInput label={t('indicators.manual.targetValue')} {...number('target.value')} />
          <TextInput
            type="date"
            label={t('indicators.manual.targetDate')}
            value={values['target.date']}
            onChange={(event) => form.setValue('target.date', event.currentTarget.value)}
            error={form.error('target.date')}
          />
        </SimpleGrid>
        <FormFailure error={save.error} isField={(path) => MANUAL_FIELDS.has(path)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={save.isPending}>
            {t('indicators.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {indicator === null ? t('indicators.manual.submitAdd') : t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
