import type { SessionUser } from '@contract/accounts';
import { Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';


import { ChangePasswordForm } from './ChangePasswordForm';

/** Shown instead of the app while the password is one the director chose: the user picks their own. */
export function ForcedPasswordChange({ user, onSignOut }: { user: SessionUser; onSignOut: () => void }) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder p="xl" radius="md" w={480}>
        <Stack gap="md">
          <Title order={1} size="h2">
            {t('account.forcedTitle')}
          </Title>
          <Text size="sm">{t('account.forcedExplain', { name: user.fullName })}</Text>
          <ChangePasswordForm onChanged={() => undefined} />
          <Button variant="subtle" onClick={onSignOut}>
            {t('auth.signOut')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
