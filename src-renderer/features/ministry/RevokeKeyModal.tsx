import type { RegistryKey } from '@contract/ministry';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { FormFailure } from '../../components/FormFailure';

/** Revoking a key from a day: bundles it signed from that day on are refused. Audited. */
export function RevokeKeyModal({ target, onClose }: { target: { name: string; key: RegistryKey } | null; onClose: () => void }) {
  const { t } = useTranslation();
  const today = new Date().toISOString().slice(0, 10);
  const [from, setFrom] = useState(today);
  const revoke = useProcedureMutation('ministry.revokeKey', ['ministry.registry', 'audit.list']);
  const issue = revoke.error?.issues.find((candidate) => candidate.path === 'from');
  return (
    <Modal opened={target !== null} onClose={onClose} title={t('ministry.revoke.title', { name: target?.name ?? '' })} closeButtonProps={{ 'aria-label': t('ministry.close') }}>
      {target !== null && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            revoke.mutate(
              { keyId: target.key.keyId, from },
              {
                onSuccess: () => {
                  notifications.show({ color: 'teal', message: t('ministry.revoke.done', { keyId: target.key.keyId }) });
                  onClose();
                },
              },
            );
          }}
        >
          <Stack gap="md">
            <Text size="sm">{t('ministry.revoke.intro', { keyId: target.key.keyId })}</Text>
            <TextInput type="date" label={t('ministry.revoke.from')} required value={from} onChange={(event) => setFrom(event.currentTarget.value)} error={issue === undefined ? undefined : t(issue.message)} />
            <FormFailure error={revoke.error} isField={(path) => path === 'from'} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('ministry.cancel')}
              </Button>
              <Button type="submit" color="red" loading={revoke.isPending}>
                {t('ministry.revoke.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
