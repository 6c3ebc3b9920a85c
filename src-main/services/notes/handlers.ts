import type { HandlerMap } from '../context';
import { addNote, editNote, listNotes } from './notes-service';

/** Staff progress notes: written, edited by their author for a day, corrected afterwards; never deleted. */
export const notesHandlers: HandlerMap<'notes.list' | 'notes.add' | 'notes.edit'> = {
  'notes.list': (input, { deps, caller }) => listNotes(deps, caller?.userId ?? null, input.residentId),
  'notes.add': (input, { deps, actor }) => addNote(deps, actor, input.residentId, input.note, input.correctsNoteId),
  'notes.edit': (input, { deps, actor }) => editNote(deps, actor, input.id, input.note),
};
