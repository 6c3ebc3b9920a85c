import { asc, eq } from 'drizzle-orm';

import { AppError, validationError } from '../../contract/errors';
import { familyMemberInputSchema } from '../../contract/family';
import type { GatekeepingRequestInput } from '../../contract/gatekeeping';
import { noteInputSchema } from '../../contract/notes';
import { createResidentInputSchema } from '../../contract/residents';
import type { TransformationPlan } from '../../contract/transformation-views';
import { parseWithKeys } from '../../contract/zod-issues';
import type { Db } from '../../db/client';
import { familyMembers, progressNotes, users } from '../../db/schema';
import { appendAudit, changesBetween } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import { createRequest, decideRequest } from '../gatekeeping/gatekeeping-service';
import { getProfile } from '../institution/institution-service';
import { listReferenceItems } from '../reference/reference-service';
import { createResident, todayOf } from '../residents/residents-service';
import { getSettings } from '../settings/settings-service';
import type { DemoGatekeeping } from './demo-gatekeeping';
import { planGatekeeping } from './demo-gatekeeping';
import type { DemoResident } from './demo-generator';
import { generateDemoResidents } from './demo-generator';
import { parsedInput } from './demo-input';
import type { ChildPathway, PathwayReference } from './demo-pathway';
import { demoSample, PATHWAY_SAMPLE, planPathways } from './demo-pathway';
import type { PathwayCounts } from './demo-pathway-writer';
import { noPathway, writePathway, writeServices } from './demo-pathway-writer';
import { demoPlanStart, planDemoTransformation } from './demo-plan';
import type { DemoPlanSummary } from './demo-plan-writer';
import { createDemoPlan, summarisePlan, writeDemoPlan } from './demo-plan-writer';
import type { PastMoment } from './demo-timeline';
import { pastMoments, reformStart } from './demo-timeline';

/** How many children's family members, notes or pathways go into one transaction. */
const BATCH = 500;

/** What a demo fill did: children, their families and notes, their care pathways, the gatekeeping register and the transformation plan. */
export type DemoResult = {
  added: number;
  skipped: number;
  familyMembers: number;
  notes: number;
  /** Added children with a care pathway: all of them, or a sample of about PATHWAY_SAMPLE. */
  pathwayChildren: number;
  /** Requests in the gatekeeping register: those behind admissions, and those diverted, refused or pending. */
  gatekeeping: { admitted: number; diverted: number; refused: number; pending: number };
  /** The transformation plan in progress, or null when none was added (no child added, or a plan already there). */
  plan: DemoPlanSummary | null;
} & PathwayCounts;

/**
 * Fills an installation with `count` generated children (see demo-generator), written through
 * the same service the app uses (`createResident`: validation, duplicate guard, audit, index),
 * those admitted since the gatekeeping register began each with the request their admission
 * decided. A child the duplicate guard refuses (same FİN or birth certificate, e.g. a second run
 * with the same seed) is skipped and counted. Family members and progress notes follow in batched
 * transactions, audited, authored by the first director; then the care pathways (services
 * register, referrals, assessments, plans, exits with follow-up visits), the rest of the
 * gatekeeping register and the institution's transformation plan, all through the core services.
 * What happened in the past (care plans, the transformation plan) is written on its own day, the
 * services' clock pinned there (demo-timeline); `options.plan` false leaves the plan out (for a
 * test that makes its own: the core allows one plan at a time). `onProgress` is told every 500 children.
 */
