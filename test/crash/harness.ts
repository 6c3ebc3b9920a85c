import { randomInt } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { seededRandom } from '../../src-main/services/demo/random';
import { checkDatabase, checkExports, checkIdentities, checkNotes } from './institution-checks';
import type { Problems } from './institution-checks';
import type { KillPlan, WriterRun } from './kill';
import { planKill, runWriter } from './kill';
import type { Ledger } from './ledger';
import { readLedger, reopen } from './ledger';
import { checkImports } from './ministry-checks';
import type { CrashFolders } from './setup';
import { setUpFolders } from './setup';

/**
 * The crash-safety harness (issue 9): a writer process (writer.ts) writes to a real institution and
 * ministry installation until it is killed with SIGKILL at a seeded random moment; then both are
 * opened again and checked (integrity, every committed write present, no import half applied, no
 * export half written or numbered twice, audit chains whole). The next kill point runs on the same
 * folders, so damage would pile up. `npm test` runs a few kill points, `npm run soak` hundreds.
 */

/** One kill point: how the writer was killed, what it had committed, and what the checks found. */
export type PointReport = {
  index: number;
  points: number;
  seed: number;
  plan: KillPlan;
  /** The write under way when the kill came. */
  killedIn: string;
  committed: number;
  /** What the killed export left in the exports folder for the next export to remove. */
  leftovers: string[];
  ms: number;
  problems: Problems;
};

export type CrashSummary = {
  seed: number;
  points: number;
  /** Kill points that ran (all of them, unless one failed: the run stops there). */
  ran: number;
  committed: number;
  killedIn: Record<string, number>;
  /** Kill points after which a killed export's files waited in the exports folder for the next export. */
  leftovers: number;
  failed: PointReport | null;
  /** The data folders, kept when a point failed. */
  root: string | null;
  ms: number;
};

export type CrashOptions = {
  points: number;
  seed: number;
  onPoint?: (report: PointReport) => void;
};

/** The run's seed: `KORPU_CRASH_SEED` to replay a run, else a fresh one (printed with every report). */
export function crashSeed(env: NodeJS.ProcessEnv = process.env): number {
  const given = env['KORPU_CRASH_SEED'];
  return given === undefined || given === '' ? randomInt(1, 2 ** 31) : Number(given);
}

/** Runs `points` kill points on one pair of fresh folders; stops at the first that fails. */
export async function runCrashHarness(options: CrashOptions): Promise<CrashSummary> {
  const started = performance.now();
  const root = mkdtempSync(join(tmpdir(), 'korpu-crash-'));
  const summary: CrashSummary = { seed: options.seed, points: options.points, ran: 0, committed: 0, killedIn: {}, leftovers: 0, failed: null, root: null, ms: 0 };
  try {
    const folders = await setUpFolders(root, options.seed);
    const ledger = await readLedger(folders);
    const seeds = seededRandom(options.seed);
    for (let index = 0; index < options.points; index++) {
      const seed = seeds.int(1, 2 ** 31 - 2);
      const report = await killPoint(folders, ledger, index, options.points, seed);
      summary.ran++;
      summary.committed += report.committed;
      summary.leftovers += report.leftovers.length > 0 ? 1 : 0;
      summary.killedIn[report.killedIn] = (summary.killedIn[report.killedIn] ?? 0) + 1;
      options.onPoint?.(report);
      if (report.problems.length > 0) {
        summary.failed = report;
        summary.root = root;
        break;
      }
    }
  } finally {
    summary.ms = performance.now() - started;
    if (summary.root === null) {
      rmSync(root, { recursive: true, force: true });
    }
  }
  return summary;
}

async function killPoint(folders: CrashFolders, ledger: Ledger, index: number, points: number, seed: number): Promise<PointReport> {
  const started = performance.now();
  const plan = planKill(seededRandom(seed));
  const run = await runWriter(folders, seed, plan);
  const problems: Problems = [];
  if (run.failure !== null) {
    problems.push(`${run.failure}${run.stderr === '' ? '' : `\n--- writer's standard error (end) ---\n${run.stderr}`}`);
  }
  await checkFolders(folders, ledger, run, problems);
  return {
    index,
    points,
    seed,
    plan,
    killedIn: killedIn(run),
    committed: run.committed.length,
    leftovers: [...ledger.leftovers],
    ms: performance.now() - started,
    problems,
  };
}

/** Opens both installations again, as the app does after a crash, and checks them against the ledger. */
export async function checkFolders(folders: CrashFolders, ledger: Ledger, run: WriterRun, problems: Problems): Promise<void> {
  const institution = await reopen(folders.institution);
  try {
    checkDatabase('institution', institution, problems);
    checkNotes(institution, ledger, run, problems);
    checkIdentities(institution, ledger, run, problems);
    checkExports(institution, ledger, run, problems);
  } finally {
    institution.close();
  }
  const ministry = await reopen(folders.ministry);
  try {
    checkDatabase('ministry', ministry, problems);
    checkImports(ministry, ledger, run, problems);
  } finally {
    ministry.close();
  }
}

function killedIn(run: WriterRun): string {
  if (!run.ready) {
    return 'start-up';
  }
  if (run.inFlight === null) {
    return 'between writes';
  }
  const last = run.lines.at(-1);
  return run.inFlight.op === 'export' && last?.type === 'phase' ? 'export (writing its file)' : run.inFlight.op;
}

/** One line per kill point, with what a replay needs. */
export function pointLine(report: PointReport, runSeed: number): string {
  const trigger = report.plan.trigger === 'commits' ? `after ${report.plan.commits} commits` : `at ${report.plan.trigger}`;
  const verdict = report.problems.length === 0 ? 'ok' : `FAILED\n  ${report.problems.join('\n  ')}`;
  const left = report.leftovers.length === 0 ? '' : ` left ${report.leftovers.map((name) => `exports/${name}`).join(', ')} for the next export to remove;`;
  return (
    `kill point ${report.index + 1}/${report.points} (seed ${runSeed}/${report.seed}, kill ${trigger} +${report.plan.delayMs} ms): ` +
    `killed in ${report.killedIn}, ${report.committed} writes committed,${left} ${(report.ms / 1000).toFixed(1)} s — ${verdict}`
  );
}

/** The closing line: how many kill points, what was checked, and where the kills fell. */
export function summaryLine(summary: CrashSummary): string {
  const where = Object.entries(summary.killedIn)
    .sort(([, a], [, b]) => b - a)
    .map(([phase, count]) => `${phase} ${count}`)
    .join(', ');
  const head =
    `crash harness: ${summary.ran} kill points, ${summary.committed} committed writes checked (killed in: ${where}; ` +
    `${summary.leftovers} left files for the next export to remove) in ${(summary.ms / 1000).toFixed(0)} s`;
  if (summary.failed === null) {
    return `${head}, all checks passed (seed ${summary.seed})`;
  }
  return (
    `${head}; kill point ${summary.failed.index + 1} FAILED. Replay: KORPU_CRASH_SEED=${summary.seed} KORPU_CRASH_POINTS=${summary.failed.index + 1} npm run soak` +
    ` (folders kept in ${String(summary.root)})`
  );
}
