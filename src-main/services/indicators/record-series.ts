import type { MonthValue, RecordIndicatorCode } from '../../contract/indicator-catalogue';
import { recordIndicatorCodes } from '../../contract/indicator-catalogue';
import type { Db } from '../../db/client';
import { months } from './months';
import type { ExitsByTypeMonth, MonthEndStock } from './record-computations';
import { breakdownSeries, countSeries, exitsByTypeOf, exitSeries, monthEndStocks, planCoverage } from './record-computations';
import type { BreakdownFact, ExitFact, ExitKind, MonthWindow } from './record-facts';
import { countAdmissions, countDiversions, loadBreakdowns, loadExitKinds, loadExits, loadStays, windowOf } from './record-facts';

/*
 * Definitions chosen (the catalogue says what each measures):
 * - A month-end stock (in residence, plan coverage, median time in care) is taken at the month's
 *   last day; a child who leaves that day is no longer counted. Temporarily absent children count.
 * - Events (admissions, exits, diversions, breakdowns) count in the month of their own date: the
 *   admission, exit, decision or visit date, never the day they were typed in.
 * - Time in care is in days (months would hide a month's progress in rounding), from the admission
 *   of the current stay: a re-admitted child's time starts again, as the stay does.
 * - An exit is classed by its exit type's `placement` in the reference data: family, transfer
 *   (never a family exit, never progress), or neither (also any type without the flag).
 * - Adopted children (secret records) are counted like every child: the series hold numbers only,
 *   never a name or an id.
 * - Months after today are computed from the records as they stand (children still here count at
 *   a future month's end); the caller decides whether to show them.
 */

/** The facts a set of series shares, each loaded on first use (one query or two) and kept. */
type Facts = {
  window: MonthWindow;
  stocks(): MonthEndStock[];
  exits(): ExitFact[];
  kinds(): Map<string, ExitKind>;
  admissions(): Map<string, number>;
  diversions(): Map<string, number>;
  breakdowns(): BreakdownFact[];
};

function once<T>(load: () => T): () => T {
  let value: { loaded: T } | null = null;
  return () => {
    value ??= { loaded: load() };
    return value.loaded;
  };
}

function factsOf(db: Db, window: MonthWindow): Facts {
  return {
    window,
    stocks: once(() => monthEndStocks(loadStays(db, window), window.months)),
    exits: once(() => loadExits(db, window)),
    kinds: once(() => loadExitKinds(db)),
    admissions: once(() => countAdmissions(db, window)),
    diversions: once(() => countDiversions(db, window)),
    breakdowns: once(() => loadBreakdowns(db)),
  };
}

const computations: { [K in RecordIndicatorCode]: (facts: Facts) => MonthValue[] } = {
  children_in_residence: (facts) => facts.stocks().map((stock) => ({ month: stock.month, value: stock.inResidence })),
  admissions: (facts) => countSeries(facts.admissions(), facts.window.months),
  diversions: (facts) => countSeries(facts.diversions(), facts.window.months),
  exits_family: (facts) => exitSeries(facts.exits(), facts.kinds(), facts.window.months, 'family'),
  exits_transfer: (facts) => exitSeries(facts.exits(), facts.kinds(), facts.window.months, 'transfer'),
  exits_other: (facts) => exitSeries(facts.exits(), facts.kinds(), facts.window.months, 'none'),
  plan_coverage: (facts) => facts.stocks().map((stock) => ({ month: stock.month, value: planCoverage(stock) })),
  median_time_in_care: (facts) => facts.stocks().map((stock) => ({ month: stock.month, value: stock.medianDays })),
  placement_breakdowns: (facts) => breakdownSeries(facts.breakdowns(), facts.kinds(), facts.window.months),
  // The disability status is the child's current one: the register keeps no history of it, so a
  // child whose disability was recorded after leaving counts in the month of the exit too.
  exits_disability: (facts) => exitSeries(facts.exits(), facts.kinds(), facts.window.months, 'family', true),
};

/**
 * One record indicator for every month from `fromMonth` to `toMonth` (`YYYY-MM`, inclusive), from
 * the records' own dates, with one or two queries whatever the number of months or children.
 * VALIDATION_FAILED (`fromMonth`/`toMonth`) for a bad range.
 */
export function recordSeries(db: Db, code: RecordIndicatorCode, fromMonth: string, toMonth: string): MonthValue[] {
  return computations[code](factsOf(db, windowOf(months(fromMonth, toMonth))));
}

/** Every record indicator over the same months, sharing the queries (about seven in all). */
export function allRecordSeries(db: Db, fromMonth: string, toMonth: string): Record<RecordIndicatorCode, MonthValue[]> {
  const facts = factsOf(db, windowOf(months(fromMonth, toMonth)));
  // fromEntries forgets the keys; the entries are exactly recordIndicatorCodes.
  return Object.fromEntries(recordIndicatorCodes.map((code) => [code, computations[code](facts)])) as Record<RecordIndicatorCode, MonthValue[]>;
}

/** One record indicator's value for `month` (`YYYY-MM`): the series' single point. */
export function valueAt(db: Db, code: RecordIndicatorCode, month: string): number | null {
  return recordSeries(db, code, month, month)[0]!.value;
}

/**
 * Exits by destination: per month, the count of every exit type that has an exit in the range,
 * with its placement kind (family / transfer / none), in the reference data's order.
 */
export function exitsByType(db: Db, fromMonth: string, toMonth: string): ExitsByTypeMonth[] {
  const window = windowOf(months(fromMonth, toMonth));
  return exitsByTypeOf(loadExits(db, window), loadExitKinds(db), window.months);
}
