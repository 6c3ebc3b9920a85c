import { Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { InstitutionProfileForm } from './InstitutionProfileForm';
import { PathwaySettingsForm } from './PathwaySettingsForm';
import { SecuritySettingsForm } from './SecuritySettingsForm';

/** Settings of the installation (director only): the institution profile, security and the care pathway. */
export function SettingsPage() {
  const { t } = useTranslation();
  const profile = useProcedureQuery('institution.get', {});
  const settings = useProcedureQuery('settings.get', {});
  return (
    <Stack gap="lg" maw={900}>
      <Title order={1}>{t('settings.title')}</Title>
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="settings-profile">
        <ErrorAlert error={profile.error} />
        {profile.data && <InstitutionProfileForm profile={profile.data} canEdit />}
      </Paper>
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="settings-security">
        <ErrorAlert error={settings.error} />
        {settings.data && <SecuritySettingsForm settings={settings.data} />}
      </Paper>
      {/* A failure to read the settings shows once, in the security section. */}
      {settings.data && (
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="settings-pathway">
          <PathwaySettingsForm settings={settings.data} canEdit />
        </Paper>
      )}
    </Stack>
  );
}
