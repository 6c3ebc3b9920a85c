import type { Configuration } from 'electron-builder';

/**
 * Packaging for release machines (with internet: electron-builder downloads Electron, NSIS and
 * appimagetool). Run `npm run dist` (= electron-vite build, then `electron-builder --config
 * electron.config.ts`). Windows: NSIS x64, installed for all users. Linux: AppImage and deb.
 */
const config: Configuration = {
  appId: 'az.gov.edu.korpu',
  productName: 'Körpü',
  // ASCII file names for the binary and the artifacts: some mail gateways, file shares and
  // USB-stick file systems used by institutions mangle "ö" and "ü".
  executableName: 'korpu',
  copyright: `Copyright © ${new Date().getFullYear()} Körpü team`,
  directories: { output: 'release' },
  files: ['out/**/*', 'package.json', '!**/*.map'],
  asar: true,
  // The SQLite binding is a native module; Electron cannot dlopen it from inside app.asar.
  // The npm alias installs better-sqlite3-multiple-ciphers under the name better-sqlite3.
  asarUnpack: ['node_modules/better-sqlite3/**'],
  // No rebuild: better-sqlite3-multiple-ciphers ships Node-API prebuilt binaries (prebuilds/) that
  // load in Electron 45 as they are. A rebuild would need Electron's headers and a C++ compiler on
  // the release machine and gains nothing.
  npmRebuild: false,
  // The migrations are read by drizzle's migrator at start (process.resourcesPath/drizzle).
  extraResources: [{ from: 'drizzle', to: 'drizzle' }],
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    artifactName: 'korpu-${version}-setup-${arch}.${ext}',
  },
  nsis: {
    oneClick: false,
    perMachine: true,
    allowElevation: true,
    allowToChangeInstallationDirectory: true,
    // No az_AZ yet: electron-builder 26.17 emits its Azerbaijani strings (templates/nsis/messages.yml)
    // with unescaped quotes, which makensis rejects ("LangString expects 3 parameters"), and maps
    // az_AZ to LCID 2092 (az-Cyrl). Adding it needs an own Azerbaijani.nlf and fixed strings.
    // The first language is the fallback for a Windows UI language not listed (so also for az).
    installerLanguages: ['ru_RU', 'en_US'],
    multiLanguageInstaller: true,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    maintainer: 'Körpü team <korpu@example.org>',
    synopsis: 'Records and transformation planning for children’s institutions',
    description:
      'Körpü keeps the records of a children’s institution in Azerbaijan (children, staff, placements, ' +
      'transformation plans) in an encrypted local database and exchanges signed, encrypted bundles ' +
      'with the ministry.',
    artifactName: 'korpu-${version}-${arch}.${ext}',
  },
  deb: {
    // electron-builder's default Depends (GTK, NSS, libsecret, ...) already cover Electron itself.
    // Without a keyring Körpü refuses to store its database key, so suggest one strongly.
    recommends: ['gnome-keyring | kwalletmanager'],
  },
  // Never upload anything: releases of a records app are handed over by people, not by a CI token.
  publish: null,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  },
};

export default config;
