import type { OptionValues } from './args';
import { parseCommandLine, parseOptions, requireOptions, text, UsageError } from './args';

/** The name a ministry installation gets when `ministry init` is not given `--name`. */
export const DEFAULT_MINISTRY_NAME = 'Təhsil Nazirliyi';

/** The options `ministry enroll` takes; name, region and type are optional. */
export type EnrollArgs = { dataDir: string; code: string; publicKey: string; name: string | null; region: string | null; type: string | null };

/** The ministry's commands of issue 8: its installation, the registry, import and receipts. */
export type MinistryCommand =
  | { kind: 'ministry-init'; dataDir: string; name: string }
  | { kind: 'ministry-recipient'; dataDir: string; out: string | null; force: boolean }
  | { kind: 'ministry-enroll'; args: EnrollArgs }
  | { kind: 'ministry-import'; dataDir: string; files: string[]; dryRun: boolean; json: boolean }
  | { kind: 'ministry-receipt'; dataDir: string; bundle: string; out: string; force: boolean };

const dataDir = { 'data-dir': { type: 'string' } } as const;
const outFile = { out: { type: 'string' }, force: { type: 'boolean' } } as const;

/**
 * Parses a `ministry …` command; null when `argv` names another command (`ministry-recipient` is the
 * institution's). Throws UsageError when the command line does not fit.
 */
export function parseMinistryCli(argv: readonly string[]): MinistryCommand | null {
  const [command, sub, ...rest] = argv;
  if (command !== 'ministry') {
    return null;
  }
  switch (sub) {
    case 'init':
      return parseInit(rest);
    case 'recipient': {
      const values = parseOptions(rest, { ...dataDir, ...outFile });
      requireOptions(values, ['data-dir']);
      const out = optional(values, 'out');
      return { kind: 'ministry-recipient', dataDir: text(values, 'data-dir')!, out, force: values.force === true };
    }
    case 'enroll':
      return { kind: 'ministry-enroll', args: parseEnroll(rest) };
    case 'import':
      return parseImport(rest);
    case 'receipt': {
      const values = parseOptions(rest, { ...dataDir, ...outFile, bundle: { type: 'string' } });
      requireOptions(values, ['data-dir', 'bundle', 'out']);
      return { kind: 'ministry-receipt', dataDir: text(values, 'data-dir')!, bundle: text(values, 'bundle')!, out: text(values, 'out')!, force: values.force === true };
    }
    default:
      throw new UsageError({ key: 'unknownCommand', params: { command: [command, sub].filter((part) => part !== undefined).join(' ') } });
  }
}

function parseInit(rest: readonly string[]): MinistryCommand {
  const values = parseOptions(rest, { ...dataDir, name: { type: 'string' } });
  requireOptions(values, ['data-dir']);
  return { kind: 'ministry-init', dataDir: text(values, 'data-dir')!, name: optional(values, 'name') ?? DEFAULT_MINISTRY_NAME };
}

function parseEnroll(rest: readonly string[]): EnrollArgs {
  const values = parseOptions(rest, {
    ...dataDir,
    'institution-code': { type: 'string' },
    'public-key': { type: 'string' },
    name: { type: 'string' },
    region: { type: 'string' },
    type: { type: 'string' },
  });
  requireOptions(values, ['data-dir', 'institution-code', 'public-key']);
  return {
    dataDir: text(values, 'data-dir')!,
    code: text(values, 'institution-code')!,
    publicKey: text(values, 'public-key')!,
    name: optional(values, 'name'),
    region: optional(values, 'region'),
    type: optional(values, 'type'),
  };
}

function parseImport(rest: readonly string[]): MinistryCommand {
  const { values, positionals } = parseCommandLine(rest, { ...dataDir, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } }, Number.POSITIVE_INFINITY);
  requireOptions(values, ['data-dir']);
  if (positionals.length === 0 || positionals.includes('')) {
    throw new UsageError({ key: 'importFilesRequired', params: {} });
  }
  return { kind: 'ministry-import', dataDir: text(values, 'data-dir')!, files: positionals, dryRun: values['dry-run'] === true, json: values.json === true };
}

/** An optional string option: null when not given; given but empty is refused like a missing one. */
function optional(values: OptionValues, name: string): string | null {
  const value = text(values, name);
  if (value === '') {
    throw new UsageError({ key: 'missingOptions', params: { options: `--${name}` } });
  }
  return value;
}
