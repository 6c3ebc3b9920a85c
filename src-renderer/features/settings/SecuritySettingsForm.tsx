import type { AppSettings } from '@contract/settings';
import { appSettingsSchema } from '@contract/settings';
import { Button, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';


import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useContractForm } from '../../components/forms/useContractForm';

type SecurityValues = { idleLockMinutes: number | '' };

/** This form changes the idle time only; the other settings keep their values. */
const securitySchema = appSettingsSchema.pick({ idleLockMinutes: true });

/** How long a window may stay idle before it locks (director only). */
export function SecuritySettingsForm({ settings }: { settings: AppSettings }) {
  const { t } = useTranslation();
  const form = useContractForm<SecurityValues, typeof securitySchema>({
    schema: securitySchema,
    initialValues: { idleLockMinutes: settings.idleLockMinutes },
    toInput: (values) => ({ idleLockMinutes: values.idleLockMinutes === '' ? undefined : values.idleLockMinutes }),
  });
  const save = useProcedureMutation('settings.update', ['settings.get', 'auth.session']);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = form.validate();
        if (parsed === null) {
          return;
        }
        save.mutate(parsed, {
          onSuccess: (saved) => {
            form.reset({ idleLockMinutes: saved.idleLockMinutes });
            notifications.show({ color: 'teal', message: t('settings.securitySaved') });
          },
          onError: (error) => form.showFailure(error),
        });
      }}
    >
      <Stack gap="md">
        <Title order={2} size="h4" id="settings-security">
          {t('settings.securityTitle')}
        </Title>
        <NumberInput
          label={t('settings.idleLockMinutes')}
          description={t('settings.idleLockHint')}
          value={form.values.idleLockMinutes}
          onChange={(value) => form.setValue('idleLockMinutes', typeof value === 'number' ? value : '')}
          error={form.error('idleLockMinutes')}
          min={1}
          max={240}
          allowDecimal={false}
          allowNegative={false}
          maw={260}
        />
        {save.error !== null && save.error.code !== 'VALIDATION_FAILED' && <ErrorAlert error={save.error} />}
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('settings.securityAppliesTo')}
          </Text>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
