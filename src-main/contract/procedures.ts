import { z } from 'zod';

import {
  changePasswordInputSchema,
  loginInputSchema,
  loginOutputSchema,
  sessionSchema,
  setLanguageInputSchema,
  unlockInputSchema,
} from './accounts';
import { addAssessmentInputSchema, assessmentHistorySchema, assessmentSchema } from './assessments';
import { addAttachmentInputSchema, attachmentContentSchema, attachmentSchema } from './attachments';
import {
  auditEntrySchema,
  auditExportOutputSchema,
  auditFilterSchema,
  auditListInputSchema,
  auditListOutputSchema,
  auditVerifyOutputSchema,
} from './audit';
import { backupEntrySchema, backupManifestSchema, portableBackupInputSchema, restoreInputSchema, restoreLocalInputSchema } from './backup';
import {
  bundleExportSchema,
  bundleKeysSchema,
  downloadFileSchema,
  exportBundleInputSchema,
  jobIdInputSchema,
  ministryKeysInputSchema,
  ministryKeysSchema,
  ministryRecipientSchema,
  receiptFileInputSchema,
  sequenceInputSchema,
  setMinistryKeysInputSchema,
} from './bundles';
import { emptyInputSchema, languageSchema, okOutputSchema } from './common';
import { dashboardSchema } from './dashboard';
import {
  addContactInputSchema,
  addFamilyMemberInputSchema,
  contactEntrySchema,
  familyMemberSchema,
  updateContactInputSchema,
  updateFamilyMemberInputSchema,
} from './family';
import {
  createGatekeepingInputSchema,
  decideGatekeepingInputSchema,
  gatekeepingListInputSchema,
  gatekeepingMonthSchema,
  gatekeepingRequestSchema,
  gatekeepingSummaryInputSchema,
  updateGatekeepingInputSchema,
} from './gatekeeping';
import {
  indicatorDashboardInputSchema,
  indicatorDashboardSchema,
  recordManualValueInputSchema,
  saveManualIndicatorInputSchema,
  setIndicatorTargetInputSchema,
} from './indicators';
import { institutionProfileInputSchema, institutionProfileSchema } from './institution';
import {
  enrolInputSchema,
  importAttemptSchema,
  importedBundleSchema,
  importInputSchema,
  importReportInputSchema,
  importResultSchema,
  inspectPublicKeyInputSchema,
  institutionCodeInputSchema,
  ministryOwnKeysSchema,
  ministrySetupInputSchema,
  namedChildSchema,
  overviewInputSchema,
  publicKeyFactsSchema,
  receiptInputSchema,
  registryInstitutionSchema,
  revokeKeyInputSchema,
  rotateKeyInputSchema,
  summaryPdfInputSchema,
  uploadChunkInputSchema,
  uploadChunkOutputSchema,
} from './ministry';
import { institutionOverviewSchema, nationalOverviewSchema } from './national-overview';
import { addNoteInputSchema, editNoteInputSchema, progressNoteSchema } from './notes';
import {
  changePlacementInputSchema,
  exitInputSchema,
  followUpSchema,
  placementSchema,
  readmitInputSchema,
  recordFollowUpInputSchema,
} from './placements';
import {
  addActionInputSchema,
  addGoalInputSchema,
  addReviewInputSchema,
  createPlanInputSchema,
  planSchema,
  updateActionInputSchema,
  updateGoalInputSchema,
} from './plans';
import { procedure } from './procedure';
import {
  referenceItemSchema,
  referenceListInputSchema,
  referenceListOutputSchema,
  referenceRetireInputSchema,
  referenceSaveInputSchema,
} from './reference';
import {
  createResidentInputSchema,
  duplicateCheckInputSchema,
  duplicateCheckOutputSchema,
  residentIdInputSchema,
  residentListInputSchema,
  residentListOutputSchema,
  residentRecordSchema,
  residentSearchInputSchema,
  residentSummarySchema,
  setAbsenceInputSchema,
  setPhotoInputSchema,
  updateAdmissionInputSchema,
  updateEducationInputSchema,
  updateHealthInputSchema,
  updateIdentityInputSchema,
  updateLegalInputSchema,
} from './residents';
import {
  createReferralInputSchema,
  referralListInputSchema,
  referralSchema,
  saveServiceInputSchema,
  serviceSchema,
  setReferralStatusInputSchema,
  unreferredChildSchema,
} from './services-register';
import { appSettingsSchema, settingsUpdateInputSchema } from './settings';
import { appInfoSchema, setupInputSchema, setupOutputSchema } from './setup';
import { timelineEventSchema, timelineInputSchema } from './timeline';
import {
  addEvidenceFileInputSchema,
  addEvidenceNoteInputSchema,
  compareInputSchema,
  createTransformationInputSchema,
  getTransformationInputSchema,
  openNewServiceInputSchema,
  planIdInputSchema,
  planReportInputSchema,
  planStepInputSchema,
  removeItemInputSchema,
  removePhaseInputSchema,
  reorderPhasesInputSchema,
  revisionInputSchema,
  saveActionInputSchema,
  saveBudgetLineInputSchema,
  saveBuildingItemInputSchema,
  saveFactsInputSchema,
  saveNewServiceInputSchema,
  savePhaseInputSchema,
  saveTrainingInputSchema,
  setActionProgressInputSchema,
  updateTransformationInputSchema,
} from './transformation';
import {
  evidenceFileContentSchema,
  planDiffSchema,
  planRevisionSchema,
  planRevisionSummarySchema,
  transformationPlanSchema,
  transformationSummarySchema,
} from './transformation-views';
import {
  createUserInputSchema,
  resetPasswordInputSchema,
  setUserActiveInputSchema,
  updateUserInputSchema,
  userSummarySchema,
} from './users';

