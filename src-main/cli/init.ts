import { rmSync } from 'node:fs';
import { join } from 'node:path';

import type { Language } from '../contract/common';
import { validationError } from '../contract/errors';
import type { SetupInput } from '../contract/setup';
import { setupInputSchema } from '../contract/setup';
import { parseWithKeys } from '../contract/zod-issues';
import { call } from '../ipc/dispatch';
import { dataPaths } from '../platform/paths';
import { backupsDir } from '../services/backup/backups';
import type { CallContext } from '../services/context';
import { getProfile } from '../services/institution/institution-service';
import { openNodeCore } from '../services/node-host';
import { recoveryFile } from '../services/recovery/key-wrap';
import type { InitArgs } from './args';

/**
 * `init`: the first-run wizard without a window. Goes through the same contract and dispatch as
 * the wizard, so the same validation applies; on any refusal nothing is left behind.
 */
export async function runInit(
  args: InitArgs,
  password: string,
  language: Language,
): Promise<{ institutionCode: string; login: string; recoveryCode: string }> {
  const input: SetupInput = {
    institution: {
      code: args.institutionCode,
      name: args.institutionName,
      typeCode: args.institutionType,
      regionCode: args.region,
      directorName: args.directorName,
    },
    director: { login: args.directorLogin, fullName: args.directorName ?? args.directorLogin, password },
    language,
  };
  // Validate before touching the disk: a typo must not leave a half-made data directory.
  const parsed = parseWithKeys(setupInputSchema, input);
  if (!parsed.success) {
    throw validationError(parsed.issues);
  }
  const core = await openNodeCore(args.dataDir, { defaultLanguage: language });
  let done = false;
  try {
    const ctx: CallContext = { deps: core.deps, sessionId: null, connectionId: 'cli', emit: () => undefined };
    const { recoveryCode } = await call('setup.complete', input, ctx);
    done = true;
    return { institutionCode: getProfile(core.deps.db).code, login: parsed.data.director.login, recoveryCode };
  } finally {
    core.close();
    if (!done && core.database.created) {
      removeFreshInstallation(args.dataDir);
    }
  }
}

/** Removes the database and key that a failed `init` itself created in an empty data directory. */
function removeFreshInstallation(dataDir: string): void {
  const paths = dataPaths(dataDir);
  for (const suffix of ['', '-wal', '-shm']) {
    rmSync(`${paths.database}${suffix}`, { force: true });
  }
  rmSync(join(paths.secrets, 'database-key.key'), { force: true });
  rmSync(recoveryFile(dataDir), { force: true });
  // The day's backup of the empty database it opened (the folder was new: nothing else is in it).
  rmSync(backupsDir(dataDir), { recursive: true, force: true });
}
