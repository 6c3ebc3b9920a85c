import type { z } from 'zod';

import { AppError } from '../../contract/errors';
import type { setupInputSchema } from '../../contract/setup';
import { institution, users } from '../../db/schema';
import { appendAudit, changesBetween, REDACTED } from '../audit/audit-log';
import { hashPassword } from '../auth/password';
import { keyIdHex } from '../bundles/format/minisign';
import { recordPublicKey, storedOrNewKeyPair } from '../bundles/keys';
import type { Actor, CoreDeps } from '../context';
import { assertProfileCodes, findProfile } from '../institution/institution-service';
import { findMinistry } from '../ministry/installation';
import { installWrappedKey, wrapKey } from '../recovery/key-wrap';
import { generateRecoveryCode } from '../recovery/recovery-code';

type ParsedSetup = z.output<typeof setupInputSchema>;

/**
 * First-run setup: the institution profile and the first director, in one transaction, audited.
 * Refused once done, so the wizard cannot be replayed to take over an installation. Also wraps the
 * database key with a fresh recovery code, which is returned once and never stored in clear.
 */
export async function completeSetup(deps: CoreDeps, actor: Actor, input: ParsedSetup): Promise<{ userId: string; recoveryCode: string }> {
  if (findProfile(deps.db) !== null) {
    throw new AppError('ALREADY_SET_UP', 'This installation is already set up');
  }
  // A ministry's data folder never becomes an institution's.
  if (findMinistry(deps.db) !== null) {
    throw new AppError('ALREADY_SET_UP', 'This data folder is a ministry installation');
  }
  assertProfileCodes(deps.db, input.institution, null, 'institution.');
  // Slow, async work first; the (synchronous) transaction then re-checks the state.
  const passwordHash = await hashPassword(input.director.password);
  const recoveryCode = generateRecoveryCode();
  const databaseKey = await deps.secrets.get('database-key');
  if (databaseKey === null) {
    throw new AppError('DB_KEY_MISSING', 'The database key is not in the secret store');
  }
  let wrapped: string;
  try {
    wrapped = await wrapKey(recoveryCode, databaseKey, deps.clock.now());
  } finally {
    databaseKey.fill(0);
  }
  // The institution's bundle signing key, whose public half the director enrols at the ministry.
  const signingKey = await storedOrNewKeyPair(deps.secrets);
  const now = deps.clock.now();
  const userId = deps.ids.newId();
  deps.db.transaction((tx) => {
    if (findProfile(tx) !== null) {
      throw new AppError('ALREADY_SET_UP', 'This installation is already set up');
    }
    const profile = { ...input.institution, createdAt: now.toISOString(), updatedAt: now.toISOString() };
    tx.insert(institution).values({ id: 1, ...profile }).run();
    const director = {
      id: userId,
      login: input.director.login,
      fullName: input.director.fullName,
      role: 'director' as const,
      passwordHash,
      language: input.language,
      active: true,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    tx.insert(users).values(director).run();
    appendAudit(tx, actor, now, {
      action: 'setup',
      entityType: 'institution',
      entityId: input.institution.code,
      changes: { ...changesBetween(null, input.institution), signingKeyId: { before: null, after: keyIdHex(signingKey.keyId) } },
    });
    recordPublicKey(tx, signingKey, now);
    appendAudit(tx, actor, now, {
      action: 'create',
      entityType: 'user',
      entityId: userId,
      changes: {
        ...changesBetween(null, { login: director.login, fullName: director.fullName, role: director.role, active: true }),
        password: { before: null, after: REDACTED },
      },
    });
  });
  // Written only once this setup has won (a concurrent one would otherwise replace the file with
  // a code nobody was shown).
  installWrappedKey(deps.dataDir, wrapped);
  deps.logger.log('info', 'setup.completed', { userId });
  return { userId, recoveryCode };
}
