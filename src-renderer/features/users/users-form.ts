import type { UserSummary } from '@contract/users';
import { createUserInputSchema, resetPasswordInputSchema, updateUserInputSchema } from '@contract/users';
import { z } from 'zod';

/** What a change to a user makes stale: the list, and the audit trail that recorded the change. */
export const USER_CHANGE_REFRESH = ['users.list', 'audit.list'] as const;

/** Adds "the passwords do not match" beside the repeated password. */
function checkRepeat(values: { password: string; passwordConfirm: string }, ctx: z.RefinementCtx) {
  if (values.password !== values.passwordConfirm) {
    ctx.addIssue({ code: 'custom', path: ['passwordConfirm'], message: 'validation.passwordMismatch' });
  }
}

/** A new user: the contract's own rules (kept by `safeExtend`), plus the repeated password. */
export const newUserFormSchema = createUserInputSchema
  .safeExtend({ passwordConfirm: z.string() })
  .superRefine(checkRepeat);

export type NewUserValues = z.input<typeof newUserFormSchema>;

/** Staff is what most new accounts are; the director changes it before saving when needed. */
export const emptyNewUserValues: NewUserValues = {
  fullName: '',
  login: '',
  role: 'staff',
  password: '',
  passwordConfirm: '',
};

/** The contract input of a valid new-user form (the repeated password stays in the window). */
export function createUserInputOf(values: z.output<typeof newUserFormSchema>) {
  const { passwordConfirm: _passwordConfirm, ...input } = values;
  return input;
}

/** Editing a user: the name and role; the id comes from the row, not from an input. */
export const editUserFormSchema = updateUserInputSchema;

export type EditUserValues = z.input<typeof editUserFormSchema>;

/** The edit form filled from a listed user. */
export function editUserValuesOf(user: UserSummary): EditUserValues {
  return { id: user.id, fullName: user.fullName, role: user.role };
}

/** A temporary password set by the director, typed twice. */
export const resetPasswordFormSchema = resetPasswordInputSchema
  .safeExtend({ passwordConfirm: z.string() })
  .superRefine(checkRepeat);

export type ResetPasswordValues = z.input<typeof resetPasswordFormSchema>;

/** An empty reset form for one user. */
export function resetPasswordValuesOf(user: UserSummary): ResetPasswordValues {
  return { id: user.id, password: '', passwordConfirm: '' };
}

/** The contract input of a valid reset form. */
export function resetPasswordInputOf(values: z.output<typeof resetPasswordFormSchema>) {
  const { passwordConfirm: _passwordConfirm, ...input } = values;
  return input;
}

/** What the status column says about a user, most important first. */
export type UserStatus =
  | { kind: 'deactivated' }
  | { kind: 'locked'; until: string }
  | { kind: 'mustChangePassword' }
  | { kind: 'active' };

/** A user's status at `now`: a lockout that has run out no longer counts. */
export function userStatusOf(user: UserSummary, now: Date): UserStatus {
  if (!user.active) {
    return { kind: 'deactivated' };
  }
  if (user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > now.getTime()) {
    return { kind: 'locked', until: user.lockedUntil };
  }
  if (user.mustChangePassword) {
    return { kind: 'mustChangePassword' };
  }
  return { kind: 'active' };
}
