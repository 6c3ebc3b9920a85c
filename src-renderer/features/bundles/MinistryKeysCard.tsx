import type { MinistryRecipient } from '@contract/bundles';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useDateText } from '../resident/useDateText';
import { groupFingerprint } from './bundle-format';
import { KeyFacts } from './KeyFacts';
import { MinistryKeysModal } from './MinistryKeysModal';

/** The ministry's keys bundles are encrypted to, who set them and when, or why they are needed. */
export function MinistryKeysCard({ ministry }: { ministry: MinistryRecipient | null }) {
  const { t } = useTranslation();
  const { dateTime } = useDateText();
  const [opened, setOpened] = useState(false);
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="bundles-ministry-title">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id="bundles-ministry-title">
            {t('bundles.ministry.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('bundles.ministry.intro')}
          </Text>
        </div>
        {ministry === null ? (
          <Alert color="yellow">{t('bundles.ministry.empty')}</Alert>
        ) : (
          <>
            <KeyFacts
              facts={[
                { term: t('bundles.ministry.recipient'), value: ministry.recipient },
                { term: t('bundles.ministry.fingerprint'), value: groupFingerprint(ministry.fingerprint) },
                ministry.receiptKeyId === null
                  ? { term: t('bundles.ministry.receiptKeyId'), value: t('bundles.ministry.noReceiptKey'), mono: false }
                  : { term: t('bundles.ministry.receiptKeyId'), value: ministry.receiptKeyId },
              ]}
            />
            <Text size="sm" c="dimmed">
              {t('bundles.ministry.setBy', { name: ministry.setByName, date: dateTime(ministry.setAt) })}
            </Text>
          </>
        )}
        <Group>
          <Button variant={ministry === null ? 'filled' : 'default'} onClick={() => setOpened(true)}>
            {ministry === null ? t('bundles.ministry.set') : t('bundles.ministry.change')}
          </Button>
        </Group>
      </Stack>
      <MinistryKeysModal opened={opened} onClose={() => setOpened(false)} />
    </Paper>
  );
}
