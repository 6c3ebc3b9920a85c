import { Center, Loader, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter, Navigate, Route, Routes, useNavigate } from 'react-router';

import { ApiProvider, useApi } from './api/ApiProvider';
import type { Api } from './api/client';
import { useProcedureQuery } from './api/hooks';
import { AppLayout } from './components/AppLayout';
import { ErrorAlert } from './components/ErrorAlert';
import { LoginPage } from './features/auth/LoginPage';
import { HomePage } from './features/home/HomePage';
import { useUiLanguage } from './features/session/useUiLanguage';
import { SettingsPage } from './features/settings/SettingsPage';
import { SetupWizard } from './features/setup/SetupWizard';
import { theme } from './theme';

/** Providers around the app; `api` is the real bridge in the app and a fake in component tests. */
export function App({ api }: { api: Api }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 } } }),
  );
  return (
    <ApiProvider api={api}>
      <QueryClientProvider client={queryClient}>
        <MantineProvider theme={theme}>
          <Notifications position="top-right" />
          <HashRouter>
            <Root />
          </HashRouter>
        </MantineProvider>
      </QueryClientProvider>
    </ApiProvider>
  );
}

/** Chooses the screen: first-run wizard, sign-in, or the signed-in app. */
function Root() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const info = useProcedureQuery('app.info', {});
  const session = useProcedureQuery('auth.session', {});
  const { language, changeLanguage } = useUiLanguage(info.data, session.data);
  const [justSetUp, setJustSetUp] = useState(false);

  // Another window (or the idle lock, later) may sign this one out: follow the core's word.
  useEffect(
    () => api.on('session.changed', () => void queryClient.invalidateQueries({ queryKey: ['auth.session'] })),
    [api, queryClient],
  );

  const onLanguageChange = (next: typeof language) => void changeLanguage(next);

  if (info.error || session.error) {
    return (
      <Center mih="100vh" p="xl">
        <ErrorAlert error={info.error ?? session.error} title={t('app.unavailable')} />
      </Center>
    );
  }
  if (!info.data || session.data === undefined) {
    return (
      <Center mih="100vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (!info.data.setupComplete) {
    return <SetupWizard language={language} onLanguageChange={onLanguageChange} onDone={() => setJustSetUp(true)} />;
  }
  if (session.data === null) {
    return (
      <LoginPage
        institutionName={info.data.institutionName}
        justSetUp={justSetUp}
        language={language}
        onLanguageChange={onLanguageChange}
      />
    );
  }
  const user = session.data.user;
  const signOut = () => {
    void api.call('auth.logout', {}).finally(() => {
      setJustSetUp(false);
      void navigate('/');
      // Nothing of the previous user's data stays in memory for the next one: every cached answer
      // is dropped, and what is on screen (now the sign-in page) is asked for again.
      void queryClient.resetQueries();
    });
  };
  return (
    <AppLayout
      user={user}
      institutionName={info.data.institutionName}
      language={language}
      onLanguageChange={onLanguageChange}
      onSignOut={signOut}
    >
      <Routes>
        <Route path="/" element={<HomePage user={user} />} />
        <Route
          path="/settings"
          element={<SettingsPage user={user} language={language} onLanguageChange={onLanguageChange} />}
        />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </AppLayout>
  );
}
