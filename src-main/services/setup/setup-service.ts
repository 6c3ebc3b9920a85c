import type { z } from 'zod';

import { AppError } from '../../contract/errors';
import type { setupInputSchema } from '../../contract/setup';
import { institution } from '../../db/schema';
import { appendAudit, changesBetween } from '../audit/audit-log';
import { keyIdHex } from '../bundles/format/minisign';
import { recordPublicKey, storedOrNewKeyPair } from '../bundles/keys';
import type { Actor, CoreDeps } from '../context';
import { assertProfileCodes, findProfile } from '../institution/institution-service';
import { findMinistry } from '../ministry/installation';
import { installWrappedKey } from '../recovery/key-wrap';
import { insertFirstUser, prepareFirstAccount } from './first-account';

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
  const { passwordHash, recoveryCode, wrapped } = await prepareFirstAccount(deps, input.director.password);
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
    appendAudit(tx, actor, now, {
      action: 'setup',
      entityType: 'institution',
      entityId: input.institution.code,
      changes: { ...changesBetween(null, input.institution), signingKeyId: { before: null, after: keyIdHex(signingKey.keyId) } },
    });
    recordPublicKey(tx, signingKey, now);
    const { login, fullName } = input.director;
    insertFirstUser(tx, actor, now, { id: userId, login, fullName, role: 'director', passwordHash, language: input.language });
  });
  // Written only once this setup has won (a concurrent one would otherwise replace the file with
  // a code nobody was shown).
  installWrappedKey(deps.dataDir, wrapped);
  deps.logger.log('info', 'setup.completed', { userId });
  return { userId, recoveryCode };
}
