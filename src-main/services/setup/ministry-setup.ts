import type { z } from 'zod';

import type { ministrySetupInputSchema } from '../../contract/ministry';
import { ministryInstallation } from '../../db/schema';
import { appendAudit, changesBetween } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import { assertNotSetUp, makeMinistryKeys } from '../ministry/installation';
import { installWrappedKey } from '../recovery/key-wrap';
import { insertFirstUser, prepareFirstAccount } from './first-account';

type ParsedMinistrySetup = z.output<typeof ministrySetupInputSchema>;

/**
 * First run of the ministry's installation: its age identity and receipt key (in the SecretStore),
 * the installation row and the first ministry admin in one transaction, audited, and the recovery
 * code for the database key, returned once. Refused once any setup is done.
 */
export async function completeMinistrySetup(deps: CoreDeps, actor: Actor, input: ParsedMinistrySetup): Promise<{ userId: string; recoveryCode: string }> {
  assertNotSetUp(deps.db);
  const { passwordHash, recoveryCode, wrapped } = await prepareFirstAccount(deps, input.admin.password);
  const row = await makeMinistryKeys(deps, input.name);
  const now = deps.clock.now();
  const userId = deps.ids.newId();
  deps.db.transaction((tx) => {
    assertNotSetUp(tx);
    tx.insert(ministryInstallation).values(row).run();
    appendAudit(tx, actor, now, {
      action: 'setup',
      entityType: 'ministry_keys',
      entityId: 'ministry',
      changes: changesBetween(null, { name: row.name, recipient: row.recipient }),
    });
    const { login, fullName } = input.admin;
    insertFirstUser(tx, actor, now, { id: userId, login, fullName, role: 'ministry_admin', passwordHash, language: input.language });
  });
  installWrappedKey(deps.dataDir, wrapped);
  deps.logger.log('info', 'setup.completed', { userId, kind: 'ministry' });
  return { userId, recoveryCode };
}
