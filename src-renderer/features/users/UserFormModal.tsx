import { PASSWORD_MIN_LENGTH } from '@contract/accounts';
import type { UserSummary } from '@contract/users';
import { Alert, Button, Group, Modal, PasswordInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation, useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useContractForm } from '../../components/forms/useContractForm';
import { RoleSelect } from './RoleSelect';
import type { EditUserValues, NewUserValues } from './users-form';
import {
  createUserInputOf,
  editUserFormSchema,
  editUserValuesOf,
  emptyNewUserValues,
  newUserFormSchema,
  USER_CHANGE_REFRESH,
} from './users-form';

/**
 * The dialog for a new user (`user` null) or for editing one. The form lives inside the modal, so
 * it starts afresh each time the dialog opens.
 */
export function UserFormModal({
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
      opened={opened}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('users.close') }}
      title={user === null ? t('users.form.createTitle') : t('users.form.editTitle', { name: user.fullName })}
      size="lg"
    >
      {user === null ? <NewUserForm onDone={onClose} /> : <EditUserForm user={user} onDone={onClose} />}
    </Modal>
  );
}

/** Name, login, role and a temporary password typed twice. */
function NewUserForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const info = useProcedureQuery('app.info', {});
  const form = useContractForm<NewUserValues, typeof newUserFormSchema>({
    schema: newUserFormSchema,
    // An analyst is what most of the ministry's new accounts are, staff an institution's.
    initialValues: info.data?.kind === 'ministry' ? { ...emptyNewUserValues, role: 'analyst' } : emptyNewUserValues,
  });
  const create = useProcedureMutation('users.create', USER_CHANGE_REFRESH);
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
        create.mutate(createUserInputOf(valid), {
          onSuccess: (created) => {
            notifications.show({ color: 'teal', message: t('users.notify.created', { name: created.fullName }) });
            onDone();
          },
          onError: (error) => form.showFailure(error),
        });
      }}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('users.form.fullName')}
            required
            value={values.fullName}
            onChange={(event) => form.setValue('fullName', event.currentTarget.value)}
            error={form.error('fullName')}
            autoComplete="off"
            data-autofocus
          />
          <TextInput
            label={t('auth.login')}
            description={t('users.form.loginHint')}
            required
            value={values.login}
            onChange={(event) => form.setValue('login', event.currentTarget.value)}
            error={form.error('login')}
            autoComplete="off"
          />
          <RoleSelect value={values.role} onChange={(role) => form.setValue('role', role)} error={form.error('role')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <PasswordInput
            label={t('users.form.temporaryPassword')}
            description={t('users.form.passwordHint', { limit: PASSWORD_MIN_LENGTH })}
            required
            value={values.password}
            onChange={(event) => form.setValue('password', event.currentTarget.value)}
            error={form.error('password')}
            autoComplete="new-password"
          />
          <PasswordInput
            label={t('users.form.passwordConfirm')}
            required
            value={values.passwordConfirm}
            onChange={(event) => form.setValue('passwordConfirm', event.currentTarget.value)}
            error={form.error('passwordConfirm')}
            autoComplete="new-password"
          />
        </SimpleGrid>
        <Alert color="blue" variant="light">
          {t('users.form.firstSignInHint')}
        </Alert>
        {create.error !== null && create.error.code !== 'VALIDATION_FAILED' && <ErrorAlert error={create.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={create.isPending}>
            {t('users.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('users.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Name and role; the login is shown but never changes (the audit trail refers to it). */
function EditUserForm({ user, onDone }: { user: UserSummary; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useContractForm<EditUserValues, typeof editUserFormSchema>({
    schema: editUserFormSchema,
    initialValues: editUserValuesOf(user),
  });
  const update = useProcedureMutation('users.update', USER_CHANGE_REFRESH);
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
        update.mutate(valid, {
          onSuccess: (saved) => {
            notifications.show({ color: 'teal', message: t('users.notify.updated', { name: saved.fullName }) });
            onDone();
          },
          onError: (error) => form.showFailure(error),
        });
      }}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('users.form.loginFixed', { login: user.login })}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('users.form.fullName')}
            required
            value={values.fullName}
            onChange={(event) => form.setValue('fullName', event.currentTarget.value)}
            error={form.error('fullName')}
            autoComplete="off"
            data-autofocus
          />
          <RoleSelect value={values.role} onChange={(role) => form.setValue('role', role)} error={form.error('role')} />
        </SimpleGrid>
        {update.error !== null && update.error.code !== 'VALIDATION_FAILED' && <ErrorAlert error={update.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={update.isPending}>
            {t('users.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
