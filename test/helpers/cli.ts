import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The command line as a user runs it, for the CLI's integration tests: a child process per command,
 * stock tools (minisign, age, unzip, tar) that check our files without our code, and the state of a
 * data folder to show that a refused command left it as it was.
 */

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** How a command ended and what it printed. */
export type CliResult = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

/** Starts the CLI as a user would, with a neutral locale so that only --lang chooses the language. */
export function startCli(args: readonly string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', 'src-main/cli/main.ts', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, LANG: 'C', LC_ALL: undefined, KORPU_LANG: undefined },
    timeout: 90_000,
  });
}

/** Runs the CLI to its end; `stdin` is written to it, `onStderr` sees standard error as it arrives. */
export function runCli(args: readonly string[], stdin = '', onStderr?: (text: string, child: ChildProcessWithoutNullStreams) => void): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = startCli(args);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      onStderr?.(stderr, child);
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const TOOL_PACKAGES = { minisign: 'minisign', age: 'age', 'age-keygen': 'age', unzip: 'unzip', tar: 'tar' } as const;

/** Runs a stock tool; a missing one fails the test: the formats must be checked without our code. */
export function stock(tool: keyof typeof TOOL_PACKAGES, args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(tool, args, { encoding: 'utf8', timeout: 60_000 });
  if (result.error !== undefined && 'code' in result.error && result.error.code === 'ENOENT') {
    throw new Error(`${tool} is not installed. Install it (Debian: apt-get install ${TOOL_PACKAGES[tool]}): our files must be checked with the stock tools.`);
  }
  if (result.error !== undefined) {
    throw result.error;
  }
  return result;
}

/** SHA-256 of some bytes, hex. */
export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The import history's place in a data folder (paths.ts `importHistory`). */
export const IMPORT_HISTORY = join('imports', 'history.jsonl');

/**
 * The SHA-256 of every file of a data folder but its logs, its backups (the day's first start and
 * every import make one of the database as it was) and, unless asked, its import history (which
 * keeps every attempt, rejections included, beside the database): database, WAL, keys.
 */
export function folderState(root: string, withHistory = false): Record<string, string> {
  const state: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const name = relative(root, join(entry.parentPath, entry.name));
    if (entry.isFile() && !name.startsWith(`logs${sep}`) && !name.startsWith(`backups${sep}`) && (withHistory || name !== IMPORT_HISTORY)) {
      state[name] = sha256(readFileSync(join(root, name)));
    }
  }
  return state;
}

/** A data folder as it was before a command: every file's hash, and the import history's bytes. */
export type FolderBefore = { state: Record<string, string>; history: Buffer };

/** Notes a data folder's state, to compare with `folderState` and `attemptsSince` afterwards. */
export function folderBefore(root: string): FolderBefore {
  return { state: folderState(root), history: historyBytes(root) };
}

/**
 * The attempts a command added to the import history since `before`, parsed; throws when the
 * history was changed otherwise (the earlier lines rewritten, or a line left without its end).
 */
export function attemptsSince(root: string, before: FolderBefore): unknown[] {
  const after = historyBytes(root);
  if (!after.subarray(0, before.history.length).equals(before.history)) {
    throw new Error('The import history was rewritten, not appended to');
  }
  const added = after.subarray(before.history.length).toString('utf8');
  if (added !== '' && !added.endsWith('\n')) {
    throw new Error(`The import history ends in a line cut short: ${JSON.stringify(added.slice(-80))}`);
  }
  return added === '' ? [] : added.slice(0, -1).split('\n').map((line) => JSON.parse(line) as unknown);
}

function historyBytes(root: string): Buffer {
  const file = join(root, IMPORT_HISTORY);
  return existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
}
