import { z } from 'zod';

import {
  loginInputSchema,
  sessionSchema,
  setLanguageInputSchema,
} from './accounts';
import { emptyInputSchema, okOutputSchema } from './common';
import { institutionProfileInputSchema, institutionProfileSchema } from './institution';
import { procedure } from './procedure';
import { referenceListInputSchema, referenceListOutputSchema } from './reference';
import { appInfoSchema, setupInputSchema } from './setup';

/** Every procedure the core offers, by name (`feature.verb`). Both transports serve exactly these. */
export const procedures = {
  'app.info': procedure({
    input: emptyInputSchema,
    output: appInfoSchema,
    summary: 'Version, whether first-run setup is done, default language',
  }),
  'setup.complete': procedure({
    input: setupInputSchema,
    output: z.strictObject({ userId: z.string() }),
    summary: 'First-run wizard: create the institution profile and the first director account',
  }),
  'auth.login': procedure({
    input: loginInputSchema,
    output: sessionSchema,
    summary: 'Sign in with login and password; starts a session for this window',
  }),
  'auth.logout': procedure({
    input: emptyInputSchema,
    output: okOutputSchema,
    summary: 'Sign out of this window',
  }),
  'auth.session': procedure({
    input: emptyInputSchema,
    output: sessionSchema.nullable(),
    summary: 'The signed-in user of this window, or null',
  }),
  'account.setLanguage': procedure({
    input: setLanguageInputSchema,
    output: setLanguageInputSchema,
    summary: "Remember the signed-in user's UI language",
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
