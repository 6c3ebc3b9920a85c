import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

 

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * `npm start`: runs electron-vite dev (which launches Electron). When Electron's binary is not
 * installed and cannot be downloaded (an offline build machine), says so in one line and points to
 * the browser preview instead of printing a download stack trace.
 */
function electronBinaryAvailable(): boolean {
  const require = createRequire(import.meta.url);
  const probe = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(require.resolve('electron'))})`], {
    cwd: root,
    // Quiet: on an offline machine the only output is the one line below, not a download trace.
    stdio: 'ignore',
    timeout: 600_000,
  });
  return probe.status === 0;
}

if (!electronBinaryAvailable()) {
  console.error(
    'Körpü: the Electron binary is not installed and could not be downloaded here; run `npm run preview -- --data-dir DIR` to use the app in a browser.',
  );
  process.exit(1);
}
const result = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'dev', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
