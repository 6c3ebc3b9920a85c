import type { MonthValue } from '../../contract/indicator-catalogue';
import { monthEnd, months } from './months';

/*
 * Indicators of the transformation plan's own data (staff, new services, budget), as pure
 * functions of plain arrays: whoever stores that data maps its rows to these types and calls them.
 * Each is cumulative ("up to the month's end"), read from the dates on the entries, so a past month
 * keeps its value when later entries are added. A date is `YYYY-MM-DD`; null means not done yet.
 */

/**
 * A staff member's retraining and the day it was completed (null while planned). `person` (the
 * plan's name or id of the person) makes one person's several trainings count once; without it
 * each completed training is one person retrained.
 */
export type StaffTraining = { date: string | null; person?: string | null };

/**
 * A new community service of the plan: the places it opened with (the plan's opened capacity once
 * it opened) and the day it opened (null while not open).
 */
export type NewService = { openedDate: string | null; capacity: number };

/**
 * A part of the budget planned to move to new services, how much of it moved, and when (null: not
 * yet). Any one unit for all lines: the share is a ratio (the plan stores whole qəpik, which also
 * keeps the sums exact).
 */
export type BudgetLine = { planned: number; moved: number; movedDate: string | null };

/** Sum of `amount` over the entries dated on or before each month's end, by month; one sort and one pass. */
function cumulative(entries: readonly { date: string | null; amount: number }[], range: readonly string[]): number[] {
  const dated = entries.filter((entry): entry is { date: string; amount: number } => entry.date !== null).sort((a, b) => a.date.localeCompare(b.date));
  let next = 0;
  let total = 0;
  return range.map((month) => {
    const end = monthEnd(month);
    while (next < dated.length && dated[next]!.date <= end) {
      total += dated[next]!.amount;
      next++;
    }
    return total;
  });
}

/**
 * Staff retrained by each month's end: each person once, from their first completed training (an
 * entry without `person` is one person of its own). Refused like `months` for a bad range.
 */
export function staffRetrainedSeries(trainings: readonly StaffTraining[], fromMonth: string, toMonth: string): MonthValue[] {
  const range = months(fromMonth, toMonth);
  const first = new Map<string, string>();
  const anonymous: { date: string; amount: number }[] = [];
  for (const training of trainings) {
    if (training.date === null) {
      continue;
    }
    if (training.person === undefined || training.person === null) {
      anonymous.push({ date: training.date, amount: 1 });
    } else if ((first.get(training.person) ?? '9999') > training.date) {
      first.set(training.person, training.date);
    }
  }
  const people = [...anonymous, ...[...first.values()].map((date) => ({ date, amount: 1 }))];
  return cumulative(people, range).map((value, index) => ({ month: range[index]!, value }));
}

/** Places in new services opened by each month's end. Refused like `months` for a bad range. */
export function serviceCapacityOpenedSeries(services: readonly NewService[], fromMonth: string, toMonth: string): MonthValue[] {
  const range = months(fromMonth, toMonth);
  const opened = services.map((service) => ({ date: service.openedDate, amount: service.capacity }));
  return cumulative(opened, range).map((value, index) => ({ month: range[index]!, value }));
}

/**
 * Budget moved by each month's end as a percentage of all the budget planned to move (every line,
 * moved or not). Not capped: moving more than planned shows as over 100 %. Null when nothing is
 * planned. Refused like `months` for a bad range.
 */
export function budgetMovedShareSeries(lines: readonly BudgetLine[], fromMonth: string, toMonth: string): MonthValue[] {
  const range = months(fromMonth, toMonth);
  const planned = lines.reduce((sum, line) => sum + line.planned, 0);
  const moved = cumulative(
    lines.map((line) => ({ date: line.movedDate, amount: line.moved })),
    range,
  );
  return moved.map((value, index) => ({ month: range[index]!, value: planned > 0 ? (value * 100) / planned : null }));
}
