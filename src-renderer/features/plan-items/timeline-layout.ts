import type { PlanAction, PlanPhase, TransformationPlan } from '@contract/transformation-views';

/** Days since 1 January 1970 of a calendar date `YYYY-MM-DD` (no zone: a day is a day). */
export function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** The first day of the month of a date, and of the month after it. */
function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01-01` : `${year}-${String(number + 1).padStart(2, '0')}-01`;
}

/** Where an action lies on the calendar: a bar from start to due, or a milestone's day; null without dates. */
export type ActionSpan = { from: string; to: string } | null;

/** A bar runs from the start (or the due date alone) to the due date (or the start alone); a milestone is its one day. */
export function actionSpan(action: Pick<PlanAction, 'startDate' | 'dueDate' | 'milestone'>): ActionSpan {
  const from = action.milestone ? (action.dueDate ?? action.startDate) : (action.startDate ?? action.dueDate);
  const to = action.dueDate ?? action.startDate;
  return from === null || to === null ? null : { from, to };
}

/** The months the timeline shows, each as its first day, and the days its scale runs from and to (exclusive). */
export type MonthScale = { months: string[]; firstDay: number; endDay: number };

/**
 * Whole months covering the plan's period and every action's dates (an action may be planned outside
 * the period): from the first day of the earliest month to the first day after the latest.
 */
export function monthScale(plan: Pick<TransformationPlan, 'periodStart' | 'periodEnd'>, actions: readonly PlanAction[]): MonthScale {
  const dates = [plan.periodStart, plan.periodEnd, ...actions.flatMap((action) => [action.startDate, action.dueDate].filter((date): date is string => date !== null))];
  const earliest = dates.reduce((a, b) => (b < a ? b : a));
  const latest = dates.reduce((a, b) => (b > a ? b : a));
  const months: string[] = [];
  for (let month = monthStart(earliest); month <= latest; month = nextMonth(month)) {
    months.push(month);
  }
  const last = months.at(-1) ?? monthStart(latest);
  return { months, firstDay: dayNumber(months[0] ?? monthStart(earliest)), endDay: dayNumber(nextMonth(last)) };
}

/** A line of the timeline: a phase's heading, or one of its actions. */
export type TimelineRow = { kind: 'phase'; phase: PlanPhase; name: string } | { kind: 'action'; action: PlanAction; phaseName: string; index: number };

/** The phases in the plan's order, each followed by its actions; `index` numbers the actions from 0. */
export function timelineRows(phases: readonly PlanPhase[], nameOf: (phase: PlanPhase) => string): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let index = 0;
  for (const phase of phases) {
    const name = nameOf(phase);
    rows.push({ kind: 'phase', phase, name });
    for (const action of phase.actions) {
      rows.push({ kind: 'action', action, phaseName: name, index });
      index += 1;
    }
  }
  return rows;
}
