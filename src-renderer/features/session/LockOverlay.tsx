import type { SessionUser } from '@contract/accounts';
import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';


import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';

/**
 * Covers the signed-in app while the session is locked. The screens stay mounted underneath, so
 * nothing typed into a form is lost; only the password (or signing out) removes the cover.
 */
export function LockOverlay({ user, onSignOut }: { user: SessionUser; onSignOut: () => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const queryClient = useQueryClient();
  const unlock = useProcedureMutation('auth.unlock', ['auth.session']);
  return (
    <Modal
      opened
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      centered
      overlayProps={{ backgroundOpacity: 0.85, blur: 6 }}
      title={t('lock.title')}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (password !== '') {
            unlock.mutate(
              { password },
              {
                // What failed while locked is asked for again.
                onSuccess: () => void queryClient.invalidateQueries(),
                onSettled: () => setPassword(''),
              },
            );
          }
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('lock.explain', { name: user.fullName })}</Text>
          <PasswordInput
            label={t('auth.password')}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            autoComplete="current-password"
            data-autofocus
          />
          <ErrorAlert error={unlock.error} title={t('lock.failed')} />
          <Group justify="space-between">
            <Button variant="default" onClick={onSignOut}>
              {t('auth.signOut')}
            </Button>
            <Button type="submit" loading={unlock.isPending}>
              {t('lock.unlock')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
