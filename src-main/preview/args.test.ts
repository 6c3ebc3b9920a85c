import { describe, expect, it } from 'vitest';

import { parsePreviewArgs, UsageError } from './args';

describe('preview command line', () => {
  it('requires a data directory', () => {
    expect(() => parsePreviewArgs([])).toThrow(UsageError);
    expect(() => parsePreviewArgs(['--port', '8080'])).toThrow('--data-dir is required');
    expect(() => parsePreviewArgs(['--data-dir', '  '])).toThrow(UsageError);
  });

  it('refuses to listen on every network interface', () => {
    expect(() => parsePreviewArgs(['--data-dir', '/tmp/k', '--host', '0.0.0.0'])).toThrow(UsageError);
    expect(() => parsePreviewArgs(['--data-dir', '/tmp/k', '--host', '0.0.0.0'])).toThrow(/refusing --host 0\.0\.0\.0/);
  });

  it('accepts the loopback address it listens on anyway', () => {
    expect(parsePreviewArgs(['--data-dir', '/tmp/k', '--host', '127.0.0.1'])).toEqual({ dataDir: '/tmp/k', port: 0, lang: 'az' });
  });

  it('refuses a port out of range or not a number', () => {
    expect(() => parsePreviewArgs(['--data-dir', '/tmp/k', '--port', '70000'])).toThrow(UsageError);
    expect(() => parsePreviewArgs(['--data-dir', '/tmp/k', '--port', 'abc'])).toThrow(/--port must be a whole number/);
    expect(() => parsePreviewArgs(['--data-dir', '/tmp/k', '--port', '80.5'])).toThrow(UsageError);
  });

  it('takes a chosen port and language', () => {
    expect(parsePreviewArgs(['--data-dir', '/tmp/k', '--port', '8123', '--lang', 'ru'])).toEqual({
      dataDir: '/tmp/k',
      port: 8123,
      lang: 'ru',
    });
  });

  it('refuses a language the app does not speak', () => {
    expect(() => parsePreviewArgs(['--data-dir', '/tmp/k', '--lang', 'de'])).toThrow(/--lang must be one of az, ru, en/);
  });

  it('picks a free port and Azerbaijani when not told otherwise', () => {
    expect(parsePreviewArgs(['--data-dir', '/tmp/k'])).toEqual({ dataDir: '/tmp/k', port: 0, lang: 'az' });
  });

  it('answers help for --help and -h', () => {
    expect(parsePreviewArgs(['--help'])).toBe('help');
    expect(parsePreviewArgs(['-h'])).toBe('help');
  });

  it('refuses an option it does not know', () => {
    expect(() => parsePreviewArgs(['--data-dir', '/tmp/k', '--verbose'])).toThrow(/--verbose/);
    expect(() => parsePreviewArgs(['--data-dir', '/tmp/k', 'extra'])).toThrow(/extra/);
  });
});
