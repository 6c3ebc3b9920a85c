import { z } from 'zod';

import { isoDateTimeSchema, optionalText } from './common';

/** The largest file a record takes. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** The file types a record takes; the content is checked, not the name. */
export const attachmentMimeTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AttachmentMimeType = (typeof attachmentMimeTypes)[number];

export const attachmentKinds = ['document', 'photo'] as const;
export const attachmentKindSchema = z.enum(attachmentKinds);

/** A file as uploaded: base64 content (about 4/3 of the bytes), a name, what it is. */
export const addAttachmentInputSchema = z.strictObject({
  residentId: z.string().min(1),
  kind: attachmentKindSchema,
  fileName: z.string().trim().min(1, 'validation.required').max(255, 'validation.tooLong'),
  description: optionalText(500),
  contentBase64: z
    .string()
    .min(1, 'validation.fileEmpty')
    .max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 8, 'validation.fileTooLarge')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'validation.invalid'),
});
export type AddAttachmentInput = z.input<typeof addAttachmentInputSchema>;

export const attachmentSchema = z.strictObject({
  id: z.string(),
  residentId: z.string(),
  kind: attachmentKindSchema,
  fileName: z.string(),
  mimeType: z.enum(attachmentMimeTypes),
  size: z.number().int(),
  sha256: z.string(),
  description: z.string().nullable(),
  uploadedBy: z.string().nullable(),
  /** Who added it, by name as the user is called now. */
  uploadedByName: z.string().nullable(),
  uploadedAt: isoDateTimeSchema,
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const attachmentContentSchema = z.strictObject({ attachment: attachmentSchema, contentBase64: z.string() });
