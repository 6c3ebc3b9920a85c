import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

import type { Language } from '../contract/common';
import { AppError } from '../contract/errors';
import { writeFileAtomically } from '../platform/atomic-file';
import { dataPaths } from '../platform/paths';
import { exportBundle } from '../services/bundles/export-job';
import { bundleFile } from '../services/bundles/history';
import type { SigningKeyRotation } from '../services/bundles/key-rotation';
import { currentRotationFile, rotateSigningKey } from '../services/bundles/key-rotation';
import { signingKeyPair, signingKeyView } from '../services/bundles/keys';
import { parseMinistryKeys, setMinistryKeys } from '../services/bundles/ministry-keys';
import type { Actor } from '../services/context';
import type { Core } from '../services/core';
import { getProfile } from '../services/institution/institution-service';
import { openNodeCore } from '../services/node-host';
import { UsageError } from './args';
import type { ExportArgs, MinistrySource } from './bundle-args';
import { bundleSummary, labelled, progressLines } from './bundle-output';
import { cliText } from './messages';

/** `keys show`: the institution's signing key (made now if missing, which is audited) and its public key file. */
export async function runKeysShow(dataDir: string, language: Language): Promise<number> {
  const view = await withSetUpCore(dataDir, language, async (core) => ({
    code: getProfile(core.deps.db).code,
    key: await signingKey(core, 'cli.keys.show'),
  }));
  console.log(cliText(language, 'keysHeading', { code: view.code }));
  labelled(language, [['label.keyId', view.key.keyId], ['label.fingerprint', view.key.fingerprint]]).forEach((line) => console.log(line));
  console.log('');
  console.log(cliText(language, 'publicKeyHeading'));
  process.stdout.write(view.key.publicKeyFile);
  return 0;
}

/** `keys export-public`: saves the minisign public key file (an existing file only with `force`). */
export async function runKeysExportPublic(args: { dataDir: string; out: string; force: boolean }, language: Language): Promise<number> {
  checkOut(args.out, args.force);
  const key = await withSetUpCore(args.dataDir, language, (core) => signingKey(core, 'cli.keys.export-public'));
  writeFileAtomically(args.out, Buffer.from(key.publicKeyFile, 'utf8'));
  console.log(cliText(language, 'keyExported', { keyId: key.keyId, path: args.out }));
  labelled(language, [['label.fingerprint', key.fingerprint]]).forEach((line) => console.log(line));
  return 0;
}

/**
 * `keys rotate`: replaces the signing key and saves the rotation file the ministry imports. `--out`
 * is checked first, so a refused file rotates nothing; should it still fail to be written, the
 * rotation stands and `keys export-rotation` saves the file from the copy in the data directory.
 */
export async function runKeysRotate(args: { dataDir: string; out: string; force: boolean }, language: Language): Promise<number> {
  checkOut(args.out, args.force);
  const rotation = await withSetUpCore(args.dataDir, language, (core) => rotateSigningKey(core.deps, cliActor('cli.keys.rotate')));
  try {
    writeFileAtomically(args.out, Buffer.from(rotation.rotationFile, 'utf8'));
  } catch (error) {
    console.error(cliText(language, 'rotationNotSaved', { keyId: rotation.key.keyId, path: args.out, detail: error instanceof Error ? error.message : String(error) }));
    return 1;
  }
  console.log(cliText(language, 'keyRotated', { keyId: rotation.key.keyId, previous: rotation.previousKeyId, path: args.out }));
  printRotation(language, rotation);
  return 0;
}

/** `keys export-rotation`: saves again the rotation file that made the current signing key. */
export async function runKeysExportRotation(args: { dataDir: string; out: string; force: boolean }, language: Language): Promise<number> {
  checkOut(args.out, args.force);
  const rotation = await withSetUpCore(args.dataDir, language, (core) => currentRotationFile(core.deps, cliActor('cli.keys.export-rotation')));
  writeFileAtomically(args.out, Buffer.from(rotation.rotationFile, 'utf8'));
  console.log(cliText(language, 'rotationExported', { keyId: rotation.key.keyId, previous: rotation.previousKeyId, path: args.out }));
  printRotation(language, rotation);
  return 0;
}

