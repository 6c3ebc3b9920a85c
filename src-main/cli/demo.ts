import { existsSync } from 'node:fs';

import type { Language } from '../contract/common';
import { AppError } from '../contract/errors';
import { dataPaths } from '../platform/paths';
import type { DemoResult } from '../services/demo/demo-service';
import { fillDemo } from '../services/demo/demo-service';
import { openNodeCore } from '../services/node-host';
import type { DemoArgs } from './args';
import { cliText } from './messages';

/**
 * `demo`: fills a set-up installation with made-up children for demonstrations and benchmarks
 * (and a transformation plan in progress, unless `plan` is false), prints what it wrote besides the
 * children (one line per kind of data) and returns the counts.
 * A data directory without a database is refused before opening it, so nothing (no key, no empty
 * database) is left behind in a mistyped path.
 */
export async function runDemo(args: DemoArgs, language: Language, onProgress: (done: number, total: number) => void): Promise<DemoResult> {
  if (!existsSync(dataPaths(args.dataDir).database)) {
    throw new AppError('SETUP_REQUIRED', 'The data directory has not been set up');
  }
  const core = await openNodeCore(args.dataDir, { defaultLanguage: language });
  try {
    const result = fillDemo(core.deps, args.residents, args.seed, onProgress, { plan: args.plan !== false });
    demoSummary(language, result).forEach((line) => console.log(line));
    return result;
  } finally {
    core.close();
  }
}

/** The lines that say what a demo fill wrote besides the children themselves (nothing when it added nobody). */
export function demoSummary(language: Language, result: DemoResult): string[] {
  if (result.added === 0) {
    return [];
  }
  const { gatekeeping } = result;
  const requests = gatekeeping.admitted + gatekeeping.diverted + gatekeeping.refused + gatekeeping.pending;
  return [
    cliText(language, 'demoFamily', { familyMembers: result.familyMembers, notes: result.notes }),
    ...(result.pathwayChildren < result.added ? [cliText(language, 'demoSample', { sample: result.pathwayChildren, added: result.added })] : []),
    cliText(language, 'demoServices', { services: result.services }),
    cliText(language, 'demoReferrals', { referrals: result.referrals }),
    cliText(language, 'demoAssessments', { assessments: result.assessments }),
    cliText(language, 'demoPlans', { plans: result.plans }),
    cliText(language, 'demoExits', {
      exits: result.exits,
      followUps: result.followUps,
      breakdowns: result.breakdowns,
      readmissions: result.readmissions,
      placementChanges: result.placementChanges,
    }),
    cliText(language, 'demoGatekeeping', { requests, ...gatekeeping }),
    ...(result.plan === null ? [] : [cliText(language, 'demoPlan', { ...result.plan, budgetMoved: result.plan.budgetMovedPercent })]),
  ];
}
