import type { BackupEntry } from '@contract/backup';
import { MIN_PASSPHRASE_LENGTH } from '@contract/backup';
import { Button, Group, Paper, PasswordInput, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation, useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { useSizeText } from '../bundles/useSizeText';
import { downloadBase64 } from '../resident/case-file-download';
import { RestoreBackupModal } from './RestoreBackupModal';

/** A backup to keep elsewhere: the passphrase twice, then the file the browser saves (a USB stick, say). */
function PortableBackupForm() {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [checked, setChecked] = useState(false);
  const save = useProcedureMutation('backup.exportPortable');
  const tooShort = passphrase.length < MIN_PASSPHRASE_LENGTH;
  const mismatch = passphrase !== repeat;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
        if (tooShort || mismatch) {
          return;
        }
        save.mutate(
          { passphrase },
          {
            onSuccess: (file) => {
              downloadBase64(file.fileName, file.contentBase64, 'application/octet-stream');
              notifications.show({ color: 'teal', message: t('backup.portable.saved') });
              setPassphrase('');
              setRepeat('');
              setChecked(false);
            },
          },
        );
      }}
    >
      <Stack gap="sm">
        <Text size="sm">{t('backup.portable.intro')}</Text>
        <Group grow align="flex-start">
          <PasswordInput
            label={t('backup.portable.passphrase')}
            description={t('backup.portable.passphraseHint', { limit: MIN_PASSPHRASE_LENGTH })}
            required
            value={passphrase}
            onChange={(event) => setPassphrase(event.currentTarget.value)}
            error={checked && tooShort ? t('validation.passphraseTooShort') : undefined}
            autoComplete="new-password"
          />
          <PasswordInput
            label={t('backup.portable.repeat')}
            required
            value={repeat}
            onChange={(event) => setRepeat(event.currentTarget.value)}
            error={checked && !tooShort && mismatch ? t('validation.passwordMismatch') : undefined}
            autoComplete="new-password"
          />
        </Group>
        <ErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('backup.portable.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The installation's backups: those the app makes in the data folder (every day, before every
 * migration and import, on request), and a backup with a passphrase to keep elsewhere.
 */
export function BackupsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const sizeText = useSizeText();
  const list = useProcedureQuery('backup.list', {});
  const create = useProcedureMutation('backup.create', ['backup.list']);
  const backups = list.data ?? [];
  const [restoring, setRestoring] = useState<BackupEntry | null>(null);
  return (
    <Stack gap="lg">
      <RestoreBackupModal backup={restoring} onClose={() => setRestoring(null)} />
      <div>
        <Title order={1}>{t('backup.title')}</Title>
        <Text c="dimmed">{t('backup.intro')}</Text>
      </div>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h4">
              {t('backup.local.title')}
            </Title>
            <Button
              variant="light"
              loading={create.isPending}
              onClick={() => create.mutate({}, { onSuccess: () => notifications.show({ color: 'teal', message: t('backup.local.made') }) })}
            >
              {t('backup.local.now')}
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            {t('backup.local.retention')}
          </Text>
          <ErrorAlert error={list.error ?? create.error} />
          {list.data !== undefined && backups.length === 0 ? (
            <Text c="dimmed">{t('backup.local.empty')}</Text>
          ) : (
            <Table striped aria-label={t('backup.local.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('backup.local.when')}</Table.Th>
                  <Table.Th>{t('backup.local.why')}</Table.Th>
                  <Table.Th>{t('backup.local.size')}</Table.Th>
                  <Table.Th>{t('backup.local.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {backups.map((backup) => (
                  <Table.Tr key={backup.fileName}>
                    <Table.Td>{formatDateTime(backup.createdAt, language)}</Table.Td>
                    <Table.Td>{t(`backup.reason.${backup.reason}`)}</Table.Td>
                    <Table.Td>{sizeText(backup.size)}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="subtle"
                        onClick={() => setRestoring(backup)}
                        aria-label={t('backup.restoreLocal.button', { at: formatDateTime(backup.createdAt, language) })}
                      >
                        {t('backup.restoreLocal.short')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('backup.portable.title')}
          </Title>
          <PortableBackupForm />
        </Stack>
      </Paper>
    </Stack>
  );
}
