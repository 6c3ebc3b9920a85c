import { createInterface } from 'node:readline';

import { AppError } from '../contract/errors';
import type { InitArgs } from './args';
import { parseCli, UsageError } from './args';
import { runInit } from './init';
import { cliLanguage, cliText, describeError } from './messages';

 

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
    command = parseCli(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(cliText(language, 'badArguments', { reason: cliText(language, error.problem.key, error.problem.params) }));
      return 2;
    }
    throw error;
  }
  if (command.kind === 'help') {
    console.log(cliText(language, 'usage'));
    return 0;
  }
  const password = await firstLineOfStdin();
  if (password === null || password === '') {
    console.error(cliText(language, 'badArguments', { reason: cliText(language, 'noPassword') }));
    return 2;
  }
  return init(command.args, password, language);
}

async function init(args: InitArgs, password: string, language: ReturnType<typeof cliLanguage>): Promise<number> {
  try {
    const result = await runInit(args, password, language);
    console.log(cliText(language, 'initDone', { dir: args.dataDir, code: result.institutionCode, login: result.login }));
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      console.error(cliText(language, 'refused', { reason: describeError(language, error.toShape()) }));
      return 1;
    }
    throw error;
  }
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
