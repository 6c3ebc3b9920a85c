import { z } from 'zod';

import { attachmentMimeTypes } from './attachments';
import { isoDateTimeSchema } from './common';
import { ageGroupSchema } from './residents';
import { buildingItemStatusSchema, planActionStatusSchema, planComponentSchema, transformationStatusSchema } from './transformation';

/** A count per reference code (legal statuses, admission reasons), in the reference data's order. */
const codeCountSchema = z.strictObject({ code: z.string(), count: z.number().int() });

/**
 * The children in the institution's care (in residence or temporarily away: a current stay) on
 * `asOf`, the day the plan was created, counted from the records once and never recomputed.
 * A child with several admission reasons counts once under each. *Family contact*: the contact log
 * has a visit or contact dated in the twelve months up to `asOf` (after the same day a year before).
 */
export const planBaselineSchema = z.strictObject({
  asOf: z.string(),
  total: z.number().int(),
  byAgeGroup: z.array(z.strictObject({ group: ageGroupSchema, male: z.number().int(), female: z.number().int() })),
  withDisability: z.number().int(),
  byLegalStatus: z.array(codeCountSchema),
  byAdmissionReason: z.array(codeCountSchema),
  withFamilyContact: z.number().int(),
});
export type PlanBaseline = z.infer<typeof planBaselineSchema>;

/** The director's facts as stored: every number may still be empty. Money in qəpik. */
export const planFactsViewSchema = z.strictObject({
  staff: z.strictObject({
    total: z.number().int().nullable(),
    care: z.number().int().nullable(),
    teachers: z.number().int().nullable(),
    medical: z.number().int().nullable(),
    other: z.number().int().nullable(),
  }),
  budget: z.strictObject({ year: z.number().int().nullable(), annualQepik: z.number().int().nullable() }),
  building: z.strictObject({
    places: z.number().int().nullable(),
    floorAreaM2: z.number().nullable(),
    buildings: z.number().int().nullable(),
    condition: z.string().nullable(),
  }),
});
export type PlanFacts = z.infer<typeof planFactsViewSchema>;

/**
 * The plan's content (see transformation.ts): what an approval freezes, and what `compare` compares.
 * Items keep their ids, so a renamed item is a change, not a removal and an addition. `format` lets
 * a later version of Körpü read snapshots written by this one.
 */
export const planSnapshotSchema = z.strictObject({
  format: z.literal(1),
  title: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  targetModelCodes: z.array(z.string()),
  facts: planFactsViewSchema,
  /** `position`: the phase's place in the plan's order (removing a phase leaves the others' places as they were). */
  phases: z.array(
    z.strictObject({ id: z.string(), componentCode: planComponentSchema.nullable(), customTitle: z.string().nullable(), position: z.number().int() }),
  ),
  actions: z.array(
    z.strictObject({
      id: z.string(),
      phaseId: z.string(),
      title: z.string(),
      owner: z.string().nullable(),
      startDate: z.string().nullable(),
      dueDate: z.string().nullable(),
      milestone: z.boolean(),
      dependsOn: z.array(z.string()),
    }),
  ),
  newServices: z.array(
    z.strictObject({ id: z.string(), name: z.string(), serviceTypeCode: z.string(), capacity: z.number().int(), plannedOpeningDate: z.string().nullable() }),
  ),
  trainings: z.array(z.strictObject({ id: z.string(), person: z.string(), training: z.string(), newRole: z.string().nullable() })),
  budgetLines: z.array(z.strictObject({ id: z.string(), title: z.string(), plannedQepik: z.number().int() })),
  buildingItems: z.array(
    z.strictObject({ id: z.string(), space: z.string(), currentUse: z.string().nullable(), newUse: z.string(), dueDate: z.string().nullable() }),
  ),
});
export type PlanSnapshot = z.infer<typeof planSnapshotSchema>;

/** The item lists of a snapshot, by the name `compare` reports them under. */
export const planSections = ['phases', 'actions', 'newServices', 'trainings', 'budgetLines', 'buildingItems'] as const;
export type PlanSection = (typeof planSections)[number];

/** One field's value before and after (`field` dotted for the facts, e.g. `facts.staff.total`). */
export const fieldDiffSchema = z.strictObject({ field: z.string(), before: z.unknown(), after: z.unknown() });
export type FieldDiff = z.infer<typeof fieldDiffSchema>;

/** An item added or removed: its id, a name to show (null: a template phase, named by its component), its fields. */
const itemDiffSchema = z.strictObject({ id: z.string(), label: z.string().nullable(), fields: z.record(z.string(), z.unknown()) });

/** What changed in one section between two revisions. */
export const sectionDiffSchema = z.strictObject({
  section: z.enum(planSections),
  added: z.array(itemDiffSchema),
  removed: z.array(itemDiffSchema),
  changed: z.array(z.strictObject({ id: z.string(), label: z.string().nullable(), changes: z.array(fieldDiffSchema) })),
});
export type SectionDiff = z.infer<typeof sectionDiffSchema>;

/** The differences from one revision to another (or to the working revision, 'current'). */
export const planDiffSchema = z.strictObject({
  fromRevision: z.number().int(),
  toRevision: z.union([z.number().int(), z.literal('current')]),
  /** Title, period, target models and facts. */
  plan: z.array(fieldDiffSchema),
  /** Every section, in the order of `planSections`, empty lists when nothing changed. */
  sections: z.array(sectionDiffSchema),
});
export type PlanDiff = z.infer<typeof planDiffSchema>;

