import { and, asc, eq, isNull, max } from 'drizzle-orm';

import type { FieldIssue } from '../../contract/errors';
import { AppError, validationError } from '../../contract/errors';
import type { ReferenceItem, ReferenceKind, ReferenceMeta } from '../../contract/reference';
import { referenceMetaSchema } from '../../contract/reference';
import type { Db } from '../../db/client';
import { referenceItems } from '../../db/schema';
import { appendAudit, changesBetween } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import { institutionTypeSeed, regionSeed } from './seed-data';
import { assessmentDomainSeed, exitTypeSeed, gatekeepingRequesterSeed, serviceTypeSeed } from './seed-pathway';
import type { MetaSeedItem } from './seed-registry';
import {
  admissionReasonSeed,
  admissionSourceSeed,
  decisionBodySeed,
  deprivationReasonSeed,
  disabilityCategorySeed,
  educationTypeSeed,
  legalStatusSeed,
  noteDomainSeed,
  referringBodySeed,
  relationTypeSeed,
} from './seed-registry';
import { serviceModelSeed } from './seed-transformation';

/** Every reference list's seed items, by kind (what a new installation starts with). */
export const referenceSeeds: Record<ReferenceKind, readonly MetaSeedItem[]> = {
  institution_type: institutionTypeSeed,
  region: regionSeed,
  legal_status: legalStatusSeed,
  deprivation_reason: deprivationReasonSeed,
  admission_reason: admissionReasonSeed,
  admission_source: admissionSourceSeed,
  referring_body: referringBodySeed,
  decision_body: decisionBodySeed,
  disability_category: disabilityCategorySeed,
  education_type: educationTypeSeed,
  relation_type: relationTypeSeed,
  note_domain: noteDomainSeed,
  assessment_domain: assessmentDomainSeed,
  exit_type: exitTypeSeed,
  service_type: serviceTypeSeed,
  gatekeeping_requester: gatekeepingRequesterSeed,
  service_model: serviceModelSeed,
};

type Row = typeof referenceItems.$inferSelect;

