import { addMonths } from '../../src-main/contract/dates';
import { recordIndicatorCodes } from '../../src-main/contract/indicator-catalogue';
import { monthEnd, months } from '../../src-main/services/indicators/months';
import { allRecordSeries, recordSeries } from '../../src-main/services/indicators/record-series';
import { todayOf } from '../../src-main/services/residents/residents-service';
import { DEMO_RESIDENTS, demoInstallation } from './demo-install';
import type { BenchFigure } from './figures';
import { figure, medianMs } from './figures';

const RUNS = 15;
/** Three years: the span a transformation plan is monitored over, month by month. */
const SPAN_MONTHS = 36;
const COUNT = DEMO_RESIDENTS.toLocaleString('en-US');

/**
 * The monitoring indicators over the last 36 months of the 10,000-child demo. Baseline: the
 * simplest way to get one of them, children in residence, from SQLite: one COUNT of the stays open
 * at each month's end, 36 queries, on the same data in the same run.
 *
 * Targets: the core answers on the main process and better-sqlite3 is synchronous, so while the
 * monitoring screen computes every indicator at once, every other call waits (the search box's
 * target is 5 ms). A quarter of a second is the longest such a stall may last when someone opens
 * the screen: 250 ms for all of them. One series alone (a single chart refreshed) must not cost
 * more than the 36 naive queries a first implementation would write, with room: 50 ms.
 */
export async function bench(): Promise<BenchFigure[]> {
  const { deps } = await demoInstallation();
  const to = todayOf(deps).slice(0, 7);
  const from = addMonths(`${to}-01`, 1 - SPAN_MONTHS).slice(0, 7);
  const range = months(from, to);

  const openAt = deps.db.$client.prepare('SELECT count(*) AS n FROM stays WHERE admission_date <= ? AND (exit_date IS NULL OR exit_date > ?)');
  const naive = await medianMs(
    () =>
      range.map((month) => {
        const end = monthEnd(month);
        return openAt.get(end, end);
      }),
    RUNS,
  );
  const one = await medianMs(() => recordSeries(deps.db, 'children_in_residence', from, to), RUNS);
  const all = await medianMs(() => allRecordSeries(deps.db, from, to), RUNS);

  return [
    figure(`children_in_residence, ${SPAN_MONTHS} months of ${COUNT} residents vs one COUNT per month`, 'ms', one, naive, 50),
    figure(
      `all ${recordIndicatorCodes.length} record indicators, ${SPAN_MONTHS} months of ${COUNT} residents vs one COUNT per month (children in residence only)`,
      'ms',
      all,
      naive,
      250,
    ),
  ];
}
