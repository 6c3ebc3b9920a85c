import { z } from 'zod';

/** Stable error codes that cross the boundary; the UI translates each as `errors.<CODE>`. */
export const errorCodes = [
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'SETUP_REQUIRED',
  'ALREADY_SET_UP',
  'INVALID_CREDENTIALS',
  'ACCOUNT_INACTIVE',
  'ACCOUNT_LOCKED',
  'SESSION_LOCKED',
  'PASSWORD_CHANGE_REQUIRED',
  'LAST_DIRECTOR',
  'RECOVERY_CODE_INVALID',
  'DUPLICATE_RESIDENT',
  'POSSIBLE_DUPLICATE',
  'NOTE_LOCKED',
  'FILE_TYPE_NOT_ALLOWED',
  'FILE_TOO_LARGE',
  'SERVICE_AT_CAPACITY',
  'MINISTRY_KEYS_INVALID',
  'MINISTRY_KEYS_MISSING',
  'FINGERPRINT_MISMATCH',
  'EXPORT_BUSY',
  'JOB_CANCELLED',
  'BUNDLE_INVALID',
  'RECEIPT_INVALID',
  'INSTITUTION_ALREADY_ENROLLED',
  'KEY_ENROLLED_ELSEWHERE',
  'DB_NEWER_THAN_APP',
  'DB_DAMAGED',
  'DISK_FULL',
  'DISK_READ_ONLY',
  'BACKUP_INVALID',
  'DB_KEY_MISSING',
  'DB_KEY_INVALID',
  'UNKNOWN_PROCEDURE',
  'BAD_TOKEN',
  'TRANSPORT_FAILED',
  'INTERNAL',
] as const;

export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** One problem with one input field; `message` is an i18n key (e.g. `validation.required`). */
export const fieldIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

/** The error half of every reply: a stable code, an English message for logs, optional details. */
export const appErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  details: z
    .object({
      issues: z.array(fieldIssueSchema).optional(),
    })
    .catchall(z.unknown())
    .optional(),
});
export type AppErrorShape = z.infer<typeof appErrorSchema>;

/** An error a service throws on purpose; dispatch turns it into `{ code, message, details }`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: AppErrorShape['details'];

  constructor(code: ErrorCode, message: string, details?: AppErrorShape['details']) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  /** The wire form of this error. */
  toShape(): AppErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/** A validation failure naming the fields at fault, so a form can show each message beside its field. */
export function validationError(issues: FieldIssue[]): AppError {
  return new AppError('VALIDATION_FAILED', 'The input is not valid', { issues });
}

/** The envelope every transport returns for a call. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** The failure envelope for an error. */
export function failed(error: AppError): Envelope<never> {
  return { ok: false, error: error.toShape() };
}

/** Zod schema of an envelope whose value is `value`. */
export function envelopeSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: appErrorSchema }),
  ]);
}
