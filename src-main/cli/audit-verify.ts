import type { AuditVerifyResult } from '../contract/audit';
import type { Language } from '../contract/common';
import { verifyAudit } from '../services/audit/audit-verify';
import { openNodeCore } from '../services/node-host';

/** `audit verify`: walks the audit trail's hash chain; the result names the first bad entry. */
export async function runAuditVerify(dataDir: string, language: Language): Promise<AuditVerifyResult> {
  const core = await openNodeCore(dataDir, { defaultLanguage: language });
  try {
    return verifyAudit(core.deps.db);
  } finally {
    core.close();
  }
}
