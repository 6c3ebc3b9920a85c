import { randomBytes } from 'node:crypto';

import { AppError } from '../contract/errors';
import { openNodeCore, REPO_ROOT } from '../services/node-host';
import type { PreviewArgs } from './args';
import { parsePreviewArgs, USAGE } from './args';
import { ensureRendererBuilt, rendererDir } from './renderer-build';
import { startPreviewServer } from './server';

async function main(): Promise<void> {
  let args: PreviewArgs | 'help';
  try {
    args = parsePreviewArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    process.exit(2);
  }
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  ensureRendererBuilt(REPO_ROOT);
  const core = await openNodeCore(args.dataDir, { defaultLanguage: args.lang });
  const server = await startPreviewServer({
    deps: core.deps,
    rendererDir: rendererDir(REPO_ROOT),
    token: randomBytes(24).toString('base64url'),
    port: args.port,
  });
  process.stdout.write(`Körpü preview: ${server.url}\n`);
  const stop = (): void => {
    void server.close().finally(() => {
      core.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message =
    error instanceof AppError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);
  process.stderr.write(`Körpü preview could not start: ${message}\n`);
  process.exit(1);
});
