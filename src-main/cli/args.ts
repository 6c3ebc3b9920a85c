import { parseArgs } from 'node:util';

/** Why a command line was refused; each is a translated sentence in messages.ts. */
export type UsageProblem =
  | { key: 'unknownCommand'; params: { command: string } }
  | { key: 'unknownOption'; params: { detail: string } }
  | { key: 'missingOptions'; params: { options: string } }
  | { key: 'passwordStdinRequired'; params: Record<string, never> };

/** A bad command line: printed with a hint to --help, exit code 2. */
export class UsageError extends Error {
  readonly problem: UsageProblem;

  constructor(problem: UsageProblem) {
    super(problem.key);
    this.problem = problem;
  }
}

/** The options `init` takes; the institution's other details can be completed in Settings. */
export type InitArgs = {
  dataDir: string;
  institutionCode: string;
  institutionName: string;
  institutionType: string;
  region: string;
  directorLogin: string;
  directorName: string | null;
  language: string | null;
  passwordStdin: true;
};

export type CliCommand = { kind: 'help' } | { kind: 'init'; args: InitArgs };

/** Parses `argv` (without node and script) into a command; throws UsageError when it does not fit. */
export function parseCli(argv: readonly string[]): CliCommand {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    return { kind: 'help' };
  }
  if (command !== 'init') {
    throw new UsageError({ key: 'unknownCommand', params: { command } });
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...rest],
      options: {
        'data-dir': { type: 'string' },
        'institution-code': { type: 'string' },
        'institution-name': { type: 'string' },
        'institution-type': { type: 'string' },
        region: { type: 'string' },
        'director-login': { type: 'string' },
        'director-name': { type: 'string' },
        'password-stdin': { type: 'boolean' },
        lang: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError({ key: 'unknownOption', params: { detail: error instanceof Error ? error.message : String(error) } });
  }
  const required = ['data-dir', 'institution-code', 'institution-name', 'region', 'director-login'] as const;
  const missing = required.filter((name) => typeof values[name] !== 'string' || values[name] === '');
  if (missing.length > 0) {
    throw new UsageError({ key: 'missingOptions', params: { options: missing.map((name) => `--${name}`).join(', ') } });
  }
  if (values['password-stdin'] !== true) {
    throw new UsageError({ key: 'passwordStdinRequired', params: {} });
  }
  const text = (name: string): string | null => (typeof values[name] === 'string' ? (values[name]) : null);
  return {
    kind: 'init',
    args: {
      dataDir: text('data-dir')!,
      institutionCode: text('institution-code')!,
      institutionName: text('institution-name')!,
      institutionType: text('institution-type') ?? 'children_home',
      region: text('region')!,
      directorLogin: text('director-login')!,
      directorName: text('director-name'),
      language: text('lang'),
      passwordStdin: true,
    },
  };
}
