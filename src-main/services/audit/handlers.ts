import type { HandlerMap } from '../context';
import { exportAuditCsv, getAuditEntry, listAudit } from './audit-query';
import { verifyAudit } from './audit-verify';

/** Reading and checking the audit trail; nothing here (or anywhere) edits it. */
export const auditHandlers: HandlerMap<'audit.list' | 'audit.get' | 'audit.verify' | 'audit.exportCsv'> = {
  'audit.list': (input, ctx) => listAudit(ctx.deps.db, input.filter, input.limit ?? 100, input.offset ?? 0),
  'audit.get': (input, ctx) => getAuditEntry(ctx.deps.db, input.seq),
  'audit.verify': (_input, ctx) => verifyAudit(ctx.deps.db),
  'audit.exportCsv': (input, ctx) => exportAuditCsv(ctx.deps.db, input.filter),
};
