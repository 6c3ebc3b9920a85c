import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { openTestCore, tempDir } from '../helpers/temp-core';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI_TIMEOUT_MS = 25_000;
const PASSWORD = 'Gəncə2026yaz';

type CliResult = { code: number | null; stdout: string; stderr: string };

/** Runs the CLI as a user would, with `stdin` typed (or piped) into it. */
function runCli(args: readonly string[], stdin = ''): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src-main/cli/main.ts', ...args], {
      cwd: REPO_ROOT,
      // A neutral locale, so that only --lang chooses the language of the messages.
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

let dir: ReturnType<typeof tempDir>;
let dataDir: string;

beforeEach(() => {
  dir = tempDir('korpu-cli-');
  // Not created: init must create the data directory itself.
  dataDir = join(dir.path, 'data');
});

afterEach(() => {
  dir.cleanup();
});

function initArgs(overrides: Record<string, string> = {}): string[] {
  const options: Record<string, string> = {
    '--data-dir': dataDir,
    '--institution-code': 'gnc-ue-02',
    '--institution-name': 'Gəncə şəhəri 2 nömrəli uşaq evi',
    '--region': 'baku',
    '--director-login': 'Leyla',
    '--director-name': 'Leyla Hüseynova',
    '--lang': 'en',
    ...overrides,
  };
  return ['init', ...Object.entries(options).flat(), '--password-stdin'];
}

async function appInfoOf(path: string): Promise<{ setupComplete: boolean; institutionName: string | null }> {
  const core = await openTestCore(path);
  try {
    return await core.connection().call('app.info', {});
  } finally {
    core.close();
  }
}

describe('korpu CLI', () => {
  it('shows its help, listing init', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\s+init\s/m);
  });

  it('sets up an installation the app can then open and sign in to', async () => {
    const result = await runCli(initArgs(), `${PASSWORD}\n`);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^.*GNC-UE-02.*$/m);

    const core = await openTestCore(dataDir);
    try {
      const connection = core.connection();
      expect(await connection.call('app.info', {})).toMatchObject({
        setupComplete: true,
        institutionName: 'Gəncə şəhəri 2 nömrəli uşaq evi',
      });
      expect(await connection.call('auth.login', { login: 'leyla', password: PASSWORD })).toMatchObject({
        session: { user: { login: 'leyla', role: 'director', fullName: 'Leyla Hüseynova' } },
      });
    } finally {
      core.close();
    }
  });

  it('refuses to set up an installation twice and changes nothing', async () => {
    expect((await runCli(initArgs(), `${PASSWORD}\n`)).code).toBe(0);
    const again = await runCli(initArgs({ '--institution-name': 'Another name' }), `${PASSWORD}\n`);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already set up');
    expect(await appInfoOf(dataDir)).toMatchObject({ institutionName: 'Gəncə şəhəri 2 nömrəli uşaq evi' });
  });

  it('names the options that are missing', async () => {
    const result = await runCli(['init', '--data-dir', dataDir, '--password-stdin'], `${PASSWORD}\n`);
    expect(result.code).toBe(2);
    for (const option of ['--institution-code', '--institution-name', '--region', '--director-login']) {
      expect(result.stderr).toContain(option);
    }
    expect(existsSync(dataDir)).toBe(false);
  });

  it('refuses an unknown command', async () => {
    const result = await runCli(['destroy']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "destroy"');
  });

  it('refuses a weak password, says why, and leaves no database behind', async () => {
    const result = await runCli(initArgs(), 'short\n');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Refused');
    expect(result.stderr).toContain('director.password: At least 10 characters.');
    expect(existsSync(join(dataDir, 'korpu.db'))).toBe(false);
  });

  it('refuses an unknown region with the translated message and leaves no database nor key behind', async () => {
    const result = await runCli(initArgs({ '--region': 'atlantis' }), `${PASSWORD}\n`);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('regionCode: Choose a value from the list.');
    for (const file of ['korpu.db', 'korpu.db-wal', 'korpu.db-shm', join('secrets', 'database-key.key')]) {
      expect(existsSync(join(dataDir, file)), file).toBe(false);
    }
  });

  it('then accepts a corrected init in the same data directory', async () => {
    expect((await runCli(initArgs({ '--region': 'atlantis' }), `${PASSWORD}\n`)).code).toBe(2);
    expect((await runCli(initArgs(), `${PASSWORD}\n`)).code).toBe(0);
    expect(await appInfoOf(dataDir)).toMatchObject({ setupComplete: true });
  });

  it('speaks Azerbaijani with --lang az, on success and on refusal', async () => {
    const done = await runCli(initArgs({ '--lang': 'az' }), `${PASSWORD}\n`);
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('quraşdırıldı');
    const refused = await runCli(initArgs({ '--lang': 'az' }), `${PASSWORD}\n`);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Rədd edildi');
  });

  it('refuses to run without --password-stdin, so a password never sits in the arguments', async () => {
    const args = initArgs().filter((arg) => arg !== '--password-stdin');
    const result = await runCli(args, `${PASSWORD}\n`);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--password-stdin');
    expect(existsSync(join(dataDir, 'korpu.db'))).toBe(false);
  });
});
