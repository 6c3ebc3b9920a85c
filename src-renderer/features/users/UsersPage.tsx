import type { UserSummary } from '@contract/users';
import { Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DeactivateModal } from './DeactivateModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserFormModal } from './UserFormModal';
import type { UserAction } from './UsersTable';
import { UsersTable } from './UsersTable';

/**
 * Which dialog is open, and for whom. Closing keeps the user, so a dialog keeps its text while it
 * fades out.
 */
type Dialog = { kind: 'create' | UserAction | null; user: UserSummary | null };

/** User administration (director only): who may sign in, with which role. */
export function UsersPage({ currentUserId }: { currentUserId: string }) {
  const { t } = useTranslation();
  const users = useProcedureQuery('users.list', {});
  const [dialog, setDialog] = useState<Dialog>({ kind: null, user: null });
  const close = () => setDialog((current) => ({ ...current, kind: null }));
  const formOpen = dialog.kind === 'create' || dialog.kind === 'edit';
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('users.title')}</Title>
          <Text c="dimmed">{t('users.intro')}</Text>
        </div>
        <Button onClick={() => setDialog({ kind: 'create', user: null })}>{t('users.newUser')}</Button>
      </Group>
      <ErrorAlert error={users.error} />
      {users.isPending && (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {users.data && (
        <Paper withBorder radius="md">
          <UsersTable
            users={users.data}
            currentUserId={currentUserId}
            now={new Date(users.dataUpdatedAt)}
            onAction={(kind, user) => setDialog({ kind, user })}
          />
        </Paper>
      )}
      <UserFormModal opened={formOpen} user={dialog.kind === 'create' ? null : dialog.user} onClose={close} />
      <ResetPasswordModal opened={dialog.kind === 'reset'} user={dialog.user} onClose={close} />
      <DeactivateModal opened={dialog.kind === 'active'} user={dialog.user} onClose={close} />
    </Stack>
  );
}