function metaOf(row: Row): ReferenceMeta {
  try {
    const parsed = referenceMetaSchema.safeParse(JSON.parse(row.meta));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

function itemOf(row: Row): ReferenceItem {
  return {
    kind: row.kind as ReferenceKind,
    code: row.code,
    labels: { az: row.labelAz, ru: row.labelRu, en: row.labelEn },
    meta: metaOf(row),
    sortOrder: row.sortOrder,
    retired: row.retiredAt !== null,
  };
}

/**
 * Adds seeded reference items that are missing. Existing rows are never touched, so a director's
 * renames and retirements survive every start.
 */
export function seedReferenceData(db: Db): void {
  db.transaction((tx) => {
    for (const [kind, items] of Object.entries(referenceSeeds)) {
      items.forEach((item, index) => {
        tx.insert(referenceItems)
          .values({
            kind,
            code: item.code,
            labelAz: item.az,
            labelRu: item.ru,
            labelEn: item.en,
            meta: JSON.stringify(item.meta ?? {}),
            sortOrder: (index + 1) * 10,
          })
          .onConflictDoNothing()
          .run();
      });
    }
  });
}

/** Reference items of one kind in their stored order; retired ones only when asked. */
export function listReferenceItems(db: Db, kind: ReferenceKind, includeRetired = false): ReferenceItem[] {
  return db
    .select()
    .from(referenceItems)
    .where(includeRetired ? eq(referenceItems.kind, kind) : and(eq(referenceItems.kind, kind), isNull(referenceItems.retiredAt)))
    .orderBy(asc(referenceItems.sortOrder), asc(referenceItems.code))
    .all()
    .map(itemOf);
}

/** One item, retired or not; null when the code does not exist. */
export function findReferenceItem(db: Db, kind: ReferenceKind, code: string): ReferenceItem | null {
  const row = db
    .select()
    .from(referenceItems)
    .where(and(eq(referenceItems.kind, kind), eq(referenceItems.code, code)))
    .get();
  return row === undefined ? null : itemOf(row);
}

/**
 * The problem with `code` as an item of `kind`, or null when it is a current (not retired) item.
 * A record that already holds a since-retired code may keep it (`allowRetired`).
 */
export function referenceCodeIssue(
  db: Db,
  kind: ReferenceKind,
  code: string,
  path: string,
  allowRetired: string | readonly string[] | null = null,
): FieldIssue | null {
  const item = findReferenceItem(db, kind, code);
  const kept = allowRetired === code || (Array.isArray(allowRetired) && allowRetired.includes(code));
  return item !== null && (!item.retired || kept) ? null : { path, message: 'validation.unknownCode' };
}

/** Throws one validation error naming every field whose reference code is not usable. */
export function assertReferenceCodes(issues: readonly (FieldIssue | null)[]): void {
  const found = issues.filter((issue): issue is FieldIssue => issue !== null);
  if (found.length > 0) {
    throw validationError(found);
  }
}

/** Adds an item (at the end of its kind) or renames an existing one; audited. The code never changes. */
export function saveReferenceItem(
  deps: CoreDeps,
  actor: Actor,
  input: {
    kind: ReferenceKind;
    code: string;
    labels: { az: string; ru: string; en: string };
    meta?: ReferenceMeta | undefined;
    isNew?: boolean | undefined;
  },
): ReferenceItem {
  return deps.db.transaction((tx) => {
    const before = findReferenceItem(tx, input.kind, input.code);
    if (before !== null && input.isNew === true) {
      throw new AppError('CONFLICT', 'This code already exists');
    }
    const now = deps.clock.now();
    const meta = input.meta ?? before?.meta ?? {};
    const fields = { labelAz: input.labels.az, labelRu: input.labels.ru, labelEn: input.labels.en, meta: JSON.stringify(meta) };
    if (before === null) {
      const last = tx.select({ top: max(referenceItems.sortOrder) }).from(referenceItems).where(eq(referenceItems.kind, input.kind)).get();
      tx.insert(referenceItems)
        .values({ kind: input.kind, code: input.code, ...fields, sortOrder: (last?.top ?? 0) + 10 })
        .run();
    } else {
      tx.update(referenceItems)
        .set(fields)
        .where(and(eq(referenceItems.kind, input.kind), eq(referenceItems.code, input.code)))
        .run();
    }
    const changes = changesBetween(
      before === null ? null : { labels: before.labels, meta: before.meta },
      { labels: input.labels, meta },
    );
    if (Object.keys(changes).length > 0) {
      appendAudit(tx, actor, now, {
        action: before === null ? 'create' : 'update',
        entityType: 'reference',
        entityId: `${input.kind}:${input.code}`,
        changes,
      });
    }
    return findReferenceItem(tx, input.kind, input.code)!;
  });
}

/** Retires an item (new records cannot choose it; records that have it keep it) or brings it back. */
export function setReferenceRetired(deps: CoreDeps, actor: Actor, kind: ReferenceKind, code: string, retired: boolean): ReferenceItem {
  return deps.db.transaction((tx) => {
    const before = findReferenceItem(tx, kind, code);
    if (before === null) {
      throw new AppError('NOT_FOUND', 'No such reference item');
    }
    if (before.retired === retired) {
      return before;
    }
    const now = deps.clock.now();
    tx.update(referenceItems)
      .set({ retiredAt: retired ? now.toISOString() : null })
      .where(and(eq(referenceItems.kind, kind), eq(referenceItems.code, code)))
      .run();
    appendAudit(tx, actor, now, {
      action: retired ? 'deactivate' : 'reactivate',
      entityType: 'reference',
      entityId: `${kind}:${code}`,
      changes: { retired: { before: before.retired, after: retired } },
    });
    return findReferenceItem(tx, kind, code)!;
  });
}
