import { parseArgs } from 'node:util';

import type { Language } from '../contract/common';
import { languages } from '../contract/common';
import { PREVIEW_HOST } from './server';

export const USAGE = `Usage: npm run preview -- --data-dir DIR [--port N] [--lang az|ru|en]

Serves Körpü in a browser at http://127.0.0.1:PORT with the real core on DIR.
  --data-dir DIR   the installation's data directory (created when missing)
  --port N         port on 127.0.0.1 (default: a free port)
  --lang L         language before sign-in: az (default), ru or en
Prints one line with the address (including a per-run token) and runs until Ctrl+C.`;

export type PreviewArgs = { dataDir: string; port: number; lang: Language };

/** Parses the command line; throws a usage error (exit 2) with a clear message. */
export function parsePreviewArgs(argv: readonly string[]): PreviewArgs | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      lang: { type: 'string' },
      host: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help === true) {
    return 'help';
  }
  if (values.host !== undefined && values.host !== PREVIEW_HOST) {
    throw new UsageError(`The preview only listens on ${PREVIEW_HOST}; refusing --host ${values.host}`);
  }
  const dataDir = values['data-dir'];
  if (dataDir === undefined || dataDir.trim() === '') {
    throw new UsageError('--data-dir is required');
  }
  const port = Number(values.port ?? '0');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, not "${values.port}"`);
  }
  const lang = values.lang ?? 'az';
  if (!(languages as readonly string[]).includes(lang)) {
    throw new UsageError(`--lang must be one of ${languages.join(', ')}, not "${lang}"`);
  }
  return { dataDir, port, lang: lang as Language };
}

/** A bad command line: the preview prints it with the usage and exits with code 2. */
export class UsageError extends Error {}
