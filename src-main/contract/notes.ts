import { z } from 'zod';

import { isoDateTimeSchema, referenceCodeSchema } from './common';
import { calendarDateSchema } from './dates';

/** How long the author may still edit a note; afterwards it only takes corrections. */
export const NOTE_EDIT_WINDOW_MS = 24 * 60 * 60 * 1000;

const noteText = z.string().trim().min(1, 'validation.required').max(20_000, 'validation.tooLong');

/** A progress note: the day it is about, its domain (reference data) and the text. */
export const noteInputSchema = z.strictObject({
  date: calendarDateSchema,
  domainCode: referenceCodeSchema,
  text: noteText,
});
export type NoteInput = z.input<typeof noteInputSchema>;

/** A new note, or a correction of an older one (the original stays as it was written). */
export const addNoteInputSchema = z.strictObject({
  residentId: z.string().min(1),
  note: noteInputSchema,
  correctsNoteId: z.string().min(1).nullish().transform((value) => value ?? null),
});
export const editNoteInputSchema = z.strictObject({ id: z.string().min(1), note: noteInputSchema });

export const progressNoteSchema = z.strictObject({
  id: z.string(),
  residentId: z.string(),
  date: z.string(),
  domainCode: z.string(),
  text: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  createdAt: isoDateTimeSchema,
  editedAt: isoDateTimeSchema.nullable(),
  /** Until when the author may still edit it; null when that time has passed. */
  editableUntil: isoDateTimeSchema.nullable(),
  correctsNoteId: z.string().nullable(),
});
export type ProgressNote = z.infer<typeof progressNoteSchema>;
