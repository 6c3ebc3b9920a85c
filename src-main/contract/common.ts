import { z } from 'zod';

/** The languages of the UI, Azerbaijani first. */
export const languages = ['az', 'ru', 'en'] as const;
export const languageSchema = z.enum(languages, { error: 'validation.language' });
export type Language = z.infer<typeof languageSchema>;

/** Roles of an institution installation (see access.ts for what each may call). */
export const institutionRoles = ['director', 'staff', 'viewer'] as const;
/** Roles of the ministry's installation: the admin keeps the registry and keys, analysts import and read. */
export const ministryRoles = ['ministry_admin', 'analyst'] as const;
/** Every role; an installation's users have only the roles of its kind. */
export const roles = [...institutionRoles, ...ministryRoles] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** What an installation is: an institution's, or the ministry's that imports their bundles. */
export const installationKinds = ['institution', 'ministry'] as const;
export const installationKindSchema = z.enum(installationKinds);
export type InstallationKind = z.infer<typeof installationKindSchema>;

/** The roles users of an installation of `kind` may have. */
export function rolesOf(kind: InstallationKind): readonly Role[] {
  return kind === 'ministry' ? ministryRoles : institutionRoles;
}

/** An instant as an ISO 8601 string in UTC, e.g. `2026-11-25T10:00:00.000Z`. */
export const isoDateTimeSchema = z.iso.datetime();

/** Input that carries nothing. */
export const emptyInputSchema = z.strictObject({});

/** Output that carries nothing but success. */
export const okOutputSchema = z.strictObject({ ok: z.literal(true) });

/** Required free text: trimmed, not empty, at most `max` characters. */
export function requiredText(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(max, 'validation.tooLong');
}

/** A reference-data code: lower-case ASCII letters, digits, `-` and `_`. */
export const referenceCodeSchema = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .max(64, 'validation.tooLong')
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'validation.referenceCode');

/** Optional free text: trimmed, at most `max` characters; empty or missing becomes null. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .nullish()
    .transform((value) => (value === undefined || value === null || value === '' ? null : value));
}
