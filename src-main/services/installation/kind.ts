import { eq } from 'drizzle-orm';

import type { InstallationKind, Role } from '../../contract/common';
import { rolesOf } from '../../contract/common';
import { validationError } from '../../contract/errors';
import type { Db } from '../../db/client';
import { institution, ministryInstallation } from '../../db/schema';

/** What a set-up data folder is; null before the first-run wizard. */
export function installationKind(db: Db): InstallationKind | null {
  if (db.select({ id: ministryInstallation.id }).from(ministryInstallation).where(eq(ministryInstallation.id, 1)).get() !== undefined) {
    return 'ministry';
  }
  return db.select({ id: institution.id }).from(institution).get() === undefined ? null : 'institution';
}

/** The role that administers an installation of `kind`: one active user must always keep it. */
export function adminRoleOf(kind: InstallationKind): Role {
  return kind === 'ministry' ? 'ministry_admin' : 'director';
}

/** Refuses a role that users of this installation cannot have (a ministry role in an institution). */
export function assertRoleHere(db: Db, role: Role): void {
  if (!rolesOf(installationKind(db) ?? 'institution').includes(role)) {
    throw validationError([{ path: 'role', message: 'validation.roleNotHere' }]);
  }
}
