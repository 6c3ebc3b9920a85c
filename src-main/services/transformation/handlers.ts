import type { HandlerMap } from '../context';
import { removePhase, reorderPhases, saveAction, savePhase, setActionProgress } from './actions-service';
import { addEvidenceFile, addEvidenceNote, getEvidenceFile } from './evidence-service';
import { openNewService, removeItem, saveBudgetLine, saveBuildingItem, saveNewService, saveTraining } from './items-service';
import {
  approveTransformation,
  compareRevisions,
  completeTransformation,
  createTransformation,
  getRevision,
  getTransformation,
  listRevisions,
  listTransformations,
  saveFacts,
  startTransformation,
  updateTransformation,
} from './plan-service';
import { transformationReport } from './report';

/** The institution's transformation plan: content, approvals and revisions, how it is carried out, and its report. */
export const transformationHandlers: HandlerMap<
  | 'transformation.list'
  | 'transformation.get'
  | 'transformation.create'
  | 'transformation.update'
  | 'transformation.saveFacts'
  | 'transformation.approve'
  | 'transformation.start'
  | 'transformation.complete'
  | 'transformation.revisions'
  | 'transformation.revision'
  | 'transformation.compare'
  | 'transformation.savePhase'
  | 'transformation.reorderPhases'
  | 'transformation.removePhase'
  | 'transformation.saveAction'
  | 'transformation.setActionProgress'
  | 'transformation.addEvidenceNote'
  | 'transformation.addEvidenceFile'
  | 'transformation.getEvidenceFile'
  | 'transformation.saveNewService'
  | 'transformation.openNewService'
  | 'transformation.saveTraining'
  | 'transformation.saveBudgetLine'
  | 'transformation.saveBuildingItem'
  | 'transformation.removeItem'
  | 'transformation.report'
> = {
  'transformation.list': (_input, { deps }) => listTransformations(deps.db),
  'transformation.get': (input, { deps }) => getTransformation(deps, input.id),
  'transformation.create': (input, { deps, actor }) => createTransformation(deps, actor, input),
  'transformation.update': (input, { deps, actor }) => updateTransformation(deps, actor, input),
  'transformation.saveFacts': (input, { deps, actor }) => saveFacts(deps, actor, input),
  'transformation.approve': (input, { deps, actor }) => approveTransformation(deps, actor, input),
  'transformation.start': (input, { deps, actor }) => startTransformation(deps, actor, input),
  'transformation.complete': (input, { deps, actor }) => completeTransformation(deps, actor, input),
  'transformation.revisions': (input, { deps }) => listRevisions(deps.db, input.id),
  'transformation.revision': (input, { deps }) => getRevision(deps.db, input.id, input.number),
  'transformation.compare': (input, { deps }) => compareRevisions(deps.db, input.id, input.from, input.to),
  'transformation.savePhase': (input, { deps, actor }) => savePhase(deps, actor, input),
  'transformation.reorderPhases': (input, { deps, actor }) => reorderPhases(deps, actor, input),
  'transformation.removePhase': (input, { deps, actor }) => removePhase(deps, actor, input),
  'transformation.saveAction': (input, { deps, actor }) => saveAction(deps, actor, input),
  'transformation.setActionProgress': (input, { deps, actor }) => setActionProgress(deps, actor, input),
  'transformation.addEvidenceNote': (input, { deps, actor }) => addEvidenceNote(deps, actor, input),
  'transformation.addEvidenceFile': (input, { deps, actor }) => addEvidenceFile(deps, actor, input),
  'transformation.getEvidenceFile': (input, { deps }) => getEvidenceFile(deps.db, input.id),
  'transformation.saveNewService': (input, { deps, actor }) => saveNewService(deps, actor, input),
  'transformation.openNewService': (input, { deps, actor }) => openNewService(deps, actor, input),
  'transformation.saveTraining': (input, { deps, actor }) => saveTraining(deps, actor, input),
  'transformation.saveBudgetLine': (input, { deps, actor }) => saveBudgetLine(deps, actor, input),
  'transformation.saveBuildingItem': (input, { deps, actor }) => saveBuildingItem(deps, actor, input),
  'transformation.removeItem': (input, { deps, actor }) => removeItem(deps, actor, input),
  // A read, like the case file: not audited.
  'transformation.report': (input, { deps }) => transformationReport(deps, input.planId, input.language),
};
