import { parseArgs } from 'node:util';

import { languages } from '../contract/common';

/** Why a command line was refused; each is a translated sentence in messages.ts. */
export type UsageProblem =
  | { key: 'unknownCommand'; params: { command: string } }
  | { key: 'unknownOption'; params: { detail: string } }
  | { key: 'missingOptions'; params: { options: string } }
  | { key: 'passwordStdinRequired'; params: Record<string, never> }
  | { key: 'recoveryCodeStdinRequired'; params: Record<string, never> }
  | { key: 'badResidentCount'; params: { value: string; max: number } }
  | { key: 'badSeed'; params: { value: string; max: number } }
  | { key: 'badLanguage'; params: { value: string } }
  | { key: 'unexpectedArgument'; params: { value: string } }
  | { key: 'unknownProfile'; params: { value: string } }
  | { key: 'includeSecretNamedOnly'; params: Record<string, never> }
  | { key: 'recipientOrFile'; params: Record<string, never> }
  | { key: 'bundleFileRequired'; params: Record<string, never> }
  | { key: 'fileUnreadable'; params: { path: string; detail: string } }
  | { key: 'notPublicKey'; params: { path: string } }
  | { key: 'outExists'; params: { path: string } }
  | { key: 'outFolderMissing'; params: { path: string } }
  | { key: 'importFilesRequired'; params: Record<string, never> }
  | { key: 'unknownReferenceCode'; params: { option: string; value: string; examples: string } };

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

/** How many demo children one `demo` run may add at most. */
export const MAX_DEMO_RESIDENTS = 50_000;
/** The demo generator's seed is 32 bits. */
const MAX_SEED = 0xffff_ffff;

/** The options `demo` takes. */
/** The options `demo` takes; `plan: false` (--no-plan) leaves out the transformation plan. */
export type DemoArgs = { dataDir: string; residents: number; seed: number; plan: boolean };

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'init'; args: InitArgs }
  | { kind: 'demo'; args: DemoArgs }
  | { kind: 'recover'; dataDir: string }
  | { kind: 'audit-verify'; dataDir: string };

/** The options a command takes, as node:util parseArgs describes them. */
export type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;
/** Parsed option values by name. */
export type OptionValues = Record<string, string | boolean | undefined>;

/** Parses a command's options (and --lang, which every command takes); no positional arguments. */
export function parseOptions(args: readonly string[], options: OptionSpec): OptionValues {
  return parseCommandLine(args, options, 0).values;
}

/** Like parseOptions, with at most `maxPositionals` arguments besides the options (such as a file). */
export function parseCommandLine(args: readonly string[], options: OptionSpec, maxPositionals: number): { values: OptionValues; positionals: string[] } {
  let parsed: { values: OptionValues; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options: { ...options, lang: { type: 'string' } }, strict: true, allowPositionals: maxPositionals > 0 });
  } catch (error) {
    throw new UsageError({ key: 'unknownOption', params: { detail: error instanceof Error ? error.message : String(error) } });
  }
  const { values, positionals } = parsed;
  // A mistyped language would otherwise quietly fall back to another one.
  if (typeof values.lang === 'string' && !(languages as readonly string[]).includes(values.lang)) {
    throw new UsageError({ key: 'badLanguage', params: { value: values.lang } });
  }
  const extra = positionals[maxPositionals];
  if (extra !== undefined) {
    throw new UsageError({ key: 'unexpectedArgument', params: { value: extra } });
  }
  return { values, positionals };
}

/** Refuses the command line when any of `required` is missing or empty, naming all of them. */
export function requireOptions(values: OptionValues, required: readonly string[]): void {
  const missing = required.filter((name) => typeof values[name] !== 'string' || values[name] === '');
  if (missing.length > 0) {
    throw new UsageError({ key: 'missingOptions', params: { options: missing.map((name) => `--${name}`).join(', ') } });
  }
}

/** The value of a string option, or null when it was not given. */
export const text = (values: OptionValues, name: string): string | null =>
  typeof values[name] === 'string' ? values[name] : null;

/** Parses `argv` (without node and script) into a command; throws UsageError when it does not fit. */
export function parseCli(argv: readonly string[]): CliCommand {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    return { kind: 'help' };
  }
  if (command === 'init') {
    return { kind: 'init', args: parseInit(rest) };
  }
  if (command === 'recover') {
    const values = parseOptions(rest, { 'data-dir': { type: 'string' }, 'recovery-code-stdin': { type: 'boolean' } });
    requireOptions(values, ['data-dir']);
    if (values['recovery-code-stdin'] !== true) {
      throw new UsageError({ key: 'recoveryCodeStdinRequired', params: {} });
    }
    return { kind: 'recover', dataDir: text(values, 'data-dir')! };
  }
  if (command === 'demo') {
    return { kind: 'demo', args: parseDemo(rest) };
  }
  if (command === 'audit' && rest[0] === 'verify') {
    const values = parseOptions(rest.slice(1), { 'data-dir': { type: 'string' } });
    requireOptions(values, ['data-dir']);
    return { kind: 'audit-verify', dataDir: text(values, 'data-dir')! };
  }
  throw new UsageError({ key: 'unknownCommand', params: { command: [command, ...rest.slice(0, 1)].join(' ') } });
}

function parseInit(rest: readonly string[]): InitArgs {
  const values = parseOptions(rest, {
    'data-dir': { type: 'string' },
    'institution-code': { type: 'string' },
    'institution-name': { type: 'string' },
    'institution-type': { type: 'string' },
    region: { type: 'string' },
    'director-login': { type: 'string' },
    'director-name': { type: 'string' },
    'password-stdin': { type: 'boolean' },
  });
  requireOptions(values, ['data-dir', 'institution-code', 'institution-name', 'region', 'director-login']);
  if (values['password-stdin'] !== true) {
    throw new UsageError({ key: 'passwordStdinRequired', params: {} });
  }
  return {
    dataDir: text(values, 'data-dir')!,
    institutionCode: text(values, 'institution-code')!,
    institutionName: text(values, 'institution-name')!,
    institutionType: text(values, 'institution-type') ?? 'children_home',
    region: text(values, 'region')!,
    directorLogin: text(values, 'director-login')!,
    directorName: text(values, 'director-name'),
    language: text(values, 'lang'),
    passwordStdin: true,
  };
}

/** A whole number in [min, max] written plainly (no sign, exponent or fraction), else null. */
function wholeNumber(value: string, min: number, max: number): number | null {
  const number = Number(value);
  return /^\d+$/.test(value) && number >= min && number <= max ? number : null;
}

function parseDemo(rest: readonly string[]): DemoArgs {
  const values = parseOptions(rest, { 'data-dir': { type: 'string' }, residents: { type: 'string' }, seed: { type: 'string' }, 'no-plan': { type: 'boolean' } });
  requireOptions(values, ['data-dir', 'residents']);
  const residentsText = text(values, 'residents')!;
  const residents = wholeNumber(residentsText, 1, MAX_DEMO_RESIDENTS);
  if (residents === null) {
    throw new UsageError({ key: 'badResidentCount', params: { value: residentsText, max: MAX_DEMO_RESIDENTS } });
  }
  const seedText = text(values, 'seed') ?? '1';
  const seed = wholeNumber(seedText, 0, MAX_SEED);
  if (seed === null) {
    throw new UsageError({ key: 'badSeed', params: { value: seedText, max: MAX_SEED } });
  }
  return { dataDir: text(values, 'data-dir')!, residents, seed, plan: values['no-plan'] !== true };
}
