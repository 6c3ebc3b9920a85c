import type { Role } from './common';
import type { ProcedureName } from './procedures';

/**
 * Who may call a procedure. `roles`: 'public' (no session needed: first run and sign-in) or the
 * roles allowed. `whileLocked`: callable while the session is idle-locked. `beforePasswordChange`:
 * callable while the user still has to replace a password the director set.
 */
export type Access = {
  roles: 'public' | readonly Role[];
  whileLocked?: true;
  beforePasswordChange?: true;
};

const everyone: readonly Role[] = ['director', 'staff', 'viewer'];
/** The ministry's users: its admin keeps the registry and keys; analysts import and read. */
const ministry: readonly Role[] = ['ministry_admin', 'analyst'];
const ministryAdmin: readonly Role[] = ['ministry_admin'];
/** Every signed-in user of either kind of installation (what one's own account needs). */
const anyone: readonly Role[] = [...everyone, ...ministry];
/** Who manages an installation's accounts and reads its audit trail. */
const admins: readonly Role[] = ['director', 'ministry_admin'];
const director: readonly Role[] = ['director'];
/** Those who record children's progress: the director and staff (a viewer only reads). */
const recorders: readonly Role[] = ['director', 'staff'];

/**
 * The permission table. Checked in dispatch for every call, never only by hiding buttons; the
 * renderer reads it to hide what a role cannot do. A procedure without an entry fails to compile,
 * and the permission-matrix test calls every procedure as every role.
 */
