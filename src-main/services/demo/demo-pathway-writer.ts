import type { ReferralStatus } from '../../contract/services-register';
import { OCCUPYING_STATUSES } from '../../contract/services-register';
import { addAssessment } from '../assessments/assessments-service';
import type { Actor, CoreDeps } from '../context';
import { recordFollowUp } from '../placements/follow-ups-service';
import { changePlacement, exitResident, listPlacements, readmitResident } from '../placements/placements-service';
import { addAction, addGoal, addReview, createPlan, updateAction, updateGoal } from '../plans/plans-service';
import { createReferral, setReferralStatus } from '../referrals/referrals-service';
import { listServices, saveService } from '../referrals/services-service';
import { residentRow } from '../residents/resident-record';
import type { DemoCarePlan, DemoReferralPlan } from './demo-care';
import type { DemoPlacementPlan } from './demo-exits';
import { isAppError, parsedInput } from './demo-input';
import type { ChildPathway, DemoPathways } from './demo-pathway';
import { referralNotes } from './demo-pathway-texts';
import type { PastMoment } from './demo-timeline';

/** What the care pathway of a demo fill wrote. */
export type PathwayCounts = {
  services: number;
  referrals: number;
  assessments: number;
  plans: number;
  exits: number;
  followUps: number;
  breakdowns: number;
  readmissions: number;
  placementChanges: number;
};

export const noPathway = (): PathwayCounts => ({
  services: 0,
  referrals: 0,
  assessments: 0,
  plans: 0,
  exits: 0,
  followUps: 0,
  breakdowns: 0,
  readmissions: 0,
  placementChanges: 0,
});

/**
 * Writes the demo services register through `services.save`; a service of the same name and type
 * already there (an earlier demo run) is reused as it is. Returns the service ids by demo key.
 */
export function writeServices(deps: CoreDeps, actor: Actor, services: DemoPathways['services'], counts: PathwayCounts): Map<string, string> {
  const existing = listServices(deps.db, true);
  const ids = new Map<string, string>();
  for (const { key, room: _room, ...service } of services) {
    const found = existing.find((candidate) => candidate.name === service.name && candidate.typeCode === service.typeCode);
    if (found !== undefined) {
      ids.set(key, found.id);
      continue;
    }
    const saved = saveService(deps, actor, null, parsedInput('services.save', { id: null, service }).service);
    ids.set(key, saved.id);
    counts.services++;
  }
  return ids;
}

/** Moves a referral on; false when the service had no free place (the step did not happen). */
function moveReferral(deps: CoreDeps, actor: Actor, id: string, status: ReferralStatus, date: string, note: string | null): boolean {
  try {
    setReferralStatus(deps, actor, parsedInput('referrals.setStatus', { id, status, date, note }), true);
    return true;
  } catch (error) {
    if (isAppError(error, 'SERVICE_AT_CAPACITY')) {
      return false;
    }
    throw error;
  }
}

/**
 * One referral as staff would record it. A full service takes the request only as the user would
 * after its warning; a place it cannot give leaves the child waiting (when the child would still be
 * there) or declined. Whatever is open when the child leaves is closed that day.
 */
function writeReferral(deps: CoreDeps, actor: Actor, residentId: string, serviceId: string, plan: DemoReferralPlan): void {
  const request = { residentId, serviceId, requestedDate: plan.requestedDate, note: plan.note };
  let id: string;
  try {
    id = createReferral(deps, actor, parsedInput('referrals.create', request), true).id;
  } catch (error) {
    if (!isAppError(error, 'SERVICE_AT_CAPACITY')) {
      throw error;
    }
    id = createReferral(deps, actor, parsedInput('referrals.create', { ...request, note: referralNotes.waiting, acceptOverCapacity: true }), true).id;
  }
  let status: ReferralStatus = 'requested';
  const wanted = plan.steps.at(-1)?.status ?? 'requested';
  for (const step of plan.steps) {
    if (moveReferral(deps, actor, id, step.status, step.date, null)) {
      status = step.status;
      continue;
    }
    if (plan.closeOn !== null || !OCCUPYING_STATUSES.includes(wanted)) {
      moveReferral(deps, actor, id, 'declined', step.date, referralNotes.noPlace);
      status = 'declined';
    }
    break;
  }
  if (plan.closeOn !== null && (status === 'requested' || OCCUPYING_STATUSES.includes(status))) {
    moveReferral(deps, actor, id, status === 'requested' ? 'declined' : 'ended', plan.closeOn, referralNotes.closedOnExit);
  }
}

/** Records the visits of the child's newest placement that the plan says were made. */
function writeVisits(deps: CoreDeps, actor: Actor, residentId: string, plan: DemoPlacementPlan, counts: PathwayCounts): string {
  const [placement] = listPlacements(deps.db, residentId, true);
  if (placement === undefined) {
    throw new Error('demo: the placement just written is missing');
  }
  for (const visit of plan.visits) {
    const scheduled = placement.followUps.find((candidate) => candidate.dueDate === visit.dueDate);
    if (visit.record === null || scheduled === undefined) {
      continue;
    }
    recordFollowUp(deps, actor, parsedInput('followUps.record', { id: scheduled.id, ...visit.record }), true);
    counts.followUps++;
    counts.breakdowns += visit.record.outcome === 'broken_down' ? 1 : 0;
  }
  return placement.id;
}

