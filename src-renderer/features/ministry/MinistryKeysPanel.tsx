import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation, useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { groupFingerprint } from '../bundles/bundle-format';
import { KeyFacts } from '../bundles/KeyFacts';
import { downloadBase64 } from '../resident/case-file-download';

/**
 * The ministry's own public keys: the recipient institutions encrypt to, its fingerprint to read
 * out to their directors, and the key file they import (the admin saves it to send).
 */
export function MinistryKeysPanel({ canExport }: { canExport: boolean }) {
  const { t } = useTranslation();
  const keys = useProcedureQuery('ministry.keys', {});
  const file = useProcedureMutation('ministry.exportKeyFile');
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('ministry.keys.title')}
          </Title>
          {canExport && (
            <Button variant="light" loading={file.isPending} onClick={() => file.mutate({}, { onSuccess: (saved) => downloadBase64(saved.fileName, saved.contentBase64, 'application/json') })}>
              {t('ministry.keys.save')}
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('ministry.keys.intro')}
        </Text>
        <ErrorAlert error={keys.error ?? file.error} />
        {keys.data !== undefined && (
          <KeyFacts
            facts={[
              { term: t('ministry.keys.fingerprint'), value: groupFingerprint(keys.data.fingerprint), large: true },
              { term: t('ministry.keys.recipient'), value: keys.data.recipient },
              { term: t('ministry.keys.receiptKeyId'), value: keys.data.receiptKeyId },
            ]}
          />
        )}
      </Stack>
    </Paper>
  );
}
