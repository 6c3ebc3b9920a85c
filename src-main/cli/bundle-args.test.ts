import { describe, expect, it } from 'vitest';

import type { UsageProblem } from './args';
import { parseBundleCli } from './bundle-args';

/** Matches a thrown UsageError carrying `problem`. */
function refusedWith(problem: UsageProblem): unknown {
  return expect.objectContaining({ problem });
}

const data = ['--data-dir', '/tmp/korpu'];

describe('the bundle commands’ command lines', () => {
  it('leaves the other commands to the other parser', () => {
    expect(parseBundleCli(['init', ...data])).toBeNull();
    expect(parseBundleCli([])).toBeNull();
  });

  it('reads keys show and keys export-public, --force off unless given', () => {
    expect(parseBundleCli(['keys', 'show', ...data])).toEqual({ kind: 'keys-show', dataDir: '/tmp/korpu' });
    expect(parseBundleCli(['keys', 'export-public', ...data, '--out', 'k.pub'])).toEqual({ kind: 'keys-export-public', dataDir: '/tmp/korpu', out: 'k.pub', force: false });
    expect(parseBundleCli(['keys', 'export-public', ...data, '--out', 'k.pub', '--force'])).toMatchObject({ force: true });
    expect(() => parseBundleCli(['keys', 'export-public', ...data])).toThrow(refusedWith({ key: 'missingOptions', params: { options: '--out' } }));
    expect(() => parseBundleCli(['keys'])).toThrow(refusedWith({ key: 'unknownCommand', params: { command: 'keys' } }));
    expect(() => parseBundleCli(['keys', 'turn'])).toThrow(refusedWith({ key: 'unknownCommand', params: { command: 'keys turn' } }));
  });

  it('reads keys rotate and keys export-rotation, both needing --out', () => {
    expect(parseBundleCli(['keys', 'rotate', ...data, '--out', 'r.json'])).toEqual({ kind: 'keys-rotate', dataDir: '/tmp/korpu', out: 'r.json', force: false });
    expect(parseBundleCli(['keys', 'export-rotation', ...data, '--out', 'r.json', '--force'])).toEqual({
      kind: 'keys-export-rotation',
      dataDir: '/tmp/korpu',
      out: 'r.json',
      force: true,
    });
    expect(() => parseBundleCli(['keys', 'rotate', ...data])).toThrow(refusedWith({ key: 'missingOptions', params: { options: '--out' } }));
  });

  it('takes the ministry keys from exactly one of --recipient and --file', () => {
    expect(parseBundleCli(['ministry-recipient', 'set', ...data, '--recipient', 'age1x'])).toEqual({
      kind: 'ministry-recipient-set',
      dataDir: '/tmp/korpu',
      source: { recipient: 'age1x' },
    });
    expect(parseBundleCli(['ministry-recipient', 'set', ...data, '--file', 'm.json'])).toMatchObject({ source: { file: 'm.json' } });
    for (const options of [[], ['--recipient', 'age1x', '--file', 'm.json'], ['--recipient', '']]) {
      expect(() => parseBundleCli(['ministry-recipient', 'set', ...data, ...options])).toThrow(refusedWith({ key: 'recipientOrFile', params: {} }));
    }
    expect(() => parseBundleCli(['ministry-recipient', 'show', ...data])).toThrow(refusedWith({ key: 'unknownCommand', params: { command: 'ministry-recipient show' } }));
  });

  it('reads an export, refusing an unknown profile and --include-secret outside the named profile', () => {
    expect(parseBundleCli(['export', ...data, '--profile', 'named', '--out', 'b.korpu', '--include-secret'])).toEqual({
      kind: 'export',
      args: { dataDir: '/tmp/korpu', profile: 'named', out: 'b.korpu', force: false, includeSecret: true },
    });
    expect(() => parseBundleCli(['export', ...data, '--profile', 'Named', '--out', 'b.korpu'])).toThrow(refusedWith({ key: 'unknownProfile', params: { value: 'Named' } }));
    expect(() => parseBundleCli(['export', ...data, '--profile', 'plan', '--out', 'b.korpu', '--include-secret'])).toThrow(
      refusedWith({ key: 'includeSecretNamedOnly', params: {} }),
    );
    expect(() => parseBundleCli(['export', ...data])).toThrow(refusedWith({ key: 'missingOptions', params: { options: '--profile, --out' } }));
  });

  it('reads verify with the bundle before or after --public-key, and no second file', () => {
    const expected = { kind: 'verify', file: 'b.korpu', publicKey: 'k.pub' };
    expect(parseBundleCli(['verify', 'b.korpu', '--public-key', 'k.pub'])).toEqual(expected);
    expect(parseBundleCli(['verify', '--public-key', 'k.pub', 'b.korpu', '--lang', 'az'])).toEqual(expected);
    expect(() => parseBundleCli(['verify', '--public-key', 'k.pub'])).toThrow(refusedWith({ key: 'bundleFileRequired', params: {} }));
    expect(() => parseBundleCli(['verify', 'b.korpu'])).toThrow(refusedWith({ key: 'missingOptions', params: { options: '--public-key' } }));
    expect(() => parseBundleCli(['verify', 'a.korpu', 'b.korpu', '--public-key', 'k.pub'])).toThrow(
      refusedWith({ key: 'unexpectedArgument', params: { value: 'b.korpu' } }),
    );
  });
});
