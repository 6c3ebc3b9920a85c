import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterEach, describe, expect, it } from 'vitest';

import { fileSecretStore } from '../../src-main/platform/file-secret-store';
import { recoverDatabaseKey } from '../../src-main/services/recovery/recover';
import type { TestCore } from '../helpers/temp-core';
import { openTestCore, sampleSetup, tempDir } from '../helpers/temp-core';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI_TIMEOUT_MS = 25_000;

const opened: TestCore[] = [];
const dirs: { cleanup(): void }[] = [];
afterEach(() => {
  opened.splice(0).forEach((core) => core.close());
  dirs.splice(0).forEach((dir) => dir.cleanup());
});

async function open(dataDir: string): Promise<TestCore> {
  const core = await openTestCore(dataDir);
  opened.push(core);
  return core;
}

function close(core: TestCore): void {
  core.close();
  opened.splice(opened.indexOf(core), 1);
}

const keyFile = (dataDir: string): string => join(dataDir, 'secrets', 'database-key.key');
const recoveryFile = (dataDir: string): string => join(dataDir, 'recovery', 'database-key.json');
const CROCKFORD_GROUP = '[0-9ABCDEFGHJKMNPQRSTVWXYZ]{5}';

/** A set-up installation with some records, closed; with the recovery code setup showed once. */
async function installation() {
  const dir = tempDir('korpu-recovery-');
  dirs.push(dir);
  const core = await open(dir.path);
  const window = core.connection();
  const { recoveryCode } = await window.call('setup.complete', sampleSetup);
  await window.signIn(sampleSetup.director.login, sampleSetup.director.password);
  await core.addUser(window, 'kamran', 'staff');
  await window.call('institution.update', { ...sampleSetup.institution, phone: '+994 50 123 45 67' });
  const before = {
    profile: await window.call('institution.get', {}),
    users: await window.call('users.list', {}),
    entries: (await window.call('audit.verify', {})).checked,
  };
  const log = JSON.stringify(core.logger.entries);
  close(core);
  return { dataDir: dir.path, recoveryCode, before, log };
}

/** The same code with its first symbol changed: well-formed, but not this installation's. */
function otherCode(code: string): string {
  return `${code.startsWith('A') ? 'B' : 'A'}${code.slice(1)}`;
}

/** What a director sees after signing in to the (reopened) installation. */
async function signedInView(dataDir: string) {
  const core = await open(dataDir);
  const window = core.connection();
  await window.signIn(sampleSetup.director.login, sampleSetup.director.password);
  return { core, window };
}

type CliResult = { code: number | null; stdout: string; stderr: string };

/** Runs the CLI as a user would, with `stdin` typed (or piped) into it. */
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

describe('the recovery code', () => {
  it('is shown once at setup as five groups of five symbols, and the key is kept only wrapped by it', async () => {
    const { dataDir, recoveryCode, log } = await installation();
    expect(recoveryCode).toMatch(new RegExp(`^${CROCKFORD_GROUP}(-${CROCKFORD_GROUP}){4}$`));

    const keyHex = readFileSync(keyFile(dataDir), 'utf8')
      .split('\n')
      .find((line) => /^[0-9a-f]{64}$/.test(line));
    expect(keyHex).toBeDefined();
    const wrapped = readFileSync(recoveryFile(dataDir), 'utf8');
    if (process.platform !== 'win32') {
      expect(statSync(recoveryFile(dataDir)).mode & 0o777).toBe(0o600);
    }
    const key = Buffer.from(keyHex!, 'hex');
    for (const form of [keyHex!, keyHex!.toUpperCase(), key.toString('base64'), recoveryCode, recoveryCode.replace(/-/g, '')]) {
      expect(wrapped).not.toContain(form);
      expect(log).not.toContain(form);
    }
  });
});

describe('recovering the database key', () => {
  it('cannot open the records once the key is gone from this machine', async () => {
    const { dataDir } = await installation();
    rmSync(keyFile(dataDir));
    await expect(openTestCore(dataDir)).rejects.toMatchObject({ code: 'DB_KEY_MISSING' });
  });

  it('refuses a wrong code and stores nothing', async () => {
    const { dataDir, recoveryCode } = await installation();
    rmSync(keyFile(dataDir));
    const secrets = fileSecretStore(join(dataDir, 'secrets'));
    await expect(recoverDatabaseKey(dataDir, otherCode(recoveryCode), secrets)).rejects.toMatchObject({ code: 'RECOVERY_CODE_INVALID' });
    await expect(recoverDatabaseKey(dataDir, 'not a code', secrets)).rejects.toMatchObject({ code: 'RECOVERY_CODE_INVALID' });
    expect(existsSync(keyFile(dataDir))).toBe(false);
    await expect(openTestCore(dataDir)).rejects.toMatchObject({ code: 'DB_KEY_MISSING' });
  });

  it('with the right code, typed in lower case without hyphens, makes every record readable again', async () => {
    const { dataDir, recoveryCode, before } = await installation();
    rmSync(keyFile(dataDir));
    const typed = recoveryCode.toLowerCase().replace(/-/g, '');
    await expect(recoverDatabaseKey(dataDir, typed, fileSecretStore(join(dataDir, 'secrets')))).resolves.toBeUndefined();

    const { window } = await signedInView(dataDir);
    expect(await window.call('institution.get', {})).toEqual(before.profile);
    expect(await window.call('users.list', {})).toEqual(before.users);
    // Every earlier entry, and this sign-in.
    expect(await window.call('audit.verify', {})).toEqual({ ok: true, checked: before.entries + 1, firstBadSeq: null, problem: null });
    const { entries } = await window.call('audit.list', { filter: { action: 'create' } });
    expect(entries.map((entry) => entry.changes.login?.after)).toEqual(['kamran', 'aynur']);
  });
});

describe('korpu recover (CLI)', () => {
  it('refuses to run without --recovery-code-stdin, refuses a wrong code, and stores nothing', { timeout: 90_000 }, async () => {
    const { dataDir, recoveryCode } = await installation();
    rmSync(keyFile(dataDir));

    const noStdin = await runCli(['recover', '--data-dir', dataDir, '--lang', 'en'], `${recoveryCode}\n`);
    expect(noStdin.code).toBe(2);
    expect(noStdin.stderr).toContain('--recovery-code-stdin');

    const wrong = await runCli(['recover', '--data-dir', dataDir, '--recovery-code-stdin', '--lang', 'en'], `${otherCode(recoveryCode)}\n`);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('does not open this installation');
    expect(existsSync(keyFile(dataDir))).toBe(false);
  });

  it('puts the key back from the code on standard input and records the recovery', { timeout: 90_000 }, async () => {
    const { dataDir, recoveryCode, before } = await installation();
    rmSync(keyFile(dataDir));

    const result = await runCli(['recover', '--data-dir', dataDir, '--recovery-code-stdin', '--lang', 'en'], `${recoveryCode}\n`);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('the records are readable');

    const { window } = await signedInView(dataDir);
    expect(await window.call('institution.get', {})).toEqual(before.profile);
    const { entries } = await window.call('audit.list', { filter: { action: 'recovery' } });
    expect(entries).toEqual([
      expect.objectContaining({ procedure: 'cli.recover', actorId: null, entityType: 'institution', seq: before.entries + 1 }),
    ]);
    expect(await window.call('audit.verify', {})).toEqual({ ok: true, checked: before.entries + 2, firstBadSeq: null, problem: null });
  });
});
