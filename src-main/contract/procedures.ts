import { z } from 'zod';

import {
  changePasswordInputSchema,
  loginInputSchema,
  loginOutputSchema,
  sessionSchema,
  setLanguageInputSchema,
  unlockInputSchema,
} from './accounts';
import {
  auditEntrySchema,
  auditExportOutputSchema,
  auditFilterSchema,
  auditListInputSchema,
  auditListOutputSchema,
  auditVerifyOutputSchema,
} from './audit';
import { emptyInputSchema, okOutputSchema } from './common';
import { institutionProfileInputSchema, institutionProfileSchema } from './institution';
import { procedure } from './procedure';
import { referenceListInputSchema, referenceListOutputSchema } from './reference';
import { appSettingsSchema } from './settings';
import { appInfoSchema, setupInputSchema, setupOutputSchema } from './setup';
import {
  createUserInputSchema,
  resetPasswordInputSchema,
  setUserActiveInputSchema,
  updateUserInputSchema,
  userSummarySchema,
} from './users';

/** Every procedure the core offers, by name (`feature.verb`). Both transports serve exactly these. */
export const procedures = {
  'app.info': procedure({
    input: emptyInputSchema,
    output: appInfoSchema,
    summary: 'Version, whether first-run setup is done, default language',
  }),
  'setup.complete': procedure({
    input: setupInputSchema,
    output: setupOutputSchema,
    summary: 'First-run wizard: create the institution profile and the first director; returns the recovery code once',
  }),
  'auth.login': procedure({
    input: loginInputSchema,
    output: loginOutputSchema,
    summary: 'Sign in with login and password; returns an opaque session id for this window',
  }),
  'auth.logout': procedure({
    input: emptyInputSchema,
    output: okOutputSchema,
    summary: 'End the calling session',
  }),
  'auth.session': procedure({
    input: emptyInputSchema,
    output: sessionSchema.nullable(),
    summary: 'The calling session (user, locked, must change password), or null',
  }),
  'auth.lock': procedure({
    input: emptyInputSchema,
    output: okOutputSchema,
    summary: 'Lock the calling session (the window was idle); the password unlocks it',
  }),
  'auth.unlock': procedure({
    input: unlockInputSchema,
    output: sessionSchema,
    summary: "Unlock the calling session with the signed-in user's password",
  }),
  'auth.touch': procedure({
    input: emptyInputSchema,
    output: okOutputSchema,
    summary: 'Report user activity in the window (typing, clicking), which keeps the session from locking',
  }),
  'account.setLanguage': procedure({
    input: setLanguageInputSchema,
    output: setLanguageInputSchema,
    summary: "Remember the signed-in user's UI language",
  }),
  'account.changePassword': procedure({
    input: changePasswordInputSchema,
    output: okOutputSchema,
    summary: 'Change one’s own password (needs the current one)',
  }),
  'institution.get': procedure({
    input: emptyInputSchema,
    output: institutionProfileSchema,
    summary: 'The institution profile',
  }),
  'institution.update': procedure({
    input: institutionProfileInputSchema,
    output: institutionProfileSchema,
    summary: 'Change the institution profile',
  }),
  'reference.list': procedure({
    input: referenceListInputSchema,
    output: referenceListOutputSchema,
    summary: 'Reference data of one kind, in stored order',
  }),
  'settings.get': procedure({
    input: emptyInputSchema,
    output: appSettingsSchema,
    summary: 'Installation-wide settings (idle lock time)',
  }),
  'settings.update': procedure({
    input: appSettingsSchema,
    output: appSettingsSchema,
    summary: 'Change installation-wide settings',
  }),
  'users.list': procedure({
    input: emptyInputSchema,
    output: z.array(userSummarySchema),
    summary: 'Every user, active or not',
  }),
  'users.create': procedure({
    input: createUserInputSchema,
    output: userSummarySchema,
    summary: 'Create a user with a temporary password (to be changed at first sign-in)',
  }),
  'users.update': procedure({
    input: updateUserInputSchema,
    output: userSummarySchema,
    summary: "Change a user's name or role",
  }),
  'users.setActive': procedure({
    input: setUserActiveInputSchema,
    output: userSummarySchema,
    summary: 'Deactivate (never delete) or reactivate a user; a deactivated user is signed out',
  }),
  'users.resetPassword': procedure({
    input: resetPasswordInputSchema,
    output: userSummarySchema,
    summary: "Set a temporary password for a user and lift a lockout; they must change it at next sign-in",
  }),
  'audit.list': procedure({
    input: auditListInputSchema,
    output: auditListOutputSchema,
    summary: 'Audit entries matching a filter, newest first, one page',
  }),
  'audit.get': procedure({
    input: z.strictObject({ seq: z.number().int() }),
    output: auditEntrySchema,
    summary: 'One audit entry with its changes',
  }),
  'audit.verify': procedure({
    input: emptyInputSchema,
    output: auditVerifyOutputSchema,
    summary: 'Check the hash chain of the whole audit trail',
  }),
  'audit.exportCsv': procedure({
    input: z.strictObject({ filter: auditFilterSchema }),
    output: auditExportOutputSchema,
    summary: 'The filtered audit entries as formula-safe CSV',
  }),
};

export type Procedures = typeof procedures;
export type ProcedureName = keyof Procedures;
/** What a caller passes (before parsing: e.g. a login in any case). */
export type ProcedureInput<K extends ProcedureName> = z.input<Procedures[K]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<K extends ProcedureName> = z.output<Procedures[K]['input']>;
/** What a caller gets back. */
export type ProcedureOutput<K extends ProcedureName> = z.output<Procedures[K]['output']>;

/** All procedure names, for registration and for the preload's allow-list. */
export const procedureNames = Object.keys(procedures) as ProcedureName[];

/** True when `name` is a procedure of the contract. */
export function isProcedureName(name: unknown): name is ProcedureName {
  return typeof name === 'string' && Object.hasOwn(procedures, name);
}
