import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm test`: typecheck, lint, unit + component + integration (vitest), E2E (Playwright through the
 * preview bridge). Every stage runs even after a failure, so one run shows everything that is wrong.
 * Ends with exactly one summary line, `N passed, N failed`, and a non-zero exit on any failure.
 */

const root = fileURLToPath(new URL('../', import.meta.url));
const results = join(root, 'test-results');
const bin = (name: string): string => join(root, 'node_modules', '.bin', name);

type StageResult = { name: string; passed: number; failed: number };

function run(command: string, args: readonly string[]): number {
  const child = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return child.status ?? 1;
}

/** A stage that is one check: it passes or fails as a whole. */
function check(name: string, command: string, args: readonly string[]): StageResult {
  console.log(`\n▶ ${name}`);
  const ok = run(command, args) === 0;
  return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

function vitestStage(): StageResult {
  console.log('\n▶ unit, component and integration tests (vitest)');
  const report = join(results, 'vitest.json');
  rmSync(report, { force: true });
  const status = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  const json = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(report);
  if (json === null) {
    return { name: 'vitest', passed: 0, failed: 1 };
  }
  // A skipped test proves nothing: it counts as a failure here.
  const failed = json.numFailedTests + json.numPendingTests + json.numTodoTests + (status !== 0 && json.numFailedTests === 0 ? 1 : 0);
  return { name: 'vitest', passed: json.numPassedTests, failed };
}

function playwrightStage(): StageResult {
  console.log('\n▶ end-to-end tests (Playwright, Chromium, preview bridge)');
  const report = join(results, 'e2e.json');
  rmSync(report, { force: true });
  const status = run(bin('playwright'), ['test']);
  const json = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(report);
  if (json === null) {
    return { name: 'e2e', passed: 0, failed: 1 };
  }
  const { expected, unexpected, flaky, skipped } = json.stats;
  const failed = unexpected + flaky + skipped + (status !== 0 && unexpected === 0 ? 1 : 0);
  return { name: 'e2e', passed: expected, failed };
}

mkdirSync(results, { recursive: true });
const stages: StageResult[] = [
  check('typecheck (Node: main, preload, tests)', bin('tsc'), ['-p', 'tsconfig.json']),
  check('typecheck (DOM: renderer)', bin('tsc'), ['-p', 'tsconfig.web.json']),
  check('lint (incl. layering)', bin('eslint'), ['--max-warnings', '0', '.']),
  vitestStage(),
  playwrightStage(),
];

console.log('\nSummary');
for (const stage of stages) {
  console.log(`  ${stage.failed === 0 ? 'ok  ' : 'FAIL'} ${stage.name}: ${stage.passed} passed, ${stage.failed} failed`);
}
if (!existsSync(join(root, 'node_modules'))) {
  console.log('  (node_modules is missing: run npm install first)');
}
const passed = stages.reduce((sum, stage) => sum + stage.passed, 0);
const failed = stages.reduce((sum, stage) => sum + stage.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
