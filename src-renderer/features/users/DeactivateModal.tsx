import type { UserSummary } from '@contract/users';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { USER_CHANGE_REFRESH } from './users-form';

/**
 * Asks before deactivating (or reactivating) a user. An active user is deactivated, an inactive one
 * reactivated; users are never deleted, so their records keep their author.
 */
export function DeactivateModal({
  opened,
  user,
  onClose,
}: {
  opened: boolean;
  user: UserSummary | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const deactivating = user?.active ?? true;
  return (
    <Modal
      opened={opened && user !== null}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('users.close') }}
      title={deactivating ? t('users.active.deactivateTitle') : t('users.active.reactivateTitle')}
    >
      {user !== null && <Confirmation user={user} onDone={onClose} />}
    </Modal>
  );
}

function Confirmation({ user, onDone }: { user: UserSummary; onDone: () => void }) {
  const { t } = useTranslation();
  const setActive = useProcedureMutation('users.setActive', USER_CHANGE_REFRESH);
  const deactivating = user.active;
  const confirm = () =>
    setActive.mutate(
      { id: user.id, active: !deactivating },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: deactivating
              ? t('users.notify.deactivated', { name: user.fullName })
              : t('users.notify.reactivated', { name: user.fullName }),
          });
          onDone();
        },
      },
    );
  return (
    <Stack gap="md">
      <Text size="sm">
        {deactivating
          ? t('users.active.deactivateExplain', { name: user.fullName })
          : t('users.active.reactivateExplain', { name: user.fullName })}
      </Text>
      <ErrorAlert error={setActive.error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone} disabled={setActive.isPending} data-autofocus>
          {t('users.cancel')}
        </Button>
        <Button color={deactivating ? 'red' : 'teal'} onClick={confirm} loading={setActive.isPending}>
          {deactivating ? t('users.actions.deactivate') : t('users.actions.reactivate')}
        </Button>
      </Group>
    </Stack>
  );
}
