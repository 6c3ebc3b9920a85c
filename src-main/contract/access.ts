import type { Role } from './common';
import type { ProcedureName } from './procedures';

/** `public`: callable without a session (first-run and sign-in); otherwise the roles allowed. */
export type Access = 'public' | readonly Role[];

const everyone: readonly Role[] = ['director', 'staff', 'viewer'];
const directorOnly: readonly Role[] = ['director'];

/**
 * Who may call what. Checked in dispatch for every call, never only by hiding buttons; the renderer
 * reads it to hide what a role cannot do. A procedure without an entry fails to compile.
 */
export const access: Record<ProcedureName, Access> = {
  'app.info': 'public',
  'setup.complete': 'public',
  'auth.login': 'public',
  'auth.logout': 'public',
  'auth.session': 'public',
  'account.setLanguage': everyone,
  'institution.get': everyone,
  'institution.update': directorOnly,
  'reference.list': 'public',
};

/** True when a user with `role` (or nobody, when null) may call `name`. */
export function isAllowed(name: ProcedureName, role: Role | null): boolean {
  const rule = access[name];
  return rule === 'public' || (role !== null && rule.includes(role));
}
