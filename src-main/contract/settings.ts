import { z } from 'zod';

/** Installation-wide settings the director can change. */
export const appSettingsSchema = z.strictObject({
  /** Minutes without activity after which a window locks and asks for the password again. */
  idleLockMinutes: z.number({ error: 'validation.number' }).int('validation.integer').min(1, 'validation.idleRange').max(240, 'validation.idleRange'),
});
export type AppSettings = z.infer<typeof appSettingsSchema>;

export const DEFAULT_SETTINGS: AppSettings = { idleLockMinutes: 10 };
