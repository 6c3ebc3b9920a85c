import { eq } from 'drizzle-orm';

import type { SessionUser } from '../../contract/accounts';
import type { Language } from '../../contract/common';
import { AppError } from '../../contract/errors';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import type { CoreDeps, Session } from '../context';
import { decoyHash, verifyPassword } from './password';

/**
 * Checks credentials. An unknown login and a wrong password give the same error after the same
 * work, so a guesser learns nothing about which logins exist.
 */
export async function authenticate(deps: CoreDeps, login: string, password: string): Promise<Session> {
  const user = deps.db.select().from(users).where(eq(users.login, login.trim().toLowerCase())).get();
  const matches = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
  if (user === undefined || !matches) {
    deps.logger.log('warn', 'auth.login.failed');
    throw new AppError('INVALID_CREDENTIALS', 'Wrong login or password');
  }
  if (!user.active) {
    deps.logger.log('warn', 'auth.login.inactive', { userId: user.id });
    throw new AppError('ACCOUNT_INACTIVE', 'This account has been deactivated');
  }
  deps.logger.log('info', 'auth.login.ok', { userId: user.id });
  return { userId: user.id, role: user.role };
}

/** The session's user as the UI sees them; UNAUTHENTICATED if the account is gone or deactivated. */
export function sessionUser(db: Db, session: Session): SessionUser {
  const user = db.select().from(users).where(eq(users.id, session.userId)).get();
  if (user === undefined || !user.active) {
    throw new AppError('UNAUTHENTICATED', 'The session is no longer valid');
  }
  return { id: user.id, login: user.login, fullName: user.fullName, role: user.role, language: user.language };
}

/** Remembers a user's UI language. */
export function setUserLanguage(deps: CoreDeps, userId: string, language: Language): void {
  deps.db
    .update(users)
    .set({ language, updatedAt: deps.clock.now().toISOString() })
    .where(eq(users.id, userId))
    .run();
}
