import { and, desc, eq, sql } from 'drizzle-orm';

import { calendarDate } from '../../contract/dates';
import { AppError, validationError } from '../../contract/errors';
import type { FieldIssue } from '../../contract/errors';
import type { ProgressNote } from '../../contract/notes';
import { NOTE_EDIT_WINDOW_MS } from '../../contract/notes';
import type { ParsedInput } from '../../contract/procedures';
import type { Db } from '../../db/client';
import { progressNotes, users } from '../../db/schema';
import { appendAudit, changesBetween } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import { referenceCodeIssue } from '../reference/reference-service';
import { residentRow } from '../residents/resident-record';

/** A note as the form sends it (after parsing). */
export type NoteFields = ParsedInput<'notes.add'>['note'];

type NoteRow = typeof progressNotes.$inferSelect;

/** The instant after which the note's author can no longer edit it. */
function editDeadline(row: NoteRow): Date {
  return new Date(Date.parse(row.createdAt) + NOTE_EDIT_WINDOW_MS);
}

function viewOf(row: NoteRow, authorName: string, now: Date, viewerId: string | null): ProgressNote {
  const deadline = editDeadline(row);
  return {
    id: row.id,
    residentId: row.residentId,
    date: row.date,
    domainCode: row.domainCode,
    text: row.text,
    authorId: row.authorId,
    authorName,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    editableUntil: row.authorId === viewerId && now < deadline ? deadline.toISOString() : null,
    correctsNoteId: row.correctsNoteId,
  };
}

const withAuthor = { note: progressNotes, authorName: users.fullName };

function noteWithAuthor(db: Db, id: string): { note: NoteRow; authorName: string } {
  const found = db
    .select(withAuthor)
    .from(progressNotes)
    .innerJoin(users, eq(users.id, progressNotes.authorId))
    .where(eq(progressNotes.id, id))
    .get();
  if (found === undefined) {
    throw new AppError('NOT_FOUND', 'No such note');
  }
  return found;
}

/** The signed-in author of a write; notes always have one. */
function authorOf(actor: Actor): string {
  if (actor.userId === null) {
    throw new AppError('UNAUTHENTICATED', 'Sign in first');
  }
  return actor.userId;
}

/** What is wrong with a note's fields; `keptDomain` is a since-retired code the note already has. */
function noteIssues(deps: CoreDeps, note: NoteFields, keptDomain: string | null): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const domain = referenceCodeIssue(deps.db, 'note_domain', note.domainCode, 'note.domainCode', keptDomain);
  if (domain !== null) {
    issues.push(domain);
  }
  if (note.date > calendarDate(deps.clock.now())) {
    issues.push({ path: 'note.date', message: 'validation.dateInFuture' });
  }
  return issues;
}

function fail(issues: readonly FieldIssue[]): void {
  if (issues.length > 0) {
    throw validationError([...issues]);
  }
}

/** The child's progress notes, newest day first; `viewerId` sees which of theirs are still editable. */
export function listNotes(deps: CoreDeps, viewerId: string | null, residentId: string): ProgressNote[] {
  residentRow(deps.db, residentId);
  const now = deps.clock.now();
  return deps.db
    .select(withAuthor)
    .from(progressNotes)
    .innerJoin(users, eq(users.id, progressNotes.authorId))
    .where(eq(progressNotes.residentId, residentId))
    // rowid breaks ties of the same instant in insertion order.
    .orderBy(desc(progressNotes.date), desc(progressNotes.createdAt), desc(sql`${progressNotes}.rowid`))
    .all()
    .map((found) => viewOf(found.note, found.authorName, now, viewerId));
}

/** Writes a note by the calling user, or a correction of an older note of the same child; audited. */
export function addNote(deps: CoreDeps, actor: Actor, residentId: string, note: NoteFields, correctsNoteId: string | null): ProgressNote {
  const authorId = authorOf(actor);
  residentRow(deps.db, residentId);
  const issues = noteIssues(deps, note, null);
  if (correctsNoteId !== null) {
    const original = deps.db
      .select({ id: progressNotes.id })
      .from(progressNotes)
      .where(and(eq(progressNotes.id, correctsNoteId), eq(progressNotes.residentId, residentId)))
      .get();
    if (original === undefined) {
      issues.push({ path: 'correctsNoteId', message: 'validation.unknownNote' });
    }
  }
  fail(issues);
  const now = deps.clock.now();
  const row: NoteRow = { id: deps.ids.newId(), residentId, ...note, authorId, correctsNoteId, createdAt: now.toISOString(), editedAt: null };
  deps.db.transaction((tx) => {
    tx.insert(progressNotes).values(row).run();
    appendAudit(tx, actor, now, {
      action: 'create',
      entityType: 'note',
      entityId: row.id,
      changes: changesBetween(null, { residentId, ...note, correctsNoteId }),
    });
  });
  return viewOf(row, noteWithAuthor(deps.db, row.id).authorName, now, authorId);
}

/**
 * Edits a note: only its author, and only within 24 hours of writing it (NOTE_LOCKED otherwise:
 * later changes are corrections, so what others may have read stays on record). Audited.
 */
export function editNote(deps: CoreDeps, actor: Actor, id: string, note: NoteFields): ProgressNote {
  const authorId = authorOf(actor);
  const now = deps.clock.now();
  const current = noteWithAuthor(deps.db, id).note;
  if (current.authorId !== authorId || now >= editDeadline(current)) {
    throw new AppError('NOTE_LOCKED', 'Only the author may edit a note, within 24 hours of writing it');
  }
  fail(noteIssues(deps, note, current.domainCode));
  deps.db.transaction((tx) => {
    const before = noteWithAuthor(tx, id).note;
    const changes = changesBetween({ date: before.date, domainCode: before.domainCode, text: before.text }, note);
    if (Object.keys(changes).length === 0) {
      return;
    }
    tx.update(progressNotes)
      .set({ ...note, editedAt: now.toISOString() })
      .where(eq(progressNotes.id, id))
      .run();
    appendAudit(tx, actor, now, { action: 'update', entityType: 'note', entityId: id, changes });
  });
  const saved = noteWithAuthor(deps.db, id);
  return viewOf(saved.note, saved.authorName, now, authorId);
}
