import { eq, sql } from 'drizzle-orm';

import type { LoginOutput, Session } from '../../contract/accounts';
import { passwordContainsLogin } from '../../contract/accounts';
import type { Language } from '../../contract/common';
import { AppError, validationError } from '../../contract/errors';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { appendAudit, REDACTED } from '../audit/audit-log';
import type { Actor, Caller, CoreDeps } from '../context';
import { getSettings } from '../settings/settings-service';
import { decoyHash, hashPassword, verifyPassword } from './password';
import { SESSION_MAX_AGE_MS } from './session-store';

/** Failed sign-ins that lock an account… */
export const MAX_FAILED_ATTEMPTS = 5;
/** …and for how long. */
export const LOCKOUT_MS = 15 * 60 * 1000;

type UserRow = typeof users.$inferSelect;

function findByLogin(db: Db, login: string): UserRow | undefined {
  return db.select().from(users).where(eq(users.login, login.trim().toLowerCase())).get();
}

function isLockedOut(user: UserRow, now: Date): boolean {
  return user.lockedUntil !== null && user.lockedUntil > now.toISOString();
}

function lockedError(user: UserRow): AppError {
  return new AppError('ACCOUNT_LOCKED', 'Too many failed sign-ins; try again later', { until: user.lockedUntil });
}

/**
 * Counts a wrong password against the account (stored, so a restart does not reset it); the fifth
 * in a row locks the account for 15 minutes and ends its sessions. The count is incremented in SQL,
 * so wrong passwords sent at the same time are all counted. Returns true when it locked.
 */
function recordFailure(deps: CoreDeps, actor: Actor, userId: string, now: Date): boolean {
  const lockedUntil = new Date(now.getTime() + LOCKOUT_MS).toISOString();
  const locks = deps.db.transaction((tx) => {
    const counted = tx
      .update(users)
      .set({ failedAttempts: sql`${users.failedAttempts} + 1` })
      .where(eq(users.id, userId))
      .returning({ failedAttempts: users.failedAttempts })
      .get();
    const reached = counted !== undefined && counted.failedAttempts >= MAX_FAILED_ATTEMPTS;
    if (reached) {
      tx.update(users).set({ failedAttempts: 0, lockedUntil }).where(eq(users.id, userId)).run();
    }
    appendAudit(tx, actor, now, {
      action: 'sign-in-failed',
      entityType: 'user',
      entityId: userId,
      changes: reached ? { lockedUntil: { before: null, after: lockedUntil } } : {},
    });
    return reached;
  });
  if (locks) {
    deps.sessions.dropUser(userId);
  }
  return locks;
}

/**
 * Audits a sign-in refused before the password counted (the account is locked out or deactivated):
 * still a failed sign-in, recorded with the reason, and without counting towards a lockout.
 */
function auditRefusal(deps: CoreDeps, actor: Actor, userId: string, now: Date, refusal: 'ACCOUNT_LOCKED' | 'ACCOUNT_INACTIVE'): void {
  deps.db.transaction((tx) =>
    appendAudit(tx, actor, now, {
      action: 'sign-in-failed',
      entityType: 'user',
      entityId: userId,
      changes: { refusal: { before: null, after: refusal } },
    }),
  );
}

/** The user as stored now (a password check awaits; another call may have changed the row). */
function currentUser(db: Db, id: string): UserRow | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

/**
 * Signs in: checks the lockout, the password and that the account is active, then opens a session
 * bound to `connectionId`. An unknown login and a wrong password give the same answer after the
 * same work; failures and successes are audited (an unknown login without the text typed).
 */
