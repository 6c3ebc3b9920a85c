import { createHash } from 'node:crypto';

import { eq } from 'drizzle-orm';

import { MAX_ATTACHMENT_BYTES } from '../../contract/attachments';
import { AppError, validationError } from '../../contract/errors';
import type { ParsedInput, ProcedureOutput } from '../../contract/procedures';
import type { TransformationPlan } from '../../contract/transformation-views';
import type { Db } from '../../db/client';
import { planEvidenceBlobs, planEvidenceFiles, planEvidenceNotes } from '../../db/schema';
import { safeFileName, sniffFileType } from '../attachments/sniff';
import { appendAudit, changesBetween } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import { userFullName } from '../users/user-names';
import { actionRow } from './actions-service';
import type { EvidenceFileRow } from './plan-data';
import { evidenceFileView } from './plan-data';
import { fail, futureIssue, todayOf, trackPlan } from './plan-write';

/** Adds a dated note of what was done for an action (execution); the date may not be in the future. Audited. */
export function addEvidenceNote(deps: CoreDeps, actor: Actor, input: ParsedInput<'transformation.addEvidenceNote'>): TransformationPlan {
  const action = actionRow(deps.db, input.actionId);
  fail([futureIssue(input.date, todayOf(deps), 'date')]);
  return trackPlan(deps, action.planId, 'actionId', (tx, plan, now) => {
    const id = deps.ids.newId();
    tx.insert(planEvidenceNotes)
      .values({ id, planId: plan.id, actionId: action.id, date: input.date, text: input.text, authorId: actor.userId, createdAt: now.toISOString() })
      .run();
    appendAudit(tx, actor, now, {
      action: 'create',
      entityType: 'plan_evidence',
      entityId: id,
      changes: changesBetween(null, { kind: 'note', actionId: action.id, date: input.date, text: input.text }),
    });
  });
}

/**
 * Attaches a file as evidence for an action (execution), under the attachments' rules: the type is
 * read from the content, never the name (PDF, JPEG, PNG; else FILE_TYPE_NOT_ALLOWED), at most 20 MB
 * (FILE_TOO_LARGE), the name made safe. The bytes go into the encrypted database beside the
 * metadata, in one transaction; the audit records the metadata and hash, never the content.
 */
export function addEvidenceFile(deps: CoreDeps, actor: Actor, input: ParsedInput<'transformation.addEvidenceFile'>): TransformationPlan {
  const action = actionRow(deps.db, input.actionId);
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) {
    throw validationError([{ path: 'contentBase64', message: 'validation.fileEmpty' }]);
  }
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw new AppError('FILE_TOO_LARGE', 'The file is larger than 20 MB', { maxBytes: MAX_ATTACHMENT_BYTES, size: bytes.length });
  }
  const mimeType = sniffFileType(bytes);
  if (mimeType === null) {
    throw new AppError('FILE_TYPE_NOT_ALLOWED', 'Only PDF, JPEG and PNG files can be attached');
  }
  const plan = trackPlan(deps, action.planId, 'actionId', (tx, row, now) => {
    const file: EvidenceFileRow = {
      id: deps.ids.newId(),
      planId: row.id,
      actionId: action.id,
      fileName: safeFileName(input.fileName, mimeType),
      mimeType,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      description: input.description,
      uploadedBy: actor.userId,
      uploadedAt: now.toISOString(),
    };
    tx.insert(planEvidenceFiles).values(file).run();
    tx.insert(planEvidenceBlobs).values({ fileId: file.id, data: bytes }).run();
    const { fileName, size, sha256, description } = file;
    appendAudit(tx, actor, now, {
      action: 'create',
      entityType: 'plan_evidence',
      entityId: file.id,
      changes: changesBetween(null, { kind: 'file', actionId: action.id, fileName, mimeType, size, sha256, description }),
    });
  });
  deps.logger.log('info', 'transformation.evidence-added', { actionId: action.id, mimeType, size: bytes.length });
  return plan;
}

/** One evidence file with its content as base64. */
export function getEvidenceFile(db: Db, id: string): ProcedureOutput<'transformation.getEvidenceFile'> {
  const file = db.select().from(planEvidenceFiles).where(eq(planEvidenceFiles.id, id)).get();
  const blob = file === undefined ? undefined : db.select().from(planEvidenceBlobs).where(eq(planEvidenceBlobs.fileId, id)).get();
  if (file === undefined || blob === undefined) {
    throw new AppError('NOT_FOUND', 'No such evidence file');
  }
  return { file: evidenceFileView(file, userFullName(db, file.uploadedBy)), contentBase64: blob.data.toString('base64') };
}
