import { and, asc, eq, isNull } from 'drizzle-orm';

import type { FieldIssue } from '../../contract/errors';
import { validationError } from '../../contract/errors';
import type { ReferenceItem, ReferenceKind } from '../../contract/reference';
import type { Db } from '../../db/client';
import { referenceItems } from '../../db/schema';
import type { SeedItem } from './seed-data';
import { institutionTypeSeed, regionSeed } from './seed-data';

const seeds: Record<ReferenceKind, readonly SeedItem[]> = {
  institution_type: institutionTypeSeed,
  region: regionSeed,
};

/**
 * Adds seeded reference items that are missing. Existing rows are never touched, so a director's
 * renames and retirements survive every start.
 */
export function seedReferenceData(db: Db): void {
  db.transaction((tx) => {
    for (const [kind, items] of Object.entries(seeds)) {
      items.forEach((item, index) => {
        tx.insert(referenceItems)
          .values({
            kind,
            code: item.code,
            labelAz: item.az,
            labelRu: item.ru,
            labelEn: item.en,
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
  const rows = db
    .select()
    .from(referenceItems)
    .where(includeRetired ? eq(referenceItems.kind, kind) : and(eq(referenceItems.kind, kind), isNull(referenceItems.retiredAt)))
    .orderBy(asc(referenceItems.sortOrder), asc(referenceItems.code))
    .all();
  return rows.map((row) => ({
    kind,
    code: row.code,
    labels: { az: row.labelAz, ru: row.labelRu, en: row.labelEn },
    sortOrder: row.sortOrder,
    retired: row.retiredAt !== null,
  }));
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
  allowRetired: string | null = null,
): FieldIssue | null {
  const row = db
    .select({ retiredAt: referenceItems.retiredAt })
    .from(referenceItems)
    .where(and(eq(referenceItems.kind, kind), eq(referenceItems.code, code)))
    .get();
  const usable = row !== undefined && (row.retiredAt === null || code === allowRetired);
  return usable ? null : { path, message: 'validation.unknownCode' };
}

/** Throws one validation error naming every field whose reference code is not usable. */
export function assertReferenceCodes(issues: readonly (FieldIssue | null)[]): void {
  const found = issues.filter((issue): issue is FieldIssue => issue !== null);
  if (found.length > 0) {
    throw validationError(found);
  }
}
