import { and, asc, eq, ne } from 'drizzle-orm';

import { passwordContainsLogin } from '../../contract/accounts';
import type { Role } from '../../contract/common';
import { AppError, validationError } from '../../contract/errors';
import type { UserSummary } from '../../contract/users';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { appendAudit, changesBetween, REDACTED } from '../audit/audit-log';
import { hashPassword } from '../auth/password';
import type { Actor, CoreDeps } from '../context';
import { adminRoleOf, assertRoleHere, installationKind } from '../installation/kind';

type UserRow = typeof users.$inferSelect;

function summaryOf(row: UserRow): UserSummary {
  return {
    id: row.id,
    login: row.login,
    fullName: row.fullName,
    role: row.role,
    active: row.active,
    mustChangePassword: row.mustChangePassword,
    lockedUntil: row.lockedUntil,
    lastSignInAt: row.lastSignInAt,
    createdAt: row.createdAt,
  };
}

function findUser(db: Db, id: string): UserRow {
  const row = db.select().from(users).where(eq(users.id, id)).get();
  if (row === undefined) {
    throw new AppError('NOT_FOUND', 'No such user');
  }
  return row;
}

/** Every user, by name; deactivated ones included (they are never deleted). */
export function listUsers(db: Db): UserSummary[] {
  return db.select().from(users).orderBy(asc(users.fullName), asc(users.login)).all().map(summaryOf);
}

/** The role that administers this installation: the director, or the ministry's admin. */
function adminRole(db: Db): Role {
  return adminRoleOf(installationKind(db) ?? 'institution');
}

/**
 * Refuses a change that would leave no active director (the ministry's admin in its installation):
 * nobody could administer the installation.
 */
function assertAnotherDirector(db: Db, exceptId: string): void {
  const other = db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, adminRole(db)), eq(users.active, true), ne(users.id, exceptId)))
    .get();
  if (other === undefined) {
    throw new AppError('LAST_DIRECTOR', 'The installation must keep at least one active director');
  }
}

/** Creates a user with a temporary password, which they must change at their first sign-in. */
export async function createUser(
  deps: CoreDeps,
  actor: Actor,
  input: { login: string; fullName: string; role: Role; password: string },
): Promise<UserSummary> {
  assertRoleHere(deps.db, input.role);
  const passwordHash = await hashPassword(input.password);
  return deps.db.transaction((tx) => {
    if (tx.select({ id: users.id }).from(users).where(eq(users.login, input.login)).get() !== undefined) {
      throw validationError([{ path: 'login', message: 'validation.loginTaken' }]);
    }
    const now = deps.clock.now();
    const row: UserRow = {
      id: deps.ids.newId(),
      login: input.login,
      fullName: input.fullName,
      role: input.role,
      passwordHash,
      language: 'az',
      active: true,
      mustChangePassword: true,
      failedAttempts: 0,
      lockedUntil: null,
      lastSignInAt: null,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    tx.insert(users).values(row).run();
    appendAudit(tx, actor, now, {
      action: 'create',
      entityType: 'user',
      entityId: row.id,
      changes: {
        ...changesBetween(null, { login: row.login, fullName: row.fullName, role: row.role, active: true }),
        password: { before: null, after: REDACTED },
      },
    });
    return summaryOf(row);
  });
}

/** Changes a user's name or role; the last active director keeps their role. */
export function updateUser(deps: CoreDeps, actor: Actor, input: { id: string; fullName: string; role: Role }): UserSummary {
  assertRoleHere(deps.db, input.role);
  return deps.db.transaction((tx) => {
    const before = findUser(tx, input.id);
    const admin = adminRole(tx);
    if (before.role === admin && input.role !== admin && before.active) {
      assertAnotherDirector(tx, before.id);
    }
    const changes = changesBetween(before, { fullName: input.fullName, role: input.role });
    if (Object.keys(changes).length === 0) {
      return summaryOf(before);
    }
    const now = deps.clock.now();
    tx.update(users)
      .set({ fullName: input.fullName, role: input.role, updatedAt: now.toISOString() })
      .where(eq(users.id, input.id))
      .run();
    appendAudit(tx, actor, now, { action: 'update', entityType: 'user', entityId: input.id, changes });
    return summaryOf(findUser(tx, input.id));
  });
}

/**
 * Deactivates (never deletes: the records keep their authors) or reactivates a user. A deactivated
 * user is signed out at once. Nobody deactivates themselves, and the last director stays.
 */
export function setUserActive(deps: CoreDeps, actor: Actor, id: string, active: boolean): UserSummary {
  const summary = deps.db.transaction((tx) => {
    const before = findUser(tx, id);
    if (before.active === active) {
      return summaryOf(before);
    }
    if (!active && id === actor.userId) {
      throw new AppError('CONFLICT', 'You cannot deactivate your own account');
    }
    if (!active && before.role === adminRole(tx)) {
      assertAnotherDirector(tx, id);
    }
    const now = deps.clock.now();
    tx.update(users).set({ active, updatedAt: now.toISOString() }).where(eq(users.id, id)).run();
    appendAudit(tx, actor, now, {
      action: active ? 'reactivate' : 'deactivate',
      entityType: 'user',
      entityId: id,
      changes: { active: { before: before.active, after: active } },
    });
    return summaryOf(findUser(tx, id));
  });
  if (!active) {
    deps.sessions.dropUser(id);
  }
  return summary;
}

/**
 * Sets a temporary password chosen by the director, lifts a lockout, and signs the user out; they
 * must choose their own password at the next sign-in.
 */
export async function resetPassword(deps: CoreDeps, actor: Actor, id: string, password: string): Promise<UserSummary> {
  const passwordHash = await hashPassword(password);
  const summary = deps.db.transaction((tx) => {
    const before = findUser(tx, id);
    if (passwordContainsLogin(password, before.login)) {
      throw validationError([{ path: 'password', message: 'validation.passwordContainsLogin' }]);
    }
    const now = deps.clock.now();
    tx.update(users)
      .set({ passwordHash, mustChangePassword: true, failedAttempts: 0, lockedUntil: null, updatedAt: now.toISOString() })
      .where(eq(users.id, id))
      .run();
    appendAudit(tx, actor, now, {
      action: 'password-reset',
      entityType: 'user',
      entityId: id,
      changes: {
        password: { before: REDACTED, after: REDACTED },
        ...changesBetween<{ mustChangePassword: boolean; lockedUntil: string | null }>(before, {
          mustChangePassword: true,
          lockedUntil: null,
        }),
      },
    });
    return summaryOf(findUser(tx, id));
  });
  deps.sessions.dropUser(id);
  return summary;
}
