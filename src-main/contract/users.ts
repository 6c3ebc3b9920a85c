import { z } from 'zod';

import { loginSchema, passwordContainsLogin, passwordSchema } from './accounts';
import { isoDateTimeSchema, requiredText, roleSchema } from './common';

/** A user as the director sees them in user administration; never carries a password or hash. */
export const userSummarySchema = z.strictObject({
  id: z.string(),
  login: z.string(),
  fullName: z.string(),
  role: roleSchema,
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: isoDateTimeSchema.nullable(),
  lastSignInAt: isoDateTimeSchema.nullable(),
  createdAt: isoDateTimeSchema,
});
export type UserSummary = z.infer<typeof userSummarySchema>;

/** A new user with a temporary password, which they must change at their first sign-in. */
export const createUserInputSchema = z
  .strictObject({
    login: loginSchema,
    fullName: requiredText(150),
    role: roleSchema,
    password: passwordSchema,
  })
  .superRefine((user, ctx) => {
    if (passwordContainsLogin(user.password, user.login)) {
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'validation.passwordContainsLogin' });
    }
  });
export type CreateUserInput = z.input<typeof createUserInputSchema>;

/** Changing a user's name or role (the login never changes: the audit trail refers to it). */
export const updateUserInputSchema = z.strictObject({
  id: z.string().min(1, 'validation.required'),
  fullName: requiredText(150),
  role: roleSchema,
});
export type UpdateUserInput = z.input<typeof updateUserInputSchema>;

/** Deactivating (never deleting) or reactivating a user. */
export const setUserActiveInputSchema = z.strictObject({
  id: z.string().min(1, 'validation.required'),
  active: z.boolean(),
});

/** A new temporary password set by the director; the user must change it at the next sign-in. */
export const resetPasswordInputSchema = z.strictObject({
  id: z.string().min(1, 'validation.required'),
  password: passwordSchema,
});

export const userIdInputSchema = z.strictObject({ id: z.string().min(1, 'validation.required') });
