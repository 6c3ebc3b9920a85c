import { describe, expect, it, vi } from 'vitest';

import { languages } from '../contract/common';
import { AppError } from '../contract/errors';
import { KeyringRefusedError } from './safe-storage-store';
import { languageOfLocale, startupErrorText } from './startup-errors';

vi.mock('electron', () => ({ safeStorage: {} }));

describe('startup errors', () => {
  it.each([
    ['az', 'az'],
    ['az-AZ', 'az'],
    ['az-Latn-AZ', 'az'],
    ['ru', 'ru'],
    ['ru-RU', 'ru'],
    ['en-US', 'en'],
    ['en_GB', 'en'],
    ['tr-TR', 'az'],
    ['', 'az'],
  ])('maps the OS locale %s to %s', (locale, language) => {
    expect(languageOfLocale(locale)).toBe(language);
  });

  it.each(languages)('has a title and a message for every startup failure in %s', (language) => {
    const failures = [
      new AppError('DB_NEWER_THAN_APP', 'x'),
      new AppError('DB_KEY_MISSING', 'x'),
      new AppError('DB_KEY_INVALID', 'x'),
      new KeyringRefusedError('encryption-unavailable', 'x'),
      new KeyringRefusedError('basic-text-backend', 'x'),
      new Error('disk full'),
      'not even an error',
    ];
    for (const failure of failures) {
      const text = startupErrorText(failure, language, '/data/logs/korpu.log');
      expect(text.title.length).toBeGreaterThan(0);
      expect(text.message.length).toBeGreaterThan(0);
      expect(text.message).not.toContain('{{');
    }
  });

  it('uses the contract’s translation of an error code', () => {
    expect(startupErrorText(new AppError('DB_NEWER_THAN_APP', 'x'), 'az', '').message).toMatch(/daha yeni versiyası/);
  });

  it('points an unexpected failure at the log file, and never shows the raw error', () => {
    const text = startupErrorText(new Error('SQLITE_CORRUPT: at /secret/stack'), 'en', '/data/logs/korpu.log');
    expect(text.message).toContain('/data/logs/korpu.log');
    expect(text.message).not.toContain('SQLITE_CORRUPT');
  });

  it('names the keyrings a user can install', () => {
    for (const language of languages) {
      expect(startupErrorText(new KeyringRefusedError('basic-text-backend', 'x'), language, '').message).toMatch(/gnome-keyring.*KWallet/);
    }
  });
});
