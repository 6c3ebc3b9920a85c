import type { Language, Role } from '../../contract/common';
import { AppError } from '../../contract/errors';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { appendAudit, changesBetween, REDACTED } from '../audit/audit-log';
import { hashPassword } from '../auth/password';
import type { Actor, CoreDeps } from '../context';
import { wrapKey } from '../recovery/key-wrap';
import { generateRecoveryCode } from '../recovery/recovery-code';

/** The slow, asynchronous part of a first run: the password's hash and the wrapped database key. */
export type FirstAccountSecrets = { passwordHash: string; recoveryCode: string; wrapped: string };

/**
 * Hashes the first user's password and wraps the database key with a fresh recovery code (returned
 * once, never stored in clear). Done before the setup's transaction, which cannot await.
 */
export async function prepareFirstAccount(deps: CoreDeps, password: string): Promise<FirstAccountSecrets> {
  const passwordHash = await hashPassword(password);
  const recoveryCode = generateRecoveryCode();
  const databaseKey = await deps.secrets.get('database-key');
  if (databaseKey === null) {
    throw new AppError('DB_KEY_MISSING', 'The database key is not in the secret store');
  }
  try {
    return { passwordHash, recoveryCode, wrapped: await wrapKey(recoveryCode, databaseKey, deps.clock.now()) };
  } finally {
    databaseKey.fill(0);
  }
}

/** Inserts the installation's first user (director or ministry admin), audited, inside the setup's transaction. */
export function insertFirstUser(
  tx: Db,
  actor: Actor,
  now: Date,
  user: { id: string; login: string; fullName: string; role: Role; passwordHash: string; language: Language },
): void {
  tx.insert(users)
    .values({ ...user, active: true, createdAt: now.toISOString(), updatedAt: now.toISOString() })
    .run();
  appendAudit(tx, actor, now, {
    action: 'create',
    entityType: 'user',
    entityId: user.id,
    changes: {
      ...changesBetween(null, { login: user.login, fullName: user.fullName, role: user.role, active: true }),
      password: { before: null, after: REDACTED },
    },
  });
}
