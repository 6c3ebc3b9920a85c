import { eq } from 'drizzle-orm';

import { AppError } from '../../contract/errors';
import type { InstitutionProfile } from '../../contract/institution';
import type { Db } from '../../db/client';
import { institution } from '../../db/schema';
import { appendAudit, changesBetween } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import { assertReferenceCodes, referenceCodeIssue } from '../reference/reference-service';

/** The parsed profile fields a director enters. */
export type InstitutionFields = Omit<InstitutionProfile, 'createdAt' | 'updatedAt'>;

/** The institution profile, or null before first-run setup. */
export function findProfile(db: Db): InstitutionProfile | null {
  const row = db.select().from(institution).where(eq(institution.id, 1)).get();
  if (row === undefined) {
    return null;
  }
  const { id: _id, ...profile } = row;
  return profile;
}

/** The institution profile; SETUP_REQUIRED before first-run setup. */
export function getProfile(db: Db): InstitutionProfile {
  const profile = findProfile(db);
  if (profile === null) {
    throw new AppError('SETUP_REQUIRED', 'The institution has not been set up yet');
  }
  return profile;
}

/**
 * Checks the profile's reference codes (type, region); `current` may keep a since-retired code.
 * `pathPrefix` places the issues where the fields sit in the caller's input (`institution.` in setup).
 */
export function assertProfileCodes(
  db: Db,
  fields: InstitutionFields,
  current: InstitutionProfile | null,
  pathPrefix = '',
): void {
  assertReferenceCodes([
    referenceCodeIssue(db, 'institution_type', fields.typeCode, `${pathPrefix}typeCode`, current?.typeCode ?? null),
    referenceCodeIssue(db, 'region', fields.regionCode, `${pathPrefix}regionCode`, current?.regionCode ?? null),
  ]);
}

/** Saves a changed profile, audited field by field, and returns it. */
export function updateProfile(deps: CoreDeps, actor: Actor, fields: InstitutionFields): InstitutionProfile {
  return deps.db.transaction((tx) => {
    const current = getProfile(tx);
    assertProfileCodes(tx, fields, current);
    const changes = changesBetween(current, fields);
    if (Object.keys(changes).length === 0) {
      return current;
    }
    const now = deps.clock.now();
    tx.update(institution)
      .set({ ...fields, updatedAt: now.toISOString() })
      .where(eq(institution.id, 1))
      .run();
    appendAudit(tx, actor, now, { action: 'update', entityType: 'institution', entityId: current.code, changes });
    deps.logger.log('info', 'institution.updated');
    return getProfile(tx);
  });
}
