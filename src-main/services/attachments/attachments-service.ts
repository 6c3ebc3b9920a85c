import { createHash } from 'node:crypto';

import { desc, eq, sql } from 'drizzle-orm';

import type { Attachment } from '../../contract/attachments';
import { MAX_ATTACHMENT_BYTES } from '../../contract/attachments';
import { AppError, validationError } from '../../contract/errors';
import type { ParsedInput } from '../../contract/procedures';
import type { Db } from '../../db/client';
import { attachmentBlobs, attachments } from '../../db/schema';
import { appendAudit, changesBetween } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import { residentRow } from '../residents/resident-record';
import { userFullName } from '../users/user-names';
import { safeFileName, sniffFileType } from './sniff';

type AttachmentRow = typeof attachments.$inferSelect;

function viewOf(db: Db, row: AttachmentRow): Attachment {
  return {
    id: row.id,
    residentId: row.residentId,
    kind: row.kind,
    fileName: row.fileName,
    mimeType: row.mimeType,
    size: row.size,
    sha256: row.sha256,
    description: row.description,
    uploadedBy: row.uploadedBy,
    uploadedByName: userFullName(db, row.uploadedBy),
    uploadedAt: row.uploadedAt,
  };
}

function attachmentRow(db: Db, id: string): AttachmentRow {
  const row = db.select().from(attachments).where(eq(attachments.id, id)).get();
  if (row === undefined) {
    throw new AppError('NOT_FOUND', 'No such file');
  }
  return row;
}

/** The record's files, newest first, without their content. */
export function listAttachments(db: Db, residentId: string): Attachment[] {
  residentRow(db, residentId);
  return db
    .select()
    .from(attachments)
    .where(eq(attachments.residentId, residentId))
    // rowid breaks ties of the same instant in insertion order.
    .orderBy(desc(attachments.uploadedAt), desc(sql`${attachments}.rowid`))
    .all()
    .map((row) => viewOf(db, row));
}

/** One file with its content, as base64. */
export function getAttachment(db: Db, id: string): { attachment: Attachment; contentBase64: string } {
  const row = attachmentRow(db, id);
  const blob = db.select().from(attachmentBlobs).where(eq(attachmentBlobs.attachmentId, id)).get();
  if (blob === undefined) {
    throw new AppError('NOT_FOUND', 'The file content is missing');
  }
  return { attachment: viewOf(db, row), contentBase64: blob.data.toString('base64') };
}

/**
 * Attaches a PDF, JPEG or PNG to a record. The type is read from the content, never the name
 * (anything else: FILE_TYPE_NOT_ALLOWED); at most 20 MB (FILE_TOO_LARGE); the name is reduced to
 * a safe basename with the right extension. The bytes go into the encrypted database with the
 * metadata, in one transaction; the audit records the file's metadata and hash, not its content.
 */
export function addAttachment(deps: CoreDeps, actor: Actor, input: ParsedInput<'attachments.add'>): Attachment {
  residentRow(deps.db, input.residentId);
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
  if (input.kind === 'photo' && mimeType === 'application/pdf') {
    throw validationError([{ path: 'contentBase64', message: 'validation.notAPhoto' }]);
  }
  const now = deps.clock.now();
  const row: AttachmentRow = {
    id: deps.ids.newId(),
    residentId: input.residentId,
    kind: input.kind,
    fileName: safeFileName(input.fileName, mimeType),
    mimeType,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    description: input.description,
    uploadedBy: actor.userId,
    uploadedAt: now.toISOString(),
  };
  deps.db.transaction((tx) => {
    tx.insert(attachments).values(row).run();
    tx.insert(attachmentBlobs).values({ attachmentId: row.id, data: bytes }).run();
    const { id: _id, uploadedAt: _at, uploadedBy: _by, ...recorded } = row;
    appendAudit(tx, actor, now, {
      action: 'create',
      entityType: 'attachment',
      entityId: row.id,
      changes: changesBetween(null, recorded),
    });
  });
  deps.logger.log('info', 'attachment.added', { attachmentId: row.id, mimeType, size: row.size });
  return viewOf(deps.db, row);
}
