import type { SessionUser } from '@contract/accounts';
import type { Language } from '@contract/common';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';


import { LanguageSwitch } from '../../components/LanguageSwitch';
import { ChangePasswordForm } from './ChangePasswordForm';

/** My account: who I am, my language, my password. Every role has it. */
export function AccountPage({
  user,
  language,
  onLanguageChange,
}: {
  user: SessionUser;
  language: Language;
  onLanguageChange: (language: Language) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={900}>
      <div>
        <Title order={1}>{t('account.title')}</Title>
        <Text c="dimmed">
          {user.fullName} · {user.login} · {t(`roles.${user.role}`)}
        </Text>
      </div>
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="account-language">
        <Title order={2} size="h4" id="account-language" mb="xs">
          {t('settings.languageTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('settings.languageHint')}
        </Text>
        <LanguageSwitch value={language} onChange={onLanguageChange} />
      </Paper>
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="account-password">
        <Title order={2} size="h4" id="account-password" mb="md">
          {t('account.passwordTitle')}
        </Title>
        <ChangePasswordForm onChanged={() => notifications.show({ color: 'teal', message: t('account.passwordChanged') })} />
      </Paper>
    </Stack>
  );
}
