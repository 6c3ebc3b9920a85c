import type { SessionUser } from '@contract/accounts';
import type { Language } from '@contract/common';
import { Route } from 'react-router';

import { RequireAccess } from '../../components/RequireAccess';
import { AccountPage } from '../account/AccountPage';
import { AuditPage } from '../audit/AuditPage';
import { BackupsPage } from '../backup/BackupsPage';
import { UsersPage } from '../users/UsersPage';

/**
 * The routes both kinds of installation share: one's own account, and the administrator's users,
 * audit trail and backups. Elements (not a component), so that `<Routes>` sees each `<Route>`.
 */
export function accountAndAdminRoutes(user: SessionUser, language: Language, onLanguageChange: (language: Language) => void) {
  return [
    <Route key="account" path="/account" element={<AccountPage user={user} language={language} onLanguageChange={onLanguageChange} />} />,
    <Route
      key="users"
      path="/users"
      element={
        <RequireAccess role={user.role} procedure="users.list">
          <UsersPage currentUserId={user.id} />
        </RequireAccess>
      }
    />,
    <Route
      key="audit"
      path="/audit"
      element={
        <RequireAccess role={user.role} procedure="audit.list">
          <AuditPage />
        </RequireAccess>
      }
    />,
    <Route
      key="backups"
      path="/backups"
      element={
        <RequireAccess role={user.role} procedure="backup.list">
          <BackupsPage />
        </RequireAccess>
      }
    />,
  ];
}
