import { asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';

import { AppError } from '../../contract/errors';
import type { PlanComponent } from '../../contract/transformation';
import { planComponentSchema } from '../../contract/transformation';
import { compareSnapshots, isUnchanged } from '../../contract/transformation-compare';
import type { PlanBaseline, PlanFacts, PlanRevisionSummary, PlanSnapshot, TransformationPlan } from '../../contract/transformation-views';
import { planBaselineSchema, planSnapshotSchema } from '../../contract/transformation-views';
import type { Db } from '../../db/client';
import {
  planActionDependencies,
  planBudgetLines,
  planBuildingItems,
  planEvidenceFiles,
  planEvidenceNotes,
  planNewServices,
  planPhaseActions,
  planPhases,
  planRevisions,
  planTargetModels,
  planTrainings,
  services,
  transformationPlans,
  users,
} from '../../db/schema';
import { userFullName } from '../users/user-names';

export type PlanRow = typeof transformationPlans.$inferSelect;
export type PhaseRow = typeof planPhases.$inferSelect;
export type ActionRow = typeof planPhaseActions.$inferSelect;
export type NewServiceRow = typeof planNewServices.$inferSelect;
export type TrainingRow = typeof planTrainings.$inferSelect;
export type BudgetLineRow = typeof planBudgetLines.$inferSelect;
export type BuildingItemRow = typeof planBuildingItems.$inferSelect;
export type RevisionRow = typeof planRevisions.$inferSelect;
export type EvidenceFileRow = typeof planEvidenceFiles.$inferSelect;

/** Everything a plan holds, each list in its order. */
export type PlanData = {
  plan: PlanRow;
  targetModelCodes: string[];
  phases: PhaseRow[];
  /** In the order of their phases, then as added. */
  actions: ActionRow[];
  /** Each action's dependencies, sorted. */
  dependsOn: Map<string, string[]>;
  newServices: NewServiceRow[];
  trainings: TrainingRow[];
  budgetLines: BudgetLineRow[];
  buildingItems: BuildingItemRow[];
};

/** The plan with this id; NOT_FOUND otherwise. */
export function planRow(db: Db, id: string): PlanRow {
  const row = db.select().from(transformationPlans).where(eq(transformationPlans.id, id)).get();
  if (row === undefined) {
    throw new AppError('NOT_FOUND', 'No such transformation plan');
  }
  return row;
}

/** The plan not yet completed, if there is one (there is at most one). */
export function openPlanRow(db: Db): PlanRow | undefined {
  return db.select().from(transformationPlans).where(ne(transformationPlans.status, 'completed')).get();
}

/** Sorted target model codes of a plan. */
export function targetModelsOf(db: Db, planId: string): string[] {
  return db
    .select({ code: planTargetModels.modelCode })
    .from(planTargetModels)
    .where(eq(planTargetModels.planId, planId))
    .orderBy(asc(planTargetModels.modelCode))
    .all()
    .map((row) => row.code);
}

// rowid breaks ties of the same instant in insertion order.
const inserted = (table: typeof planNewServices | typeof planTrainings | typeof planBudgetLines | typeof planBuildingItems) => sql`${table}.rowid`;

/** Loads the whole plan. */
export function loadPlanData(db: Db, planId: string): PlanData {
  const plan = planRow(db, planId);
  const phases = db.select().from(planPhases).where(eq(planPhases.planId, planId)).orderBy(asc(planPhases.sortOrder), asc(planPhases.createdAt)).all();
  const position = new Map(phases.map((phase, index) => [phase.id, index]));
  const actions = db
    .select()
    .from(planPhaseActions)
    .where(eq(planPhaseActions.planId, planId))
    .orderBy(asc(planPhaseActions.sortOrder))
    .all()
    .sort((a, b) => (position.get(a.phaseId) ?? 0) - (position.get(b.phaseId) ?? 0));
  const edges =
    actions.length === 0
      ? []
      : db
          .select()
          .from(planActionDependencies)
          .where(inArray(planActionDependencies.actionId, actions.map((action) => action.id)))
          .all();
  const dependsOn = new Map(actions.map((action) => [action.id, [] as string[]]));
  for (const edge of edges) {
    dependsOn.get(edge.actionId)?.push(edge.dependsOnId);
  }
  for (const list of dependsOn.values()) {
    list.sort();
  }
  const byPlan = <T extends typeof planNewServices | typeof planTrainings | typeof planBudgetLines | typeof planBuildingItems>(table: T) =>
    db.select().from(table).where(eq(table.planId, planId)).orderBy(asc(table.createdAt), asc(inserted(table)));
  return {
    plan,
    targetModelCodes: targetModelsOf(db, planId),
    phases,
    actions,
    dependsOn,
    newServices: byPlan(planNewServices).all(),
    trainings: byPlan(planTrainings).all(),
    budgetLines: byPlan(planBudgetLines).all(),
    buildingItems: byPlan(planBuildingItems).all(),
  };
}

/** The director's facts as the plan row holds them. */
export function factsOf(plan: PlanRow): PlanFacts {
  return {
    staff: { total: plan.staffTotal, care: plan.staffCare, teachers: plan.staffTeachers, medical: plan.staffMedical, other: plan.staffOther },
    budget: { year: plan.budgetYear, annualQepik: plan.budgetAnnualQepik },
    building: { places: plan.buildingPlaces, floorAreaM2: plan.buildingFloorAreaM2, buildings: plan.buildingCount, condition: plan.buildingCondition },
  };
}

/** The plan's content now — the working revision — in the form an approval freezes. */
export function snapshotOf(data: PlanData): PlanSnapshot {
  return {
    format: 1,
    title: data.plan.title,
    periodStart: data.plan.periodStart,
    periodEnd: data.plan.periodEnd,
    targetModelCodes: data.targetModelCodes,
    facts: factsOf(data.plan),
    phases: data.phases.map((phase) => ({
      id: phase.id,
      componentCode: componentOf(phase),
      customTitle: phase.customTitle,
      position: phase.sortOrder,
    })),
    actions: data.actions.map((action) => ({
      id: action.id,
      phaseId: action.phaseId,
      title: action.title,
      owner: action.owner,
      startDate: action.startDate,
      dueDate: action.dueDate,
      milestone: action.milestone,
      dependsOn: data.dependsOn.get(action.id) ?? [],
    })),
    newServices: data.newServices.map((service) => ({
      id: service.id,
      name: service.name,
      serviceTypeCode: service.serviceTypeCode,
      capacity: service.capacity,
      plannedOpeningDate: service.plannedOpeningDate,
    })),
    trainings: data.trainings.map((training) => ({ id: training.id, person: training.person, training: training.training, newRole: training.newRole })),
    budgetLines: data.budgetLines.map((line) => ({ id: line.id, title: line.title, plannedQepik: line.plannedQepik })),
    buildingItems: data.buildingItems.map((item) => ({ id: item.id, space: item.space, currentUse: item.currentUse, newUse: item.newUse, dueDate: item.dueDate })),
  };
}

/** A phase's template component (null for a phase the director added). */
export function componentOf(phase: PhaseRow): PlanComponent | null {
  return planComponentSchema.nullable().parse(phase.componentCode);
}

/** The latest approved revision, if any. */
export function latestRevision(db: Db, planId: string): RevisionRow | undefined {
  return db.select().from(planRevisions).where(eq(planRevisions.planId, planId)).orderBy(desc(planRevisions.number)).limit(1).get();
}

/** A stored revision's content. */
export function snapshotIn(revision: RevisionRow): PlanSnapshot {
  return planSnapshotSchema.parse(JSON.parse(revision.snapshot));
}

/** The revision's number, approver and time. */
export function revisionSummary(db: Db, revision: RevisionRow): PlanRevisionSummary {
  return { number: revision.number, approvedBy: revision.approvedBy, approvedByName: userFullName(db, revision.approvedBy), approvedAt: revision.approvedAt };
}

/** Whether the working content differs from the latest approval (or nothing was ever approved), and the working revision's number. */
export function workingRevision(data: PlanData, latest: RevisionRow | undefined): { revision: number; unapprovedChanges: boolean } {
  if (latest === undefined) {
    return { revision: 1, unapprovedChanges: true };
  }
  const changed = !isUnchanged(compareSnapshots(snapshotIn(latest), snapshotOf(data), latest.number, 'current'));
  return { revision: changed ? latest.number + 1 : latest.number, unapprovedChanges: changed };
}

/** The stored baseline. */
export function baselineOf(plan: PlanRow): PlanBaseline {
  return planBaselineSchema.parse(JSON.parse(plan.baseline));
}

/** Evidence of the plan's actions, oldest first, grouped by action. */
function evidenceOf(db: Db, planId: string) {
  const names = new Map(
    db
      .select({ id: users.id, fullName: users.fullName })
      .from(users)
      .all()
      .map((user) => [user.id, user.fullName]),
  );
  const nameOf = (id: string | null): string | null => (id === null ? null : (names.get(id) ?? null));
  const notes = db
    .select()
    .from(planEvidenceNotes)
    .where(eq(planEvidenceNotes.planId, planId))
    .orderBy(asc(planEvidenceNotes.date), asc(planEvidenceNotes.createdAt), asc(sql`${planEvidenceNotes}.rowid`))
    .all();
  const files = db
    .select()
    .from(planEvidenceFiles)
    .where(eq(planEvidenceFiles.planId, planId))
    .orderBy(asc(planEvidenceFiles.uploadedAt), asc(sql`${planEvidenceFiles}.rowid`))
    .all();
  return {
    notesOf: (actionId: string) =>
      notes
        .filter((note) => note.actionId === actionId)
        .map((note) => ({ id: note.id, date: note.date, text: note.text, authorId: note.authorId, authorName: nameOf(note.authorId), createdAt: note.createdAt })),
    filesOf: (actionId: string) => files.filter((file) => file.actionId === actionId).map((file) => evidenceFileView(file, nameOf(file.uploadedBy))),
  };
}

/** An evidence file's metadata as the contract shows it. */
export function evidenceFileView(file: EvidenceFileRow, uploadedByName: string | null) {
  return {
    id: file.id,
    actionId: file.actionId,
    fileName: file.fileName,
    mimeType: file.mimeType,
    size: file.size,
    sha256: file.sha256,
    description: file.description,
    uploadedBy: file.uploadedBy,
    uploadedByName,
    uploadedAt: file.uploadedAt,
  };
}

/** True when an action is due before `today` and not done. */
export function isOverdue(action: Pick<ActionRow, 'dueDate' | 'status'>, today: string): boolean {
  return action.dueDate !== null && action.dueDate < today && action.status !== 'done';
}

/** The whole plan as the contract shows it; `today` decides which actions are overdue. */
export function planView(db: Db, planId: string, today: string): TransformationPlan {
  const data = loadPlanData(db, planId);
  const { plan } = data;
  const latest = latestRevision(db, planId);
  const evidence = evidenceOf(db, planId);
  const registerNames = new Map(
    data.newServices.some((service) => service.serviceId !== null)
      ? db
          .select({ id: services.id, name: services.name })
          .from(services)
          .where(inArray(services.id, data.newServices.flatMap((service) => (service.serviceId === null ? [] : [service.serviceId]))))
          .all()
          .map((service) => [service.id, service.name])
      : [],
  );
  return {
    id: plan.id,
    version: plan.version,
    title: plan.title,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    targetModelCodes: data.targetModelCodes,
    status: plan.status,
    createdAt: plan.createdAt,
    createdByName: userFullName(db, plan.createdBy),
    startedAt: plan.startedAt,
    completedAt: plan.completedAt,
    baseline: baselineOf(plan),
    facts: factsOf(plan),
    ...workingRevision(data, latest),
    approval: latest === undefined ? null : revisionSummary(db, latest),
    phases: data.phases.map((phase) => ({
      id: phase.id,
      componentCode: componentOf(phase),
      customTitle: phase.customTitle,
      actions: data.actions
        .filter((action) => action.phaseId === phase.id)
        .map((action) => ({
          id: action.id,
          phaseId: action.phaseId,
          title: action.title,
          owner: action.owner,
          startDate: action.startDate,
          dueDate: action.dueDate,
          milestone: action.milestone,
          dependsOn: data.dependsOn.get(action.id) ?? [],
          status: action.status,
          progress: action.progress,
          doneDate: action.doneDate,
          overdue: isOverdue(action, today),
          notes: evidence.notesOf(action.id),
          files: evidence.filesOf(action.id),
        })),
    })),
    newServices: data.newServices.map((service) => ({
      id: service.id,
      name: service.name,
      serviceTypeCode: service.serviceTypeCode,
      capacity: service.capacity,
      plannedOpeningDate: service.plannedOpeningDate,
      openedDate: service.openedDate,
      openedCapacity: service.openedCapacity,
      serviceId: service.serviceId,
      serviceName: service.serviceId === null ? null : (registerNames.get(service.serviceId) ?? null),
    })),
    trainings: data.trainings.map((training) => ({
      id: training.id,
      person: training.person,
      training: training.training,
      newRole: training.newRole,
      completedDate: training.completedDate,
      hours: training.hours,
    })),
    budgetLines: data.budgetLines.map((line) => ({
      id: line.id,
      title: line.title,
      plannedQepik: line.plannedQepik,
      movedQepik: line.movedQepik,
      movedDate: line.movedDate,
    })),
    buildingItems: data.buildingItems.map((item) => ({
      id: item.id,
      space: item.space,
      currentUse: item.currentUse,
      newUse: item.newUse,
      status: item.status,
      dueDate: item.dueDate,
    })),
  };
}
