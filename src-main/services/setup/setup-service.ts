import type { z } from 'zod';

import { AppError } from '../../contract/errors';
import type { setupInputSchema } from '../../contract/setup';
import { institution, users } from '../../db/schema';
import { hashPassword } from '../auth/password';
import type { CoreDeps } from '../context';
import { assertProfileCodes, findProfile } from '../institution/institution-service';

type ParsedSetup = z.output<typeof setupInputSchema>;

/**
 * First-run setup: the institution profile and the first director, in one transaction.
 * Refused once done, so the wizard cannot be replayed to take over an installation.
 */
export async function completeSetup(deps: CoreDeps, input: ParsedSetup): Promise<{ userId: string }> {
  if (findProfile(deps.db) !== null) {
    throw new AppError('ALREADY_SET_UP', 'This installation is already set up');
  }
  assertProfileCodes(deps.db, input.institution, null, 'institution.');
  // Hashing is slow and async: done before the (synchronous) transaction, which re-checks the state.
  const passwordHash = await hashPassword(input.director.password);
  const now = deps.clock.now().toISOString();
  const userId = deps.ids.newId();
  deps.db.transaction((tx) => {
    if (findProfile(tx) !== null) {
      throw new AppError('ALREADY_SET_UP', 'This installation is already set up');
    }
    tx.insert(institution)
      .values({ id: 1, ...input.institution, createdAt: now, updatedAt: now })
      .run();
    tx.insert(users)
      .values({
        id: userId,
        login: input.director.login,
        fullName: input.director.fullName,
        role: 'director',
        passwordHash,
        language: input.language,
        active: true,
        createdAt: now,
        updatedAt: now,
      })
      .run();
  });
  deps.logger.log('info', 'setup.completed', { userId });
  return { userId };
}