export const access: Record<ProcedureName, Access> = {
  'app.info': { roles: 'public', whileLocked: true, beforePasswordChange: true },
  'setup.complete': { roles: 'public' },
  'setup.ministry': { roles: 'public' },
  'setup.uploadBackup': { roles: 'public' },
  'setup.restore': { roles: 'public' },
  'auth.login': { roles: 'public' },
  'auth.logout': { roles: 'public', whileLocked: true, beforePasswordChange: true },
  'auth.session': { roles: 'public', whileLocked: true, beforePasswordChange: true },
  'auth.lock': { roles: anyone, whileLocked: true, beforePasswordChange: true },
  'auth.unlock': { roles: anyone, whileLocked: true, beforePasswordChange: true },
  'auth.touch': { roles: anyone, beforePasswordChange: true },
  'account.setLanguage': { roles: anyone, beforePasswordChange: true },
  'account.changePassword': { roles: anyone, beforePasswordChange: true },
  'institution.get': { roles: everyone },
  'institution.update': { roles: director },
  'reference.list': { roles: 'public' },
  'reference.save': { roles: director },
  'reference.setRetired': { roles: director },
  'residents.list': { roles: everyone },
  'residents.search': { roles: everyone },
  'residents.get': { roles: everyone },
  'residents.checkDuplicates': { roles: recorders },
  'residents.create': { roles: recorders },
  'residents.updateIdentity': { roles: recorders },
  'residents.updateLegal': { roles: recorders },
  'residents.updateHealth': { roles: recorders },
  'residents.updateEducation': { roles: recorders },
  'residents.updateAdmission': { roles: recorders },
  'residents.setAbsence': { roles: recorders },
  'residents.setPhoto': { roles: recorders },
  'residents.caseFile': { roles: everyone },
  'family.list': { roles: everyone },
  'family.add': { roles: recorders },
  'family.update': { roles: recorders },
  'family.remove': { roles: recorders },
  'contacts.list': { roles: everyone },
  'contacts.add': { roles: recorders },
  'contacts.update': { roles: recorders },
  'notes.list': { roles: everyone },
  'notes.add': { roles: recorders },
  'notes.edit': { roles: recorders },
  'attachments.list': { roles: everyone },
  'attachments.get': { roles: everyone },
  'attachments.add': { roles: recorders },
  'residents.timeline': { roles: everyone },
  'assessments.list': { roles: everyone },
  'assessments.add': { roles: recorders },
  'plans.get': { roles: everyone },
  'plans.create': { roles: recorders },
  'plans.addGoal': { roles: recorders },
  'plans.updateGoal': { roles: recorders },
  'plans.addAction': { roles: recorders },
  'plans.updateAction': { roles: recorders },
  'plans.addReview': { roles: recorders },
  'services.list': { roles: everyone },
  'services.save': { roles: recorders },
  'services.unreferredDisabled': { roles: everyone },
  'referrals.list': { roles: everyone },
  'referrals.create': { roles: recorders },
  'referrals.setStatus': { roles: recorders },
  'placements.exit': { roles: recorders },
  'placements.list': { roles: everyone },
  'placements.change': { roles: recorders },
  'placements.readmit': { roles: recorders },
  'followUps.record': { roles: recorders },
  'gatekeeping.list': { roles: everyone },
  'gatekeeping.get': { roles: everyone },
  'gatekeeping.create': { roles: recorders },
  'gatekeeping.update': { roles: recorders },
  'gatekeeping.decide': { roles: recorders },
  'gatekeeping.summary': { roles: everyone },
  'dashboard.get': { roles: everyone },
  'transformation.list': { roles: everyone },
  'transformation.get': { roles: everyone },
  'transformation.create': { roles: director },
  'transformation.update': { roles: director },
  'transformation.saveFacts': { roles: director },
  'transformation.approve': { roles: director },
  'transformation.start': { roles: director },
  'transformation.complete': { roles: director },
  'transformation.revisions': { roles: everyone },
  'transformation.revision': { roles: everyone },
  'transformation.compare': { roles: everyone },
  'transformation.savePhase': { roles: director },
  'transformation.reorderPhases': { roles: director },
  'transformation.removePhase': { roles: director },
  'transformation.saveAction': { roles: director },
  // Staff carry the plan out: they record how actions go and the evidence, never change the plan.
  'transformation.setActionProgress': { roles: recorders },
  'transformation.addEvidenceNote': { roles: recorders },
  'transformation.addEvidenceFile': { roles: recorders },
  'transformation.getEvidenceFile': { roles: everyone },
  'transformation.saveNewService': { roles: director },
  'transformation.openNewService': { roles: director },
  'transformation.saveTraining': { roles: director },
  'transformation.saveBudgetLine': { roles: director },
  'transformation.saveBuildingItem': { roles: director },
  'transformation.removeItem': { roles: director },
  'transformation.report': { roles: everyone },
  'indicators.get': { roles: everyone },
  // Targets and the indicators kept by hand steer the plan: the director's, like the plan itself.
  'indicators.setTarget': { roles: director },
  'indicators.saveManual': { roles: director },
  'indicators.recordManualValue': { roles: director },
  'settings.get': { roles: anyone, beforePasswordChange: true },
  'settings.update': { roles: director },
  'users.list': { roles: admins },
  'users.create': { roles: admins },
  'users.update': { roles: admins },
  'users.setActive': { roles: admins },
  'users.resetPassword': { roles: admins },
  'audit.list': { roles: admins },
  'audit.get': { roles: admins },
  'audit.verify': { roles: admins },
  'audit.exportCsv': { roles: admins },
  'bundles.keys': { roles: director },
  'bundles.exportPublicKey': { roles: director },
  'bundles.inspectMinistryKeys': { roles: director },
  'bundles.setMinistryKeys': { roles: director },
  'bundles.export': { roles: director },
  'bundles.cancelExport': { roles: director },
  'bundles.history': { roles: director },
  'bundles.download': { roles: director },
  'bundles.importReceipt': { roles: director },
  'ministry.keys': { roles: ministry },
  'ministry.exportKeyFile': { roles: ministryAdmin },
  'ministry.registry': { roles: ministry },
  'ministry.inspectPublicKey': { roles: ministryAdmin },
  'ministry.enrol': { roles: ministryAdmin },
  'ministry.rotateKey': { roles: ministryAdmin },
  'ministry.revokeKey': { roles: ministryAdmin },
  'ministry.upload': { roles: ministry },
  'ministry.import': { roles: ministry },
  'ministry.importHistory': { roles: ministry },
  'ministry.importReport': { roles: ministry },
  'ministry.receipt': { roles: ministry },
  'ministry.overview': { roles: ministry },
  'ministry.institution': { roles: ministry },
  'ministry.summaryPdf': { roles: ministry },
  'backup.list': { roles: admins },
  'backup.create': { roles: admins },
  'backup.restore': { roles: admins },
  'backup.exportPortable': { roles: admins },
};

/** True when a user with `role` (or nobody, when null) may call `name`. */
export function isAllowed(name: ProcedureName, role: Role | null): boolean {
  const rule = access[name].roles;
  return rule === 'public' || (role !== null && rule.includes(role));
}
