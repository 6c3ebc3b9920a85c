import { PASSWORD_MIN_LENGTH } from '@contract/accounts';
import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';


import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useContractForm } from '../../components/forms/useContractForm';
import type { ChangePasswordValues } from './password-form';
import { changePasswordFormSchema, emptyPasswordValues } from './password-form';

/** The current password, then the new one twice. `onChanged` runs after the core accepted it. */
export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const form = useContractForm<ChangePasswordValues, typeof changePasswordFormSchema>({
    schema: changePasswordFormSchema,
    initialValues: emptyPasswordValues,
  });
  const change = useProcedureMutation('account.changePassword', ['auth.session']);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (form.validate() === null) {
          return;
        }
        change.mutate(
          { currentPassword: form.values.currentPassword, newPassword: form.values.newPassword },
          {
            onSuccess: () => {
              form.reset(emptyPasswordValues);
              onChanged();
            },
            onError: (error) => form.showFailure(error),
          },
        );
      }}
    >
      <Stack gap="md" maw={420}>
        <PasswordInput
          label={t('account.currentPassword')}
          value={form.values.currentPassword}
          onChange={(event) => form.setValue('currentPassword', event.currentTarget.value)}
          error={form.error('currentPassword')}
          autoComplete="current-password"
          required
        />
        <PasswordInput
          label={t('account.newPassword')}
          description={t('setup.passwordHint', { limit: PASSWORD_MIN_LENGTH })}
          value={form.values.newPassword}
          onChange={(event) => form.setValue('newPassword', event.currentTarget.value)}
          error={form.error('newPassword')}
          autoComplete="new-password"
          required
        />
        <PasswordInput
          label={t('account.repeatPassword')}
          value={form.values.repeat}
          onChange={(event) => form.setValue('repeat', event.currentTarget.value)}
          error={form.error('repeat')}
          autoComplete="new-password"
          required
        />
        {change.error !== null && change.error.code !== 'VALIDATION_FAILED' && <ErrorAlert error={change.error} />}
        <Group>
          <Button type="submit" loading={change.isPending}>
            {t('account.changePassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
