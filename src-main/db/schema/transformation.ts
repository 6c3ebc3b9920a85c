import { sql } from 'drizzle-orm';
import { blob, check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

import { services } from './pathway';
import { users } from './users';

/**
 * The institution's plan to become a family-based social service centre (issue 6). At most one plan
 * is not completed. Its content (title, period, models, facts, phases, actions, new services,
 * trainings, budget lines, building items) is the working revision; an approval freezes it as a JSON
 * snapshot in plan_revisions. `version` rises with every content or status change so that an edit
 * made on an outdated copy is refused (CONFLICT). The baseline (JSON, contract `planBaselineSchema`)
 * is counted from the records on `baseline_as_of`, the day the plan was created, and never recomputed.
 * Money is integer qəpik (1 AZN = 100 qəpik).
 */
export const transformationPlans = sqliteTable(
  'transformation_plans',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull().default(1),
    title: text('title').notNull(),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    status: text('status', { enum: ['draft', 'approved', 'in_progress', 'completed'] }).notNull(),
    baselineAsOf: text('baseline_as_of').notNull(),
    baseline: text('baseline').notNull(),
    staffTotal: integer('staff_total'),
    staffCare: integer('staff_care'),
    staffTeachers: integer('staff_teachers'),
    staffMedical: integer('staff_medical'),
    staffOther: integer('staff_other'),
    budgetYear: integer('budget_year'),
    budgetAnnualQepik: integer('budget_annual_qepik'),
    buildingPlaces: integer('building_places'),
    buildingFloorAreaM2: real('building_floor_area_m2'),
    buildingCount: integer('building_count'),
    buildingCondition: text('building_condition'),
    createdBy: text('created_by').references(() => users.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    startedAt: text('started_at'),
    completedAt: text('completed_at'),
  },
  (table) => [
    // Every row not completed has the same value here, so the unique index admits one open plan.
    uniqueIndex('transformation_plans_one_open')
      .on(sql`(${table.status} <> 'completed')`)
      .where(sql`${table.status} <> 'completed'`),
  ],
);

/** The target service models of a plan (reference kind `service_model`). */
export const planTargetModels = sqliteTable(
  'plan_target_models',
  {
    planId: text('plan_id')
      .notNull()
      .references(() => transformationPlans.id),
    modelCode: text('model_code').notNull(),
  },
  (table) => [primaryKey({ columns: [table.planId, table.modelCode] })],
);

/** An approved revision: the plan's content as it was approved, frozen (contract `planSnapshotSchema`). */
export const planRevisions = sqliteTable(
  'plan_revisions',
  {
    planId: text('plan_id')
      .notNull()
      .references(() => transformationPlans.id),
    number: integer('number').notNull(),
    approvedBy: text('approved_by').references(() => users.id),
    approvedAt: text('approved_at').notNull(),
    snapshot: text('snapshot').notNull(),
  },
  (table) => [primaryKey({ columns: [table.planId, table.number] })],
);

/**
 * A phase of the plan: one of the nine template components (`component_code`, its name translated)
 * or one the director added (`component_code` null). `custom_title` null means the translated name.
 */
export const planPhases = sqliteTable(
  'plan_phases',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => transformationPlans.id),
    componentCode: text('component_code'),
    customTitle: text('custom_title'),
    sortOrder: integer('sort_order').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('plan_phases_plan').on(table.planId, table.sortOrder)],
);

/**
 * An action of a phase. Planned fields (title, owner, dates, milestone, dependencies) are plan
 * content; status, progress and done_date are execution tracking. Overdue: due before today, not done.
 * (Named plan_phase_actions: plan_actions holds the actions of children's care plans.)
 */
export const planPhaseActions = sqliteTable(
  'plan_phase_actions',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => transformationPlans.id),
    phaseId: text('phase_id')
      .notNull()
      .references(() => planPhases.id),
    title: text('title').notNull(),
    owner: text('owner'),
    startDate: text('start_date'),
    dueDate: text('due_date'),
    milestone: integer('milestone', { mode: 'boolean' }).notNull().default(false),
    sortOrder: integer('sort_order').notNull(),
    status: text('status', { enum: ['not_started', 'in_progress', 'done', 'blocked'] }).notNull().default('not_started'),
    progress: integer('progress').notNull().default(0),
    doneDate: text('done_date'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    index('plan_phase_actions_plan').on(table.planId, table.sortOrder),
    index('plan_phase_actions_due').on(table.dueDate),
    check('plan_phase_actions_progress', sql`${table.progress} between 0 and 100`),
  ],
);

