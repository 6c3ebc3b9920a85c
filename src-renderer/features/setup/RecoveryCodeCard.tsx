import { Alert, Button, Checkbox, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The recovery code, shown once after setup. It can be printed; the director must confirm it is
 * written down before going on, because nobody can show it again.
 */
export function RecoveryCodeCard({ code, institutionName, onContinue }: { code: string; institutionName: string; onContinue: () => void }) {
  const { t } = useTranslation();
  const [kept, setKept] = useState(false);
  return (
    <Stack gap="md">
      <Alert color="orange" title={t('recovery.onceTitle')}>
        {t('recovery.onceExplain')}
      </Alert>
      <Paper withBorder p="lg" radius="md" className="korpu-printable" aria-labelledby="recovery-title">
        <Stack gap="xs">
          <Title order={2} size="h4" id="recovery-title">
            {t('recovery.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {institutionName}
          </Text>
          <Code block fz="xl" fw={700} ta="center" aria-label={t('recovery.codeLabel')} data-testid="recovery-code">
            {code}
          </Code>
          <Text size="sm">{t('recovery.use')}</Text>
        </Stack>
      </Paper>
      <Group justify="space-between" align="center">
        <Button variant="default" onClick={() => window.print()}>
          {t('recovery.print')}
        </Button>
        <Checkbox label={t('recovery.confirm')} checked={kept} onChange={(event) => setKept(event.currentTarget.checked)} />
      </Group>
      <Group justify="flex-end">
        <Button onClick={onContinue} disabled={!kept}>
          {t('recovery.continue')}
        </Button>
      </Group>
    </Stack>
  );
}
