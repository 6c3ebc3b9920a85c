import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { openTestCore, tempDir } from '../helpers/temp-core';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI_TIMEOUT_MS = 25_000;
const PASSWORD = 'Gəncə2026yaz';
const ADDED = /^Added (\d+) residents \((\d+) skipped as duplicates\) to (.+)\.$/m;

type CliResult = { code: number | null; stdout: string; stderr: string };

/** Runs the CLI as a user would, with `stdin` piped into it. */
function runCli(args: readonly string[], stdin = ''): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src-main/cli/main.ts', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, LANG: 'C', LC_ALL: undefined, KORPU_LANG: undefined },
      timeout: CLI_TIMEOUT_MS,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

function added(result: CliResult): { added: number; skipped: number } {
  const match = ADDED.exec(result.stdout);
  expect(match, result.stdout + result.stderr).not.toBeNull();
  return { added: Number(match![1]), skipped: Number(match![2]) };
}

let dir: ReturnType<typeof tempDir>;
let dataDir: string;

beforeEach(() => {
  dir = tempDir('korpu-demo-');
  dataDir = join(dir.path, 'data');
});

afterEach(() => {
  dir.cleanup();
});

async function init(): Promise<void> {
  const result = await runCli(
    [
      'init',
      '--data-dir', dataDir,
      '--institution-code', 'BAK-UE-03',
      '--institution-name', 'Bakı şəhəri 3 nömrəli uşaq evi',
      '--region', 'baku',
      '--director-login', 'leyla',
      '--director-name', 'Leyla Hüseynova',
      '--password-stdin',
    ],
    `${PASSWORD}\n`,
  );
  expect(result.code, result.stderr).toBe(0);
}

/** What the director sees after signing in: the list total, some names, the dashboard. */
async function register() {
  const core = await openTestCore(dataDir);
  try {
    const window = core.connection();
    await window.signIn('leyla', PASSWORD);
    const list = await window.call('residents.list', { filter: {} });
    const dashboard = await window.call('dashboard.get', {});
    const sqlite = core.core.deps.db.$client;
    const count = (table: string): number => (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { list, dashboard, familyMembers: count('family_members'), notes: count('progress_notes') };
  } finally {
    core.close();
  }
}

describe('demo data from the CLI', () => {
  it('fills a set-up installation with Azerbaijani children the app lists and counts', async () => {
    await init();
    const result = await runCli(['demo', '--data-dir', dataDir, '--residents', '200', '--seed', '7']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('200 of 200 children');
    const first = added(result);
    expect(first.added + first.skipped).toBe(200);

    const { list, dashboard, familyMembers, notes } = await register();
    expect(list.total).toBe(200 - first.skipped);
    const names = list.rows.map((row) => `${row.surname} ${row.firstName} ${row.patronymic ?? ''}`).join('\n');
    expect(names).toMatch(/[əğıöüçşİ]/);
    expect(names).toMatch(/ qızı$/m);
    expect(names).toMatch(/ oğlu$/m);
    expect(familyMembers).toBeGreaterThan(0);
    expect(notes).toBeGreaterThan(0);

    // The demo's care pathway has some children leave: the dashboard counts those still here.
    const present = list.rows.filter((row) => row.status !== 'exited');
    expect(present.length).toBeLessThan(list.total);
    const byAgeGroup = dashboard.inResidence.byAgeGroup.reduce((sum, group) => sum + group.male + group.female, 0);
    expect(dashboard.inResidence.total).toBe(present.length);
    expect(byAgeGroup).toBe(present.length);
    expect(dashboard.inResidence.withDisability).toBe(present.filter((row) => row.disability).length);
    expect(dashboard.inResidence.withDisability).toBeGreaterThan(0);
    expect(dashboard.admissionsThisYear).toBeLessThanOrEqual(list.total);

    // Every demo write is in the audit trail, and the trail still verifies.
    const audit = await runCli(['audit', 'verify', '--data-dir', dataDir]);
    expect(audit.code, audit.stderr).toBe(0);
  });

  // Three CLI runs and twice 200 demo children: slow on a loaded two-core machine.
  it('skips the same children on a second run with the same seed instead of registering them twice', async () => {
    await init();
    expect((await runCli(['demo', '--data-dir', dataDir, '--residents', '200', '--seed', '7'])).code).toBe(0);
    const before = await register();

    const again = await runCli(['demo', '--data-dir', dataDir, '--residents', '200', '--seed', '7']);
    expect(again.code, again.stderr).toBe(0);
    expect(added(again)).toEqual({ added: 0, skipped: 200 });
    const after = await register();
    expect(after.list.total).toBe(before.list.total);
    expect(after.familyMembers).toBe(before.familyMembers);
    expect(after.notes).toBe(before.notes);
  }, 120_000);

  it('refuses a data directory that is not set up, in the chosen language, and creates nothing there', async () => {
    const result = await runCli(['demo', '--data-dir', dataDir, '--residents', '10', '--lang', 'az']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Körpü hələ quraşdırılmayıb.');
    expect(existsSync(dataDir)).toBe(false);
  });

  it('refuses a resident count out of range as a bad argument', async () => {
    const result = await runCli(['demo', '--data-dir', dataDir, '--residents', '50001']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--residents must be a whole number from 1 to 50000');
  });
});
