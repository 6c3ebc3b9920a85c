import { crashSeed, pointLine, runCrashHarness, summaryLine } from './harness';

/**
 * `npm run soak`: the crash harness over many kill points (KORPU_CRASH_POINTS, 200 by default), one
 * line per point and a summary at the end; exit code 1 when a check failed. Replay a failure with
 * the KORPU_CRASH_SEED and KORPU_CRASH_POINTS its summary prints.
 */

const DEFAULT_POINTS = 200;

const write = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

const pointsText = process.env['KORPU_CRASH_POINTS'];
const points = pointsText === undefined || pointsText === '' ? DEFAULT_POINTS : Number(pointsText);
if (!Number.isInteger(points) || points < 1) {
  throw new Error(`KORPU_CRASH_POINTS must be a whole number of kill points (given: ${String(pointsText)})`);
}
const seed = crashSeed();
write(`crash soak: ${points} kill points, seed ${seed}`);
const summary = await runCrashHarness({ points, seed, onPoint: (report) => write(pointLine(report, seed)) });
write(summaryLine(summary));
process.exitCode = summary.failed === null ? 0 : 1;