export function fillDemo(
  deps: CoreDeps,
  count: number,
  seed: number,
  onProgress: (done: number, total: number) => void = () => undefined,
  options: { plan: boolean } = { plan: true },
): DemoResult {
  getProfile(deps.db);
  const director = deps.db
    .select({ id: users.id, login: users.login, fullName: users.fullName })
    .from(users)
    .where(eq(users.role, 'director'))
    .orderBy(asc(users.createdAt), asc(users.id))
    .limit(1)
    .get();
  if (director === undefined) {
    throw new AppError('SETUP_REQUIRED', 'The installation has no director yet');
  }
  const actor: Actor = { userId: director.id, login: director.login, procedure: 'cli.demo' };
  const today = todayOf(deps);
  const demo = generateDemoResidents(count, seed, today);
  const sample = demoSample(demo, seed, PATHWAY_SAMPLE);
  const gatekeeping = planGatekeeping(demo, sample, seed, today);
  const ids: (string | null)[] = [];
  for (let start = 0; start < demo.length; start += BATCH) {
    // One commit per batch: each createResident's own transaction becomes a savepoint inside it.
    deps.db.transaction(() => {
      for (let index = start; index < Math.min(start + BATCH, demo.length); index++) {
        ids.push(registerChild(deps, actor, demo[index]!, gatekeeping.linked.get(index) ?? null));
      }
    });
    onProgress(ids.length, demo.length);
  }
  const written = { familyMembers: 0, notes: 0 };
  for (let start = 0; start < demo.length; start += BATCH) {
    deps.db.transaction((tx) => {
      for (let index = start; index < Math.min(start + BATCH, demo.length); index++) {
        const residentId = ids[index];
        if (residentId === null || residentId === undefined) {
          continue;
        }
        written.familyMembers += writeFamily(tx, deps, actor, residentId, demo[index]!, ids);
        written.notes += writeNotes(tx, deps, actor, residentId, demo[index]!);
      }
    });
  }
  const added = ids.filter((id) => id !== null).length;
  const admitted = ids.filter((id, index) => id !== null && gatekeeping.linked.has(index)).length;
  const at = pastMoments(deps);
  const makePlan = () => deps.db.transaction(() => createDemoPlan(at, actor, demoPlanStart(seed, today)));
  // A second run with the same seed added nobody: it adds no pathways, requests nor plan either.
  const filled =
    added === 0 ? { counts: noPathway(), onReform: null } : fillPathways(deps, at, actor, { demo, sample, ids, seed, today }, options.plan ? makePlan : () => null);
  const others = added === 0 ? { diverted: 0, refused: 0, pending: 0 } : fillGatekeeping(deps, actor, gatekeeping);
  const plan = filled.onReform === null ? null : fillPlan(deps, at, actor, filled.onReform, { seed, today, directorName: director.fullName });
  const pathwayChildren = ids.filter((id, index) => id !== null && sample.has(index)).length;
  return { added, skipped: ids.length - added, ...written, ...filled.counts, pathwayChildren, gatekeeping: { admitted, ...others }, plan };
}

/** The reference data and settings of the installation that pathways must follow. */
function pathwayReference(db: Db): PathwayReference {
  return {
    exitTypes: listReferenceItems(db, 'exit_type').map((item) => ({ code: item.code, meta: item.meta })),
    domainCodes: listReferenceItems(db, 'assessment_domain').map((item) => item.code),
    serviceTypes: listReferenceItems(db, 'service_type').map((item) => item.code),
    followUpMonths: getSettings(db).followUpMonths,
  };
}

/** The generated children, which of them get a pathway, and the record ids they were given (null: refused as a duplicate). */
type Filled = { demo: readonly DemoResident[]; sample: ReadonlySet<number>; ids: readonly (string | null)[]; seed: number; today: string };

/**
 * The services register, then each added child's pathway, in batched transactions: first the
 * children who had left by the reform's first day, then `onReform` (the transformation plan, whose
 * baseline counts the children in the records as they then stand: those who left later still
 * here), then the others. Returns what was written and what `onReform` gave.
 */
function fillPathways<T>(deps: CoreDeps, at: PastMoment, actor: Actor, filled: Filled, onReform: () => T): { counts: PathwayCounts; onReform: T } {
  const { demo, sample, ids, seed, today } = filled;
  const counts = noPathway();
  const added = ids.map((id) => id !== null);
  const plan = planPathways(demo, sample, added, seed, today, pathwayReference(deps.db));
  const serviceIds = deps.db.transaction(() => writeServices(deps, actor, plan.services, counts));
  const reform = reformStart(today, seed);
  const gone = (pathway: ChildPathway): boolean => pathway.exit !== null && pathway.exit.startDate <= reform;
  const children = [...plan.children.entries()];
  const write = (some: readonly (readonly [number, ChildPathway])[]): void => {
    for (let start = 0; start < some.length; start += BATCH) {
      deps.db.transaction(() => {
        for (const [index, pathway] of some.slice(start, start + BATCH)) {
          writePathway(deps, at, actor, ids[index]!, pathway, serviceIds, counts);
        }
      });
    }
  };
  write(children.filter(([, pathway]) => gone(pathway)));
  const reformed = onReform();
  write(children.filter(([, pathway]) => !gone(pathway)));
  return { counts, onReform: reformed };
}