/** An action waits for another action of the same plan (no cycles; checked on save). */
export const planActionDependencies = sqliteTable(
  'plan_action_dependencies',
  {
    actionId: text('action_id')
      .notNull()
      .references(() => planPhaseActions.id),
    dependsOnId: text('depends_on_id')
      .notNull()
      .references(() => planPhaseActions.id),
  },
  (table) => [primaryKey({ columns: [table.actionId, table.dependsOnId] }), index('plan_action_dependencies_on').on(table.dependsOnId)],
);

/** A note that shows an action's progress: what was done, on which day, by whom. */
export const planEvidenceNotes = sqliteTable(
  'plan_evidence_notes',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => transformationPlans.id),
    actionId: text('action_id')
      .notNull()
      .references(() => planPhaseActions.id),
    date: text('date').notNull(),
    text: text('text').notNull(),
    authorId: text('author_id').references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('plan_evidence_notes_action').on(table.actionId, table.date)],
);

/** A file that shows an action's progress (PDF, JPEG, PNG; type checked by content); bytes in plan_evidence_blobs. */
export const planEvidenceFiles = sqliteTable(
  'plan_evidence_files',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => transformationPlans.id),
    actionId: text('action_id')
      .notNull()
      .references(() => planPhaseActions.id),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type', { enum: ['application/pdf', 'image/jpeg', 'image/png'] }).notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    description: text('description'),
    uploadedBy: text('uploaded_by').references(() => users.id),
    uploadedAt: text('uploaded_at').notNull(),
  },
  (table) => [index('plan_evidence_files_action').on(table.actionId)],
);

/** Evidence file contents, inside the encrypted database like attachment_blobs. */
export const planEvidenceBlobs = sqliteTable('plan_evidence_blobs', {
  fileId: text('file_id')
    .primaryKey()
    .references(() => planEvidenceFiles.id),
  data: blob('data', { mode: 'buffer' }).notNull(),
});

/**
 * A new service the plan will open (service type: reference kind `service_type`). Name, type,
 * capacity and planned opening are plan content; once opened it points at its entry in the services
 * register (`service_id`), and `opened_date` and `opened_capacity` count as capacity opened.
 */
export const planNewServices = sqliteTable(
  'plan_new_services',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => transformationPlans.id),
    name: text('name').notNull(),
    serviceTypeCode: text('service_type_code').notNull(),
    capacity: integer('capacity').notNull(),
    plannedOpeningDate: text('planned_opening_date'),
    openedDate: text('opened_date'),
    openedCapacity: integer('opened_capacity'),
    serviceId: text('service_id').references(() => services.id),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('plan_new_services_plan').on(table.planId)],
);

/**
 * A staff member's retraining. Person, training and new role are plan content; `completed_date` and
 * `hours` record that it took place (execution). Retrained staff: rows with a completed date.
 */
export const planTrainings = sqliteTable(
  'plan_trainings',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => transformationPlans.id),
    person: text('person').notNull(),
    training: text('training').notNull(),
    newRole: text('new_role'),
    completedDate: text('completed_date'),
    hours: integer('hours'),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('plan_trainings_plan').on(table.planId)],
);

/**
 * A budget line in qəpik. Title and planned amount are plan content; the amount moved to new services
 * and the day it moved are execution. 0 ≤ moved ≤ planned.
 */
export const planBudgetLines = sqliteTable(
  'plan_budget_lines',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => transformationPlans.id),
    title: text('title').notNull(),
    plannedQepik: integer('planned_qepik').notNull(),
    movedQepik: integer('moved_qepik').notNull().default(0),
    movedDate: text('moved_date'),
    createdAt: text('created_at').notNull(),
  },
  (table) => [
    index('plan_budget_lines_plan').on(table.planId),
    check('plan_budget_lines_amounts', sql`${table.plannedQepik} >= 0 and ${table.movedQepik} >= 0 and ${table.movedQepik} <= ${table.plannedQepik}`),
  ],
);

/** Repurposing a part of the building. Space, uses and due date are plan content; the status is execution. */
export const planBuildingItems = sqliteTable(
  'plan_building_items',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => transformationPlans.id),
    space: text('space').notNull(),
    currentUse: text('current_use'),
    newUse: text('new_use').notNull(),
    status: text('status', { enum: ['planned', 'in_progress', 'done'] }).notNull(),
    dueDate: text('due_date'),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('plan_building_items_plan').on(table.planId)],
);
