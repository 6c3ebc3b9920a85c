import { z } from 'zod';

import { directorAccountInputSchema } from './accounts';
import { installationKindSchema, languageSchema } from './common';
import { institutionProfileInputSchema } from './institution';

/** Everything the first-run wizard collects. */
export const setupInputSchema = z.strictObject({
  institution: institutionProfileInputSchema,
  director: directorAccountInputSchema,
  language: languageSchema,
});
export type SetupInput = z.input<typeof setupInputSchema>;

/** The first director's id and the recovery code, shown once and never stored in clear. */
export const setupOutputSchema = z.strictObject({ userId: z.string(), recoveryCode: z.string() });

/** What the renderer needs before anyone signs in. */
export const appInfoSchema = z.strictObject({
  version: z.string(),
  setupComplete: z.boolean(),
  /** What the installation is once set up: an institution's, or the ministry's. */
  kind: installationKindSchema.nullable(),
  defaultLanguage: languageSchema,
  /** The institution's name, or the ministry department's in its installation. */
  institutionName: z.string().nullable(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;