export async function signIn(
  deps: CoreDeps,
  procedure: string,
  login: string,
  password: string,
  connectionId: string,
): Promise<LoginOutput> {
  const user = findByLogin(deps.db, login);
  const matches = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
  const now = deps.clock.now();
  if (user === undefined) {
    deps.db.transaction((tx) =>
      appendAudit(tx, { userId: null, login: null, procedure }, now, { action: 'sign-in-failed', entityType: 'user', entityId: null }),
    );
    deps.logger.log('warn', 'auth.login.failed');
    throw new AppError('INVALID_CREDENTIALS', 'Wrong login or password');
  }
  const actor: Actor = { userId: user.id, login: user.login, procedure };
  const fresh = currentUser(deps.db, user.id) ?? user;
  if (isLockedOut(fresh, now)) {
    deps.logger.log('warn', 'auth.login.locked-out', { userId: user.id });
    auditRefusal(deps, actor, user.id, now, 'ACCOUNT_LOCKED');
    throw lockedError(fresh);
  }
  if (!matches) {
    deps.logger.log('warn', 'auth.login.failed', { userId: user.id });
    if (recordFailure(deps, actor, user.id, now)) {
      throw lockedError(currentUser(deps.db, user.id)!);
    }
    throw new AppError('INVALID_CREDENTIALS', 'Wrong login or password');
  }
  if (!user.active) {
    deps.logger.log('warn', 'auth.login.inactive', { userId: user.id });
    auditRefusal(deps, actor, user.id, now, 'ACCOUNT_INACTIVE');
    throw new AppError('ACCOUNT_INACTIVE', 'This account has been deactivated');
  }
  deps.db.transaction((tx) => {
    tx.update(users)
      .set({ failedAttempts: 0, lockedUntil: null, lastSignInAt: now.toISOString() })
      .where(eq(users.id, user.id))
      .run();
    appendAudit(tx, actor, now, { action: 'sign-in', entityType: 'session', entityId: user.id });
  });
  const record = deps.sessions.create(user.id, connectionId, now.getTime());
  deps.logger.log('info', 'auth.login.ok', { userId: user.id });
  const caller = resolveCaller(deps, record.id, connectionId);
  return { sessionId: record.id, session: sessionView(deps.db, caller!) };
}

/**
 * The signed-in user behind a session id, or null: unknown id, another window's id, a session past
 * its 12 hours, or a user since deactivated. A session idle longer than the configured time is
 * locked here, whatever the window says.
 */
export function resolveCaller(deps: CoreDeps, sessionId: string | null, connectionId: string): Caller | null {
  if (sessionId === null) {
    return null;
  }
  const record = deps.sessions.get(sessionId);
  if (record === undefined || record.connectionId !== connectionId) {
    return null;
  }
  const now = deps.clock.now().getTime();
  const user = deps.db.select().from(users).where(eq(users.id, record.userId)).get();
  if (now - record.createdAt > SESSION_MAX_AGE_MS || user === undefined || !user.active) {
    deps.sessions.drop(sessionId);
    return null;
  }
  const idleMs = getSettings(deps.db).idleLockMinutes * 60_000;
  if (!record.locked && now - record.lastActivityAt > idleMs) {
    // The window did not lock itself (it may have stopped counting): the core does, audited.
    deps.sessions.setLocked(sessionId, true, now);
    deps.db.transaction((tx) =>
      appendAudit(tx, { userId: user.id, login: user.login, procedure: 'core.idle-lock' }, new Date(now), {
        action: 'lock',
        entityType: 'session',
        entityId: user.id,
      }),
    );
  }
  return {
    sessionId,
    userId: user.id,
    login: user.login,
    fullName: user.fullName,
    role: user.role,
    language: user.language,
    locked: record.locked,
    mustChangePassword: user.mustChangePassword,
  };
}

/** The session as the window sees it. */
export function sessionView(db: Db, caller: Caller): Session {
  return {
    user: { id: caller.userId, login: caller.login, fullName: caller.fullName, role: caller.role, language: caller.language },
    locked: caller.locked,
    mustChangePassword: caller.mustChangePassword,
    idleLockMinutes: getSettings(db).idleLockMinutes,
  };
}

/** Locks a session (the window was idle), audited. */
export function lockSession(deps: CoreDeps, actor: Actor, caller: Caller): void {
  if (caller.locked) {
    return;
  }
  const now = deps.clock.now();
  deps.sessions.setLocked(caller.sessionId, true, now.getTime());
  deps.db.transaction((tx) => appendAudit(tx, actor, now, { action: 'lock', entityType: 'session', entityId: caller.userId }));
}

