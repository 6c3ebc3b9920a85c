import { z } from 'zod';

import { isoDateTimeSchema, optionalText, referenceCodeSchema } from './common';
import { calendarDateSchema, optionalDateSchema } from './dates';
import { phoneSchema } from './institution';
import { admissionSchema } from './residents';

/** The decision a placement rests on. */
export const decisionSchema = z.strictObject({
  bodyCode: referenceCodeSchema,
  number: optionalText(60),
  date: optionalDateSchema,
});

/** Where the child goes: a person or family (with contacts), another institution, or neither. */
export const destinationSchema = z.strictObject({
  kind: z.enum(['person', 'institution', 'none'], { error: 'validation.required' }),
  name: optionalText(200),
  phone: phoneSchema,
  address: optionalText(300),
});

/** Leaving the institution: how (exit type, reference data), when, on what decision, to whom. */
export const exitInputSchema = z
  .strictObject({
    residentId: z.string().min(1),
    version: z.number().int(),
    exitTypeCode: referenceCodeSchema,
    exitDate: calendarDateSchema,
    decision: decisionSchema,
    destination: destinationSchema,
    note: optionalText(2000),
  })
  .superRefine((exit, ctx) => {
    if (exit.destination.kind !== 'none' && exit.destination.name === null) {
      ctx.addIssue({ code: 'custom', path: ['destination', 'name'], message: 'validation.required' });
    }
  });
export type ExitInput = z.input<typeof exitInputSchema>;

/** After a placement broke down (or changed), the child's next family placement without re-admission. */
export const changePlacementInputSchema = z
  .strictObject({
    residentId: z.string().min(1),
    previousPlacementId: z.string().min(1),
    endReason: z.enum(['breakdown', 'replaced']),
    typeCode: referenceCodeSchema,
    startDate: calendarDateSchema,
    decision: decisionSchema,
    destination: destinationSchema,
    note: optionalText(2000),
  })
  .superRefine((change, ctx) => {
    if (change.destination.kind !== 'none' && change.destination.name === null) {
      ctx.addIssue({ code: 'custom', path: ['destination', 'name'], message: 'validation.required' });
    }
  });

/** Back into the institution: a new stay, history kept. */
export const readmitInputSchema = z.strictObject({
  residentId: z.string().min(1),
  version: z.number().int(),
  admission: admissionSchema,
});

export const followUpOutcomes = ['stable', 'at_risk', 'broken_down'] as const;
export const followUpOutcomeSchema = z.enum(followUpOutcomes, { error: 'validation.required' });
export type FollowUpOutcome = z.infer<typeof followUpOutcomeSchema>;

/** What a follow-up visit found. */
export const recordFollowUpInputSchema = z.strictObject({
  id: z.string().min(1),
  visitDate: calendarDateSchema,
  visitor: optionalText(150),
  outcome: followUpOutcomeSchema,
  notes: optionalText(4000),
});

export const followUpSchema = z.strictObject({
  id: z.string(),
  placementId: z.string(),
  dueDate: z.string(),
  visitDate: z.string().nullable(),
  visitor: z.string().nullable(),
  outcome: followUpOutcomeSchema.nullable(),
  notes: z.string().nullable(),
  recordedByName: z.string().nullable(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const placementSchema = z.strictObject({
  id: z.string(),
  residentId: z.string(),
  stayId: z.string(),
  typeCode: z.string(),
  startDate: z.string(),
  decision: z.strictObject({ bodyCode: z.string(), number: z.string().nullable(), date: z.string().nullable() }),
  destination: z.strictObject({
    kind: z.enum(['person', 'institution', 'none']),
    name: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
  }),
  note: z.string().nullable(),
  endedDate: z.string().nullable(),
  endReason: z.enum(['breakdown', 'replaced', 'readmitted']).nullable(),
  followUps: z.array(followUpSchema),
  createdAt: isoDateTimeSchema,
});
export type Placement = z.infer<typeof placementSchema>;
