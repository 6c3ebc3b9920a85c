import { spawn } from 'node:child_process';

import type { UiLanguage } from './pages/new-resident-page';
import { REPO_ROOT } from './paths';

/** The director every E2E institution is set up with. */
export const DIRECTOR = { login: 'aynur', fullName: 'Aynur Məmmədova', password: 'Qarabağ2026!' };

/** Runs the command line as a person would, the password typed on standard input. */
export function runCli(args: readonly string[], stdin = ''): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src-main/cli/main.ts', ...args], {
      cwd: REPO_ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`korpu ${args[0]} exited with ${code}: ${output}`))));
    child.stdin.end(stdin);
  });
}

/** The institution most E2E tests use. */
export const SHEKI = { code: 'SHK-UE-03', name: 'Şəki şəhəri 3 nömrəli uşaq evi', region: 'sheki-district' } as const;

/**
 * A set-up institution whose director speaks `language`, with `demo.residents` demo children
 * (seeded); `plan: false` leaves out the demo's transformation plan, for a test that makes its own.
 */
export async function prepareInstitution(
  dataDir: string,
  language: UiLanguage,
  demo: { residents: number; seed: number; plan?: false },
  institution: { code: string; name: string; region: string } = SHEKI,
): Promise<void> {
  await runCli(
    [
      'init',
      '--data-dir',
      dataDir,
      '--institution-code',
      institution.code,
      '--institution-name',
      institution.name,
      '--region',
      institution.region,
      '--director-login',
      DIRECTOR.login,
      '--director-name',
      DIRECTOR.fullName,
      '--lang',
      language,
      '--password-stdin',
    ],
    `${DIRECTOR.password}\n`,
  );
  await runCli([
    'demo',
    '--data-dir',
    dataDir,
    '--residents',
    String(demo.residents),
    '--seed',
    String(demo.seed),
    ...(demo.plan === false ? ['--no-plan'] : []),
  ]);
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** A day as the date inputs take it (YYYY-MM-DD), in local time. */
export const isoDate = (date: Date): string => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** The local calendar day `days` from today (the preview's core and the page share this clock). */
export function dayFromToday(days: number): Date {
  const day = new Date();
  day.setHours(12, 0, 0, 0);
  day.setDate(day.getDate() + days);
  return day;
}

/** The date `years` years before `day` (28 February for a 29 February that year lacks). */
export function yearsBefore(day: Date, years: number): Date {
  const earlier = new Date(day);
  earlier.setFullYear(day.getFullYear() - years);
  if (earlier.getMonth() !== day.getMonth()) {
    earlier.setDate(0);
  }
  return earlier;
}
