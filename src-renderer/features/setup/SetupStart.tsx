import type { InstallationKind, Language } from '@contract/common';
import { Button, Container, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { LanguageSwitch } from '../../components/LanguageSwitch';
import { RestoreForm } from '../backup/RestoreForm';
import { MinistrySetupForm } from '../ministry/MinistrySetupForm';
import { SetupWizard } from './SetupWizard';

/**
 * The first run begins with what this installation is: an institution's (its records and plan) or
 * the ministry department's (the registry, bundle imports and the national overview). Nothing is
 * written until the chosen wizard finishes.
 */
export function SetupStart({ language, onLanguageChange, onDone }: { language: Language; onLanguageChange: (language: Language) => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<InstallationKind | 'restore' | null>(null);
  if (kind === 'institution') {
    return <SetupWizard language={language} onLanguageChange={onLanguageChange} onDone={onDone} onBack={() => setKind(null)} />;
  }
  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={1}>{t(kind === 'ministry' ? 'ministrySetup.title' : kind === 'restore' ? 'backup.restore.title' : 'setup.title')}</Title>
            <Text c="dimmed">{t(kind === 'ministry' ? 'ministrySetup.subtitle' : kind === 'restore' ? 'backup.restore.subtitle' : 'setupStart.intro')}</Text>
          </div>
          <LanguageSwitch value={language} onChange={onLanguageChange} />
        </Group>
        <Paper withBorder p="lg" radius="md">
          {kind === 'ministry' ? (
            <MinistrySetupForm language={language} onBack={() => setKind(null)} onDone={onDone} />
          ) : kind === 'restore' ? (
            <RestoreForm onBack={() => setKind(null)} onDone={onDone} />
          ) : (
            <Stack gap="md">
              <Title order={2} size="h4">
                {t('setupStart.question')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {(['institution', 'ministry'] as const).map((choice) => (
                  <Paper key={choice} withBorder p="md" radius="md">
                    <Stack gap="sm" h="100%" justify="space-between">
                      <Text size="sm">{t(`setupStart.${choice}Hint`)}</Text>
                      <Button onClick={() => setKind(choice)}>{t(`setupStart.${choice}`)}</Button>
                    </Stack>
                  </Paper>
                ))}
              </SimpleGrid>
              <Group justify="flex-end">
                <Button variant="subtle" onClick={() => setKind('restore')}>
                  {t('setupStart.restore')}
                </Button>
              </Group>
            </Stack>
          )}
        </Paper>
      </Stack>
    </Container>
  );
}
