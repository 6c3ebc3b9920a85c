import { PASSWORD_MIN_LENGTH } from '@contract/accounts';
import type { UserSummary } from '@contract/users';
import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useContractForm } from '../../components/forms/useContractForm';
import type { ResetPasswordValues } from './users-form';
import { resetPasswordFormSchema, resetPasswordInputOf, resetPasswordValuesOf, USER_CHANGE_REFRESH } from './users-form';

/** The director sets a temporary password; the user is signed out and must choose their own. */
export function ResetPasswordModal({
  opened,
  user,
  onClose,
}: {
  opened: boolean;
  user: UserSummary | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened && user !== null}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('users.close') }}
      title={t('users.reset.title', { name: user?.fullName ?? '' })}
    >
      {user !== null && <ResetPasswordForm user={user} onDone={onClose} />}
    </Modal>
  );
}

function ResetPasswordForm({ user, onDone }: { user: UserSummary; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useContractForm<ResetPasswordValues, typeof resetPasswordFormSchema>({
    schema: resetPasswordFormSchema,
    initialValues: resetPasswordValuesOf(user),
  });
  const reset = useProcedureMutation('users.resetPassword', USER_CHANGE_REFRESH);
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
        reset.mutate(resetPasswordInputOf(valid), {
          onSuccess: () => {
            notifications.show({ color: 'teal', message: t('users.notify.passwordReset', { name: user.fullName }) });
            onDone();
          },
          onError: (error) => form.showFailure(error),
        });
      }}
    >
      <Stack gap="md">
        <Text size="sm">{t('users.reset.explain', { name: user.fullName })}</Text>
        <PasswordInput
          label={t('users.reset.newPassword')}
          description={t('users.form.passwordHint', { limit: PASSWORD_MIN_LENGTH })}
          required
          value={values.password}
          onChange={(event) => form.setValue('password', event.currentTarget.value)}
          error={form.error('password')}
          autoComplete="new-password"
          data-autofocus
        />
        <PasswordInput
          label={t('users.form.passwordConfirm')}
          required
          value={values.passwordConfirm}
          onChange={(event) => form.setValue('passwordConfirm', event.currentTarget.value)}
          error={form.error('passwordConfirm')}
          autoComplete="new-password"
        />
        {reset.error !== null && reset.error.code !== 'VALIDATION_FAILED' && <ErrorAlert error={reset.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={reset.isPending}>
            {t('users.cancel')}
          </Button>
          <Button type="submit" loading={reset.isPending}>
            {t('users.reset.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
