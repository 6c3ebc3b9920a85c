import { z } from 'zod';

import { isoDateTimeSchema, optionalText, referenceCodeSchema, requiredText } from './common';
import { calendarDateSchema, optionalDateSchema } from './dates';

export const goalStatuses = ['planned', 'in_progress', 'achieved', 'dropped'] as const;
export const goalStatusSchema = z.enum(goalStatuses, { error: 'validation.required' });

/** A goal of the individual care plan, in one of the assessment domains. */
export const goalInputSchema = z.strictObject({
  domainCode: referenceCodeSchema,
  text: requiredText(2000),
  targetDate: optionalDateSchema,
  status: goalStatusSchema,
});
export type GoalInput = z.input<typeof goalInputSchema>;

/** An action towards a goal: what, who is responsible, by when, done or not. */
export const actionInputSchema = z.strictObject({
  text: requiredText(1000),
  ownerName: optionalText(150),
  dueDate: optionalDateSchema,
  done: z.boolean(),
});
export type ActionInput = z.input<typeof actionInputSchema>;

/** A review meeting of the plan: who took part, what was decided, when the next one is. */
export const reviewInputSchema = z.strictObject({
  date: calendarDateSchema,
  participants: requiredText(1000),
  decisions: requiredText(4000),
  nextReviewDate: calendarDateSchema,
});
export type ReviewInput = z.input<typeof reviewInputSchema>;

export const planSchema = z.strictObject({
  id: z.string(),
  residentId: z.string(),
  stayId: z.string(),
  /** The stay has ended (the child left): the plan is kept as it was and can no longer change. */
  closed: z.boolean(),
  createdAt: isoDateTimeSchema,
  nextReviewDate: z.string().nullable(),
  goals: z.array(
    z.strictObject({
      id: z.string(),
      domainCode: z.string(),
      text: z.string(),
      targetDate: z.string().nullable(),
      status: goalStatusSchema,
      actions: z.array(
        z.strictObject({
          id: z.string(),
          text: z.string(),
          ownerName: z.string().nullable(),
          dueDate: z.string().nullable(),
          doneAt: z.string().nullable(),
        }),
      ),
    }),
  ),
  reviews: z.array(
    z.strictObject({ id: z.string(), date: z.string(), participants: z.string(), decisions: z.string(), nextReviewDate: z.string() }),
  ),
});
export type CarePlan = z.infer<typeof planSchema>;

export const createPlanInputSchema = z.strictObject({ residentId: z.string().min(1), firstReviewDate: calendarDateSchema });
export const addGoalInputSchema = z.strictObject({ planId: z.string().min(1), goal: goalInputSchema });
export const updateGoalInputSchema = z.strictObject({ goalId: z.string().min(1), goal: goalInputSchema });
export const addActionInputSchema = z.strictObject({ goalId: z.string().min(1), action: actionInputSchema });
export const updateActionInputSchema = z.strictObject({ actionId: z.string().min(1), action: actionInputSchema });
export const addReviewInputSchema = z.strictObject({ planId: z.string().min(1), review: reviewInputSchema });
