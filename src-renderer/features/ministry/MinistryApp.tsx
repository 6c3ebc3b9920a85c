import type { Session } from '@contract/accounts';
import type { Language } from '@contract/common';
import { Navigate, Route, Routes } from 'react-router';

import type { NavEntry } from '../../components/AppLayout';
import { AppLayout } from '../../components/AppLayout';
import { RequireAccess } from '../../components/RequireAccess';
import { InstitutionPage } from '../ministry-overview/InstitutionPage';
import { OverviewPage } from '../ministry-overview/OverviewPage';
import { accountAndAdminRoutes } from '../session/admin-routes';
import { LockOverlay } from '../session/LockOverlay';
import { useIdleLock } from '../session/useIdleLock';
import { ImportPage } from './ImportPage';
import { RegistryPage } from './RegistryPage';

/** The navigation of the ministry's installation. */
const MINISTRY_NAV: readonly NavEntry[] = [
  { to: '/', key: 'nav.overview', needs: 'ministry.overview' },
  { to: '/import', key: 'nav.import', needs: 'ministry.import' },
  { to: '/registry', key: 'nav.registry', needs: 'ministry.registry' },
  { to: '/account', key: 'nav.account' },
  { to: '/users', key: 'nav.users', needs: 'users.list' },
  { to: '/audit', key: 'nav.audit', needs: 'audit.list' },
  { to: '/backups', key: 'nav.backups', needs: 'backup.list' },
];

/**
 * The ministry's app behind sign-in: the national overview, the import of bundles, the registry of
 * institutions and its keys, and the accounts. Locks when idle, like an institution's.
 */
export function MinistryApp({
  session,
  ministryName,
  language,
  onLanguageChange,
  onSignOut,
  onLocked,
}: {
  session: Session;
  ministryName: string | null;
  language: Language;
  onLanguageChange: (language: Language) => void;
  onSignOut: () => void;
  onLocked: () => void;
}) {
  const { user } = session;
  useIdleLock(session.idleLockMinutes, session.locked, onLocked);
  return (
    <>
      <AppLayout nav={MINISTRY_NAV} user={user} institutionName={ministryName} language={language} onLanguageChange={onLanguageChange} onSignOut={onSignOut}>
        <Routes>
          <Route path="/" element={<OverviewPage />} />
          <Route path="/institutions/:code" element={<InstitutionPage />} />
          <Route
            path="/import"
            element={
              <RequireAccess role={user.role} procedure="ministry.import">
                <ImportPage />
              </RequireAccess>
            }
          />
          <Route path="/registry" element={<RegistryPage role={user.role} />} />
          {accountAndAdminRoutes(user, language, onLanguageChange)}
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </AppLayout>
      {session.locked && <LockOverlay user={user} onSignOut={onSignOut} />}
    </>
  );
}
