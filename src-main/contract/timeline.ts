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

/** One event: when, what kind, a short text (codes as codes, the UI adds labels) and what it refers to. */
export const timelineEventSchema = z.strictObject({
  date: z.string(),
  kind: timelineKindSchema,
  /** An i18n key under `timeline.events.` describing the event, and its values. */
  event: z.string(),
  values: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  refId: z.string().nullable(),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const timelineInputSchema = z.strictObject({
  residentId: z.string().min(1),
  kinds: z.array(timelineKindSchema).optional(),
});
