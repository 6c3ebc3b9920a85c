import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Inputs of the renderer bundle: when any is newer than the bundle, the preview rebuilds it. */
const INPUTS = ['src-renderer', 'src-main/contract', 'electron.vite.config.ts', 'package.json'];

/** The built renderer folder inside the repository. */
export function rendererDir(root: string): string {
  return join(root, 'out', 'renderer');
}

function newestMtime(path: string): number {
  if (!existsSync(path)) {
    return 0;
  }
  const stat = statSync(path);
  if (!stat.isDirectory()) {
    return stat.mtimeMs;
  }
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
}

/** True when the renderer bundle is missing or older than its sources. */
export function rendererBuildIsStale(root: string): boolean {
  const index = join(rendererDir(root), 'index.html');
  if (!existsSync(index)) {
    return true;
  }
  const built = statSync(index).mtimeMs;
  return INPUTS.some((input) => newestMtime(join(root, input)) > built);
}

/**
 * Builds the app with electron-vite when the renderer bundle is stale. Build output goes to
 * stderr: the preview's stdout carries exactly one line, its URL.
 */
export function ensureRendererBuilt(root: string): void {
  if (!rendererBuildIsStale(root)) {
    return;
  }
  const bin = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [bin, 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) {
    throw new Error('Building the renderer failed (see the messages above)');
  }
}
