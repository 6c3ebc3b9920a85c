import type { Language } from '@contract/common';
import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';


import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LanguageSwitch } from '../../components/LanguageSwitch';

/** Sign-in with login and password; the first screen after setup. */
export function LoginPage({
  institutionName,
  justSetUp,
  language,
  onLanguageChange,
}: {
  institutionName: string | null;
  justSetUp: boolean;
  language: Language;
  onLanguageChange: (language: Language) => void;
}) {
  const { t } = useTranslation();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ login: boolean; password: boolean }>({ login: false, password: false });
  const signIn = useProcedureMutation('auth.login', ['auth.session']);

  return (
    <Center mih="100vh" p="md">
      <Stack w={420} gap="md">
        <Group justify="flex-end">
          <LanguageSwitch value={language} onChange={onLanguageChange} />
        </Group>
        <Paper withBorder p="xl" radius="md">
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              const next = { login: login.trim() === '', password: password === '' };
              setMissing(next);
              if (!next.login && !next.password) {
                signIn.mutate({ login, password }, { onError: () => setPassword('') });
              }
            }}
          >
            <Stack gap="md">
              <div>
                <Title order={1} size="h2">
                  {t('auth.title')}
                </Title>
                {institutionName !== null && <Text c="dimmed">{institutionName}</Text>}
              </div>
              {justSetUp && (
                <Alert color="teal" title={t('auth.setupDoneTitle')}>
                  {t('auth.setupDone')}
                </Alert>
              )}
              <TextInput
                label={t('auth.login')}
                value={login}
                onChange={(event) => setLogin(event.currentTarget.value)}
                error={missing.login ? t('validation.required') : undefined}
                autoComplete="username"
                required
                data-autofocus
              />
              <PasswordInput
                label={t('auth.password')}
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={missing.password ? t('validation.required') : undefined}
                autoComplete="current-password"
                required
              />
              <ErrorAlert error={signIn.error} title={t('auth.failed')} />
              <Button type="submit" loading={signIn.isPending} fullWidth>
                {t('auth.signIn')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Center>
  );
}
