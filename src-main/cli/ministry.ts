import type { Language } from '../contract/common';
import { AppError } from '../contract/errors';
import { writeFileAtomically } from '../platform/atomic-file';
import { keyIdHex, parsePublicKey } from '../services/bundles/format/minisign';
import { recipientFingerprint } from '../services/bundles/ministry-keys';
import { findMinistry, initMinistry, ministryKeyFileText } from '../services/ministry/installation';
import { issueReceipt } from '../services/ministry/receipts';
import { enrol } from '../services/ministry/registry';
import { openNodeCore } from '../services/node-host';
import { UsageError } from './args';
import { labelled } from './bundle-output';
import { checkOut, readText } from './bundles';
import { cliText } from './messages';
import type { EnrollArgs, MinistryCommand } from './ministry-args';
import { MinistryRefusal, requireFile, withMinistryCore } from './ministry-core';
import { runMinistryImport } from './ministry-import';
import { importStatusText } from './ministry-output';

/** Runs a `ministry …` command; a refusal is printed translated (with its English detail) and exits 1. */
export async function runMinistry(command: MinistryCommand, language: Language): Promise<number> {
  try {
    switch (command.kind) {
      case 'ministry-init':
        return await runInit(command, language);
      case 'ministry-recipient':
        return await runRecipient(command, language);
      case 'ministry-enroll':
        return await runEnroll(command.args, language);
      case 'ministry-import':
        return await runMinistryImport(command, language);
      case 'ministry-receipt':
        return await runReceipt(command, language);
    }
  } catch (error) {
    if (!(error instanceof MinistryRefusal)) {
      throw error;
    }
    console.error(cliText(language, 'refused', { reason: cliText(language, error.key, error.params) }));
    if (error.detail !== null) {
      console.error(`  ${cliText(language, 'verifyDetail', { detail: error.detail })}`);
    }
    return 1;
  }
}

/**
 * `ministry init`: makes the data folder the ministry's (a new folder gets its database here). An
 * institution's folder, or one already made the ministry's, is refused and keeps its keys.
 */
async function runInit(args: { dataDir: string; name: string }, language: Language): Promise<number> {
  const core = await openNodeCore(args.dataDir, { defaultLanguage: language });
  let ministry;
  try {
    ministry = await initMinistry(core.deps, args.name);
  } catch (error) {
    if (error instanceof AppError && error.code === 'ALREADY_SET_UP') {
      const existing = findMinistry(core.deps.db);
      throw existing === null ? new MinistryRefusal('institutionFolder') : new MinistryRefusal('ministryAlreadySetUp', { name: existing.name });
    }
    throw error;
  } finally {
    core.close();
  }
  console.log(cliText(language, 'ministryInitDone', { name: ministry.name, dir: args.dataDir }));
  labelled(language, [
    ['label.recipient', ministry.recipient],
    ['label.fingerprint', recipientFingerprint(ministry.recipient)],
    ['label.receiptKeyId', keyIdHex(parsePublicKey(ministry.receiptPublicKey).keyId)],
  ]).forEach((line) => console.log(line));
  console.log('');
  console.log(cliText(language, 'ministryKeyHint', { dir: args.dataDir }));
  return 0;
}

/**
 * `ministry recipient`: the `age1…` recipient alone on standard output, so that scripts can capture
 * it; with `--out`, the ministry key file is saved too, which is said on standard error.
 */
async function runRecipient(args: { dataDir: string; out: string | null; force: boolean }, language: Language): Promise<number> {
  if (args.out !== null) {
    checkOut(args.out, args.force);
  }
  const found = await withMinistryCore(args.dataDir, language, ({ core, ministry }) =>
    Promise.resolve({ recipient: ministry.recipient, keyFile: ministryKeyFileText(core.deps.db) }),
  );
  if (args.out !== null) {
    writeFileAtomically(args.out, Buffer.from(found.keyFile, 'utf8'));
    console.error(cliText(language, 'ministryKeySaved', { path: args.out }));
    labelled(language, [['label.fingerprint', recipientFingerprint(found.recipient)]]).forEach((line) => console.error(line));
  }
  console.log(found.recipient);
  return 0;
}

/**
 * `ministry enroll`: enrols an institution with its public key file and prints the key's id and
 * fingerprint to compare with the institution's. Running the command is the analyst's confirmation.
 * The registry checks the code, region and type (a bad one is a bad argument, exit code 2).
 */
async function runEnroll(args: EnrollArgs, language: Language): Promise<number> {
  const publicKeyFile = readText(args.publicKey);
  try {
    parsePublicKey(publicKeyFile);
  } catch {
    throw new UsageError({ key: 'notPublicKey', params: { path: args.publicKey } });
  }
  const enrolled = await withMinistryCore(args.dataDir, language, ({ core }) => {
    try {
      return Promise.resolve(enrol(core.deps, { code: args.code, name: args.name, regionCode: args.region, typeCode: args.type, publicKeyFile }));
    } catch (error) {
      throw enrolRefusal(error);
    }
  });
  const institution = args.name === null ? enrolled.code : `${enrolled.code} (${args.name})`;
  console.log(cliText(language, 'enrolled', { institution, keyId: enrolled.keyId }));
  labelled(language, [
    ['label.keyId', enrolled.keyId],
    ['label.fingerprint', enrolled.fingerprint],
  ]).forEach((line) => console.log(line));
  console.log(cliText(language, 'enrollCompare'));
  return 0;
}

/** The registry's refusals of an enrolment, naming the institution or the key's holder. */
function enrolRefusal(error: unknown): unknown {
  const detail = (name: string) => {
    const value = error instanceof AppError ? error.details?.[name] : undefined;
    return typeof value === 'string' ? value : '';
  };
  if (error instanceof AppError && error.code === 'INSTITUTION_ALREADY_ENROLLED') {
    return new MinistryRefusal('alreadyEnrolled', { code: detail('institutionCode') });
  }
  if (error instanceof AppError && error.code === 'KEY_ENROLLED_ELSEWHERE') {
    return new MinistryRefusal('keyEnrolledElsewhere', { keyId: detail('keyId'), holder: detail('institutionCode') });
  }
  return error;
}

/**
 * `ministry receipt`: the signed receipt of the bundle's latest import, in the CLI's language,
 * saved atomically. `--bundle` and `--out` are checked before the data folder is opened.
 */
async function runReceipt(args: { dataDir: string; bundle: string; out: string; force: boolean }, language: Language): Promise<number> {
  requireFile(args.bundle);
  checkOut(args.out, args.force);
  const { receipt, bytes } = await withMinistryCore(args.dataDir, language, async ({ core }) => {
    try {
      return await issueReceipt(core.deps, args.bundle, language);
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') {
        throw new MinistryRefusal('receiptNotFound', {}, error.message);
      }
      throw error;
    }
  });
  writeFileAtomically(args.out, bytes);
  console.log(cliText(language, 'receiptSaved', { sequence: receipt.sequence, code: receipt.institutionCode, path: args.out }));
  labelled(language, [
    ['label.status', importStatusText(language, receipt.status)],
    ['label.institution', receipt.institutionCode],
    ['label.sequence', receipt.sequence],
  ]).forEach((line) => console.log(line));
  return 0;
}
