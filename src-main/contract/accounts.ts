import { z } from 'zod';

import { languageSchema, requiredText, roleSchema } from './common';

/** A sign-in name: 3–32 of a–z, 0–9, `.`, `_`, `-`; typed in any case, stored in lower case. */
export const loginSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'validation.required')
  .min(3, 'validation.loginTooShort')
  .max(32, 'validation.tooLong')
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'validation.loginFormat');

export const PASSWORD_MIN_LENGTH = 10;

/** The password strength rule: at least 10 characters with a letter and a digit. */
export const passwordSchema = z
  .string()
  .min(1, 'validation.required')
  .min(PASSWORD_MIN_LENGTH, 'validation.passwordTooShort')
  .max(200, 'validation.tooLong')
  .regex(/\p{L}/u, 'validation.passwordNeedsLetter')
  .regex(/\p{N}/u, 'validation.passwordNeedsDigit');

/** True when the password contains the login, which makes it easy to guess. */
export function passwordContainsLogin(password: string, login: string): boolean {
  const trimmed = login.trim().toLowerCase();
  return trimmed.length >= 3 && password.toLowerCase().includes(trimmed);
}

/** The first director's account, created by the setup wizard. */
export const directorAccountInputSchema = z
  .strictObject({
    login: loginSchema,
    fullName: requiredText(150),
    password: passwordSchema,
  })
  .superRefine((account, ctx) => {
    if (passwordContainsLogin(account.password, account.login)) {
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'validation.passwordContainsLogin' });
    }
  });
export type DirectorAccountInput = z.input<typeof directorAccountInputSchema>;

/** Credentials for signing in; only presence is checked here, the service does the rest. */
export const loginInputSchema = z.strictObject({
  login: z.string().trim().min(1, 'validation.required').max(64, 'validation.tooLong'),
  password: z.string().min(1, 'validation.required').max(200, 'validation.tooLong'),
});
export type LoginInput = z.input<typeof loginInputSchema>;

/** The signed-in user as the UI sees them; never carries the password hash. */
export const sessionUserSchema = z.strictObject({
  id: z.string(),
  login: z.string(),
  fullName: z.string(),
  role: roleSchema,
  language: languageSchema,
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

/**
 * The current session as the window sees it. `locked`: idle too long, the password is asked again;
 * `mustChangePassword`: the password was set by the director and must be changed first.
 */
export const sessionSchema = z.strictObject({
  user: sessionUserSchema,
  locked: z.boolean(),
  mustChangePassword: z.boolean(),
  idleLockMinutes: z.number().int(),
});
export type Session = z.infer<typeof sessionSchema>;

/** A successful sign-in: the opaque session id the window sends with every call, and the session. */
export const loginOutputSchema = z.strictObject({ sessionId: z.string(), session: sessionSchema });
export type LoginOutput = z.infer<typeof loginOutputSchema>;

export const setLanguageInputSchema = z.strictObject({ language: languageSchema });

/** Unlocking an idle-locked session with the signed-in user's password. */
export const unlockInputSchema = z.strictObject({
  password: z.string().min(1, 'validation.required').max(200, 'validation.tooLong'),
});

/** A user changing their own password: the current one proves it is them. */
export const changePasswordInputSchema = z
  .strictObject({
    currentPassword: z.string().min(1, 'validation.required').max(200, 'validation.tooLong'),
    newPassword: passwordSchema,
  })
  .superRefine((value, ctx) => {
    if (value.newPassword === value.currentPassword) {
      ctx.addIssue({ code: 'custom', path: ['newPassword'], message: 'validation.passwordUnchanged' });
    }
  });
