import { asc, eq } from 'drizzle-orm';

import { AppError, validationError } from '../../contract/errors';
import { familyMemberInputSchema } from '../../contract/family';
import { noteInputSchema } from '../../contract/notes';
import { createResidentInputSchema } from '../../contract/residents';
import { parseWithKeys } from '../../contract/zod-issues';
import type { Db } from '../../db/client';
import { familyMembers, progressNotes, users } from '../../db/schema';
import { appendAudit, changesBetween } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import { getProfile } from '../institution/institution-service';
import { createResident, todayOf } from '../residents/residents-service';
import type { DemoResident } from './demo-generator';
import { generateDemoResidents } from './demo-generator';

/** How many children's family members and notes go into one transaction. */
const BATCH = 500;

/** What a demo fill did. */
export type DemoResult = { added: number; skipped: number; familyMembers: number; notes: number };

/**
 * Fills an installation with `count` generated children (see demo-generator), written through
 * the same service the app uses (`createResident`: validation, duplicate guard, audit, index).
 * A child the duplicate guard refuses (same FİN or birth certificate, e.g. a second run with the
 * same seed) is skipped and counted. Family members and progress notes follow in batched
 * transactions, audited, authored by the first director. `onProgress` is told every 500 children.
 */
export function fillDemo(
  deps: CoreDeps,
  count: number,
  seed: number,
  onProgress: (done: number, total: number) => void = () => undefined,
): DemoResult {
  getProfile(deps.db);
  const director = deps.db
    .select({ id: users.id, login: users.login })
    .from(users)
    .where(eq(users.role, 'director'))
    .orderBy(asc(users.createdAt), asc(users.id))
    .limit(1)
    .get();
  if (director === undefined) {
    throw new AppError('SETUP_REQUIRED', 'The installation has no director yet');
  }
  const actor: Actor = { userId: director.id, login: director.login, procedure: 'cli.demo' };
  const demo = generateDemoResidents(count, seed, todayOf(deps));
  const ids: (string | null)[] = [];
  for (let start = 0; start < demo.length; start += BATCH) {
    // One commit per batch: each createResident's own transaction becomes a savepoint inside it.
    deps.db.transaction(() => {
      for (const child of demo.slice(start, start + BATCH)) {
        ids.push(registerChild(deps, actor, child));
      }
    });
    onProgress(ids.length, demo.length);
  }
  const written = { familyMembers: 0, notes: 0 };
  for (let start = 0; start < demo.length; start += BATCH) {
    deps.db.transaction((tx) => {
      for (let index = start; index < Math.min(start + BATCH, demo.length); index++) {
        const residentId = ids[index];
        if (residentId === null || residentId === undefined) {
          continue;
        }
        written.familyMembers += writeFamily(tx, deps, actor, residentId, demo[index]!, ids);
        written.notes += writeNotes(tx, deps, actor, residentId, demo[index]!);
      }
    });
  }
  return { added: ids.filter((id) => id !== null).length, skipped: ids.filter((id) => id === null).length, ...written };
}

/** The new record's id, or null when the duplicate guard refused the child. */
function registerChild(deps: CoreDeps, actor: Actor, child: DemoResident): string | null {
  const parsed = parseWithKeys(createResidentInputSchema, { ...child.resident, confirmNotDuplicate: true });
  if (!parsed.success) {
    throw validationError(parsed.issues);
  }
  try {
    return createResident(deps, actor, parsed.data).id;
  } catch (error) {
    if (error instanceof AppError && error.code === 'DUPLICATE_RESIDENT') {
      return null;
    }
    throw error;
  }
}

function writeFamily(tx: Db, deps: CoreDeps, actor: Actor, residentId: string, child: DemoResident, ids: readonly (string | null)[]): number {
  const now = deps.clock.now();
  for (const { siblingIndex, ...member } of child.family) {
    const parsed = parseWithKeys(familyMemberInputSchema, {
      ...member,
      linkedResidentId: siblingIndex === null ? null : (ids[siblingIndex] ?? null),
    });
    if (!parsed.success) {
      throw validationError(parsed.issues);
    }
    const id = deps.ids.newId();
    tx.insert(familyMembers)
      .values({ id, residentId, ...parsed.data, createdAt: now.toISOString(), updatedAt: now.toISOString() })
      .run();
    appendAudit(tx, actor, now, { action: 'create', entityType: 'family_member', entityId: id, changes: changesBetween(null, { residentId, ...parsed.data }) });
  }
  return child.family.length;
}

function writeNotes(tx: Db, deps: CoreDeps, actor: Actor, residentId: string, child: DemoResident): number {
  const now = deps.clock.now();
  for (const note of child.notes) {
    const parsed = parseWithKeys(noteInputSchema, note);
    if (!parsed.success) {
      throw validationError(parsed.issues);
    }
    const id = deps.ids.newId();
    tx.insert(progressNotes)
      .values({ id, residentId, ...parsed.data, authorId: actor.userId!, correctsNoteId: null, createdAt: now.toISOString(), editedAt: null })
      .run();
    appendAudit(tx, actor, now, { action: 'create', entityType: 'note', entityId: id, changes: changesBetween(null, { residentId, ...parsed.data }) });
  }
  return child.notes.length;
}
