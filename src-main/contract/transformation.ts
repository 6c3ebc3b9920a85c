import { z } from 'zod';

import { MAX_ATTACHMENT_BYTES } from './attachments';
import { languageSchema, optionalText, referenceCodeSchema, requiredText } from './common';
import { calendarDateSchema, optionalDateSchema } from './dates';

/*
 * The institution's transformation plan (issue 6): from residential care to a family-based social
 * service centre. Inputs here; what the core answers is in transformation-views.ts.
 *
 * Plan content and execution tracking. The plan's *content* is what the director approves: title,
 * period, target models, the director's facts (staff, budget, building), phases (name, order),
 * actions' planned fields (phase, title, owner, start, due, milestone, dependencies), new services
 * (name, type, capacity, planned opening), trainings (person, training, new role), budget lines
 * (title, planned amount) and building items (space, current use, new use, due date). Changing any of
 * it after an approval leaves the approved snapshot as it was and makes a new working revision that
 * needs approving. *Execution tracking* records how the approved plan is carried out and never needs
 * approval: an action's status, progress and evidence; a new service opened; a training completed
 * (date, hours); money moved (amount, date); a building item's status.
 */

/** Where a plan stands: draft → approved (approve) → in_progress (start) → completed (complete). */
export const transformationStatuses = ['draft', 'approved', 'in_progress', 'completed'] as const;
export const transformationStatusSchema = z.enum(transformationStatuses);
export type TransformationStatus = z.infer<typeof transformationStatusSchema>;

/**
 * The nine components of a good plan (domain note "Transformation plan"), in the template's order.
 * Their names are `transformationComponents.<code>` in the contract messages (az, ru, en).
 */
export const planComponents = [
  'baseline',
  'assessment_and_plans',
  'gatekeeping',
  'new_services',
  'staff',
  'money_and_buildings',
  'stakeholders',
  'preparation_and_closure',
  'monitoring',
] as const;
export const planComponentSchema = z.enum(planComponents);
export type PlanComponent = z.infer<typeof planComponentSchema>;

/** How an action stands; `done` sets its progress to 100. */
export const planActionStatuses = ['not_started', 'in_progress', 'done', 'blocked'] as const;
export const planActionStatusSchema = z.enum(planActionStatuses, { error: 'validation.required' });
export type PlanActionStatus = z.infer<typeof planActionStatusSchema>;

/** How the repurposing of a part of the building stands. */
export const buildingItemStatuses = ['planned', 'in_progress', 'done'] as const;
export const buildingItemStatusSchema = z.enum(buildingItemStatuses, { error: 'validation.required' });

/**
 * Money is whole qəpik (1 AZN = 100 qəpik) everywhere — input, output, database — so sums are exact;
 * the screens show and read AZN with two decimals. At most 100 billion AZN.
 */
export const MAX_QEPIK = 10_000_000_000_000;
export const qepikSchema = z
  .number({ error: 'validation.number' })
  .int('validation.integer')
  .min(0, 'validation.notNegative')
  .max(MAX_QEPIK, 'validation.amountTooBig');

/** A number the director may leave empty (null). */
function optionalNumber<T extends z.ZodType<number>>(schema: T) {
  return schema.nullish().transform((value) => value ?? null);
}

const headcountSchema = optionalNumber(z.number({ error: 'validation.number' }).int('validation.integer').min(0, 'validation.notNegative').max(100_000, 'validation.tooBig'));

/** Staff of the institution when the plan is made; the four groups add up to the total when all are given. */
export const staffFactsSchema = z
  .strictObject({ total: headcountSchema, care: headcountSchema, teachers: headcountSchema, medical: headcountSchema, other: headcountSchema })
  .superRefine((staff, ctx) => {
    const parts = [staff.care, staff.teachers, staff.medical, staff.other];
    const given = parts.filter((part): part is number => part !== null);
    const sum = given.reduce((a, b) => a + b, 0);
    // A number that is itself wrong (negative, fractional) is reported on its own field.
    if ([staff.total, ...given].some((count) => count !== null && (count < 0 || !Number.isInteger(count)))) {
      return;
    }
    if (staff.total !== null && (sum > staff.total || (given.length === parts.length && sum !== staff.total))) {
      ctx.addIssue({ code: 'custom', path: ['total'], message: 'validation.staffSum' });
    }
  });

/** The institution's budget: for which year, how much (qəpik). */
export const budgetFactsSchema = z.strictObject({
  year: optionalNumber(z.number({ error: 'validation.number' }).int('validation.integer').min(2000, 'validation.yearRange').max(2100, 'validation.yearRange')),
  annualQepik: optionalNumber(qepikSchema),
});

