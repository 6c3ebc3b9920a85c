import { isAllowed } from '@contract/access';
import type { SessionUser } from '@contract/accounts';
import type { Language } from '@contract/common';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';


import { useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { InstitutionProfileForm } from './InstitutionProfileForm';

/** Settings: the institution profile and the user's language. */
export function SettingsPage({
  user,
  language,
  onLanguageChange,
}: {
  user: SessionUser;
  language: Language;
  onLanguageChange: (language: Language) => void;
}) {
  const { t } = useTranslation();
  const profile = useProcedureQuery('institution.get', {});
  return (
    <Stack gap="lg" maw={900}>
      <Title order={1}>{t('settings.title')}</Title>
      <Paper withBorder p="lg" radius="md">
        <ErrorAlert error={profile.error} />
        {profile.data && (
          <InstitutionProfileForm
            profile={profile.data}
            canEdit={isAllowed('institution.update', user.role)}
          />
        )}
      </Paper>
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="settings-language">
        <Title order={2} size="h4" id="settings-language" mb="xs">
          {t('settings.languageTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('settings.languageHint')}
        </Text>
        <LanguageSwitch value={language} onChange={onLanguageChange} />
      </Paper>
    </Stack>
  );
}
