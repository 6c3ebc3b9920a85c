import type { ProgressNote } from '@contract/notes';
import { describe, expect, it } from 'vitest';

import { isEditable, noteThreads } from './note-threads';

function note(id: string, createdAt: string, correctsNoteId: string | null = null): ProgressNote {
  return {
    id,
    residentId: 'r-1',
    date: createdAt.slice(0, 10),
    domainCode: 'health',
    text: id,
    authorId: 'u-1',
    authorName: 'Aynur Məmmədova',
    createdAt,
    editedAt: null,
    editableUntil: null,
    correctsNoteId,
  };
}

describe('progress note threads', () => {
  it('puts corrections under the note they correct, oldest first, keeping the list order of originals', () => {
    const notes = [
      note('c2', '2026-03-05T10:00:00.000Z', 'a'),
      note('b', '2026-03-04T10:00:00.000Z'),
      note('c1', '2026-03-03T10:00:00.000Z', 'a'),
      note('a', '2026-03-01T10:00:00.000Z'),
    ];
    const threads = noteThreads(notes);
    expect(threads.map((thread) => thread.note.id)).toEqual(['b', 'a']);
    expect(threads[1]!.corrections.map((thread) => thread.note.id)).toEqual(['c1', 'c2']);
  });

  it('shows a correction of a note that is not listed on its own', () => {
    expect(noteThreads([note('c', '2026-03-05T10:00:00.000Z', 'gone')]).map((thread) => thread.note.id)).toEqual(['c']);
  });

  it('lets a note be edited only until the time the core gave', () => {
    const recent = { ...note('a', '2026-03-01T10:00:00.000Z'), editableUntil: '2026-03-02T10:00:00.000Z' };
    expect(isEditable(recent, new Date('2026-03-02T09:59:00.000Z'))).toBe(true);
    expect(isEditable(recent, new Date('2026-03-02T10:00:01.000Z'))).toBe(false);
    expect(isEditable(note('b', '2026-03-01T10:00:00.000Z'), new Date('2026-03-01T11:00:00.000Z'))).toBe(false);
  });
});
