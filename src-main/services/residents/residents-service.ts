import { and, eq } from 'drizzle-orm';

import { calendarDate } from '../../contract/dates';
import { AppError, validationError } from '../../contract/errors';
import type { FieldIssue } from '../../contract/errors';
import type { Admission, Education, Health, Identity, Legal, ResidentRecord } from '../../contract/residents';
import { emptyEducation, emptyHealth, legalIssues, residentDateIssues } from '../../contract/residents';
import type { Db } from '../../db/client';
import { attachments, gatekeepingRequests, residentCodes, residents, stayReasons, stays } from '../../db/schema';
import { appendAudit, changesBetween } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import { findReferenceItem, referenceCodeIssue } from '../reference/reference-service';
import { findDuplicates } from './duplicates';
import type { ResidentRow } from './resident-record';
import { codesOf, DEPRIVATION_REASONS, residentRecord, residentRow, staysOf } from './resident-record';

/** Today in the core's clock, as `YYYY-MM-DD`. */
export function todayOf(deps: CoreDeps): string {
  return calendarDate(deps.clock.now());
}

function prefixed(issues: readonly FieldIssue[], from: string, to: string): FieldIssue[] {
  return issues.map((issue) => ({ ...issue, path: issue.path.startsWith(from) ? `${to}${issue.path.slice(from.length)}` : issue.path }));
}

/** Reference codes of the legal section; `kept` are codes the record already has (may be retired). */
function legalCodeIssues(db: Db, legal: Legal, kept: { status?: string; reasons?: readonly string[] } = {}, prefix = 'legal.'): FieldIssue[] {
  const issues = [
    referenceCodeIssue(db, 'legal_status', legal.legalStatusCode, `${prefix}legalStatusCode`, kept.status ?? null),
    ...legal.deprivationReasonCodes.map((code) =>
      referenceCodeIssue(db, 'deprivation_reason', code, `${prefix}deprivationReasonCodes`, kept.reasons ?? null),
    ),
  ].filter((issue): issue is FieldIssue => issue !== null);
  const status = findReferenceItem(db, 'legal_status', legal.legalStatusCode);
  return [...issues, ...prefixed(legalIssues(legal, status?.meta ?? null), 'legal.', prefix)];
}

function admissionCodeIssues(db: Db, admission: Admission, kept: Admission | null, prefix = 'admission.'): FieldIssue[] {
  return [
    referenceCodeIssue(db, 'decision_body', admission.basisBodyCode, `${prefix}basisBodyCode`, kept?.basisBodyCode ?? null),
    admission.referringBodyCode === null
      ? null
      : referenceCodeIssue(db, 'referring_body', admission.referringBodyCode, `${prefix}referringBodyCode`, kept?.referringBodyCode ?? null),
    referenceCodeIssue(db, 'admission_source', admission.sourceCode, `${prefix}sourceCode`, kept?.sourceCode ?? null),
    ...admission.reasonCodes.map((code) => referenceCodeIssue(db, 'admission_reason', code, `${prefix}reasonCodes`, kept?.reasonCodes ?? null)),
  ].filter((issue): issue is FieldIssue => issue !== null);
}

function healthCodeIssues(db: Db, health: Health, kept: string | null, prefix = 'health.'): FieldIssue[] {
  return health.disabilityCategoryCode === null
    ? []
    : [referenceCodeIssue(db, 'disability_category', health.disabilityCategoryCode, `${prefix}disabilityCategoryCode`, kept)].filter(
        (issue): issue is FieldIssue => issue !== null,
      );
}

function educationCodeIssues(db: Db, education: Education, kept: string | null, prefix = 'education.'): FieldIssue[] {
  return education.educationTypeCode === null
    ? []
    : [referenceCodeIssue(db, 'education_type', education.educationTypeCode, `${prefix}educationTypeCode`, kept)].filter(
        (issue): issue is FieldIssue => issue !== null,
      );
}

