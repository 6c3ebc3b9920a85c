import type { BackupManifest } from '@contract/backup';
import { Button, Group, Input, PasswordInput, Progress, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useApi } from '../../api/ApiProvider';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { uploadFile } from './useUploadFile';

/**
 * The first run from a backup made with a passphrase (on this machine or another): the file and its
 * passphrase; the core checks it (passphrase, integrity, schema) before anything is replaced. Once
 * restored, the installation's own users sign in.
 */
export function RestoreForm({ onBack, onDone }: { onBack: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const api = useApi();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [uploaded, setUploaded] = useState<{ file: File; uploadId: string } | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [restored, setRestored] = useState<BackupManifest | null>(null);
  const [checked, setChecked] = useState(false);

  const restore = async () => {
    setChecked(true);
    if (file === null || passphrase === '') {
      return;
    }
    setRunning(true);
    setError(null);
    try {
      // A wrong passphrase keeps the file received: another try sends only the passphrase.
      const uploadId =
        uploaded?.file === file
          ? uploaded.uploadId
          : await uploadFile(api, 'setup.uploadBackup', file, (done, total) => setSent(total === 0 ? 100 : Math.round((done / total) * 100)));
      setUploaded({ file, uploadId });
      setRestored(await api.call('setup.restore', { uploadId, passphrase }));
    } catch (failure) {
      setError(failure);
    } finally {
      setRunning(false);
      setSent(null);
    }
  };

  if (restored !== null) {
    return (
      <Stack gap="md">
        <Text role="status">{t('backup.restore.done', { name: restored.name, at: formatDateTime(restored.createdAt, language) })}</Text>
        <Group justify="flex-end">
          <Button onClick={onDone}>{t('backup.restore.toSignIn')}</Button>
        </Group>
      </Stack>
    );
  }
  const wrongPassphrase = error instanceof ApiError && error.code === 'BACKUP_INVALID' && error.details?.problem === 'passphrase';
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void restore();
      }}
    >
      <Stack gap="md">
        <Text>{t('backup.restore.intro')}</Text>
        <Input.Wrapper id={fileId} label={t('backup.restore.file')} required error={checked && file === null ? t('validation.required') : undefined}>
          <input
            id={fileId}
            type="file"
            accept=".korpu-backup"
            onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
            style={{ display: 'block', marginTop: 6 }}
          />
        </Input.Wrapper>
        <PasswordInput
          label={t('backup.restore.passphrase')}
          required
          value={passphrase}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
          error={checked && passphrase === '' ? t('validation.required') : wrongPassphrase ? t('backup.restore.wrongPassphrase') : undefined}
          autoComplete="off"
        />
        {sent !== null && <Progress value={sent} aria-label={t('backup.restore.sending')} />}
        {!wrongPassphrase && <ErrorAlert error={error} title={t('backup.restore.failed')} />}
        <Group justify="space-between">
          <Button variant="default" onClick={onBack} disabled={running}>
            {t('common.back')}
          </Button>
          <Button type="submit" loading={running}>
            {t('backup.restore.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
