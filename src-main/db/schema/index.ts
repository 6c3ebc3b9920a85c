export { auditLog } from './audit';
export { bundleExports, bundleSettings, signingKeys } from './bundles';
export { planIndicatorTargets, planManualIndicators, planManualIndicatorValues } from './indicators';
export { institution } from './institution';
export { importedBundles, importedRecords, ministryInstallation, registryInstitutions, registryKeys } from './ministry';
export {
  assessments,
  assessmentScores,
  carePlans,
  followUpVisits,
  gatekeepingReasons,
  gatekeepingRequests,
  placements,
  planActions,
  planGoals,
  planReviews,
  referrals,
  services,
} from './pathway';
export { referenceItems } from './reference';
export {
  attachmentBlobs,
  attachments,
  contactLog,
  familyMembers,
  progressNotes,
  residentCodes,
  residents,
  stayReasons,
  stays,
} from './residents';
export { appSettings } from './settings';
export {
  planActionDependencies,
  planBudgetLines,
  planBuildingItems,
  planEvidenceBlobs,
  planEvidenceFiles,
  planEvidenceNotes,
  planNewServices,
  planPhaseActions,
  planPhases,
  planRevisions,
  planTargetModels,
  planTrainings,
  transformationPlans,
} from './transformation';
export { users } from './users';
