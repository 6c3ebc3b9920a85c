import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { BenchFigure } from './figures';

/**
 * `npm run bench`: runs every `*.bench.ts` here in turn and prints one JSON line per figure:
 * `{ "name", "value", "unit", "baseline", "ratio", "target" }`. Targets are met here, never in timed
 * tests; a figure over its target, or a benchmark that could not measure, makes the exit code 1.
 */
const folder = fileURLToPath(new URL('./', import.meta.url));
const files = readdirSync(folder)
  .filter((file) => file.endsWith('.bench.ts'))
  .sort();

let missed = 0;
for (const file of files) {
  const module = (await import(new URL(file, import.meta.url).href)) as { bench: () => Promise<BenchFigure[]> };
  let results: BenchFigure[];
  try {
    results = await module.bench();
  } catch (error) {
    // A benchmark that cannot measure must not pass silently: the missing figure fails the run.
    missed++;
    console.error(`${file}: no figure: ${error instanceof Error ? error.message : String(error)}`);
    continue;
  }
  for (const result of results) {
    console.log(JSON.stringify(result));
    if (result.value > result.target) {
      missed++;
      console.error(`over target: ${result.name} (${result.value} ${result.unit} > ${result.target} ${result.unit})`);
    }
  }
}
process.exitCode = missed === 0 ? 0 : 1;