/** An approval: which revision, by whom, when. */
export const planRevisionSummarySchema = z.strictObject({
  number: z.number().int(),
  approvedBy: z.string().nullable(),
  /** The approver as the user is called now. */
  approvedByName: z.string().nullable(),
  approvedAt: isoDateTimeSchema,
});
export type PlanRevisionSummary = z.infer<typeof planRevisionSummarySchema>;
export const planRevisionSchema = planRevisionSummarySchema.extend({ snapshot: planSnapshotSchema });

export const evidenceNoteSchema = z.strictObject({
  id: z.string(),
  date: z.string(),
  text: z.string(),
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  createdAt: isoDateTimeSchema,
});

export const evidenceFileSchema = z.strictObject({
  id: z.string(),
  actionId: z.string(),
  fileName: z.string(),
  mimeType: z.enum(attachmentMimeTypes),
  size: z.number().int(),
  sha256: z.string(),
  description: z.string().nullable(),
  uploadedBy: z.string().nullable(),
  uploadedByName: z.string().nullable(),
  uploadedAt: isoDateTimeSchema,
});
export const evidenceFileContentSchema = z.strictObject({ file: evidenceFileSchema, contentBase64: z.string() });

/** An action with its execution: status, progress, the day it was marked done, whether it is overdue, its evidence (oldest first). */
export const planActionSchema = z.strictObject({
  id: z.string(),
  phaseId: z.string(),
  title: z.string(),
  owner: z.string().nullable(),
  startDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  milestone: z.boolean(),
  dependsOn: z.array(z.string()),
  status: planActionStatusSchema,
  progress: z.number().int(),
  doneDate: z.string().nullable(),
  /** Due before today and not done. */
  overdue: z.boolean(),
  notes: z.array(evidenceNoteSchema),
  files: z.array(evidenceFileSchema),
});
export type PlanAction = z.infer<typeof planActionSchema>;

export const planPhaseSchema = z.strictObject({
  id: z.string(),
  componentCode: planComponentSchema.nullable(),
  /** Null: the template name `transformationComponents.<componentCode>`, translated. */
  customTitle: z.string().nullable(),
  /** In the plan's order of phases; each phase's actions in the order they were added. */
  actions: z.array(planActionSchema),
});
export type PlanPhase = z.infer<typeof planPhaseSchema>;

export const planNewServiceSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  serviceTypeCode: z.string(),
  capacity: z.number().int(),
  plannedOpeningDate: z.string().nullable(),
  openedDate: z.string().nullable(),
  /** The places counted as opened (the register entry's capacity on the day it was linked). */
  openedCapacity: z.number().int().nullable(),
  serviceId: z.string().nullable(),
  /** The linked register entry's name as it is now. */
  serviceName: z.string().nullable(),
});

export const planTrainingSchema = z.strictObject({
  id: z.string(),
  person: z.string(),
  training: z.string(),
  newRole: z.string().nullable(),
  completedDate: z.string().nullable(),
  hours: z.number().int().nullable(),
});

export const planBudgetLineSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  plannedQepik: z.number().int(),
  movedQepik: z.number().int(),
  movedDate: z.string().nullable(),
});

export const planBuildingItemSchema = z.strictObject({
  id: z.string(),
  space: z.string(),
  currentUse: z.string().nullable(),
  newUse: z.string(),
  status: buildingItemStatusSchema,
  dueDate: z.string().nullable(),
});

/**
 * The whole plan. `revision` is the number of the working revision: the latest approved one's when
 * nothing changed since, otherwise one more. `unapprovedChanges`: the working content is not an
 * approved revision (always true for a draft).
 */
export const transformationPlanSchema = z.strictObject({
  id: z.string(),
  version: z.number().int(),
  title: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  targetModelCodes: z.array(z.string()),
  status: transformationStatusSchema,
  createdAt: isoDateTimeSchema,
  createdByName: z.string().nullable(),
  startedAt: isoDateTimeSchema.nullable(),
  completedAt: isoDateTimeSchema.nullable(),
  baseline: planBaselineSchema,
  facts: planFactsViewSchema,
  revision: z.number().int(),
  unapprovedChanges: z.boolean(),
  /** The latest approval, or null before the first. */
  approval: planRevisionSummarySchema.nullable(),
  phases: z.array(planPhaseSchema),
  newServices: z.array(planNewServiceSchema),
  trainings: z.array(planTrainingSchema),
  budgetLines: z.array(planBudgetLineSchema),
  buildingItems: z.array(planBuildingItemSchema),
});
export type TransformationPlan = z.infer<typeof transformationPlanSchema>;

/** A plan in the list of every plan, newest first. */
export const transformationSummarySchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  status: transformationStatusSchema,
  createdAt: isoDateTimeSchema,
  approvedRevision: z.number().int().nullable(),
});

/** An action of the open plan that is overdue, for the dashboard. */
export const overduePlanActionSchema = z.strictObject({
  planId: z.string(),
  actionId: z.string(),
  phaseId: z.string(),
  phaseComponentCode: planComponentSchema.nullable(),
  phaseTitle: z.string().nullable(),
  title: z.string(),
  owner: z.string().nullable(),
  dueDate: z.string(),
  status: planActionStatusSchema,
  milestone: z.boolean(),
});
export type OverduePlanAction = z.infer<typeof overduePlanActionSchema>;
