import { z } from 'zod';

import { ageGroupSchema } from './residents';
import { overduePlanActionSchema } from './transformation-views';

/** Reminders the law's ages call for, and records that lack what their legal status needs. */
export const alertKinds = [
  'turning14',
  'identityCard15',
  'leavingCare',
  'missingData',
  'noPlan',
  'reviewOverdue',
  'assessmentDue',
  'followUpOverdue',
  'placementBreakdown',
] as const;
export const alertKindSchema = z.enum(alertKinds);
export type AlertKind = z.infer<typeof alertKindSchema>;

export const residentAlertSchema = z.strictObject({
  kind: alertKindSchema,
  residentId: z.string(),
  fullName: z.string(),
  birthDate: z.string(),
  /** The date the alert is about (the birthday, the card deadline, the 18th birthday). */
  dueDate: z.string().nullable(),
  /** For missing data: the fields, as i18n keys of their labels. */
  missing: z.array(z.string()),
});
export type ResidentAlert = z.infer<typeof residentAlertSchema>;

export const dashboardSchema = z.strictObject({
  asOf: z.string(),
  inResidence: z.strictObject({
    total: z.number().int(),
    temporarilyAbsent: z.number().int(),
    withDisability: z.number().int(),
    byAgeGroup: z.array(z.strictObject({ group: ageGroupSchema, male: z.number().int(), female: z.number().int() })),
  }),
  admissionsThisYear: z.number().int(),
  exitsThisYear: z.number().int(),
  alerts: z.array(residentAlertSchema),
  /** Actions of the transformation plan not yet completed that are past their due date and not done, earliest due first. */
  planActionsOverdue: z.array(overduePlanActionSchema),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
