import { describe, expect, it } from 'vitest';

import type { UsageProblem } from './args';
import { DEFAULT_MINISTRY_NAME, parseMinistryCli } from './ministry-args';

/** Matches a thrown UsageError carrying `problem`. */
function refusedWith(problem: UsageProblem): unknown {
  return expect.objectContaining({ problem });
}

const data = ['--data-dir', '/tmp/m'];

describe('the ministry commands’ command lines', () => {
  it('leaves the other commands, the institution’s ministry-recipient among them, to the other parsers', () => {
    expect(parseMinistryCli(['ministry-recipient', 'set', ...data])).toBeNull();
    expect(parseMinistryCli([])).toBeNull();
  });

  it('reads init with its default name, and recipient with and without --out', () => {
    expect(parseMinistryCli(['ministry', 'init', ...data])).toEqual({ kind: 'ministry-init', dataDir: '/tmp/m', name: DEFAULT_MINISTRY_NAME });
    expect(parseMinistryCli(['ministry', 'init', ...data, '--name', 'DUMİ'])).toMatchObject({ name: 'DUMİ' });
    expect(() => parseMinistryCli(['ministry', 'init', ...data, '--name', ''])).toThrow(refusedWith({ key: 'missingOptions', params: { options: '--name' } }));
    expect(parseMinistryCli(['ministry', 'recipient', ...data])).toEqual({ kind: 'ministry-recipient', dataDir: '/tmp/m', out: null, force: false });
    expect(parseMinistryCli(['ministry', 'recipient', ...data, '--out', 'm.json', '--force'])).toMatchObject({ out: 'm.json', force: true });
  });

  it('reads enroll, with name, region and type optional', () => {
    expect(parseMinistryCli(['ministry', 'enroll', ...data, '--institution-code', 'BAK-UE-01', '--public-key', 'k.pub'])).toEqual({
      kind: 'ministry-enroll',
      args: { dataDir: '/tmp/m', code: 'BAK-UE-01', publicKey: 'k.pub', name: null, region: null, type: null },
    });
    expect(parseMinistryCli(['ministry', 'enroll', ...data, '--institution-code', 'C', '--public-key', 'k', '--region', 'baku', '--type', 'children_home'])).toMatchObject({
      args: { region: 'baku', type: 'children_home' },
    });
    expect(() => parseMinistryCli(['ministry', 'enroll', ...data])).toThrow(refusedWith({ key: 'missingOptions', params: { options: '--institution-code, --public-key' } }));
  });

  it('reads import with any number of files, and refuses it without one', () => {
    expect(parseMinistryCli(['ministry', 'import', ...data, 'a.korpu', '--dry-run', 'b.korpu', '--json', 'c.korpu'])).toEqual({
      kind: 'ministry-import',
      dataDir: '/tmp/m',
      files: ['a.korpu', 'b.korpu', 'c.korpu'],
      dryRun: true,
      json: true,
    });
    expect(parseMinistryCli(['ministry', 'import', ...data, 'a.korpu'])).toMatchObject({ dryRun: false, json: false });
    expect(() => parseMinistryCli(['ministry', 'import', ...data])).toThrow(refusedWith({ key: 'importFilesRequired', params: {} }));
    expect(() => parseMinistryCli(['ministry', 'import', ...data, '--dryrun', 'a.korpu'])).toThrow(refusedWith(expect.objectContaining({ key: 'unknownOption' }) as UsageProblem));
  });

  it('reads receipt, which needs the bundle and the output file; refuses an unknown subcommand', () => {
    expect(parseMinistryCli(['ministry', 'receipt', ...data, '--bundle', 'b.korpu', '--out', 'r.korpu-receipt'])).toEqual({
      kind: 'ministry-receipt',
      dataDir: '/tmp/m',
      bundle: 'b.korpu',
      out: 'r.korpu-receipt',
      force: false,
    });
    expect(() => parseMinistryCli(['ministry', 'receipt', ...data, '--bundle', 'b.korpu'])).toThrow(refusedWith({ key: 'missingOptions', params: { options: '--out' } }));
    expect(() => parseMinistryCli(['ministry', 'revoke', ...data])).toThrow(refusedWith({ key: 'unknownCommand', params: { command: 'ministry revoke' } }));
    expect(() => parseMinistryCli(['ministry'])).toThrow(refusedWith({ key: 'unknownCommand', params: { command: 'ministry' } }));
  });
});