/** The transformation plan's history after it was made, in one transaction; what it holds today. */
function fillPlan(deps: CoreDeps, at: PastMoment, actor: Actor, started: TransformationPlan, by: { seed: number; today: string; directorName: string }): DemoPlanSummary {
  const script = planDemoTransformation(by.seed, by.today, started.baseline.total, by.directorName);
  return summarisePlan(deps.db.transaction(() => writeDemoPlan(deps, at, actor, started, script)));
}

/** The requests that did not end in an admission here: recorded, then decided when a decision was made. */
function fillGatekeeping(deps: CoreDeps, actor: Actor, gatekeeping: DemoGatekeeping): Omit<DemoResult['gatekeeping'], 'admitted'> {
  const counts = { diverted: 0, refused: 0, pending: 0 };
  for (let start = 0; start < gatekeeping.others.length; start += BATCH) {
    deps.db.transaction(() => {
      for (const { request, decision } of gatekeeping.others.slice(start, start + BATCH)) {
        const { id } = createRequest(deps, actor, parsedInput('gatekeeping.create', { request }).request);
        if (decision === null) {
          counts.pending++;
          continue;
        }
        const { id: _id, ...fields } = parsedInput('gatekeeping.decide', { id, ...decision });
        decideRequest(deps, actor, id, fields);
        counts[decision.decision === 'refused' ? 'refused' : 'diverted']++;
      }
    });
  }
  return counts;
}

/**
 * The new record's id, or null when the duplicate guard refused the child. With `request`, the
 * request is recorded first and the registration decides it; a refused child leaves no request.
 */
function registerChild(deps: CoreDeps, actor: Actor, child: DemoResident, request: GatekeepingRequestInput | null): string | null {
  const parsed = parseWithKeys(createResidentInputSchema, { ...child.resident, confirmNotDuplicate: true });
  if (!parsed.success) {
    throw validationError(parsed.issues);
  }
  try {
    // A savepoint: when the guard refuses the child, the request recorded for it goes too.
    return deps.db.transaction(() => {
      const gatekeepingRequestId = request === null ? undefined : createRequest(deps, actor, parsedInput('gatekeeping.create', { request }).request).id;
      return createResident(deps, actor, { ...parsed.data, gatekeepingRequestId }).id;
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'DUPLICATE_RESIDENT') {
      return null;
    }
    throw error;
  }
}

function writeFamily(tx: Db, deps: CoreDeps, actor: Actor, residentId: string, child: DemoResident, ids: readonly (string | null)[]): number {
  const now = deps.clock.now();
  for (const { siblingIndex, ...member } of child.family) {
    const parsed = parseWithKeys(familyMemberInputSchema, {
      ...member,
      linkedResidentId: siblingIndex === null ? null : (ids[siblingIndex] ?? null),
    });
    if (!parsed.success) {
      throw validationError(parsed.issues);
    }
    const id = deps.ids.newId();
    tx.insert(familyMembers)
      .values({ id, residentId, ...parsed.data, createdAt: now.toISOString(), updatedAt: now.toISOString() })
      .run();
    appendAudit(tx, actor, now, { action: 'create', entityType: 'family_member', entityId: id, changes: changesBetween(null, { residentId, ...parsed.data }) });
  }
  return child.family.length;
}

function writeNotes(tx: Db, deps: CoreDeps, actor: Actor, residentId: string, child: DemoResident): number {
  const now = deps.clock.now();
  for (const note of child.notes) {
    const parsed = parseWithKeys(noteInputSchema, note);
    if (!parsed.success) {
      throw validationError(parsed.issues);
    }
    const id = deps.ids.newId();
    tx.insert(progressNotes)
      .values({ id, residentId, ...parsed.data, authorId: actor.userId!, correctsNoteId: null, createdAt: now.toISOString(), editedAt: null })
      .run();
    appendAudit(tx, actor, now, { action: 'create', entityType: 'note', entityId: id, changes: changesBetween(null, { residentId, ...parsed.data }) });
  }
  return child.notes.length;
}
