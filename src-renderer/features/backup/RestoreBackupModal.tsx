import type { BackupEntry } from '@contract/backup';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

/**
 * Restoring one of the data folder's backups in place of the database, after the admin confirms:
 * the core checks it first, keeps the current database as a backup, and signs everyone out.
 */
export function RestoreBackupModal({ backup, onClose }: { backup: BackupEntry | null; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const restore = useProcedureMutation('backup.restore');
  return (
    <Modal opened={backup !== null} onClose={onClose} title={t('backup.restoreLocal.title')} closeButtonProps={{ 'aria-label': t('backup.close') }}>
      {backup !== null && (
        <Stack gap="md">
          <Text>{t('backup.restoreLocal.intro', { at: formatDateTime(backup.createdAt, language) })}</Text>
          <Alert color="orange">{t('backup.restoreLocal.warning')}</Alert>
          <ErrorAlert error={restore.error} title={t('backup.restore.failed')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={restore.isPending}>
              {t('backup.cancel')}
            </Button>
            <Button color="orange" loading={restore.isPending} onClick={() => restore.mutate({ fileName: backup.fileName })}>
              {t('backup.restoreLocal.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