/** The exit, its visits and what followed a breakdown (re-admission or another placement). */
function writeExit(deps: CoreDeps, actor: Actor, residentId: string, exit: NonNullable<ChildPathway['exit']>, counts: PathwayCounts): void {
  const { typeCode, startDate, decision, destination, note } = exit;
  const version = residentRow(deps.db, residentId).version;
  exitResident(deps, actor, parsedInput('placements.exit', { residentId, version, exitTypeCode: typeCode, exitDate: startDate, decision, destination, note }), true);
  counts.exits++;
  const placementId = writeVisits(deps, actor, residentId, exit, counts);
  if (exit.after?.kind === 'readmit') {
    const again = { residentId, version: residentRow(deps.db, residentId).version, admission: exit.after.admission };
    readmitResident(deps, actor, parsedInput('placements.readmit', again), true);
    counts.readmissions++;
  } else if (exit.after?.kind === 'change') {
    const next = exit.after.placement;
    const change = {
      residentId,
      previousPlacementId: placementId,
      endReason: 'breakdown' as const,
      typeCode: next.typeCode,
      startDate: next.startDate,
      decision: next.decision,
      destination: next.destination,
      note: next.note,
    };
    changePlacement(deps, actor, parsedInput('placements.change', change), true);
    counts.placementChanges++;
    writeVisits(deps, actor, residentId, next, counts);
  }
}

/** A write of a care plan that happened after it was made, on its day (same day: actions, then goals, then reviews). */
type PlanEvent = { on: string; order: number; write: (deps: CoreDeps) => void };

/**
 * The care plan of the child's current stay as it happened, each write on its own past day through
 * the plans service: made with its goals and their actions (not yet done), then actions marked
 * done, goals achieved or dropped and reviews held, in date order.
 */
function writePlan(at: PastMoment, actor: Actor, residentId: string, plan: DemoCarePlan): void {
  const created = at(plan.createdOn);
  const planId = createPlan(created, actor, residentId, parsedInput('plans.create', { residentId, firstReviewDate: plan.firstReviewDate }).firstReviewDate).id;
  const events: PlanEvent[] = [];
  for (const { actions, change, ...goal } of plan.goals) {
    const goalId = addGoal(created, actor, planId, parsedInput('plans.addGoal', { planId, goal }).goal).goals.at(-1)!.id;
    for (const { doneOn, ...planned } of actions) {
      const action = { ...planned, done: false };
      const actionId = addAction(created, actor, goalId, parsedInput('plans.addAction', { goalId, action }).action)
        .goals.find((candidate) => candidate.id === goalId)!
        .actions.at(-1)!.id;
      if (doneOn !== null) {
        const done = parsedInput('plans.updateAction', { actionId, action: { ...action, done: true } }).action;
        events.push({ on: doneOn, order: 0, write: (deps) => updateAction(deps, actor, actionId, done) });
      }
    }
    if (change !== null) {
      const changed = parsedInput('plans.updateGoal', { goalId, goal: { ...goal, status: change.status } }).goal;
      events.push({ on: change.on, order: 1, write: (deps) => updateGoal(deps, actor, goalId, changed) });
    }
  }
  for (const review of plan.reviews) {
    const held = parsedInput('plans.addReview', { planId, review }).review;
    events.push({ on: review.date, order: 2, write: (deps) => addReview(deps, actor, planId, held) });
  }
  events.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.order - b.order));
  events.forEach((event) => event.write(at(event.on)));
}

/**
 * Writes one child's pathway through the services the app uses, in the order things happened:
 * referrals while in care, assessments, the plan of the first stay (made and carried out while
 * the child was here, each write on its own day: `at` pins the clock), the exit with its visits,
 * then the plan of the stay after a re-admission.
 */
export function writePathway(
  deps: CoreDeps,
  at: PastMoment,
  actor: Actor,
  residentId: string,
  pathway: ChildPathway,
  serviceIds: ReadonlyMap<string, string>,
  counts: PathwayCounts,
): void {
  for (const referral of pathway.referrals) {
    const serviceId = serviceIds.get(referral.serviceKey);
    if (serviceId !== undefined) {
      writeReferral(deps, actor, residentId, serviceId, referral);
      counts.referrals++;
    }
  }
  for (const assessment of pathway.assessments) {
    const { residentId: _id, ...fields } = parsedInput('assessments.add', { residentId, ...assessment });
    addAssessment(deps, actor, residentId, fields);
    counts.assessments++;
  }
  if (pathway.plan !== null) {
    writePlan(at, actor, residentId, pathway.plan);
    counts.plans++;
  }
  if (pathway.exit !== null) {
    writeExit(deps, actor, residentId, pathway.exit, counts);
  }
  if (pathway.readmittedPlan !== null) {
    writePlan(at, actor, residentId, pathway.readmittedPlan);
    counts.plans++;
  }
}
