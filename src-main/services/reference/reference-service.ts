import { and, asc, eq, isNull } from 'drizzle-orm';

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
 * Checks that `code` is a current (not retired) item of `kind`; otherwise a validation error on
 * `path`. A record that already holds a since-retired code may keep it (`allowRetired`).
 */
export function assertReferenceCode(
  db: Db,
  kind: ReferenceKind,
  code: string,
  path: string,
  allowRetired: string | null = null,
): void {
  const row = db
    .select({ retiredAt: referenceItems.retiredAt })
    .from(referenceItems)
    .where(and(eq(referenceItems.kind, kind), eq(referenceItems.code, code)))
    .get();
  const usable = row !== undefined && (row.retiredAt === null || code === allowRetired);
  if (!usable) {
    throw validationError([{ path, message: 'validation.unknownCode' }]);
  }
}
