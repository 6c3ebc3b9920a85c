import { describe, expect, it } from 'vitest';

import config from '../../electron.config';

describe('electron-builder configuration', () => {
  it('identifies the app', () => {
    expect(config.appId).toBe('az.gov.edu.korpu');
    expect(config.productName).toBe('Körpü');
    expect(config.directories?.output).toBe('release');
  });

  it('packs the built app into an asar, without source maps, with the SQLite binding unpacked', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', 'package.json', '!**/*.map']));
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.npmRebuild).toBe(false);
  });

  it('ships the migrations as a resource', () => {
    expect(config.extraResources).toContainEqual({ from: 'drizzle', to: 'drizzle' });
  });

  it('builds an x64 NSIS installer for all users, with a choice of folder', () => {
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: true,
      allowElevation: true,
      allowToChangeInstallationDirectory: true,
      multiLanguageInstaller: true,
    });
    // az_AZ is left out on purpose (see electron.config.ts): electron-builder's strings break makensis.
    expect(config.nsis?.installerLanguages).toEqual(['ru_RU', 'en_US']);
  });

  it('builds an AppImage and a deb for Linux', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.linux?.maintainer).toBeTruthy();
  });

  it('flips the Electron fuses that close Node-level back doors', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('never publishes anywhere', () => {
    expect(config.publish).toBeNull();
  });
});
