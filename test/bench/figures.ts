/** One benchmark figure, printed as one JSON line by `npm run bench`. */
export type BenchFigure = {
  name: string;
  value: number;
  unit: string;
  /** The same work done the simplest possible way, measured in the same run. */
  baseline: number;
  /** value / baseline. */
  ratio: number;
  /** What value must stay under (same unit). */
  target: number;
};

/** Times `fn` `runs` times after `warmup` runs; returns the median in milliseconds. */
export async function medianMs(fn: () => unknown, runs: number, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i++) {
    await fn();
  }
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const middle = Math.floor(samples.length / 2);
  return samples.length % 2 === 1 ? samples[middle]! : (samples[middle - 1]! + samples[middle]!) / 2;
}

/** A figure with its ratio, rounded for reading. */
export function figure(name: string, unit: string, value: number, baseline: number, target: number): BenchFigure {
  const round = (n: number): number => Math.round(n * 100) / 100;
  return { name, value: round(value), unit, baseline: round(baseline), ratio: round(value / baseline), target };
}