/** The building: places, floor area (m², two decimals at most), how many buildings, their condition. */
export const buildingFactsSchema = z.strictObject({
  places: headcountSchema,
  floorAreaM2: optionalNumber(
    z
      .number({ error: 'validation.number' })
      .min(0, 'validation.notNegative')
      .max(1_000_000, 'validation.tooBig')
      .refine((area) => Math.abs(area * 100 - Math.round(area * 100)) < 1e-6, 'validation.invalid'),
  ),
  buildings: headcountSchema,
  condition: optionalText(2000),
});

/** The facts the director enters beside the counted baseline; editable at any time (plan content). */
export const planFactsSchema = z.strictObject({ staff: staffFactsSchema, budget: budgetFactsSchema, building: buildingFactsSchema });
export type PlanFactsInput = z.input<typeof planFactsSchema>;

/** A plan's title, period and target service models (reference kind `service_model`, at least one). */
export const planFieldsSchema = z
  .strictObject({
    title: requiredText(200),
    periodStart: calendarDateSchema,
    periodEnd: calendarDateSchema,
    targetModelCodes: z
      .array(referenceCodeSchema)
      .min(1, 'validation.chooseAtLeastOne')
      .max(20, 'validation.tooMany')
      .transform((codes) => [...new Set(codes)].sort()),
  })
  .superRefine((plan, ctx) => {
    if (plan.periodEnd < plan.periodStart) {
      ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'validation.dateRange' });
    }
  });
export type PlanFieldsInput = z.input<typeof planFieldsSchema>;

const idSchema = z.string().min(1);
const newOrExistingId = z.string().min(1).nullish().transform((value) => value ?? null);
/** Content changes carry the plan version the user saw: a plan changed meanwhile is not overwritten. */
const versioned = { version: z.number().int() };

export const createTransformationInputSchema = planFieldsSchema;
export const updateTransformationInputSchema = z.strictObject({ id: idSchema, ...versioned, plan: planFieldsSchema });
export const saveFactsInputSchema = z.strictObject({ id: idSchema, ...versioned, facts: planFactsSchema });
/** Approve, start or complete: the plan and the version the user saw. */
export const planStepInputSchema = z.strictObject({ id: idSchema, ...versioned });
export const getTransformationInputSchema = z.strictObject({ id: idSchema.optional() });
export const planIdInputSchema = z.strictObject({ id: idSchema });
export const revisionInputSchema = z.strictObject({ id: idSchema, number: z.number().int().min(1, 'validation.tooSmall') });
/** Two revisions to compare; `to` may be the working revision ('current'). */
export const compareInputSchema = z.strictObject({
  id: idSchema,
  from: z.number().int().min(1, 'validation.tooSmall'),
  to: z.union([z.number().int().min(1, 'validation.tooSmall'), z.literal('current')]),
});

/** Adding a phase (`id` null: a title is required) or renaming one (a template phase's null title is its translated name). */
export const savePhaseInputSchema = z
  .strictObject({ planId: idSchema, ...versioned, id: newOrExistingId, title: optionalText(200) })
  .superRefine((phase, ctx) => {
    if (phase.id === null && phase.title === null) {
      ctx.addIssue({ code: 'custom', path: ['title'], message: 'validation.required' });
    }
  });
/** Every phase of the plan in its new order. */
export const reorderPhasesInputSchema = z.strictObject({ planId: idSchema, ...versioned, phaseIds: z.array(idSchema).min(1, 'validation.phaseOrder') });
export const removePhaseInputSchema = z.strictObject({ planId: idSchema, ...versioned, id: idSchema });

/** An action's planned fields (plan content); dependencies are other actions of the same plan. */
export const planActionFieldsSchema = z
  .strictObject({
    phaseId: z.string().min(1, 'validation.required'),
    title: requiredText(300),
    owner: optionalText(150),
    startDate: optionalDateSchema,
    dueDate: optionalDateSchema,
    milestone: z.boolean(),
    dependsOn: z
      .array(idSchema)
      .max(50, 'validation.tooMany')
      .transform((ids) => [...new Set(ids)].sort()),
  })
  .superRefine((action, ctx) => {
    if (action.startDate !== null && action.dueDate !== null && action.dueDate < action.startDate) {
      ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'validation.dateRange' });
    }
  });