function fail(issues: readonly (FieldIssue | null)[]): void {
  const found = issues.filter((issue): issue is FieldIssue => issue !== null);
  if (found.length > 0) {
    throw validationError(found);
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_CONSTRAINT');
}

/** The columns of each section as stored. */
function identityColumns(identity: Identity) {
  return { ...identity };
}
function healthColumns(health: Health) {
  return { ...health };
}
function educationColumns(education: Education) {
  return { ...education };
}

/**
 * Registers a child: identity, legal status and first admission (health and schooling optional),
 * in one transaction, audited. The same FİN or birth certificate is refused (DUPLICATE_RESIDENT); a
 * similar name with the same birth date needs `confirmNotDuplicate` (else POSSIBLE_DUPLICATE).
 */
export function createResident(
  deps: CoreDeps,
  actor: Actor,
  input: {
    identity: Identity;
    legal: Legal;
    admission: Admission;
    health?: Health | undefined;
    education?: Education | undefined;
    confirmNotDuplicate?: boolean | undefined;
    gatekeepingRequestId?: string | undefined;
  },
): ResidentRecord {
  const today = todayOf(deps);
  const health = input.health ?? emptyHealth;
  const education = input.education ?? emptyEducation;
  fail([
    ...residentDateIssues(
      { birthDate: input.identity.birthDate, admissionDate: input.admission.admissionDate, basisDate: input.admission.basisDate },
      today,
    ),
    ...legalCodeIssues(deps.db, input.legal),
    ...admissionCodeIssues(deps.db, input.admission, null),
    ...healthCodeIssues(deps.db, health, null),
    ...educationCodeIssues(deps.db, education, null),
  ]);
  const duplicates = findDuplicates(deps.residentIndex, input.identity);
  if (duplicates.blocking.length > 0) {
    throw new AppError('DUPLICATE_RESIDENT', 'A child with this FİN or birth certificate is already registered', {
      duplicates: duplicates.blocking,
    });
  }
  if (duplicates.similar.length > 0 && input.confirmNotDuplicate !== true) {
    throw new AppError('POSSIBLE_DUPLICATE', 'A child with a similar name and the same birth date is registered', {
      duplicates: duplicates.similar,
    });
  }
  const id = deps.ids.newId();
  const stayId = deps.ids.newId();
  const now = deps.clock.now().toISOString();
  try {
    deps.db.transaction((tx) => {
      tx.insert(residents)
        .values({
          id,
          ...identityColumns(input.identity),
          legalStatusCode: input.legal.legalStatusCode,
          ...healthColumns(health),
          ...educationColumns(education),
          createdAt: now,
          updatedAt: now,
        })
        .run();
      for (const code of input.legal.deprivationReasonCodes) {
        tx.insert(residentCodes).values({ residentId: id, kind: DEPRIVATION_REASONS, code }).onConflictDoNothing().run();
      }
      const { reasonCodes, ...admission } = input.admission;
      tx.insert(stays).values({ id: stayId, residentId: id, ...admission, createdAt: now }).run();
      for (const code of reasonCodes) {
        tx.insert(stayReasons).values({ stayId, code }).onConflictDoNothing().run();
      }
      if (input.gatekeepingRequestId !== undefined) {
        admitRequest(tx, actor, deps.clock.now(), input.gatekeepingRequestId, id, input.admission.admissionDate);
      }
      appendAudit(tx, actor, deps.clock.now(), {
        action: 'create',
        entityType: 'resident',
        entityId: id,
        changes: changesBetween(null, {
          ...input.identity,
          ...input.legal,
          ...input.admission,
          ...health,
          ...education,
        }),
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('DUPLICATE_RESIDENT', 'A child with this FİN or birth certificate is already registered');
    }
    throw error;
  }
  deps.residentIndex.refresh(deps.db, id);
  deps.logger.log('info', 'resident.created', { residentId: id });
  return residentRecord(deps.db, id, today);
}

/**
 * Marks a pending gatekeeping request as decided by this admission (same transaction as the new
 * record): the register's admissions are the children actually admitted.
 */
function admitRequest(tx: Db, actor: Actor, now: Date, requestId: string, residentId: string, admissionDate: string): void {
  const request = tx.select().from(gatekeepingRequests).where(eq(gatekeepingRequests.id, requestId)).get();
  if (request === undefined) {
    throw validationError([{ path: 'gatekeepingRequestId', message: 'validation.unknownCode' }]);
  }
  if (request.decision !== 'pending') {
    throw validationError([{ path: 'gatekeepingRequestId', message: 'validation.requestDecided' }]);
  }
  tx.update(gatekeepingRequests)
    .set({ decision: 'admitted', decisionDate: admissionDate, residentId, updatedAt: now.toISOString() })
    .where(eq(gatekeepingRequests.id, requestId))
    .run();
  appendAudit(tx, actor, now, {
    action: 'update',
    entityType: 'gatekeeping',
    entityId: requestId,
    changes: changesBetween<{ decision: string; decisionDate: string | null; residentId: string | null }>(
      { decision: request.decision, decisionDate: request.decisionDate, residentId: request.residentId },
      { decision: 'admitted', decisionDate: admissionDate, residentId },
    ),
  });
}

/**
 * Runs one section change: the record must still be at `version` (else CONFLICT: someone saved in
 * between, and their work must not be overwritten); audited with the changed fields; version + 1.
 */
function changeSection(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  version: number,
  change: (tx: Db, row: ResidentRow) => Record<string, { before: unknown; after: unknown }>,
): ResidentRecord {
  try {
    deps.db.transaction((tx) => {
      const row = residentRow(tx, id);
      if (row.version !== version) {
        throw new AppError('CONFLICT', 'The record was changed meanwhile', { currentVersion: row.version });
      }
      const changes = change(tx, row);
      if (Object.keys(changes).length === 0) {
        return;
      }
      const now = deps.clock.now();
      tx.update(residents)
        .set({ version: row.version + 1, updatedAt: now.toISOString() })
        .where(eq(residents.id, id))
        .run();
      appendAudit(tx, actor, now, { action: 'update', entityType: 'resident', entityId: id, changes });
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('DUPLICATE_RESIDENT', 'A child with this FİN or birth certificate is already registered');
    }
    throw error;
  }
  deps.residentIndex.refresh(deps.db, id);
  return residentRecord(deps.db, id, todayOf(deps));
}

/** Changes the identity section (a FİN or certificate already on another record is refused). */
export function updateIdentity(deps: CoreDeps, actor: Actor, id: string, version: number, identity: Identity): ResidentRecord {
  const firstAdmission = staysOf(deps.db, id)[0]?.admission.admissionDate;
  fail([
    ...(identity.birthDate > todayOf(deps) ? [{ path: 'birthDate', message: 'validation.birthInFuture' }] : []),
    ...(firstAdmission !== undefined && firstAdmission < identity.birthDate
      ? [{ path: 'birthDate', message: 'validation.birthAfterAdmission' }]
      : []),
  ]);
  const duplicates = findDuplicates(deps.residentIndex, { ...identity, excludeId: id });
  if (duplicates.blocking.length > 0) {
    throw new AppError('DUPLICATE_RESIDENT', 'A child with this FİN or birth certificate is already registered', {
      duplicates: duplicates.blocking,
    });
  }
  return changeSection(deps, actor, id, version, (tx, row) => {
    const changes = changesBetween(row, identity);
    tx.update(residents).set(identityColumns(identity)).where(eq(residents.id, id)).run();
    return changes;
  });
}

/** Changes the legal status (and its deprivation reasons). */
export function updateLegal(deps: CoreDeps, actor: Actor, id: string, version: number, legal: Legal): ResidentRecord {
  const row = residentRow(deps.db, id);
  const keptReasons = codesOf(deps.db, id, DEPRIVATION_REASONS);
  fail(legalCodeIssues(deps.db, legal, { status: row.legalStatusCode, reasons: keptReasons }, ''));
  return changeSection(deps, actor, id, version, (tx, current) => {
    const before = { legalStatusCode: current.legalStatusCode, deprivationReasonCodes: codesOf(tx, id, DEPRIVATION_REASONS) };
    const after = { legalStatusCode: legal.legalStatusCode, deprivationReasonCodes: [...legal.deprivationReasonCodes].sort() };
    const changes = changesBetween(before, after);
    tx.update(residents).set({ legalStatusCode: legal.legalStatusCode }).where(eq(residents.id, id)).run();
    tx.delete(residentCodes).where(and(eq(residentCodes.residentId, id), eq(residentCodes.kind, DEPRIVATION_REASONS))).run();
    for (const code of after.deprivationReasonCodes) {
      tx.insert(residentCodes).values({ residentId: id, kind: DEPRIVATION_REASONS, code }).onConflictDoNothing().run();
    }
    return changes;
  });
}

/** Changes the health and disability section. */
export function updateHealth(deps: CoreDeps, actor: Actor, id: string, version: number, health: Health): ResidentRecord {
  fail(healthCodeIssues(deps.db, health, residentRow(deps.db, id).disabilityCategoryCode, ''));
  return changeSection(deps, actor, id, version, (tx, row) => {
    const changes = changesBetween(row, health);
    tx.update(residents).set(healthColumns(health)).where(eq(residents.id, id)).run();
    return changes;
  });
}

/** Changes the schooling section. */
export function updateEducation(deps: CoreDeps, actor: Actor, id: string, version: number, education: Education): ResidentRecord {
  fail(educationCodeIssues(deps.db, education, residentRow(deps.db, id).educationTypeCode, ''));
  return changeSection(deps, actor, id, version, (tx, row) => {
    const changes = changesBetween(row, education);
    tx.update(residents).set(educationColumns(education)).where(eq(residents.id, id)).run();
    return changes;
  });
}

/** Corrects the admission of one of the child's stays. */
export function updateAdmission(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  version: number,
  stayId: string,
  admission: Admission,
): ResidentRecord {
  const row = residentRow(deps.db, id);
  const history = staysOf(deps.db, id);
  const index = history.findIndex((candidate) => candidate.id === stayId);
  const stay = history[index];
  if (stay === undefined) {
    throw new AppError('NOT_FOUND', 'No such stay for this child');
  }
  const kept: Admission = { ...stay.admission };
  // A corrected date must keep the stays in order: after the previous stay ended, not after this one did.
  const previousExit = history[index - 1]?.exitDate ?? null;
  fail([
    previousExit !== null && admission.admissionDate < previousExit
      ? { path: 'admission.admissionDate', message: 'validation.admissionBeforeExit' }
      : null,
    stay.exitDate !== null && admission.admissionDate > stay.exitDate ? { path: 'admission.admissionDate', message: 'validation.admissionAfterExit' } : null,
    ...prefixed(
      residentDateIssues({ birthDate: row.birthDate, admissionDate: admission.admissionDate, basisDate: admission.basisDate }, todayOf(deps)),
      'admission.',
      '',
    ).filter((issue) => !issue.path.startsWith('identity.')),
    ...admissionCodeIssues(deps.db, admission, kept, ''),
  ]);
  return changeSection(deps, actor, id, version, (tx) => {
    const changes = changesBetween(kept, { ...admission, reasonCodes: [...admission.reasonCodes].sort() });
    const { reasonCodes, ...columns } = admission;
    tx.update(stays).set(columns).where(eq(stays.id, stayId)).run();
    tx.delete(stayReasons).where(eq(stayReasons.stayId, stayId)).run();
    for (const code of reasonCodes) {
      tx.insert(stayReasons).values({ stayId, code }).onConflictDoNothing().run();
    }
    return changes;
  });
}

/** Marks the child temporarily away (hospital, home leave) or back; only during a current stay. */
export function setAbsence(deps: CoreDeps, actor: Actor, id: string, version: number, absent: boolean, note: string | null): ResidentRecord {
  const current = staysOf(deps.db, id).at(-1);
  if (current === undefined || current.exitDate !== null) {
    throw new AppError('CONFLICT', 'The child has left the institution');
  }
  return changeSection(deps, actor, id, version, (tx) => {
    const after = { temporarilyAbsent: absent, absenceNote: absent ? note : null };
    const changes = changesBetween({ temporarilyAbsent: current.temporarilyAbsent, absenceNote: current.absenceNote }, after);
    tx.update(stays).set(after).where(eq(stays.id, current.id)).run();
    return changes;
  });
}

/** Chooses one of the record's photos (a JPEG or PNG attached as a photo) as the child's photo. */
export function setPhoto(deps: CoreDeps, actor: Actor, id: string, version: number, attachmentId: string | null): ResidentRecord {
  if (attachmentId !== null) {
    const photo = deps.db
      .select()
      .from(attachments)
      .where(and(eq(attachments.id, attachmentId), eq(attachments.residentId, id)))
      .get();
    if (photo === undefined || photo.mimeType === 'application/pdf') {
      throw validationError([{ path: 'attachmentId', message: 'validation.notAPhoto' }]);
    }
  }
  return changeSection(deps, actor, id, version, (tx, row) => {
    const changes = changesBetween({ photoAttachmentId: row.photoAttachmentId }, { photoAttachmentId: attachmentId });
    tx.update(residents).set({ photoAttachmentId: attachmentId }).where(eq(residents.id, id)).run();
    return changes;
  });
}
