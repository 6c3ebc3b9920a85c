import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

import { residents, stays } from './residents';
import { users } from './users';

/** An assessment of a child; its domain scores are in assessment_scores. */
export const assessments = sqliteTable(
  'assessments',
  {
    id: text('id').primaryKey(),
    residentId: text('resident_id')
      .notNull()
      .references(() => residents.id),
    date: text('date').notNull(),
    summary: text('summary'),
    assessorId: text('assessor_id')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('assessments_resident').on(table.residentId, table.date)],
);

/** One domain's score (1–4) in an assessment. */
export const assessmentScores = sqliteTable(
  'assessment_scores',
  {
    assessmentId: text('assessment_id')
      .notNull()
      .references(() => assessments.id),
    domainCode: text('domain_code').notNull(),
    score: integer('score').notNull(),
    note: text('note'),
  },
  (table) => [primaryKey({ columns: [table.assessmentId, table.domainCode] })],
);

/** The individual care plan of one stay. */
export const carePlans = sqliteTable(
  'care_plans',
  {
    id: text('id').primaryKey(),
    residentId: text('resident_id')
      .notNull()
      .references(() => residents.id),
    stayId: text('stay_id')
      .notNull()
      .unique()
      .references(() => stays.id),
    nextReviewDate: text('next_review_date'),
    createdBy: text('created_by').references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('care_plans_resident').on(table.residentId)],
);

export const planGoals = sqliteTable(
  'plan_goals',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => carePlans.id),
    domainCode: text('domain_code').notNull(),
    text: text('text').notNull(),
    targetDate: text('target_date'),
    status: text('status', { enum: ['planned', 'in_progress', 'achieved', 'dropped'] }).notNull(),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('plan_goals_plan').on(table.planId)],
);

export const planActions = sqliteTable(
  'plan_actions',
  {
    id: text('id').primaryKey(),
    goalId: text('goal_id')
      .notNull()
      .references(() => planGoals.id),
    text: text('text').notNull(),
    ownerName: text('owner_name'),
    dueDate: text('due_date'),
    doneAt: text('done_at'),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('plan_actions_goal').on(table.goalId)],
);

export const planReviews = sqliteTable(
  'plan_reviews',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => carePlans.id),
    date: text('date').notNull(),
    participants: text('participants').notNull(),
    decisions: text('decisions').notNull(),
    nextReviewDate: text('next_review_date').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('plan_reviews_plan').on(table.planId, table.date)],
);

/** The register of services children can be referred to. */
export const services = sqliteTable('services', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  typeCode: text('type_code').notNull(),
  regionCode: text('region_code'),
  address: text('address'),
  phone: text('phone'),
  capacity: integer('capacity').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull(),
  note: text('note'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** A child's referral to a service and where it stands. */
export const referrals = sqliteTable(
  'referrals',
  {
    id: text('id').primaryKey(),
    residentId: text('resident_id')
      .notNull()
      .references(() => residents.id),
    serviceId: text('service_id')
      .notNull()
      .references(() => services.id),
    status: text('status', { enum: ['requested', 'accepted', 'attending', 'ended', 'declined'] }).notNull(),
    requestedDate: text('requested_date').notNull(),
    startDate: text('start_date'),
    endDate: text('end_date'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [index('referrals_resident').on(table.residentId), index('referrals_service').on(table.serviceId, table.status)],
);

/**
 * Where a child went after leaving: the exit's placement and any later one after a breakdown. A
 * transfer is stored here too but never counted as a family placement (the exit type says which).
 */
export const placements = sqliteTable(
  'placements',
  {
    id: text('id').primaryKey(),
    residentId: text('resident_id')
      .notNull()
      .references(() => residents.id),
    stayId: text('stay_id')
      .notNull()
      .references(() => stays.id),
    typeCode: text('type_code').notNull(),
    startDate: text('start_date').notNull(),
    decisionBodyCode: text('decision_body_code').notNull(),
    decisionNumber: text('decision_number'),
    decisionDate: text('decision_date'),
    destinationKind: text('destination_kind', { enum: ['person', 'institution', 'none'] }).notNull(),
    destinationName: text('destination_name'),
    destinationPhone: text('destination_phone'),
    destinationAddress: text('destination_address'),
    note: text('note'),
    endedDate: text('ended_date'),
    endReason: text('end_reason', { enum: ['breakdown', 'replaced', 'readmitted'] }),
    createdBy: text('created_by').references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('placements_resident').on(table.residentId, table.startDate)],
);

/** Post-placement follow-up visits, scheduled at exit and recorded when made. */
export const followUpVisits = sqliteTable(
  'follow_up_visits',
  {
    id: text('id').primaryKey(),
    placementId: text('placement_id')
      .notNull()
      .references(() => placements.id),
    residentId: text('resident_id')
      .notNull()
      .references(() => residents.id),
    dueDate: text('due_date').notNull(),
    visitDate: text('visit_date'),
    visitor: text('visitor'),
    outcome: text('outcome', { enum: ['stable', 'at_risk', 'broken_down'] }),
    notes: text('notes'),
    recordedBy: text('recorded_by').references(() => users.id),
    recordedAt: text('recorded_at'),
  },
  (table) => [index('follow_up_visits_placement').on(table.placementId, table.dueDate), index('follow_up_visits_due').on(table.dueDate)],
);

/** Every request to admit a child (gatekeeping), and what was decided. */
export const gatekeepingRequests = sqliteTable(
  'gatekeeping_requests',
  {
    id: text('id').primaryKey(),
    receivedDate: text('received_date').notNull(),
    childSurname: text('child_surname').notNull(),
    childFirstName: text('child_first_name').notNull(),
    childPatronymic: text('child_patronymic'),
    childSex: text('child_sex', { enum: ['male', 'female'] }).notNull(),
    childBirthDate: text('child_birth_date'),
    requesterCode: text('requester_code').notNull(),
    requesterName: text('requester_name'),
    assessmentSummary: text('assessment_summary'),
    commissionInvolved: integer('commission_involved', { mode: 'boolean' }).notNull(),
    decision: text('decision', {
      enum: ['pending', 'admitted', 'diverted_family_support', 'referred_services', 'kinship_foster', 'refused'],
    }).notNull(),
    decisionDate: text('decision_date'),
    decisionNote: text('decision_note'),
    residentId: text('resident_id').references(() => residents.id),
    createdBy: text('created_by').references(() => users.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [index('gatekeeping_received').on(table.receivedDate)],
);

export const gatekeepingReasons = sqliteTable(
  'gatekeeping_reasons',
  {
    requestId: text('request_id')
      .notNull()
      .references(() => gatekeepingRequests.id),
    code: text('code').notNull(),
  },
  (table) => [primaryKey({ columns: [table.requestId, table.code] })],
);