/** Every procedure the core offers, by name (`feature.verb`). Both transports serve exactly these. */
export const procedures = {
  'app.info': procedure({
    input: emptyInputSchema,
    output: appInfoSchema,
    summary: 'Version, whether first-run setup is done, default language',
  }),
  'setup.ministry': procedure({
    input: ministrySetupInputSchema,
    output: setupOutputSchema,
    summary: "First run of the ministry's installation: its keys and first admin (refused once set up)",
  }),
  'setup.uploadBackup': procedure({
    input: uploadChunkInputSchema,
    output: uploadChunkOutputSchema,
    summary: 'First run only: receive the next piece of a portable backup to restore',
  }),
  'setup.restore': procedure({
    input: restoreInputSchema,
    output: backupManifestSchema,
    summary: 'First run only: check a portable backup (passphrase, integrity, schema) and restore it',
  }),
  'setup.complete': procedure({
    input: setupInputSchema,
    output: setupOutputSchema,
    summary: 'First-run wizard: create the institution profile and the first director; returns the recovery code once',
  }),
  'auth.login': procedure({
    input: loginInputSchema,
    output: loginOutputSchema,
    summary: 'Sign in with login and password; returns an opaque session id for this window',
  }),
  'auth.logout': procedure({
    input: emptyInputSchema,
    output: okOutputSchema,
    summary: 'End the calling session',
  }),
  'auth.session': procedure({
    input: emptyInputSchema,
    output: sessionSchema.nullable(),
    summary: 'The calling session (user, locked, must change password), or null',
  }),
  'auth.lock': procedure({
    input: emptyInputSchema,
    output: okOutputSchema,
    summary: 'Lock the calling session (the window was idle); the password unlocks it',
  }),
  'auth.unlock': procedure({
    input: unlockInputSchema,
    output: sessionSchema,
    summary: "Unlock the calling session with the signed-in user's password",
  }),
  'auth.touch': procedure({
    input: emptyInputSchema,
    output: okOutputSchema,
    summary: 'Report user activity in the window (typing, clicking), which keeps the session from locking',
  }),
  'account.setLanguage': procedure({
    input: setLanguageInputSchema,
    output: setLanguageInputSchema,
    summary: "Remember the signed-in user's UI language",
  }),
  'account.changePassword': procedure({
    input: changePasswordInputSchema,
    output: okOutputSchema,
    summary: 'Change one’s own password (needs the current one)',
  }),
  'institution.get': procedure({
    input: emptyInputSchema,
    output: institutionProfileSchema,
    summary: 'The institution profile',
  }),
  'institution.update': procedure({
    input: institutionProfileInputSchema,
    output: institutionProfileSchema,
    summary: 'Change the institution profile',
  }),
  'reference.list': procedure({
    input: referenceListInputSchema,
    output: referenceListOutputSchema,
    summary: 'Reference data of one kind, in stored order',
  }),
  'reference.save': procedure({
    input: referenceSaveInputSchema,
    output: referenceItemSchema,
    summary: 'Add a reference item or rename one (its code never changes)',
  }),
  'reference.setRetired': procedure({
    input: referenceRetireInputSchema,
    output: referenceItemSchema,
    summary: 'Retire a reference item (kept on records that use it) or bring it back; never deleted',
  }),
  'residents.list': procedure({
    input: residentListInputSchema,
    output: residentListOutputSchema,
    summary: 'Residents matching a filter (and a folded search), sorted',
  }),
  'residents.search': procedure({
    input: residentSearchInputSchema,
    output: z.array(residentSummarySchema),
    summary: 'Best matches for a folded search over names, FİN and birth certificate',
  }),
  'residents.get': procedure({
    input: residentIdInputSchema,
    output: residentRecordSchema,
    summary: "One child's whole record",
  }),
  'residents.checkDuplicates': procedure({
    input: duplicateCheckInputSchema,
    output: duplicateCheckOutputSchema,
    summary: 'Records with the same FİN or certificate (blocking) or a similar name and the same birth date',
  }),
  'residents.create': procedure({
    input: createResidentInputSchema,
    output: residentRecordSchema,
    summary: 'Register a child with identity, legal status and first admission',
  }),
  'residents.updateIdentity': procedure({
    input: updateIdentityInputSchema,
    output: residentRecordSchema,
    summary: "Change the child's identity section",
  }),
  'residents.updateLegal': procedure({
    input: updateLegalInputSchema,
    output: residentRecordSchema,
    summary: "Change the child's legal status",
  }),
  'residents.updateHealth': procedure({
    input: updateHealthInputSchema,
    output: residentRecordSchema,
    summary: "Change the child's health and disability section",
  }),
  'residents.updateEducation': procedure({
    input: updateEducationInputSchema,
    output: residentRecordSchema,
    summary: "Change the child's schooling",
  }),
  'residents.updateAdmission': procedure({
    input: updateAdmissionInputSchema,
    output: residentRecordSchema,
    summary: 'Correct the admission of a stay',
  }),
  'residents.setAbsence': procedure({
    input: setAbsenceInputSchema,
    output: residentRecordSchema,
    summary: 'Mark the child temporarily absent (hospital, home leave) or back',
  }),
  'residents.setPhoto': procedure({
    input: setPhotoInputSchema,
    output: residentRecordSchema,
    summary: "Choose one of the record's photos as the child's photo, or none",
  }),
  'residents.caseFile': procedure({
    input: z.strictObject({ id: z.string().min(1), language: languageSchema }),
    output: z.strictObject({ fileName: z.string(), pdfBase64: z.string() }),
    summary: "The child's case file as a PDF",
  }),
  'family.list': procedure({
    input: z.strictObject({ residentId: z.string().min(1) }),
    output: z.array(familyMemberSchema),
    summary: "The child's family and other contacts",
  }),
  'family.add': procedure({
    input: addFamilyMemberInputSchema,
    output: familyMemberSchema,
    summary: 'Add a family member or other contact person',
  }),
  'family.update': procedure({
    input: updateFamilyMemberInputSchema,
    output: familyMemberSchema,
    summary: 'Change a family member’s details',
  }),
  'family.remove': procedure({
    input: z.strictObject({ id: z.string().min(1) }),
    output: okOutputSchema,
    summary: 'Remove a family entry made in error (the audit trail keeps what it said)',
  }),
  'contacts.list': procedure({
    input: z.strictObject({ residentId: z.string().min(1) }),
    output: z.array(contactEntrySchema),
    summary: "The child's visits and contacts, newest first",
  }),
  'contacts.add': procedure({
    input: addContactInputSchema,
    output: contactEntrySchema,
    summary: 'Record a visit or contact',
  }),
  'contacts.update': procedure({
    input: updateContactInputSchema,
    output: contactEntrySchema,
    summary: 'Correct a visit or contact entry',
  }),
  'notes.list': procedure({
    input: z.strictObject({ residentId: z.string().min(1) }),
    output: z.array(progressNoteSchema),
    summary: "The child's progress notes, newest first",
  }),
  'notes.add': procedure({
    input: addNoteInputSchema,
    output: progressNoteSchema,
    summary: 'Write a progress note, or a correction of an older one',
  }),
  'notes.edit': procedure({
    input: editNoteInputSchema,
    output: progressNoteSchema,
    summary: 'Edit one’s own note within 24 hours of writing it',
  }),
  'attachments.list': procedure({
    input: z.strictObject({ residentId: z.string().min(1) }),
    output: z.array(attachmentSchema),
    summary: "The record's files (without content)",
  }),
  'attachments.get': procedure({
    input: z.strictObject({ id: z.string().min(1) }),
    output: attachmentContentSchema,
    summary: 'One file with its content',
  }),
  'attachments.add': procedure({
    input: addAttachmentInputSchema,
    output: attachmentSchema,
    summary: 'Attach a PDF, JPEG or PNG (≤ 20 MB, type checked by content) to a record',
  }),
  'residents.timeline': procedure({
    input: timelineInputSchema,
    output: z.array(timelineEventSchema),
    summary: "Every event of a child's record in order (admissions, assessments, plans, notes, referrals, visits, exits, follow-ups)",
  }),
  'assessments.list': procedure({
    input: z.strictObject({ residentId: z.string().min(1) }),
    output: assessmentHistorySchema,
    summary: "A child's assessments, newest first, and when the next is due",
  }),
  'assessments.add': procedure({
    input: addAssessmentInputSchema,
    output: assessmentSchema,
    summary: 'Record an assessment: a score of 1–4 and a note for each domain',
  }),
  'plans.get': procedure({
    input: z.strictObject({ residentId: z.string().min(1) }),
    output: planSchema.nullable(),
    summary: "The individual care plan of the child's current stay, or null",
  }),
  'plans.create': procedure({
    input: createPlanInputSchema,
    output: planSchema,
    summary: 'Start the individual care plan of the current stay',
  }),
  'plans.addGoal': procedure({ input: addGoalInputSchema, output: planSchema, summary: 'Add a goal to a care plan' }),
  'plans.updateGoal': procedure({ input: updateGoalInputSchema, output: planSchema, summary: 'Change a goal (text, date, status)' }),
  'plans.addAction': procedure({ input: addActionInputSchema, output: planSchema, summary: 'Add an action to a goal' }),
  'plans.updateAction': procedure({ input: updateActionInputSchema, output: planSchema, summary: 'Change an action or mark it done' }),
  'plans.addReview': procedure({
    input: addReviewInputSchema,
    output: planSchema,
    summary: 'Record a review meeting and set the next review date',
  }),
  'services.list': procedure({
    input: z.strictObject({ includeInactive: z.boolean().optional() }),
    output: z.array(serviceSchema),
    summary: 'The register of services with capacity and current load',
  }),
  'services.save': procedure({ input: saveServiceInputSchema, output: serviceSchema, summary: 'Add or change a service' }),
  'services.unreferredDisabled': procedure({
    input: emptyInputSchema,
    output: z.array(unreferredChildSchema),
    summary: 'Children with a disability in residence who are referred to no service now',
  }),
  'referrals.list': procedure({
    input: referralListInputSchema,
    output: z.array(referralSchema),
    summary: "Referrals of a child or of a service, newest first",
  }),
  'referrals.create': procedure({
    input: createReferralInputSchema,
    output: referralSchema,
    summary: 'Refer a child to a service (a full service needs acceptOverCapacity)',
  }),
  'referrals.setStatus': procedure({
    input: setReferralStatusInputSchema,
    output: referralSchema,
    summary: 'Move a referral on: accepted, attending, ended or declined',
  }),
  'placements.exit': procedure({
    input: exitInputSchema,
    output: residentRecordSchema,
    summary: 'A child leaves: exit type, date, decision, destination; follow-up visits are scheduled',
  }),
  'placements.list': procedure({
    input: z.strictObject({ residentId: z.string().min(1) }),
    output: z.array(placementSchema),
    summary: "A child's placements after leaving, with their follow-up visits",
  }),
  'placements.change': procedure({
    input: changePlacementInputSchema,
    output: z.array(placementSchema),
    summary: 'After a breakdown or change, the next placement (the previous one ends)',
  }),
  'placements.readmit': procedure({
    input: readmitInputSchema,
    output: residentRecordSchema,
    summary: 'Admit a child again: a new stay, history kept',
  }),
  'followUps.record': procedure({
    input: recordFollowUpInputSchema,
    output: followUpSchema,
    summary: 'Record a follow-up visit: date, who, outcome (stable, at risk, broken down), notes',
  }),
  'gatekeeping.list': procedure({
    input: gatekeepingListInputSchema,
    output: z.array(gatekeepingRequestSchema),
    summary: 'Admission requests, newest first',
  }),
  'gatekeeping.get': procedure({
    input: z.strictObject({ id: z.string().min(1) }),
    output: gatekeepingRequestSchema,
    summary: 'One admission request',
  }),
  'gatekeeping.create': procedure({
    input: createGatekeepingInputSchema,
    output: gatekeepingRequestSchema,
    summary: 'Record a request to admit a child',
  }),
  'gatekeeping.update': procedure({
    input: updateGatekeepingInputSchema,
    output: gatekeepingRequestSchema,
    summary: 'Change a pending request',
  }),
  'gatekeeping.decide': procedure({
    input: decideGatekeepingInputSchema,
    output: gatekeepingRequestSchema,
    summary: 'Decide a request other than by admission (diverted, referred, placed in a family, refused)',
  }),
  'gatekeeping.summary': procedure({
    input: gatekeepingSummaryInputSchema,
    output: z.array(gatekeepingMonthSchema),
    summary: 'Admissions versus diversions by month',
  }),
  'dashboard.get': procedure({
    input: emptyInputSchema,
    output: dashboardSchema,
    summary: 'Children in residence by age and sex, admissions and exits this year, age alerts',
  }),
  'transformation.list': procedure({
    input: emptyInputSchema,
    output: z.array(transformationSummarySchema),
    summary: 'Every transformation plan of the institution, newest first',
  }),
  'transformation.get': procedure({
    input: getTransformationInputSchema,
    output: transformationPlanSchema.nullable(),
    summary: 'One transformation plan whole (without an id: the plan not yet completed, or null)',
  }),
  'transformation.create': procedure({
    input: createTransformationInputSchema,
    output: transformationPlanSchema,
    summary: "Start the transformation plan: the day's baseline is counted and the nine-component template added",
  }),
  'transformation.update': procedure({
    input: updateTransformationInputSchema,
    output: transformationPlanSchema,
    summary: "Change the plan's title, period or target service models",
  }),
  'transformation.saveFacts': procedure({
    input: saveFactsInputSchema,
    output: transformationPlanSchema,
    summary: "Change the director's baseline facts: staff, budget, building",
  }),
  'transformation.approve': procedure({
    input: planStepInputSchema,
    output: transformationPlanSchema,
    summary: 'Approve the working revision: its content is frozen as the next numbered revision',
  }),
  'transformation.start': procedure({
    input: planStepInputSchema,
    output: transformationPlanSchema,
    summary: 'Start carrying out an approved plan (approved → in progress)',
  }),
  'transformation.complete': procedure({
    input: planStepInputSchema,
    output: transformationPlanSchema,
    summary: 'Mark a plan in progress as completed; it can no longer change',
  }),
  'transformation.revisions': procedure({
    input: planIdInputSchema,
    output: z.array(planRevisionSummarySchema),
    summary: "The plan's approved revisions, oldest first (number, by whom, when)",
  }),
  'transformation.revision': procedure({
    input: revisionInputSchema,
    output: planRevisionSchema,
    summary: 'One approved revision with its frozen content',
  }),
  'transformation.compare': procedure({
    input: compareInputSchema,
    output: planDiffSchema,
    summary: 'What changed between two revisions (or a revision and the working one): per section, added, removed, changed',
  }),
  'transformation.savePhase': procedure({
    input: savePhaseInputSchema,
    output: transformationPlanSchema,
    summary: 'Add a phase at the end or rename one',
  }),
  'transformation.reorderPhases': procedure({
    input: reorderPhasesInputSchema,
    output: transformationPlanSchema,
    summary: "Put the plan's phases in a new order",
  }),
  'transformation.removePhase': procedure({
    input: removePhaseInputSchema,
    output: transformationPlanSchema,
    summary: 'Remove a phase that has no actions',
  }),
  'transformation.saveAction': procedure({
    input: saveActionInputSchema,
    output: transformationPlanSchema,
    summary: "Add an action or change its planned fields (phase, title, owner, dates, milestone, dependencies without cycles)",
  }),
  'transformation.setActionProgress': procedure({
    input: setActionProgressInputSchema,
    output: transformationPlanSchema,
    summary: "Record how an action stands and its progress (execution: needs no approval)",
  }),
  'transformation.addEvidenceNote': procedure({
    input: addEvidenceNoteInputSchema,
    output: transformationPlanSchema,
    summary: 'Add a dated note of what was done for an action',
  }),
  'transformation.addEvidenceFile': procedure({
    input: addEvidenceFileInputSchema,
    output: transformationPlanSchema,
    summary: 'Attach a PDF, JPEG or PNG (≤ 20 MB, type checked by content) as evidence for an action',
  }),
  'transformation.getEvidenceFile': procedure({
    input: z.strictObject({ id: z.string().min(1) }),
    output: evidenceFileContentSchema,
    summary: 'One evidence file with its content',
  }),
  'transformation.saveNewService': procedure({
    input: saveNewServiceInputSchema,
    output: transformationPlanSchema,
    summary: 'Add or change a new service the plan will open (name, type, capacity, planned opening)',
  }),
  'transformation.openNewService': procedure({
    input: openNewServiceInputSchema,
    output: transformationPlanSchema,
    summary: 'A planned service has opened: link it to a services-register entry, or create that entry',
  }),
  'transformation.saveTraining': procedure({
    input: saveTrainingInputSchema,
    output: transformationPlanSchema,
    summary: "Add or change a staff member's retraining (and record it completed)",
  }),
  'transformation.saveBudgetLine': procedure({
    input: saveBudgetLineInputSchema,
    output: transformationPlanSchema,
    summary: 'Add or change a budget line (planned and moved amounts in qəpik, moved ≤ planned)',
  }),
  'transformation.saveBuildingItem': procedure({
    input: saveBuildingItemInputSchema,
    output: transformationPlanSchema,
    summary: 'Add or change the repurposing of a part of the building',
  }),
  'transformation.removeItem': procedure({
    input: removeItemInputSchema,
    output: transformationPlanSchema,
    summary: 'Remove an action, new service, training, budget line or building item entered in error',
  }),
  'transformation.report': procedure({
    input: planReportInputSchema,
    output: z.strictObject({ fileName: z.string(), pdfBase64: z.string() }),
    summary: "The plan's report as a PDF: baseline, progress by phase, services, staff, budget, building, indicators",
  }),
  'indicators.get': procedure({
    input: indicatorDashboardInputSchema,
    output: indicatorDashboardSchema,
    summary: "A plan's indicators by month (default: from its baseline month or start to this month), with baselines, targets and manual ones",
  }),
  'indicators.setTarget': procedure({
    input: setIndicatorTargetInputSchema,
    output: indicatorDashboardSchema,
    summary: "Set or clear a computed indicator's target value and date; answers the plan's indicators over the default months",
  }),
  'indicators.saveManual': procedure({
    input: saveManualIndicatorInputSchema,
    output: indicatorDashboardSchema,
    summary: 'Add or change an indicator kept by hand (name, unit, direction, baseline, target); answers the default months',
  }),
  'indicators.recordManualValue': procedure({
    input: recordManualValueInputSchema,
    output: indicatorDashboardSchema,
    summary: "Record or remove a manual indicator's value for a month; answers the plan's indicators over the default months",
  }),
  'settings.get': procedure({
    input: emptyInputSchema,
    output: appSettingsSchema,
    summary: 'Installation-wide settings (idle lock time)',
  }),
  'settings.update': procedure({
    input: settingsUpdateInputSchema,
    output: appSettingsSchema,
    summary: 'Change installation-wide settings',
  }),
  'users.list': procedure({
    input: emptyInputSchema,
    output: z.array(userSummarySchema),
    summary: 'Every user, active or not',
  }),
  'users.create': procedure({
    input: createUserInputSchema,
    output: userSummarySchema,
    summary: 'Create a user with a temporary password (to be changed at first sign-in)',
  }),
  'users.update': procedure({
    input: updateUserInputSchema,
    output: userSummarySchema,
    summary: "Change a user's name or role",
  }),
  'users.setActive': procedure({
    input: setUserActiveInputSchema,
    output: userSummarySchema,
    summary: 'Deactivate (never delete) or reactivate a user; a deactivated user is signed out',
  }),
  'users.resetPassword': procedure({
    input: resetPasswordInputSchema,
    output: userSummarySchema,
    summary: "Set a temporary password for a user and lift a lockout; they must change it at next sign-in",
  }),
  'audit.list': procedure({
    input: auditListInputSchema,
    output: auditListOutputSchema,
    summary: 'Audit entries matching a filter, newest first, one page',
  }),
  'audit.get': procedure({
    input: z.strictObject({ seq: z.number().int() }),
    output: auditEntrySchema,
    summary: 'One audit entry with its changes',
  }),
  'audit.verify': procedure({
    input: emptyInputSchema,
    output: auditVerifyOutputSchema,
    summary: 'Check the hash chain of the whole audit trail',
  }),
  'audit.exportCsv': procedure({
    input: z.strictObject({ filter: auditFilterSchema }),
    output: auditExportOutputSchema,
    summary: 'The filtered audit entries as formula-safe CSV',
  }),
  'bundles.keys': procedure({
    input: emptyInputSchema,
    output: bundleKeysSchema,
    summary: "The institution's signing key (id, fingerprint, public key file) and the ministry keys bundles go to",
  }),
  'bundles.exportPublicKey': procedure({
    input: emptyInputSchema,
    output: downloadFileSchema,
    summary: "The signing key's minisign public key file, for enrolment at the ministry",
  }),
  'bundles.inspectMinistryKeys': procedure({
    input: ministryKeysInputSchema,
    output: ministryKeysSchema,
    summary: "Read a ministry public-key file (or a pasted age1… recipient) and show its fingerprint; changes nothing",
  }),
  'bundles.setMinistryKeys': procedure({
    input: setMinistryKeysInputSchema,
    output: ministryRecipientSchema,
    summary: 'Set the ministry keys after the director confirmed their fingerprint (audited)',
  }),
  'bundles.export': procedure({
    input: exportBundleInputSchema,
    output: bundleExportSchema,
    summary: 'Export a signed, encrypted bundle (a job in a worker; progress as job.progress events; cancellable)',
  }),
  'bundles.cancelExport': procedure({
    input: jobIdInputSchema,
    output: okOutputSchema,
    summary: 'Cancel a running export: no file is left and no sequence number is used',
  }),
  'bundles.history': procedure({
    input: emptyInputSchema,
    output: z.array(bundleExportSchema),
    summary: 'Every exported bundle, newest first, with whether the ministry acknowledged it',
  }),
  'bundles.download': procedure({
    input: sequenceInputSchema,
    output: downloadFileSchema,
    summary: 'An exported bundle file, to save (again) where the director chooses',
  }),
  'bundles.importReceipt': procedure({
    input: receiptFileInputSchema,
    output: bundleExportSchema,
    summary: "Import the ministry's signed receipt for a bundle: verified, then the bundle is marked acknowledged",
  }),
  'ministry.keys': procedure({
    input: emptyInputSchema,
    output: ministryOwnKeysSchema,
    summary: "The ministry's public keys: the age recipient institutions encrypt to and the receipt key",
  }),
  'ministry.exportKeyFile': procedure({
    input: emptyInputSchema,
    output: downloadFileSchema,
    summary: 'The public-key file institutions import (recipient and receipt key)',
  }),
  'ministry.registry': procedure({
    input: emptyInputSchema,
    output: z.array(registryInstitutionSchema),
    summary: 'Enrolled institutions with their keys, last sequence, last import and status',
  }),
  'ministry.inspectPublicKey': procedure({
    input: inspectPublicKeyInputSchema,
    output: publicKeyFactsSchema,
    summary: "Read an institution's minisign public key and show its fingerprint; changes nothing",
  }),
  'ministry.enrol': procedure({
    input: enrolInputSchema,
    output: publicKeyFactsSchema,
    summary: 'Enrol an institution with its public key once its fingerprint was confirmed (audited)',
  }),
  'ministry.rotateKey': procedure({
    input: rotateKeyInputSchema,
    output: publicKeyFactsSchema,
    summary: "Add an institution's new key, signed by its old one or confirmed by hand (audited)",
  }),
  'ministry.revokeKey': procedure({
    input: revokeKeyInputSchema,
    output: okOutputSchema,
    summary: 'Revoke a key from a day: bundles it signs from then on are refused (audited)',
  }),
  'ministry.upload': procedure({
    input: uploadChunkInputSchema,
    output: uploadChunkOutputSchema,
    summary: 'Receive the next piece of a bundle file to import (kept in the data folder until imported)',
  }),
  'ministry.import': procedure({
    input: importInputSchema,
    output: z.array(importResultSchema),
    summary: 'Import uploaded bundles, each all-or-nothing, in a worker (progress as import.progress); or a dry run',
  }),
  'ministry.importHistory': procedure({
    input: emptyInputSchema,
    output: z.array(importAttemptSchema),
    summary: 'Every import attempt, rejections included, newest first',
  }),
  'ministry.importReport': procedure({
    input: importReportInputSchema,
    output: downloadFileSchema,
    summary: 'The import history as a CSV or JSON file',
  }),
  'ministry.receipt': procedure({
    input: receiptInputSchema,
    output: downloadFileSchema,
    summary: "The signed receipt of a bundle's latest import attempt, for the institution",
  }),
  'ministry.overview': procedure({
    input: overviewInputSchema,
    output: nationalOverviewSchema,
    summary: 'The national overview computed from the imported bundles',
  }),
  'ministry.institution': procedure({
    input: institutionCodeInputSchema,
    output: z.strictObject({
      overview: institutionOverviewSchema,
      bundles: z.array(importedBundleSchema),
      children: z.array(namedChildSchema).nullable(),
    }),
    summary: "One institution's figures, bundles and (from a named snapshot only) its children in residence",
  }),
  'ministry.summaryPdf': procedure({
    input: summaryPdfInputSchema,
    output: downloadFileSchema,
    summary: 'The national overview as a PDF summary',
  }),
  'backup.list': procedure({
    input: emptyInputSchema,
    output: z.array(backupEntrySchema),
    summary: 'The automatic backups in the data folder, newest first',
  }),
  'backup.create': procedure({
    input: emptyInputSchema,
    output: backupEntrySchema,
    summary: 'Back the database up now into the data folder (retention rules apply)',
  }),
  'backup.restore': procedure({
    input: restoreLocalInputSchema,
    output: backupManifestSchema,
    summary: 'Restore one of the data folder’s backups in place of the database (the current one kept; everyone signed out)',
  }),
  'backup.exportPortable': procedure({
    input: portableBackupInputSchema,
    output: downloadFileSchema,
    summary: 'A backup with the keys, encrypted with a passphrase, to keep elsewhere and restore on another machine',
  }),
};

export type Procedures = typeof procedures;
export type ProcedureName = keyof Procedures;
/** What a caller passes (before parsing: e.g. a login in any case). */
export type ProcedureInput<K extends ProcedureName> = z.input<Procedures[K]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<K extends ProcedureName> = z.output<Procedures[K]['input']>;
/** What a caller gets back. */
export type ProcedureOutput<K extends ProcedureName> = z.output<Procedures[K]['output']>;

/** All procedure names, for registration and for the preload's allow-list. */
export const procedureNames = Object.keys(procedures) as ProcedureName[];

/** True when `name` is a procedure of the contract. */
export function isProcedureName(name: unknown): name is ProcedureName {
  return typeof name === 'string' && Object.hasOwn(procedures, name);
}
