import { parseOptions, requireOptions, text, UsageError } from './args';

/** `backup` and `restore` (issue 9). */
export type BackupCommand =
  | { kind: 'backup'; dataDir: string; out: string | null; passphraseStdin: boolean; force: boolean }
  | { kind: 'restore'; dataDir: string; from: string; passphraseStdin: boolean };

/** Parses `backup …` or `restore …`; null for another command. Throws UsageError when it does not fit. */
export function parseBackupCli(argv: readonly string[]): BackupCommand | null {
  const [command, ...rest] = argv;
  if (command === 'backup') {
    const values = parseOptions(rest, { 'data-dir': { type: 'string' }, out: { type: 'string' }, 'passphrase-stdin': { type: 'boolean' }, force: { type: 'boolean' } });
    requireOptions(values, ['data-dir']);
    const out = text(values, 'out');
    const passphraseStdin = values['passphrase-stdin'] === true;
    // A backup that leaves the machine is encrypted with a passphrase; one kept here takes none.
    if ((out === null) !== !passphraseStdin) {
      throw new UsageError({ key: 'missingOptions', params: { options: out === null ? '--out' : '--passphrase-stdin' } });
    }
    return { kind: 'backup', dataDir: text(values, 'data-dir')!, out, passphraseStdin, force: values.force === true };
  }
  if (command === 'restore') {
    const values = parseOptions(rest, { 'data-dir': { type: 'string' }, from: { type: 'string' }, 'passphrase-stdin': { type: 'boolean' } });
    requireOptions(values, ['data-dir', 'from']);
    return { kind: 'restore', dataDir: text(values, 'data-dir')!, from: text(values, 'from')!, passphraseStdin: values['passphrase-stdin'] === true };
  }
  return null;
}
