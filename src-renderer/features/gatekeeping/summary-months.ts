import { addMonths } from '@contract/dates';
import type { ProcedureOutput } from '@contract/procedures';

/** One month of the admissions-versus-diversions summary. */
export type SummaryMonth = ProcedureOutput<'gatekeeping.summary'>[number];

/** How many months the summary covers, the current one included. */
export const SUMMARY_MONTHS = 12;

/** The summary call for the twelve months up to and including the month of `today` (`YYYY-MM-DD`). */
export function lastTwelveMonths(today: string): { fromMonth: string; toMonth: string } {
  const toMonth = today.slice(0, 7);
  return { fromMonth: addMonths(`${toMonth}-01`, 1 - SUMMARY_MONTHS).slice(0, 7), toMonth };
}

/** The month's number as its message key (`01`…`12`) and its year, from `YYYY-MM`. */
export function monthParts(month: string): { key: string; year: string } {
  return { key: month.slice(5, 7), year: month.slice(0, 4) };
}

export type SummaryTotals = Pick<SummaryMonth, 'requests' | 'admitted' | 'diverted' | 'refused' | 'pending'>;

/** The months added up, for the totals row and the chart's description. */
export function totalsOf(months: readonly SummaryMonth[]): SummaryTotals {
  return months.reduce<SummaryTotals>(
    (sum, month) => ({
      requests: sum.requests + month.requests,
      admitted: sum.admitted + month.admitted,
      diverted: sum.diverted + month.diverted,
      refused: sum.refused + month.refused,
      pending: sum.pending + month.pending,
    }),
    { requests: 0, admitted: 0, diverted: 0, refused: 0, pending: 0 },
  );
}

/**
 * A y-axis for counts up to `max`: a top of 1, 2 or 5 times a power of ten, in at most five steps,
 * so the gridlines fall on round numbers. Whole children only: the step is never below 1.
 */
export function countScale(max: number): { top: number; ticks: number[] } {
  let step = 1;
  for (let power = 1; step * 5 < max; power *= 10) {
    step = [1, 2, 5].map((factor) => factor * power).find((candidate) => candidate * 5 >= max) ?? power * 10;
  }
  const top = Math.max(step, Math.ceil(max / step) * step);
  return { top, ticks: Array.from({ length: top / step + 1 }, (_, index) => index * step) };
}