function printRotation(language: Language, rotation: SigningKeyRotation): void {
  labelled(language, [
    ['label.previousKeyId', rotation.previousKeyId],
    ['label.keyId', rotation.key.keyId],
    ['label.fingerprint', rotation.key.fingerprint],
  ]).forEach((line) => console.log(line));
}

/**
 * `ministry-recipient set`: sets the ministry keys from a pasted recipient or the ministry's key
 * file. Running the command is the operator's confirmation, so the fingerprint of what was read is
 * the confirmed one; it is printed to compare with the ministry's. A refused key changes nothing.
 */
export async function runMinistryRecipientSet(args: { dataDir: string; source: MinistrySource }, language: Language): Promise<number> {
  const text = 'recipient' in args.source ? args.source.recipient : readText(args.source.file);
  const { fingerprint } = parseMinistryKeys(text).keys;
  const view = await withSetUpCore(args.dataDir, language, (core) =>
    Promise.resolve(setMinistryKeys(core.deps, cliActor('cli.ministry-recipient.set'), text, fingerprint)),
  );
  console.log(cliText(language, 'ministrySet'));
  labelled(language, [
    ['label.recipient', view.recipient],
    ['label.fingerprint', view.fingerprint],
    ...(view.receiptKeyId === null ? [] : [['label.receiptKeyId', view.receiptKeyId] as const]),
  ]).forEach((line) => console.log(line));
  return 0;
}

/**
 * `export`: the next bundle, progress on standard error, then saved as `--out` and summarised.
 * `--out` is checked first: a refused file must not use up a sequence number.
 */
export async function runExport(args: ExportArgs, language: Language): Promise<number> {
  checkOut(args.out, args.force);
  const done = await withSetUpCore(args.dataDir, language, async (core) => {
    const exported = await exportBundle(
      core.deps,
      cliActor('cli.export'),
      { jobId: randomUUID(), profile: args.profile, includeSecret: args.includeSecret },
      progressLines(language, (line) => console.error(line)),
    );
    writeFileAtomically(args.out, bundleFile(core.deps, exported.sequence).bytes);
    return { exported, institution: getProfile(core.deps.db) };
  });
  const { exported, institution } = done;
  console.log(cliText(language, 'exportDone', { sequence: exported.sequence, path: args.out }));
  const manifest = { ...exported, institution: { code: institution.code, name: institution.name }, includesSecretRecords: exported.includesSecret };
  bundleSummary(language, manifest, exported).forEach((line) => console.log(line));
  return 0;
}

/** The text of a file named on the command line; one that cannot be read is a bad argument. */
export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError({ key: 'fileUnreadable', params: { path, detail: error instanceof Error ? error.message : String(error) } });
  }
}

/** Refuses an output file whose folder is missing, or that exists (unless `force`, and never a folder). */
export function checkOut(out: string, force: boolean): void {
  if (statSync(dirname(resolve(out)), { throwIfNoEntry: false })?.isDirectory() !== true) {
    throw new UsageError({ key: 'outFolderMissing', params: { path: out } });
  }
  const existing = statSync(out, { throwIfNoEntry: false });
  if (existing !== undefined && (!force || existing.isDirectory())) {
    throw new UsageError({ key: 'outExists', params: { path: out } });
  }
}

/** Whoever runs the command line: no user account, so the audit names the command. */
function cliActor(procedure: string): Actor {
  return { userId: null, login: null, procedure };
}

async function signingKey(core: Core, procedure: string): Promise<ReturnType<typeof signingKeyView>> {
  const pair = await signingKeyPair(core.deps, cliActor(procedure));
  try {
    return signingKeyView(core.deps.db, pair);
  } finally {
    pair.secretKey.fill(0);
  }
}

/**
 * Runs `work` on a set-up data directory. One without a database is refused before opening it, so
 * nothing (no key, no empty database) is left behind in a mistyped path.
 */
async function withSetUpCore<T>(dataDir: string, language: Language, work: (core: Core) => Promise<T>): Promise<T> {
  if (!existsSync(dataPaths(dataDir).database)) {
    throw new AppError('SETUP_REQUIRED', 'The data directory has not been set up');
  }
  const core = await openNodeCore(dataDir, { defaultLanguage: language });
  try {
    return await work(core);
  } finally {
    core.close();
  }
}
