
import type { Session } from '@contract/accounts';
import type { Language } from '@contract/common';
import { Route, Routes, Navigate } from 'react-router';

import { AppLayout } from '../../components/AppLayout';
import { RequireAccess } from '../../components/RequireAccess';
import { BundlesPage } from '../bundles/BundlesPage';
import { GatekeepingPage } from '../gatekeeping/GatekeepingPage';
import { HomePage } from '../home/HomePage';
import { ReferenceDataPage } from '../reference/ReferenceDataPage';
import { NewResidentPage } from '../resident/NewResidentPage';
import { ResidentPage } from '../resident/ResidentPage';
import { ResidentsPage } from '../residents/ResidentsPage';
import { ServicesPage } from '../services/ServicesPage';
import { SettingsPage } from '../settings/SettingsPage';
import { TransformationPage } from '../transformation/TransformationPage';
import { accountAndAdminRoutes } from './admin-routes';
import { LockOverlay } from './LockOverlay';
import { useIdleLock } from './useIdleLock';

/**
 * The app behind sign-in: layout, pages, the idle lock. When the session locks, the pages stay
 * mounted under the lock overlay, so unsaved input survives until the password is entered again.
 */
export function SignedInApp({
  session,
  institutionName,
  language,
  onLanguageChange,
  onSignOut,
  onLocked,
}: {
  session: Session;
  institutionName: string | null;
  language: Language;
  onLanguageChange: (language: Language) => void;
  onSignOut: () => void;
  onLocked: () => void;
}) {
  const { user } = session;
  useIdleLock(session.idleLockMinutes, session.locked, onLocked);
  return (
    <>
      <AppLayout
        user={user}
        institutionName={institutionName}
        language={language}
        onLanguageChange={onLanguageChange}
        onSignOut={onSignOut}
      >
        <Routes>
          <Route path="/" element={<HomePage user={user} />} />
          <Route path="/residents" element={<ResidentsPage role={user.role} />} />
          <Route
            path="/residents/new"
            element={
              <RequireAccess role={user.role} procedure="residents.create">
                <NewResidentPage />
              </RequireAccess>
            }
          />
          <Route path="/residents/:id" element={<ResidentPage user={user} />} />
          <Route path="/services" element={<ServicesPage role={user.role} />} />
          <Route path="/gatekeeping" element={<GatekeepingPage role={user.role} />} />
          <Route path="/plan" element={<TransformationPage user={user} />} />
          <Route
            path="/bundles"
            element={
              <RequireAccess role={user.role} procedure="bundles.export">
                <BundlesPage />
              </RequireAccess>
            }
          />
          <Route
            path="/reference"
            element={
              <RequireAccess role={user.role} procedure="reference.save">
                <ReferenceDataPage />
              </RequireAccess>
            }
          />
          <Route
            path="/settings"
            element={
              <RequireAccess role={user.role} procedure="settings.update">
                <SettingsPage />
              </RequireAccess>
            }
          />
          {accountAndAdminRoutes(user, language, onLanguageChange)}
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </AppLayout>
      {session.locked && <LockOverlay user={user} onSignOut={onSignOut} />}
    </>
  );
}
