import { z } from 'zod';

/** Kinds of events on a child's timeline; the UI translates each as `timeline.kinds.<kind>`. */
export const timelineKinds = [
  'admission',
  'assessment',
  'plan',
  'review',
  'note',
  'referral',
  'contact',
  'exit',
  'placement',
  'follow_up',
] as const;
export const timelineKindSchema = z.enum(timelineKinds);
export type TimelineKind = z.infer<typeof timelineKindSchema>;

/**
 * One event: when, what kind, a short text (codes as codes, the UI adds labels), what it refers to
 * and who recorded it.
 */
export const timelineEventSchema = z.strictObject({
  date: z.string(),
  kind: timelineKindSchema,
  /** An i18n key under `timeline.events.` describing the event, and its values. */
  event: z.string(),
  values: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  refId: z.string().nullable(),
  /** The full name of the user who recorded it; null where the record keeps no author, or not yet made (a visit due). */
  recordedByName: z.string().nullable(),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const timelineInputSchema = z.strictObject({
  residentId: z.string().min(1),
  kinds: z.array(timelineKindSchema).optional(),
});
