import type { InstitutionProfile } from '@contract/institution';
import { institutionProfileInputSchema } from '@contract/institution';
import { Button, Fieldset, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';


import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useContractForm } from '../../components/forms/useContractForm';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { institutionInputOf, institutionValuesOf } from '../institution/institution-form';
import { InstitutionFields } from '../institution/InstitutionFields';

/** The institution profile in settings: editable by the director, read-only for everyone else. */
export function InstitutionProfileForm({ profile, canEdit }: { profile: InstitutionProfile; canEdit: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const form = useContractForm({
    schema: institutionProfileInputSchema,
    initialValues: institutionValuesOf(profile),
    toInput: institutionInputOf,
  });
  const save = useProcedureMutation('institution.update', ['institution.get', 'app.info']);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (form.validate() === null) {
          return;
        }
        save.mutate(institutionInputOf(form.values), {
          onSuccess: (saved) => {
            form.reset(institutionValuesOf(saved));
            notifications.show({ color: 'teal', message: t('settings.saved') });
          },
          onError: (error) => form.showFailure(error),
        });
      }}
    >
      <Stack gap="md">
        <Fieldset
          legend={
            <Title order={2} size="h4" mb="sm" id="settings-profile">
              {t('settings.profileTitle')}
            </Title>
          }
          disabled={!canEdit || save.isPending}
          variant="unstyled"
        >
          <InstitutionFields form={form} />
        </Fieldset>
        {save.error !== null && save.error.code !== 'VALIDATION_FAILED' && <ErrorAlert error={save.error} />}
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('settings.lastChanged', { date: formatDateTime(profile.updatedAt, language) })}
          </Text>
          {canEdit && (
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          )}
        </Group>
        {!canEdit && (
          <Text size="sm" c="dimmed">
            {t('settings.readOnly')}
          </Text>
        )}
      </Stack>
    </form>
  );
}
