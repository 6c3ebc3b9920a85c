import { dispatch } from '../../src-main/ipc/dispatch';
import { memoryLogger } from '../../src-main/platform/logger';
import type { CoreDeps } from '../../src-main/services/context';
import { fillDemo } from '../../src-main/services/demo/demo-service';
import { openNodeCore } from '../../src-main/services/node-host';
import { sampleSetup, tempDir } from '../helpers/temp-core';

/** The size the list and search must stay fast at (an institution's whole history, and then some). */
export const DEMO_RESIDENTS = 10_000;

/** A fresh installation with DEMO_RESIDENTS demo children, and its director's credentials. */
export type DemoInstallation = { deps: CoreDeps; login: string; password: string };

let pending: Promise<DemoInstallation> | null = null;

/**
 * The demo installation of this `npm run bench` run, built on first use with `fillDemo` (the app's
 * own create path) and shared by the benchmarks of the run; removed when the process exits, so
 * nothing is cached across runs. The build time is printed on stderr.
 */
export function demoInstallation(): Promise<DemoInstallation> {
  pending ??= build();
  return pending;
}

async function build(): Promise<DemoInstallation> {
  const dir = tempDir('korpu-bench-demo-');
  const core = await openNodeCore(dir.path, { logger: memoryLogger() });
  process.once('exit', () => {
    core.close();
    dir.cleanup();
  });
  const setup = await dispatch('setup.complete', sampleSetup, { deps: core.deps, sessionId: null, connectionId: 'bench', emit: () => undefined });
  if (!setup.ok) {
    throw new Error(`setup failed: ${setup.error.code}`);
  }
  const start = performance.now();
  const result = fillDemo(core.deps, DEMO_RESIDENTS, 1);
  const seconds = (performance.now() - start) / 1000;
  const requests = Object.values(result.gatekeeping).reduce((sum, count) => sum + count, 0);
  console.error(
    `demo data: ${result.added} residents (${result.skipped} skipped), ${result.familyMembers} family members, ` +
      `${result.notes} notes; pathways of ${result.pathwayChildren} children: ${result.referrals} referrals, ` +
      `${result.assessments} assessments, ${result.plans} plans, ${result.exits} exits, ${result.followUps} visits; ` +
      `${requests} admission requests in ${seconds.toFixed(1)} s`,
  );
  return { deps: core.deps, login: sampleSetup.director.login, password: sampleSetup.director.password };
}
