import { Center, Loader, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter, useNavigate } from 'react-router';

import { ApiProvider, useApi } from './api/ApiProvider';
import type { Api } from './api/client';
import { procedureKey, useProcedureQuery } from './api/hooks';
import { ErrorAlert } from './components/ErrorAlert';
import { ForcedPasswordChange } from './features/account/ForcedPasswordChange';
import { LoginPage } from './features/auth/LoginPage';
import { MinistryApp } from './features/ministry/MinistryApp';
import { SignedInApp } from './features/session/SignedInApp';
import { useUiLanguage } from './features/session/useUiLanguage';
import { SetupStart } from './features/setup/SetupStart';
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

/** Chooses the screen: first-run wizard, sign-in, a forced password change, or the signed-in app. */
function Root() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const info = useProcedureQuery('app.info', {});
  const session = useProcedureQuery('auth.session', {});
  const { language, changeLanguage } = useUiLanguage(info.data, session.data);
  const [justSetUp, setJustSetUp] = useState(false);

  const refreshSession = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: procedureKey('auth.session') }),
    [queryClient],
  );
  // The core may end, lock or restrict the session (idle, deactivated, password reset): follow it.
  useEffect(() => api.on('session.changed', refreshSession), [api, refreshSession]);
  useEffect(() => api.onSessionProblem(refreshSession), [api, refreshSession]);

  const signOut = useCallback(() => {
    void api.call('auth.logout', {}).finally(() => {
      setJustSetUp(false);
      void navigate('/');
      // Nothing of the previous user's data stays in memory for the next one: every cached answer
      // is dropped, and what is on screen (now the sign-in page) is asked for again.
      void queryClient.resetQueries();
    });
  }, [api, navigate, queryClient]);

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
    return (
      <SetupStart
        language={language}
        onLanguageChange={onLanguageChange}
        onDone={() => {
          setJustSetUp(true);
          void queryClient.invalidateQueries({ queryKey: procedureKey('app.info') });
        }}
      />
    );
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
  if (session.data.mustChangePassword) {
    return <ForcedPasswordChange user={session.data.user} onSignOut={signOut} />;
  }
  if (info.data.kind === 'ministry') {
    return (
      <MinistryApp
        session={session.data}
        ministryName={info.data.institutionName}
        language={language}
        onLanguageChange={onLanguageChange}
        onSignOut={signOut}
        onLocked={refreshSession}
      />
    );
  }
  return (
    <SignedInApp
      session={session.data}
      institutionName={info.data.institutionName}
      language={language}
      onLanguageChange={onLanguageChange}
      onSignOut={signOut}
      onLocked={refreshSession}
    />
  );
}
