import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import type { Random } from '../../src-main/services/demo/random';
import type { Begun, Committed, WriterLine } from './protocol';
import { parseLine } from './protocol';
import type { CrashFolders } from './setup';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WRITER = fileURLToPath(new URL('./writer.ts', import.meta.url));

/** A writer whose trigger never came is killed this long after it started. */
const FALLBACK_MS = 45_000;

/**
 * When to kill the writer: after a number of committed writes, or when it starts the kind of write
 * named (an export's file being written, an import, a burst of notes, an identity change), or while
 * it is still starting up; then after a random delay.
 */
export type KillPlan = {
  trigger: 'commits' | 'export-writing' | 'import' | 'burst' | 'identity' | 'start';
  /** For `commits`: how many committed lines to read first. */
  commits: number;
  delayMs: number;
};

/** A kill plan drawn from the seeded generator: mostly at a random time, often right inside a risky write. */
export function planKill(rng: Random): KillPlan {
  const trigger = rng.weighted<KillPlan['trigger']>([
    ['commits', 50],
    ['export-writing', 15],
    ['import', 15],
    ['burst', 8],
    ['identity', 6],
    ['start', 6],
  ]);
  const delays: Record<KillPlan['trigger'], [number, number]> = {
    commits: [0, 1500],
    // The file is written, flushed and renamed within milliseconds of this moment.
    'export-writing': [0, 15],
    import: [0, 300],
    burst: [0, 40],
    identity: [0, 5],
    // Loading the code and opening both installations takes a few seconds.
    start: [1000, 4000],
  };
  const [min, max] = delays[trigger];
  return { trigger, commits: trigger === 'commits' ? rng.int(1, 8) : 0, delayMs: rng.int(min, max) };
}

/** What one writer did before it died. */
export type WriterRun = {
  lines: WriterLine[];
  committed: Committed[];
  /** The write it had started and not reported committed when it died (it may or may not have committed). */
  inFlight: Begun | null;
  ready: boolean;
  /** Ended by the harness's SIGKILL. */
  killed: boolean;
  /** A failure the writer reported, a line it should not print, or an end that was not the kill. */
  failure: string | null;
  stderr: string;
};

/** Starts a writer on `folders` with `seed` and kills it with SIGKILL as `plan` says. */
export function runWriter(folders: CrashFolders, seed: number, plan: KillPlan): Promise<WriterRun> {
  const run: WriterRun = { lines: [], committed: [], inFlight: null, ready: false, killed: false, failure: null, stderr: '' };
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, folders.institution, folders.ministry, String(seed)], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let timer: NodeJS.Timeout | null = null;
  const kill = (): void => {
    if (child.exitCode === null && child.signalCode === null) {
      run.killed = child.kill('SIGKILL');
    }
  };
  const schedule = (): void => {
    timer ??= setTimeout(kill, plan.delayMs);
  };
  // A plan whose trigger never comes still ends in a kill: the folders are checked all the same.
  const fallback = setTimeout(kill, FALLBACK_MS);
  if (plan.trigger === 'start') {
    schedule();
  }

  const onLine = (text: string): void => {
    let line: WriterLine;
    try {
      line = parseLine(text);
    } catch (error) {
      run.failure ??= error instanceof Error ? error.message : String(error);
      kill();
      return;
    }
    run.lines.push(line);
    follow(run, line);
    if (line.type === 'failed') {
      run.failure ??= `the writer failed: ${line.message}`;
    }
    const fires =
      (plan.trigger === 'commits' && line.type === 'committed' && run.committed.length >= plan.commits) ||
      (plan.trigger === 'export-writing' && line.type === 'phase' && line.name === 'export-writing') ||
      (line.type === 'begin' && line.begun.op === plan.trigger);
    if (fires) {
      schedule();
    }
  };

  return new Promise((resolve, reject) => {
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      const complete = pending.split('\n');
      pending = complete.pop() ?? '';
      complete.forEach(onLine);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      // The last few kilobytes are enough to say what went wrong.
      run.stderr = (run.stderr + chunk).slice(-4000);
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(fallback);
      if (timer !== null) {
        clearTimeout(timer);
      }
      if (signal !== 'SIGKILL' || !run.killed) {
        run.failure ??= `the writer ended by itself (exit code ${String(code)}, signal ${String(signal)}) before the kill`;
      }
      resolve(run);
    });
  });
}

/** Keeps track of the write under way, from the writer's begin, end and committed lines. */
function follow(run: WriterRun, line: WriterLine): void {
  switch (line.type) {
    case 'ready':
      run.ready = true;
      return;
    case 'begin':
      run.inFlight = line.begun;
      return;
    case 'end':
      run.inFlight = null;
      return;
    case 'committed':
      run.committed.push(line.write);
      // Inside a burst, the burst stays in flight until its end.
      if (run.inFlight?.op === line.write.kind) {
        run.inFlight = null;
      }
      return;
    default:
      return;
  }
}