export type PlanActionFieldsInput = z.input<typeof planActionFieldsSchema>;
export const saveActionInputSchema = z.strictObject({ planId: idSchema, ...versioned, id: newOrExistingId, action: planActionFieldsSchema });

/** Execution: how an action stands and how far it has come (0–100 %). */
export const setActionProgressInputSchema = z.strictObject({
  actionId: idSchema,
  status: planActionStatusSchema,
  progress: z.number({ error: 'validation.number' }).int('validation.integer').min(0, 'validation.progressRange').max(100, 'validation.progressRange'),
});

/** Execution: a note of what was done for an action, on a day not in the future. */
export const addEvidenceNoteInputSchema = z.strictObject({ actionId: idSchema, date: calendarDateSchema, text: requiredText(4000) });

/** Execution: a file (PDF, JPEG, PNG ≤ 20 MB, checked by content) that shows what was done for an action. */
export const addEvidenceFileInputSchema = z.strictObject({
  actionId: idSchema,
  fileName: z.string().trim().min(1, 'validation.required').max(255, 'validation.tooLong'),
  description: optionalText(500),
  contentBase64: z
    .string()
    .min(1, 'validation.fileEmpty')
    .max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 8, 'validation.fileTooLarge')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'validation.invalid'),
});

/** A new service the plan will open (plan content). */
export const newServiceFieldsSchema = z.strictObject({
  name: requiredText(200),
  serviceTypeCode: referenceCodeSchema,
  capacity: z.number({ error: 'validation.number' }).int('validation.integer').min(1, 'validation.capacityRange').max(5000, 'validation.capacityRange'),
  plannedOpeningDate: optionalDateSchema,
});
export const saveNewServiceInputSchema = z.strictObject({ planId: idSchema, ...versioned, id: newOrExistingId, service: newServiceFieldsSchema });

/**
 * Execution: the planned service has opened, on a day not in the future. `serviceId` links it to an
 * entry of the services register; null creates that entry from the planned name, type and capacity.
 */
export const openNewServiceInputSchema = z.strictObject({ id: idSchema, openedDate: calendarDateSchema, serviceId: newOrExistingId });

/** A staff member's retraining: who, which training, the new role (content); when completed and how many hours (execution). */
export const trainingFieldsSchema = z.strictObject({
  person: requiredText(150),
  training: requiredText(300),
  newRole: optionalText(150),
  completedDate: optionalDateSchema,
  hours: optionalNumber(z.number({ error: 'validation.number' }).int('validation.integer').min(1, 'validation.hoursRange').max(2000, 'validation.hoursRange')),
});
export const saveTrainingInputSchema = z.strictObject({ planId: idSchema, ...versioned, id: newOrExistingId, training: trainingFieldsSchema });

/** A budget line: title and planned amount (content); amount moved to new services and when (execution). */
export const budgetLineFieldsSchema = z
  .strictObject({ title: requiredText(200), plannedQepik: qepikSchema, movedQepik: qepikSchema, movedDate: optionalDateSchema })
  .superRefine((line, ctx) => {
    // Only once the planned amount is itself valid: a negative one is reported on its own.
    if (line.plannedQepik >= 0 && line.movedQepik > line.plannedQepik) {
      ctx.addIssue({ code: 'custom', path: ['movedQepik'], message: 'validation.movedOverPlanned' });
    }
    if (line.movedQepik > 0 && line.movedDate === null) {
      ctx.addIssue({ code: 'custom', path: ['movedDate'], message: 'validation.required' });
    }
  });
export const saveBudgetLineInputSchema = z.strictObject({ planId: idSchema, ...versioned, id: newOrExistingId, line: budgetLineFieldsSchema });

/** Repurposing a part of the building: space, uses, due date (content); status (execution). */
export const buildingItemFieldsSchema = z.strictObject({
  space: requiredText(200),
  currentUse: optionalText(300),
  newUse: requiredText(300),
  status: buildingItemStatusSchema,
  dueDate: optionalDateSchema,
});
export const saveBuildingItemInputSchema = z.strictObject({ planId: idSchema, ...versioned, id: newOrExistingId, item: buildingItemFieldsSchema });

/** The kinds of plan items `transformation.removeItem` removes (phases have their own call). */
export const removableSections = ['action', 'newService', 'training', 'budgetLine', 'buildingItem'] as const;
export const removeItemInputSchema = z.strictObject({ planId: idSchema, ...versioned, section: z.enum(removableSections), id: idSchema });

/** Which plan to report on, and in which language the report is written. */
export const planReportInputSchema = z.strictObject({ planId: idSchema, language: languageSchema });
