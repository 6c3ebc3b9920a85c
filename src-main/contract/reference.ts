import { z } from 'zod';

/** Kinds of reference data available so far; later features add their own. */
export const referenceKinds = ['institution_type', 'region'] as const;
export const referenceKindSchema = z.enum(referenceKinds, { error: 'validation.notAllowed' });
export type ReferenceKind = z.infer<typeof referenceKindSchema>;

/** One reference item: a stable code and its labels in every UI language. */
export const referenceItemSchema = z.strictObject({
  kind: referenceKindSchema,
  code: z.string(),
  labels: z.strictObject({ az: z.string(), ru: z.string(), en: z.string() }),
  sortOrder: z.number().int(),
  retired: z.boolean(),
});
export type ReferenceItem = z.infer<typeof referenceItemSchema>;

export const referenceListInputSchema = z.strictObject({
  kind: referenceKindSchema,
  includeRetired: z.boolean().optional(),
});
export const referenceListOutputSchema = z.array(referenceItemSchema);
