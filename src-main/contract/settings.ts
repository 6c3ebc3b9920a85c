import { z } from 'zod';

/** Installation-wide settings the director can change. */
export const appSettingsSchema = z.strictObject({
  /** Minutes without activity after which a window locks and asks for the password again. */
  idleLockMinutes: z
    .number({ error: 'validation.number' })
    .int('validation.integer')
    .min(1, 'validation.idleRange')
    .max(240, 'validation.idleRange'),
  /** How often each child is assessed (months): the next assessment is due this long after the last. */
  assessmentIntervalMonths: z
    .number({ error: 'validation.number' })
    .int('validation.integer')
    .min(1, 'validation.intervalRange')
    .max(24, 'validation.intervalRange'),
  /** Follow-up visits after a family placement, in months after the exit (e.g. 1, 3, 6, 12). */
  followUpMonths: z
    .array(z.number().int('validation.integer').min(1, 'validation.monthsRange').max(36, 'validation.monthsRange'))
    .min(1, 'validation.chooseAtLeastOne')
    .max(12, 'validation.tooMany')
    .transform((months) => [...new Set(months)].sort((a, b) => a - b)),
  /** A child without an individual plan this many days after admission shows on the alerts. */
  planDueDays: z.number({ error: 'validation.number' }).int('validation.integer').min(1, 'validation.daysRange').max(180, 'validation.daysRange'),
});
export type AppSettings = z.output<typeof appSettingsSchema>;

/** A change of some settings; the others keep their values. */
export const settingsUpdateInputSchema = appSettingsSchema.partial();

export const DEFAULT_SETTINGS: AppSettings = {
  idleLockMinutes: 10,
  assessmentIntervalMonths: 6,
  followUpMonths: [1, 3, 6, 12],
  planDueDays: 30,
};
