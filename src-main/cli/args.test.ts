import { describe, expect, it } from 'vitest';

import type { UsageProblem } from './args';
import { parseCli, UsageError } from './args';

const complete = [
  '--data-dir', '/tmp/korpu',
  '--institution-code', 'BAK-UE-01',
  '--institution-name', 'Bakı 1 nömrəli uşaq evi',
  '--region', 'baku',
  '--director-login', 'aynur',
  '--password-stdin',
];

/** Matches a thrown UsageError carrying `problem`: what the user is told, key and values. */
function refusedWith(problem: UsageProblem): unknown {
  return expect.objectContaining({ problem });
}

describe('CLI command line', () => {
  it('shows help for no command, --help, -h and help', () => {
    for (const argv of [[], ['--help'], ['-h'], ['help']]) {
      expect(parseCli(argv)).toEqual({ kind: 'help' });
    }
  });

  it('names an unknown command', () => {
    expect(() => parseCli(['destroy'])).toThrow(UsageError);
    expect(() => parseCli(['destroy'])).toThrow(refusedWith({ key: 'unknownCommand', params: { command: 'destroy' } }));
  });

  it('refuses an option init does not take, naming it', () => {
    expect(() => parseCli(['init', ...complete, '--password', 'secret123'])).toThrow(
      expect.objectContaining({
        problem: { key: 'unknownOption', params: { detail: expect.stringContaining("'--password'") as unknown } },
      }),
    );
  });

  it('lists every missing required option', () => {
    expect(() => parseCli(['init', '--data-dir', '/tmp/korpu', '--password-stdin'])).toThrow(
      refusedWith({
        key: 'missingOptions',
        params: { options: '--institution-code, --institution-name, --region, --director-login' },
      }),
    );
  });

  it('treats an empty value as missing', () => {
    const argv = ['init', ...complete.map((value) => (value === 'baku' ? '' : value))];
    expect(() => parseCli(argv)).toThrow(refusedWith({ key: 'missingOptions', params: { options: '--region' } }));
  });

  it('refuses a language it does not speak, for every command, instead of quietly choosing another', () => {
    expect(() => parseCli(['init', ...complete, '--lang', 'tr'])).toThrow(refusedWith({ key: 'badLanguage', params: { value: 'tr' } }));
    expect(() => parseCli(['audit', 'verify', '--data-dir', '/tmp/korpu', '--lang', 'AZ'])).toThrow(
      refusedWith({ key: 'badLanguage', params: { value: 'AZ' } }),
    );
    expect(parseCli(['audit', 'verify', '--data-dir', '/tmp/korpu', '--lang', 'ru'])).toEqual({ kind: 'audit-verify', dataDir: '/tmp/korpu' });
  });

  it('requires the password to come from standard input', () => {
    const withoutStdin = complete.filter((value) => value !== '--password-stdin');
    expect(() => parseCli(['init', ...withoutStdin])).toThrow(refusedWith({ key: 'passwordStdinRequired', params: {} }));
  });

  it('fills the defaults: a children home, no director name, no language', () => {
    expect(parseCli(['init', ...complete])).toEqual({
      kind: 'init',
      args: {
        dataDir: '/tmp/korpu',
        institutionCode: 'BAK-UE-01',
        institutionName: 'Bakı 1 nömrəli uşaq evi',
        institutionType: 'children_home',
        region: 'baku',
        directorLogin: 'aynur',
        directorName: null,
        language: null,
        passwordStdin: true,
      },
    });
  });

  it('takes the optional type, director name and language', () => {
    const command = parseCli([
      'init', ...complete,
      '--institution-type', 'boarding_school',
      '--director-name', 'Aynur Məmmədova',
      '--lang', 'ru',
    ]);
    expect(command).toMatchObject({
      kind: 'init',
      args: { institutionType: 'boarding_school', directorName: 'Aynur Məmmədova', language: 'ru' },
    });
  });
});

describe('the demo command line', () => {
  it('makes a transformation plan unless --no-plan is given, seed 1 by default', () => {
    expect(parseCli(['demo', '--data-dir', '/tmp/korpu', '--residents', '30'])).toEqual({
      kind: 'demo',
      args: { dataDir: '/tmp/korpu', residents: 30, seed: 1, plan: true },
    });
    expect(parseCli(['demo', '--data-dir', '/tmp/korpu', '--residents', '30', '--seed', '7', '--no-plan'])).toEqual({
      kind: 'demo',
      args: { dataDir: '/tmp/korpu', residents: 30, seed: 7, plan: false },
    });
  });
});
