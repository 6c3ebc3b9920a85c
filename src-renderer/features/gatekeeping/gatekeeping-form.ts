import type { GatekeepingRequest } from '@contract/gatekeeping';
import { decideGatekeepingInputSchema, gatekeepingRequestInputSchema } from '@contract/gatekeeping';
import type { Sex } from '@contract/residents';
import { fullNameOf } from '@contract/residents';
import type { z } from 'zod';

/** What a change to a request makes stale: the register, the summary, and the audit trail. */
export const GATEKEEPING_CHANGE_REFRESH = ['gatekeeping.list', 'gatekeeping.get', 'gatekeeping.summary', 'audit.list'] as const;

/** The child's name as the request gives it ("Surname First Patronymic"). */
export function childNameOf(request: Pick<GatekeepingRequest, 'childSurname' | 'childFirstName' | 'childPatronymic'>): string {
  return fullNameOf({ surname: request.childSurname, firstName: request.childFirstName, patronymic: request.childPatronymic });
}

/** What the request inputs hold: text as typed, no sex or requester chosen yet as null. */
export type RequestValues = {
  receivedDate: string;
  childSurname: string;
  childFirstName: string;
  childPatronymic: string;
  childSex: Sex | null;
  childBirthDate: string;
  requesterCode: string | null;
  requesterName: string;
  reasonCodes: string[];
  assessmentSummary: string;
  commissionInvolved: boolean;
};

/** A new request: received today, everything else still to be told. */
export function emptyRequestValues(today: string): RequestValues {
  return {
    receivedDate: today,
    childSurname: '',
    childFirstName: '',
    childPatronymic: '',
    childSex: null,
    childBirthDate: '',
    requesterCode: null,
    requesterName: '',
    reasonCodes: [],
    assessmentSummary: '',
    commissionInvolved: false,
  };
}

/** The request inputs filled from a recorded request (for editing it while pending). */
export function requestValuesOf(request: GatekeepingRequest): RequestValues {
  return {
    receivedDate: request.receivedDate,
    childSurname: request.childSurname,
    childFirstName: request.childFirstName,
    childPatronymic: request.childPatronymic ?? '',
    childSex: request.childSex,
    childBirthDate: request.childBirthDate ?? '',
    requesterCode: request.requesterCode,
    requesterName: request.requesterName ?? '',
    reasonCodes: [...request.reasonCodes],
    assessmentSummary: request.assessmentSummary ?? '',
    commissionInvolved: request.commissionInvolved,
  };
}

/**
 * The contract's request with the core's date rules, so they show before sending: nothing received
 * or born after `today`. The rules run even when other fields failed, so all problems show at once.
 */
export function requestFormSchema(today: string) {
  return gatekeepingRequestInputSchema.superRefine(
    (request, ctx) => {
      const { receivedDate, childBirthDate } = request as { receivedDate: unknown; childBirthDate: unknown };
      if (typeof receivedDate === 'string' && receivedDate > today) {
        ctx.addIssue({ code: 'custom', path: ['receivedDate'], message: 'validation.dateInFuture' });
      }
      if (typeof childBirthDate === 'string' && childBirthDate > today) {
        ctx.addIssue({ code: 'custom', path: ['childBirthDate'], message: 'validation.birthInFuture' });
      }
    },
    { when: () => true },
  );
}

export type RequestFormSchema = ReturnType<typeof requestFormSchema>;
export type RequestFields = z.output<RequestFormSchema>;

/** The core reports a request's fields under `request.`; the form knows them by their own names. */
export function requestFieldOf(path: string): string | null {
  return path.startsWith('request.') ? (path.slice('request.'.length).split('.')[0] ?? null) : null;
}

/** The decisions taken in the Decide dialog; admission is recorded by registering the child instead. */
export const decideDecisions = decideGatekeepingInputSchema.shape.decision.options;
export type DecideDecision = (typeof decideDecisions)[number];

/** What the Decide dialog holds. */
export type DecideValues = { id: string; decision: DecideDecision | null; decisionDate: string; note: string };

/** A decision on `request`, dated today until the user says otherwise. */
export function emptyDecideValues(request: GatekeepingRequest, today: string): DecideValues {
  return { id: request.id, decision: null, decisionDate: today, note: '' };
}

/** The contract's decision with the core's date rules: not before the request, not after `today`. */
export function decideFormSchema(receivedDate: string, today: string) {
  return decideGatekeepingInputSchema.superRefine(
    (decision, ctx) => {
      const { decisionDate } = decision as { decisionDate: unknown };
      if (typeof decisionDate !== 'string' || decisionDate === '') {
        return;
      }
      if (decisionDate < receivedDate) {
        ctx.addIssue({ code: 'custom', path: ['decisionDate'], message: 'validation.decisionBeforeRequest' });
      } else if (decisionDate > today) {
        ctx.addIssue({ code: 'custom', path: ['decisionDate'], message: 'validation.dateInFuture' });
      }
    },
    { when: () => true },
  );
}

export type DecideFormSchema = ReturnType<typeof decideFormSchema>;
