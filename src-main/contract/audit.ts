import { z } from 'zod';

import { isoDateTimeSchema } from './common';

/** What an audit entry records happened; the UI translates each as `audit.actions.<action>`. */
export const auditActions = [
  'setup',
  'create',
  'update',
  'deactivate',
  'reactivate',
  'password-reset',
  'password-change',
  'sign-in',
  'sign-in-failed',
  'sign-out',
  'lock',
  'unlock',
  'recovery',
  'restore',
  'exit',
  'readmission',
  'delete',
  'approve',
  'export',
  'acknowledge',
  'revoke',
] as const;
export const auditActionSchema = z.enum(auditActions, { error: 'validation.notAllowed' });
export type AuditAction = z.infer<typeof auditActionSchema>;

/** What kind of record an entry is about; the UI translates each as `audit.entities.<type>`. */
export const auditEntityTypes = [
  'institution',
  'user',
  'settings',
  'session',
  'reference',
  'resident',
  'stay',
  'family_member',
  'contact',
  'note',
  'attachment',
  'assessment',
  'plan',
  'service',
  'referral',
  'placement',
  'follow_up',
  'gatekeeping',
  'transformation_plan',
  'plan_phase',
  'plan_action',
  'plan_evidence',
  'plan_new_service',
  'plan_training',
  'plan_budget_line',
  'plan_building_item',
  'indicator_target',
  'manual_indicator',
  'manual_indicator_value',
  'signing_key',
  'ministry_keys',
  'bundle',
  'registry_institution',
  'registry_key',
  'backup',
] as const;
export const auditEntityTypeSchema = z.enum(auditEntityTypes, { error: 'validation.notAllowed' });
export type AuditEntityType = z.infer<typeof auditEntityTypeSchema>;

/** A changed field's values; secrets are recorded as changed, never by value. */
export const fieldChangeSchema = z.strictObject({ before: z.unknown(), after: z.unknown() });
export type FieldChange = z.infer<typeof fieldChangeSchema>;

/** One entry of the append-only, hash-chained audit trail. */
export const auditEntrySchema = z.strictObject({
  seq: z.number().int(),
  at: isoDateTimeSchema,
  actorId: z.string().nullable(),
  actorLogin: z.string().nullable(),
  procedure: z.string(),
  action: auditActionSchema,
  entityType: auditEntityTypeSchema,
  entityId: z.string().nullable(),
  changes: z.record(z.string(), fieldChangeSchema),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/**
 * Which entries to show or export; every part is optional. `from` and `to` are instants (the UI
 * turns the chosen local days into them): from inclusive, to exclusive.
 */
export const auditFilterSchema = z
  .strictObject({
    actorId: z.string().min(1).optional(),
    entityType: auditEntityTypeSchema.optional(),
    action: auditActionSchema.optional(),
    from: isoDateTimeSchema.optional(),
    to: isoDateTimeSchema.optional(),
  })
  .superRefine((filter, ctx) => {
    if (filter.from !== undefined && filter.to !== undefined && filter.from > filter.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.dateRange' });
    }
  });
export type AuditFilter = z.input<typeof auditFilterSchema>;

/** One page of entries, newest first. */
export const auditListInputSchema = z.strictObject({
  filter: auditFilterSchema,
  limit: z.number().int().min(1, 'validation.tooSmall').max(500, 'validation.tooBig').optional(),
  offset: z.number().int().min(0, 'validation.tooSmall').optional(),
});
export const auditListOutputSchema = z.strictObject({ entries: z.array(auditEntrySchema), total: z.number().int() });

/** The result of checking the chain from the first entry to the last. */
export const auditVerifyOutputSchema = z.strictObject({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBadSeq: z.number().int().nullable(),
  problem: z.enum(['hash-mismatch', 'broken-link', 'missing-entries', 'missing-tail']).nullable(),
});
export type AuditVerifyResult = z.infer<typeof auditVerifyOutputSchema>;

/** The filtered entries as CSV text (formula-safe), and how many rows it has. */
export const auditExportOutputSchema = z.strictObject({ csv: z.string(), rows: z.number().int() });
