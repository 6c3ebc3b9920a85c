import { z } from 'zod';

import { isoDateTimeSchema, optionalText, referenceCodeSchema } from './common';
import { calendarDateSchema } from './dates';

/** A domain's score: 1 (serious concern) to 4 (doing well). */
export const assessmentScoreSchema = z.number({ error: 'validation.required' }).int('validation.integer').min(1, 'validation.scoreRange').max(4, 'validation.scoreRange');

export const domainScoreSchema = z.strictObject({
  domainCode: referenceCodeSchema,
  score: assessmentScoreSchema,
  note: optionalText(2000),
});

/** One assessment of a child: a date, a score for each domain assessed, a summary. */
export const addAssessmentInputSchema = z
  .strictObject({
    residentId: z.string().min(1),
    date: calendarDateSchema,
    summary: optionalText(4000),
    scores: z.array(domainScoreSchema).min(1, 'validation.chooseAtLeastOne').max(20, 'validation.tooMany'),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.scores.forEach((score, index) => {
      if (seen.has(score.domainCode)) {
        ctx.addIssue({ code: 'custom', path: ['scores', index, 'domainCode'], message: 'validation.domainTwice' });
      }
      seen.add(score.domainCode);
    });
  });
export type AddAssessmentInput = z.input<typeof addAssessmentInputSchema>;

export const assessmentSchema = z.strictObject({
  id: z.string(),
  residentId: z.string(),
  date: z.string(),
  summary: z.string().nullable(),
  scores: z.array(z.strictObject({ domainCode: z.string(), score: z.number().int(), note: z.string().nullable() })),
  assessorId: z.string(),
  assessorName: z.string(),
  createdAt: isoDateTimeSchema,
});
export type Assessment = z.infer<typeof assessmentSchema>;

/** A child's assessments, newest first, and when the next one is due. */
export const assessmentHistorySchema = z.strictObject({
  assessments: z.array(assessmentSchema),
  nextDue: z.string().nullable(),
});
