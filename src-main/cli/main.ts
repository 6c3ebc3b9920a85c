import { createInterface } from 'node:readline';

import type { Language } from '../contract/common';
import { AppError } from '../contract/errors';
import type { DemoArgs, InitArgs } from './args';
import { parseCli, UsageError } from './args';
import { runAuditVerify } from './audit-verify';
import { runBackup, runRestore } from './backup';
import type { BackupCommand } from './backup-args';
import { parseBackupCli } from './backup-args';
import { parseBundleCli } from './bundle-args';
import { runVerify } from './bundle-verify';
import { runExport, runKeysExportPublic, runKeysExportRotation, runKeysRotate, runKeysShow, runMinistryRecipientSet } from './bundles';
import { runDemo } from './demo';
import { runInit } from './init';
import { cliLanguage, cliText, describeError } from './messages';
import { runMinistry } from './ministry';
import { parseMinistryCli } from './ministry-args';
import { runRecover } from './recover';

/** Codes of values the core refused: a bad argument like a missing one (exit code 2). */
const BAD_VALUE_CODES: readonly string[] = ['VALIDATION_FAILED', 'MINISTRY_KEYS_INVALID'];

async function firstLineOfStdin(): Promise<string | null> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return null;
}

async function main(argv: readonly string[]): Promise<number> {
  const langFlag = argv.indexOf('--lang');
  const language = cliLanguage(langFlag >= 0 ? (argv[langFlag + 1] ?? null) : null, process.env);
  let command;
  try {
    command = parseBundleCli(argv) ?? parseMinistryCli(argv) ?? parseBackupCli(argv) ?? parseCli(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      return badArguments(language, error);
    }
    throw error;
  }
  try {
    switch (command.kind) {
      case 'help':
        console.log(cliText(language, 'usage'));
        return 0;
      case 'init':
        return await init(command.args, language);
      case 'recover':
        return await recover(command.dataDir, language);
      case 'audit-verify':
        return await auditVerify(command.dataDir, language);
      case 'demo':
        return await demo(command.args, language);
      case 'keys-show':
        return await runKeysShow(command.dataDir, language);
      case 'keys-export-public':
        return await runKeysExportPublic(command, language);
      case 'keys-rotate':
        return await runKeysRotate(command, language);
      case 'keys-export-rotation':
        return await runKeysExportRotation(command, language);
      case 'ministry-recipient-set':
        return await runMinistryRecipientSet(command, language);
      case 'export':
        return await runExport(command.args, language);
      case 'verify':
        return runVerify(command, language, new Date());
      case 'backup':
      case 'restore':
        return await backupOrRestore(command, language);
      case 'ministry-init':
      case 'ministry-recipient':
      case 'ministry-enroll':
      case 'ministry-import':
      case 'ministry-receipt':
        return await runMinistry(command, language);
    }
  } catch (error) {
    // A file named on the command line that cannot be read or would be overwritten.
    if (error instanceof UsageError) {
      return badArguments(language, error);
    }
    if (error instanceof AppError) {
      console.error(cliText(language, 'refused', { reason: describeError(language, error.toShape()) }));
      // A value the core refused (a malformed code, an unknown region, a weak password, a damaged
      // recipient) is a bad argument like a missing one; a refusal of a valid request (already set up) is not.
      return BAD_VALUE_CODES.includes(error.code) ? 2 : 1;
    }
    throw error;
  }
}

function badArguments(language: Language, error: UsageError): number {
  console.error(cliText(language, 'badArguments', { reason: cliText(language, error.problem.key, error.problem.params) }));
  return 2;
}

async function init(args: InitArgs, language: Language): Promise<number> {
  const password = await firstLineOfStdin();
  if (password === null || password === '') {
    console.error(cliText(language, 'badArguments', { reason: cliText(language, 'noPassword') }));
    return 2;
  }
  const result = await runInit(args, password, language);
  console.log(cliText(language, 'initDone', { dir: args.dataDir, code: result.institutionCode, login: result.login }));
  console.log(cliText(language, 'recoveryCode', { code: result.recoveryCode }));
  return 0;
}

async function recover(dataDir: string, language: Language): Promise<number> {
  const code = await firstLineOfStdin();
  if (code === null || code.trim() === '') {
    console.error(cliText(language, 'badArguments', { reason: cliText(language, 'noRecoveryCode') }));
    return 2;
  }
  await runRecover(dataDir, code, language);
  console.log(cliText(language, 'recovered', { dir: dataDir }));
  return 0;
}

/** `backup` / `restore`; the passphrase, when one is needed, is the first line of standard input. */
async function backupOrRestore(command: BackupCommand, language: Language): Promise<number> {
  let passphrase: string | null = null;
  if (command.passphraseStdin) {
    passphrase = await firstLineOfStdin();
    if (passphrase === null || passphrase === '') {
      console.error(cliText(language, 'badArguments', { reason: cliText(language, 'noPassphrase') }));
      return 2;
    }
  }
  return command.kind === 'backup' ? runBackup(command, passphrase, language) : runRestore(command, passphrase, language);
}

async function auditVerify(dataDir: string, language: Language): Promise<number> {
  const result = await runAuditVerify(dataDir, language);
  if (result.ok) {
    console.log(cliText(language, 'auditOk', { count: result.checked }));
    return 0;
  }
  const problem = cliText(language, `problem.${result.problem ?? 'hash-mismatch'}`);
  console.error(cliText(language, 'auditBroken', { seq: result.firstBadSeq ?? 0, problem }));
  return 1;
}

async function demo(args: DemoArgs, language: Language): Promise<number> {
  const result = await runDemo(args, language, (done, total) => console.error(cliText(language, 'demoProgress', { done, total })));
  console.log(cliText(language, 'demoDone', { added: result.added, skipped: result.skipped, dir: args.dataDir }));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