/**
 * Unlocks with the user's password. A wrong one counts toward the lockout like a failed sign-in;
 * when that locks the account, the session ends.
 */
export async function unlockSession(deps: CoreDeps, actor: Actor, caller: Caller, password: string): Promise<void> {
  const user = currentUser(deps.db, caller.userId);
  if (user === undefined) {
    throw new AppError('UNAUTHENTICATED', 'The session is no longer valid');
  }
  const matches = await verifyPassword(password, user.passwordHash);
  const now = deps.clock.now();
  const fresh = currentUser(deps.db, user.id) ?? user;
  if (isLockedOut(fresh, now)) {
    deps.sessions.drop(caller.sessionId);
    throw lockedError(fresh);
  }
  if (!matches) {
    if (recordFailure(deps, actor, user.id, now)) {
      throw lockedError(currentUser(deps.db, user.id)!);
    }
    throw new AppError('INVALID_CREDENTIALS', 'Wrong password');
  }
  deps.db.transaction((tx) => {
    tx.update(users).set({ failedAttempts: 0 }).where(eq(users.id, user.id)).run();
    appendAudit(tx, actor, now, { action: 'unlock', entityType: 'session', entityId: user.id });
  });
  deps.sessions.setLocked(caller.sessionId, false, now.getTime());
}

/** Ends a session, audited. */
export function signOut(deps: CoreDeps, actor: Actor, caller: Caller): void {
  deps.sessions.drop(caller.sessionId);
  deps.db.transaction((tx) =>
    appendAudit(tx, actor, deps.clock.now(), { action: 'sign-out', entityType: 'session', entityId: caller.userId }),
  );
  deps.logger.log('info', 'auth.logout', { userId: caller.userId });
}

/**
 * A user replaces their own password, proving it is them with the current one (a wrong one counts
 * toward the lockout). Clears "must change password".
 */
export async function changeOwnPassword(
  deps: CoreDeps,
  actor: Actor,
  caller: Caller,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const user = currentUser(deps.db, caller.userId);
  if (user === undefined) {
    throw new AppError('UNAUTHENTICATED', 'The session is no longer valid');
  }
  const matches = await verifyPassword(currentPassword, user.passwordHash);
  const now = deps.clock.now();
  if (!matches) {
    if (recordFailure(deps, actor, user.id, now)) {
      throw lockedError(currentUser(deps.db, user.id)!);
    }
    throw validationError([{ path: 'currentPassword', message: 'validation.passwordWrong' }]);
  }
  if (passwordContainsLogin(newPassword, user.login)) {
    throw validationError([{ path: 'newPassword', message: 'validation.passwordContainsLogin' }]);
  }
  const passwordHash = await hashPassword(newPassword);
  deps.db.transaction((tx) => {
    tx.update(users)
      .set({ passwordHash, mustChangePassword: false, failedAttempts: 0, updatedAt: now.toISOString() })
      .where(eq(users.id, user.id))
      .run();
    appendAudit(tx, actor, now, {
      action: 'password-change',
      entityType: 'user',
      entityId: user.id,
      changes: {
        password: { before: REDACTED, after: REDACTED },
        ...(user.mustChangePassword ? { mustChangePassword: { before: true, after: false } } : {}),
      },
    });
  });
  deps.logger.log('info', 'auth.password-changed', { userId: user.id });
}

/** Remembers a user's UI language, audited. */
export function setUserLanguage(deps: CoreDeps, actor: Actor, userId: string, language: Language): void {
  deps.db.transaction((tx) => {
    const before = tx.select({ language: users.language }).from(users).where(eq(users.id, userId)).get();
    if (before === undefined || before.language === language) {
      return;
    }
    const now = deps.clock.now();
    tx.update(users).set({ language, updatedAt: now.toISOString() }).where(eq(users.id, userId)).run();
    appendAudit(tx, actor, now, {
      action: 'update',
      entityType: 'user',
      entityId: userId,
      changes: { language: { before: before.language, after: language } },
    });
  });
}
