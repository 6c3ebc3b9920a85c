import { addAssessmentInputSchema } from '@contract/assessments';
import type { ProcedureInput, ProcedureName } from '@contract/procedures';

/** What a new assessment makes stale: the history, the child's timeline, the due reminders, the trail. */
export const ASSESSMENT_CHANGE_REFRESH = [
  'assessments.list',
  'residents.timeline',
  'dashboard.get',
  'audit.list',
] as const satisfies readonly ProcedureName[];

/** The scale of every domain: 1 (serious concern) to 4 (doing well). */
export const SCORES = [1, 2, 3, 4] as const;
export type Score = (typeof SCORES)[number];

/** One domain in the form: its score (none: not assessed this time) and a note. */
export type DomainEntry = { score: Score | null; note: string };

/** What the form's inputs hold; domains not touched yet are absent from `domains`. */
export type AssessmentValues = { date: string; summary: string; domains: Readonly<Record<string, DomainEntry>> };

export const NOT_SCORED: DomainEntry = { score: null, note: '' };

/** A new assessment: made today, nothing scored yet. */
export function emptyAssessmentValues(today: string): AssessmentValues {
  return { date: today, summary: '', domains: {} };
}

/** The score a radio value stands for ('' or anything else: not scored). */
export function scoreOf(value: string): Score | null {
  return SCORES.find((score) => String(score) === value) ?? null;
}

/**
 * The domains given a score, in the order of the domain list. This is the order they are sent in,
 * so a problem reported at `scores.<i>` belongs to the i-th of them.
 */
export function scoredDomains(values: AssessmentValues, order: readonly string[]): string[] {
  return order.filter((code) => (values.domains[code]?.score ?? null) !== null);
}

/** The call for the form's values: only the scored domains, each with its note. */
export function assessmentInputOf(values: AssessmentValues, residentId: string, order: readonly string[]): ProcedureInput<'assessments.add'> {
  return {
    residentId,
    date: values.date,
    summary: values.summary,
    scores: scoredDomains(values, order).flatMap((domainCode) => {
      const entry = values.domains[domainCode];
      return entry === undefined || entry.score === null ? [] : [{ domainCode, score: entry.score, note: entry.note }];
    }),
  };
}

/** The form fields (issue paths) of the i-th domain sent: its score (or its code) and its note. */
export function domainFields(index: number): { score: readonly string[]; note: string } {
  return { score: [`scores.${index}.score`, `scores.${index}.domainCode`], note: `scores.${index}.note` };
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The contract's assessment with the core's date rules, so they show before sending: not after
 * `today`, not before the child's birth. They run even when other fields failed, so all show at once.
 */
export function assessmentFormSchema(today: string, birthDate: string) {
  return addAssessmentInputSchema.superRefine(
    (input, ctx) => {
      const { date } = input as { date: unknown };
      if (typeof date !== 'string' || !CALENDAR_DATE.test(date)) {
        return;
      }
      if (date > today) {
        ctx.addIssue({ code: 'custom', path: ['date'], message: 'validation.dateInFuture' });
      } else if (date < birthDate) {
        ctx.addIssue({ code: 'custom', path: ['date'], message: 'validation.dateBeforeBirth' });
      }
    },
    { when: () => true },
  );
}
