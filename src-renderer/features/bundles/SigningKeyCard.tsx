import type { SigningKey } from '@contract/bundles';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { QRCodeSVG } from 'qrcode.react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { downloadBase64 } from '../resident/case-file-download';
import { useDateText } from '../resident/useDateText';
import { groupFingerprint } from './bundle-format';
import { KeyFacts } from './KeyFacts';

/**
 * The institution's signing key: its id and fingerprint (also as a QR code, to check over the
 * phone) and the public key file the ministry enrols. The secret half never reaches the window.
 */
export function SigningKeyCard({ signingKey }: { signingKey: SigningKey }) {
  const { t } = useTranslation();
  const { dateTime } = useDateText();
  const publicKey = useProcedureMutation('bundles.exportPublicKey');
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="bundles-signing-title">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id="bundles-signing-title">
            {t('bundles.signing.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('bundles.signing.intro')}
          </Text>
        </div>
        <Group align="flex-start" gap="xl" wrap="wrap">
          <Stack gap="xs" style={{ flex: '1 1 320px' }}>
            <KeyFacts
              facts={[
                { term: t('bundles.signing.keyId'), value: signingKey.keyId },
                { term: t('bundles.signing.fingerprint'), value: groupFingerprint(signingKey.fingerprint), large: true },
              ]}
            />
            <Text size="sm" c="dimmed">
              {t('bundles.signing.fingerprintHint')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('bundles.signing.createdAt', { date: dateTime(signingKey.createdAt) })}
            </Text>
          </Stack>
          {/* The QR code carries the fingerprint exactly as the core gives it. */}
          <QRCodeSVG
            value={signingKey.fingerprint}
            size={144}
            marginSize={2}
            title={t('bundles.signing.qr')}
            aria-label={t('bundles.signing.qr')}
          />
        </Group>
        <Group>
          <Button
            variant="light"
            loading={publicKey.isPending}
            onClick={() =>
              publicKey.mutate(
                {},
                { onSuccess: (file) => downloadBase64(file.fileName, file.contentBase64, 'text/plain') },
              )
            }
          >
            {t('bundles.signing.save')}
          </Button>
        </Group>
        <ErrorAlert error={publicKey.error} />
      </Stack>
    </Paper>
  );
}
