import { z } from 'zod';

import { referenceCodeSchema, requiredText } from './common';

/**
 * Kinds of reference data. Law and practice change (2025 amendments, a new children's rights law in
 * draft), so every category the records use is data the director can extend, never a hard-coded list.
 */
export const referenceKinds = [
  'institution_type',
  'region',
  'legal_status',
  'deprivation_reason',
  'admission_reason',
  'admission_source',
  'referring_body',
  'decision_body',
  'disability_category',
  'education_type',
  'relation_type',
  'note_domain',
  'assessment_domain',
  'exit_type',
  'service_type',
  'gatekeeping_requester',
  'service_model',
] as const;
export const referenceKindSchema = z.enum(referenceKinds, { error: 'validation.notAllowed' });
export type ReferenceKind = z.infer<typeof referenceKindSchema>;

/**
 * Flags some kinds carry: a legal status may require deprivation reasons; an education type may be
 * an inclusive class; a relation may be a sibling (then it can link to the sibling's own record).
 */
export const referenceMetaSchema = z.strictObject({
  requiresDeprivationReason: z.boolean().optional(),
  inclusive: z.boolean().optional(),
  sibling: z.boolean().optional(),
  /**
   * Exit types: where the child goes — a family (reintegration, kinship, guardianship, foster,
   * adoption…), a transfer to another institution (never counted as a family placement), or neither
   * (independent living, death) —, the ages allowed at exit, whether the record becomes secret
   * (adoption), and whether follow-up visits are scheduled.
   */
  placement: z.enum(['family', 'transfer', 'none']).optional(),
  minAge: z.number().int().min(0).max(25).optional(),
  maxAge: z.number().int().min(0).max(25).optional(),
  secret: z.boolean().optional(),
  followUp: z.boolean().optional(),
});
export type ReferenceMeta = z.infer<typeof referenceMetaSchema>;

const labelsSchema = z.strictObject({ az: requiredText(200), ru: requiredText(200), en: requiredText(200) });

/** One reference item: a stable code and its labels in every UI language. */
export const referenceItemSchema = z.strictObject({
  kind: referenceKindSchema,
  code: z.string(),
  labels: z.strictObject({ az: z.string(), ru: z.string(), en: z.string() }),
  meta: referenceMetaSchema,
  sortOrder: z.number().int(),
  retired: z.boolean(),
});
export type ReferenceItem = z.infer<typeof referenceItemSchema>;

export const referenceListInputSchema = z.strictObject({
  kind: referenceKindSchema,
  includeRetired: z.boolean().optional(),
});
export const referenceListOutputSchema = z.array(referenceItemSchema);

/** Adding an item, or renaming one (same kind and code): the code itself never changes. */
export const referenceSaveInputSchema = z.strictObject({
  kind: referenceKindSchema,
  code: referenceCodeSchema,
  labels: labelsSchema,
  meta: referenceMetaSchema.optional(),
  /** Adding, not renaming: refused (CONFLICT) when the code exists, rather than renaming that item. */
  isNew: z.boolean().optional(),
});
export type ReferenceSaveInput = z.input<typeof referenceSaveInputSchema>;

/** Retiring an item (hidden from new choices, kept on the records that use it) or bringing it back. */
export const referenceRetireInputSchema = z.strictObject({
  kind: referenceKindSchema,
  code: referenceCodeSchema,
  retired: z.boolean(),
});
