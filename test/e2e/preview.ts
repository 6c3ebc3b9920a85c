import { spawn } from 'node:child_process';
import type { ChildProcessByStdio } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

import { REPO_ROOT } from './paths';

export type RunningPreview = {
  url: string;
  dataDir: string;
  /** Every line the process printed on stdout. */
  stdoutLines: string[];
  stop(): Promise<number | null>;
};

const LINE = /^Körpü preview: (http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)$/;

/** Starts `npm run preview`'s program on `dataDir` and waits for its one line. */
export async function startPreview(dataDir: string, options: { lang?: 'az' | 'ru' | 'en' } = {}): Promise<RunningPreview> {
  const args = ['--import', 'tsx', 'src-main/preview/main.ts', '--data-dir', dataDir, '--port', '0'];
  if (options.lang) {
    args.push('--lang', options.lang);
  }
  const child: ChildProcessByStdio<null, Readable, Readable> = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdoutLines: string[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        stdoutLines.push(line);
        const match = LINE.exec(line);
        if (match?.[1]) {
          resolve(match[1]);
        }
      }
    });
    child.once('exit', (code) => reject(new Error(`preview exited with ${code}: ${stderr}`)));
    setTimeout(() => reject(new Error(`preview did not start in time: ${stderr}`)), 60_000);
  });
  return {
    url,
    dataDir,
    stdoutLines,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}

/** A temp data directory, removed by `remove`. */
export function tempDataDir(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'korpu-e2e-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
