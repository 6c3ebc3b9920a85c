import type { IndicatorDashboard } from '@contract/indicators';
import { Alert, Button, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { FormFailure } from '../../components/FormFailure';
import { useContractForm } from '../../components/forms/useContractForm';
import type { TargetValues } from './indicator-forms';
import { INDICATOR_CHANGE_REFRESH, TARGET_FIELDS, targetFormSchema, targetInputOf, targetValuesOf } from './indicator-forms';

type Computed = IndicatorDashboard['computed'][number];

/** The director's target for a computed indicator: a value and the date to reach it by, or none. */
export function TargetModal({
  planId,
  planEnd,
  indicator,
  name,
  onClose,
}: {
  planId: string;
  planEnd: string;
  indicator: Computed | null;
  name: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={indicator !== null}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('indicators.close') }}
      title={t('indicators.target.title', { name })}
    >
      {indicator !== null && <TargetForm key={indicator.code} planId={planId} planEnd={planEnd} indicator={indicator} name={name} onDone={onClose} />}
    </Modal>
  );
}

function TargetForm({ planId, planEnd, indicator, name, onDone }: { planId: string; planEnd: string; indicator: Computed; name: string; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useContractForm<TargetValues, typeof targetFormSchema>({
    schema: targetFormSchema,
    initialValues: targetValuesOf(indicator.target, planEnd),
    toInput: targetInputOf(planId, indicator.code),
  });
  const save = useProcedureMutation('indicators.setTarget', INDICATOR_CHANGE_REFRESH);
  const done = (message: string) => {
    notifications.show({ color: 'teal', message });
    onDone();
  };
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
        save.mutate(valid, { onSuccess: () => done(t('indicators.target.saved', { name })), onError: (error) => form.showFailure(error) });
      }}
    >
      <Stack gap="md">
        <Text size="sm">{t('indicators.target.intro')}</Text>
        {indicator.kind === 'records' && (
          // A caution to read, not an event to announce: the note role, not Alert's default.
          <Alert color="orange" variant="light" role="note">
            {t('indicators.target.caution')}
          </Alert>
        )}
        <NumberInput
          label={t('indicators.target.value')}
          required
          data-autofocus
          value={values['target.value']}
          onChange={(value) => form.setValue('target.value', typeof value === 'number' ? value : '')}
          error={form.error('target.value')}
          allowNegative={false}
          min={0}
          decimalScale={2}
        />
        <TextInput
          type="date"
          label={t('indicators.target.date')}
          value={values['target.date']}
          onChange={(event) => form.setValue('target.date', event.currentTarget.value)}
          error={form.error('target.date')}
        />
        <FormFailure error={save.error} isField={(path) => TARGET_FIELDS.has(path)} />
        <Group justify="space-between">
          {indicator.target === null ? (
            <span />
          ) : (
            <Button
              variant="subtle"
              color="red"
              disabled={save.isPending}
              onClick={() =>
                save.mutate(
                  { planId, code: indicator.code, target: null },
                  { onSuccess: () => done(t('indicators.target.cleared', { name })), onError: (error) => form.showFailure(error) },
                )
              }
            >
              {t('indicators.target.clear')}
            </Button>
          )}
          <Group gap="xs">
            <Button variant="default" onClick={onDone} disabled={save.isPending}>
              {t('indicators.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('indicators.target.submit')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
