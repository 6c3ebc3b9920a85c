import type { MonthValue } from '../../contract/indicator-catalogue';
import { medianOfSorted } from './median';
import { dayNumber, monthEnd, monthOf } from './months';
import type { BreakdownFact, ExitFact, ExitKind, PlacementKind, StayFact } from './record-facts';

/*
 * The record indicators computed in memory from the facts the queries loaded: plain functions of
 * plain arrays, so each rule is tested without a database.
 */

/** The stocks at one month's last day. */
export type MonthEndStock = {
  month: string;
  /** Children with a stay open that day. */
  inResidence: number;
  /** Of those, children whose open stay had its care plan created by that day. */
  withPlan: number;
  /** Median whole days from the open stay's admission to that day; null when nobody is in residence. */
  medianDays: number | null;
};

/**
 * Children in residence at each month's end, how many of them had a plan, and the median time in
 * care, in one sweep over the stays. A stay is open at day E when admitted on or before E and not
 * left by E (a child leaving on E is gone at E's end). A child counts once even if the records
 * ever show two stays open at once (an admission corrected into an earlier stay): the latest
 * admission is the current stay.
 *
 * The stays are ordered by admission once, so each month reads them up to its last day and gets
 * the times in care already in order: no per-month sort, no per-month map of children.
 */
export function monthEndStocks(stayFacts: readonly StayFact[], months: readonly string[]): MonthEndStock[] {
  const never = Number.POSITIVE_INFINITY;
  const admitted = stayFacts.map((stay) => dayNumber(stay.admissionDate));
  const left = stayFacts.map((stay) => (stay.exitDate === null ? never : dayNumber(stay.exitDate)));
  const planned = stayFacts.map((stay) => (stay.planDate === null ? never : dayNumber(stay.planDate)));
  const order = stayFacts.map((_, index) => index).sort((a, b) => admitted[a]! - admitted[b]!);
  const repeated = staysOfChildrenWithSeveral(stayFacts);
  const days = new Float64Array(stayFacts.length);
  return months.map((month) => {
    const end = dayNumber(monthEnd(month));
    const isOpen = (index: number): boolean => admitted[index]! <= end && left[index]! > end;
    const superseded = new Set<number>();
    for (const indices of repeated) {
      const open = indices.filter(isOpen).sort((a, b) => admitted[b]! - admitted[a]!);
      open.slice(1).forEach((index) => superseded.add(index));
    }
    let count = 0;
    let withPlan = 0;
    for (const index of order) {
      if (admitted[index]! > end) {
        break;
      }
      if (left[index]! <= end || superseded.has(index)) {
        continue;
      }
      // Admissions ascending: the days come out descending, in order for the median.
      days[count++] = end - admitted[index]!;
      if (planned[index]! <= end) {
        withPlan++;
      }
    }
    return { month, inResidence: count, withPlan, medianDays: medianOfSorted(days, count) };
  });
}

/** The stays of each child who has more than one (re-admitted children), as indices into `stayFacts`. */
function staysOfChildrenWithSeveral(stayFacts: readonly StayFact[]): number[][] {
  const byChild = new Map<string, number[]>();
  stayFacts.forEach((stay, index) => {
    const indices = byChild.get(stay.residentId);
    if (indices === undefined) {
      byChild.set(stay.residentId, [index]);
    } else {
      indices.push(index);
    }
  });
  return [...byChild.values()].filter((indices) => indices.length > 1);
}

/** Percentage of children in residence with a plan; null when nobody is in residence (0 % of nobody would read as a failure). */
export function planCoverage(stock: MonthEndStock): number | null {
  return stock.inResidence === 0 ? null : (stock.withPlan * 100) / stock.inResidence;
}

/** A count per month as a series, zero for months without any. */
export function countSeries(counts: ReadonlyMap<string, number>, months: readonly string[]): MonthValue[] {
  return months.map((month) => ({ month, value: counts.get(month) ?? 0 }));
}

/** The placement kind of an exit type; an unknown code is neither family nor transfer (never counted as progress). */
export function placementOf(kinds: ReadonlyMap<string, ExitKind>, exitTypeCode: string): PlacementKind {
  return kinds.get(exitTypeCode)?.placement ?? 'none';
}

/** Exits per month whose exit type is of `placement`, only of children with a disability when `disabilityOnly`. */
export function exitSeries(
  exits: readonly ExitFact[],
  kinds: ReadonlyMap<string, ExitKind>,
  months: readonly string[],
  placement: PlacementKind,
  disabilityOnly = false,
): MonthValue[] {
  const counts = new Map<string, number>();
  for (const exit of exits) {
    if (placementOf(kinds, exit.exitTypeCode) === placement && (exit.disability || !disabilityOnly)) {
      counts.set(exit.month, (counts.get(exit.month) ?? 0) + exit.count);
    }
  }
  return countSeries(counts, months);
}

/** The exits of one exit type in one month. */
export type ExitTypeCount = { code: string; placement: PlacementKind; count: number };
/** One month of exits by type: every type that has an exit anywhere in the range, zero included, so stacked series line up. */
export type ExitsByTypeMonth = { month: string; types: ExitTypeCount[] };

/** Exits per month per exit type, types in the reference data's order (unknown codes last, by code). */
export function exitsByTypeOf(exits: readonly ExitFact[], kinds: ReadonlyMap<string, ExitKind>, months: readonly string[]): ExitsByTypeMonth[] {
  const rank = (code: string): number => kinds.get(code)?.sortOrder ?? Number.MAX_SAFE_INTEGER;
  const codes = [...new Set(exits.map((exit) => exit.exitTypeCode))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const counts = new Map<string, number>();
  for (const exit of exits) {
    const key = `${exit.month} ${exit.exitTypeCode}`;
    counts.set(key, (counts.get(key) ?? 0) + exit.count);
  }
  return months.map((month) => ({
    month,
    types: codes.map((code) => ({ code, placement: placementOf(kinds, code), count: counts.get(`${month} ${code}`) ?? 0 })),
  }));
}

/**
 * Family placements that broke down, per month, each counted once in the month its breakdown was
 * first recorded: the earlier of the first visit that found it broken down and the day it ended
 * for a breakdown. Neither record alone will do: a child who comes back after a visit found the
 * placement broken down ends it as 're-admitted', not 'breakdown' (the commonest breakdown), and
 * a family that gives up between visits shows only as a placement replaced for a breakdown; and
 * counting visits would count a placement twice when two visits found it broken down. A
 * transfer's placement is not a family placement, so it never counts here.
 */
export function breakdownSeries(breakdowns: readonly BreakdownFact[], kinds: ReadonlyMap<string, ExitKind>, months: readonly string[]): MonthValue[] {
  const counts = new Map<string, number>();
  for (const breakdown of breakdowns) {
    if (placementOf(kinds, breakdown.typeCode) !== 'family') {
      continue;
    }
    const dates = [breakdown.firstBrokenVisit, breakdown.endedByBreakdown].filter((date): date is string => date !== null).sort();
    const first = dates[0];
    if (first !== undefined) {
      counts.set(monthOf(first), (counts.get(monthOf(first)) ?? 0) + 1);
    }
  }
  return countSeries(counts, months);
}
