import type { ProgressNote } from '@contract/notes';

/** A note with the corrections written to it, oldest correction first. */
export type NoteThread = { note: ProgressNote; corrections: NoteThread[] };

/**
 * Notes as the record shows them: originals newest first (as listed), each with its corrections
 * under it. A correction whose original is not in the list stands on its own.
 */
export function noteThreads(notes: readonly ProgressNote[]): NoteThread[] {
  const ids = new Set(notes.map((note) => note.id));
  const byOriginal = new Map<string, ProgressNote[]>();
  for (const note of notes) {
    if (note.correctsNoteId !== null && ids.has(note.correctsNoteId)) {
      byOriginal.set(note.correctsNoteId, [...(byOriginal.get(note.correctsNoteId) ?? []), note]);
    }
  }
  const thread = (note: ProgressNote): NoteThread => ({
    note,
    corrections: (byOriginal.get(note.id) ?? [])
      .toSorted((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map(thread),
  });
  return notes.filter((note) => note.correctsNoteId === null || !ids.has(note.correctsNoteId)).map(thread);
}

/** Whether the note may still be edited at `now`: the core says until when, for its author only. */
export function isEditable(note: ProgressNote, now: Date): boolean {
  return note.editableUntil !== null && new Date(note.editableUntil).getTime() > now.getTime();
}
