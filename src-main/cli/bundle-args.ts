import type { ExportProfile } from '../contract/bundle-payload';
import { exportProfiles } from '../contract/bundle-payload';
import { parseCommandLine, parseOptions, requireOptions, text, UsageError } from './args';

/** Where the ministry's keys come from: a pasted `age1…` recipient or the ministry's key file. */
export type MinistrySource = { recipient: string } | { file: string };

/** The options `export` takes. */
export type ExportArgs = { dataDir: string; profile: ExportProfile; out: string; force: boolean; includeSecret: boolean };

/** The bundle commands of issue 7: the institution's keys, the ministry's keys, export and verify. */
export type BundleCommand =
  | { kind: 'keys-show'; dataDir: string }
  | { kind: 'keys-export-public'; dataDir: string; out: string; force: boolean }
  | { kind: 'keys-rotate'; dataDir: string; out: string; force: boolean }
  | { kind: 'keys-export-rotation'; dataDir: string; out: string; force: boolean }
  | { kind: 'ministry-recipient-set'; dataDir: string; source: MinistrySource }
  | { kind: 'export'; args: ExportArgs }
  | { kind: 'verify'; file: string; publicKey: string };

const dataDir = { 'data-dir': { type: 'string' } } as const;
const outFile = { out: { type: 'string' }, force: { type: 'boolean' } } as const;

/**
 * Parses a bundle command (`keys …`, `ministry-recipient …`, `export`, `verify`); null when `argv`
 * names another command. Throws UsageError when the command line does not fit.
 */
export function parseBundleCli(argv: readonly string[]): BundleCommand | null {
  const [command, sub, ...rest] = argv;
  switch (command) {
    case 'keys':
      return parseKeys(sub, rest);
    case 'ministry-recipient':
      if (sub !== 'set') {
        throw unknownSubcommand(command, sub);
      }
      return parseMinistryRecipient(rest);
    case 'export':
      return { kind: 'export', args: parseExport(argv.slice(1)) };
    case 'verify':
      return parseVerify(argv.slice(1));
    default:
      return null;
  }
}

function parseKeys(sub: string | undefined, rest: readonly string[]): BundleCommand {
  if (sub === 'show') {
    const values = parseOptions(rest, dataDir);
    requireOptions(values, ['data-dir']);
    return { kind: 'keys-show', dataDir: text(values, 'data-dir')! };
  }
  const withOut = { 'export-public': 'keys-export-public', rotate: 'keys-rotate', 'export-rotation': 'keys-export-rotation' } as const;
  if (sub === 'export-public' || sub === 'rotate' || sub === 'export-rotation') {
    const values = parseOptions(rest, { ...dataDir, ...outFile });
    requireOptions(values, ['data-dir', 'out']);
    return { kind: withOut[sub], dataDir: text(values, 'data-dir')!, out: text(values, 'out')!, force: values.force === true };
  }
  throw unknownSubcommand('keys', sub);
}

function parseMinistryRecipient(rest: readonly string[]): BundleCommand {
  const values = parseOptions(rest, { ...dataDir, recipient: { type: 'string' }, file: { type: 'string' } });
  requireOptions(values, ['data-dir']);
  const recipient = text(values, 'recipient');
  const file = text(values, 'file');
  // Exactly one: with both, which one was meant is a guess, and a wrong guess changes the encryption key.
  if ((recipient === null || recipient === '') === (file === null || file === '')) {
    throw new UsageError({ key: 'recipientOrFile', params: {} });
  }
  return { kind: 'ministry-recipient-set', dataDir: text(values, 'data-dir')!, source: recipient ? { recipient } : { file: file! } };
}

function parseExport(rest: readonly string[]): ExportArgs {
  const values = parseOptions(rest, { ...dataDir, ...outFile, profile: { type: 'string' }, 'include-secret': { type: 'boolean' } });
  requireOptions(values, ['data-dir', 'profile', 'out']);
  const profileText = text(values, 'profile')!;
  const profile = exportProfiles.find((candidate) => candidate === profileText);
  if (profile === undefined) {
    throw new UsageError({ key: 'unknownProfile', params: { value: profileText } });
  }
  const includeSecret = values['include-secret'] === true;
  // Quietly ignoring it would let the director believe the secret records went to the ministry.
  if (includeSecret && profile !== 'named') {
    throw new UsageError({ key: 'includeSecretNamedOnly', params: {} });
  }
  return { dataDir: text(values, 'data-dir')!, profile, out: text(values, 'out')!, force: values.force === true, includeSecret };
}

function parseVerify(rest: readonly string[]): BundleCommand {
  const { values, positionals } = parseCommandLine(rest, { 'public-key': { type: 'string' } }, 1);
  const [file] = positionals;
  if (file === undefined || file === '') {
    throw new UsageError({ key: 'bundleFileRequired', params: {} });
  }
  requireOptions(values, ['public-key']);
  return { kind: 'verify', file, publicKey: text(values, 'public-key')! };
}

function unknownSubcommand(command: string, sub: string | undefined): UsageError {
  return new UsageError({ key: 'unknownCommand', params: { command: [command, sub].filter((part) => part !== undefined).join(' ') } });
}
