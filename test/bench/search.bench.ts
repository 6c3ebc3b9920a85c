import { foldForSearch } from '../../src-main/contract/az-text';
import { seededRandom } from '../../src-main/services/demo/random';
import type { IndexEntry } from '../../src-main/services/residents/resident-index';
import { listResidents, searchResidents } from '../../src-main/services/residents/resident-query';
import { todayOf } from '../../src-main/services/residents/residents-service';
import { DEMO_RESIDENTS, demoInstallation } from './demo-install';
import type { BenchFigure } from './figures';
import { figure } from './figures';

const ROUNDS = 5;
const LIST_RUNS = 30;
const COUNT = DEMO_RESIDENTS.toLocaleString('en-US');

/** The `p`-quantile (nearest rank) of `samples`, in their unit. */
function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

/** Times `fn` once per item per round, after one warm-up round; every sample in ms. */
function samplesOf<T>(items: readonly T[], rounds: number, fn: (item: T) => unknown): number[] {
  items.forEach(fn);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const item of items) {
      const start = performance.now();
      fn(item);
      samples.push(performance.now() - start);
    }
  }
  return samples;
}

/**
 * ~200 queries a person types into the search box: folded prefixes of surnames and first names,
 * whole surnames with and without Azerbaijani letters, FİN and certificate fragments, two words.
 */
function realisticQueries(entries: readonly IndexEntry[]): string[] {
  const rng = seededRandom(2026);
  const someone = (): IndexEntry => rng.pick(entries);
  const withFin = entries.filter((entry) => entry.fin !== null);
  const withCertificate = entries.filter((entry) => entry.birthCertificate !== null);
  const prefix = (text: string, min: number, max: number): string => foldForSearch(text).slice(0, rng.int(min, max));
  const fragment = (text: string, min: number, max: number): string => {
    const length = rng.int(min, Math.min(max, text.length));
    const start = rng.int(0, text.length - length);
    return text.slice(start, start + length);
  };
  return [
    ...['eliyev', 'ismayilov', 'Əliyev', 'İsmayılova', 'memmedov', 'Hüseynova', 'quliyev', 'zade', 'qizi', 'oglu'],
    ...Array.from({ length: 60 }, () => prefix(someone().surname, 3, 7)),
    ...Array.from({ length: 40 }, () => prefix(someone().firstName, 2, 5)),
    ...Array.from({ length: 30 }, () => fragment(rng.pick(withFin).fin!, 3, 5)),
    ...Array.from({ length: 20 }, () => fragment(rng.pick(withCertificate).birthCertificate!.split(' ').at(-1)!, 4, 7)),
    ...Array.from({ length: 40 }, () => {
      const entry = someone();
      return rng.chance(0.5) ? `${entry.surname} ${entry.firstName}` : `${prefix(entry.surname, 3, 6)} ${prefix(entry.firstName, 2, 4)}`;
    }),
  ];
}

/**
 * Search and list over 10,000 demo residents, in the core's in-memory index. Baselines: the same
 * questions asked of SQLite the plain way (LIKE '%q%' over five columns; SELECT * ORDER BY surname),
 * on the same data in the same run.
 */
export async function bench(): Promise<BenchFigure[]> {
  const { deps } = await demoInstallation();
  const today = todayOf(deps);
  const index = deps.residentIndex;
  const queries = realisticQueries(index.all());

  const search = percentile(
    samplesOf(queries, ROUNDS, (query) => searchResidents(index, query, 20, today)),
    0.95,
  );
  const like = deps.db.$client.prepare(
    `SELECT id, surname, first_name, patronymic, sex, birth_date, fin, birth_cert_series, birth_cert_number, legal_status_code
     FROM residents
     WHERE surname LIKE ? OR first_name LIKE ? OR patronymic LIKE ? OR fin LIKE ? OR birth_cert_number LIKE ? LIMIT 20`,
  );
  const sqlSearch = percentile(
    samplesOf(queries, ROUNDS, (query) => {
      const pattern = `%${query}%`;
      return like.all(pattern, pattern, pattern, pattern, pattern);
    }),
    0.95,
  );

  const runs = Array.from({ length: LIST_RUNS }, (_, run) => run);
  const list = percentile(
    samplesOf(runs, 1, () => listResidents(index, {}, undefined, today)),
    0.95,
  );
  const everything = deps.db.$client.prepare('SELECT * FROM residents ORDER BY surname');
  const sqlList = percentile(
    samplesOf(runs, 1, () => everything.all()),
    0.95,
  );

  return [
    figure(`search ${COUNT} residents (p95)`, 'ms', search, sqlSearch, 5),
    figure(`residents.list of ${COUNT}, empty filter, Azerbaijani name order (p95) vs SELECT * ORDER BY surname`, 'ms', list, sqlList, 50),
  ];
}
