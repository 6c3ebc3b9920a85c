import { describe, expect, it } from 'vitest';

import { addDays, ageOn } from '../../contract/dates';
import { DEFAULT_SETTINGS } from '../../contract/settings';
import { assessmentDomainSeed, exitTypeSeed, serviceTypeSeed } from '../reference/seed-pathway';
import { gatekeepingStart, planGatekeeping } from './demo-gatekeeping';
import { generateDemoResidents } from './demo-generator';
import type { PathwayReference } from './demo-pathway';
import { demoSample, planPathways } from './demo-pathway';
import { reformStart } from './demo-timeline';

const TODAY = '2026-11-25';
const reference: PathwayReference = {
  exitTypes: exitTypeSeed.map((item) => ({ code: item.code, meta: item.meta ?? {} })),
  domainCodes: assessmentDomainSeed.map((item) => item.code),
  serviceTypes: serviceTypeSeed.map((item) => item.code),
  followUpMonths: DEFAULT_SETTINGS.followUpMonths,
};
const children = generateDemoResidents(1500, 11, TODAY);
const everyone = new Set(children.keys());
const added = children.map(() => true);
const plan = planPathways(children, everyone, added, 11, TODAY, reference);

describe('demo care pathway plan', () => {
  it('is the same for the same seed and day', () => {
    const again = planPathways(children, everyone, added, 11, TODAY, reference);
    expect(JSON.stringify([...again.children])).toBe(JSON.stringify([...plan.children]));
    expect(JSON.stringify(planGatekeeping(children, everyone, 11, TODAY).others)).toBe(JSON.stringify(planGatekeeping(children, everyone, 11, TODAY).others));
  });

  it('lets children leave by every exit type, within its ages, after admission and before today', () => {
    const exits = [...plan.children].flatMap(([index, pathway]) => (pathway.exit === null ? [] : [{ child: children[index]!, exit: pathway.exit }]));
    expect(new Set(exits.map(({ exit }) => exit.typeCode))).toEqual(new Set(exitTypeSeed.map((item) => item.code)));
    for (const { child, exit } of exits) {
      const meta = exitTypeSeed.find((item) => item.code === exit.typeCode)!.meta ?? {};
      const age = ageOn(child.resident.identity.birthDate, exit.startDate);
      expect(age).toBeGreaterThanOrEqual(meta.minAge ?? 0);
      expect(age).toBeLessThanOrEqual(meta.maxAge ?? 25);
      expect(exit.startDate >= child.resident.admission.admissionDate && exit.startDate < TODAY).toBe(true);
      exit.visits.forEach((visit) => expect(visit.dueDate < TODAY && (visit.record?.visitDate ?? exit.startDate) <= TODAY).toBe(true));
    }
    expect(exits.filter(({ exit }) => exit.typeCode === 'death').length).toBeLessThan(exits.length / 20);
  });

  it('dates referrals, assessments and plan reviews within the stay, never after today', () => {
    for (const [index, pathway] of plan.children) {
      const admitted = children[index]!.resident.admission.admissionDate;
      for (const referral of pathway.referrals) {
        const dates = [referral.requestedDate, ...referral.steps.map((step) => step.date), ...(referral.closeOn === null ? [] : [referral.closeOn])];
        expect([...dates].sort()).toEqual(dates);
        expect(dates[0]! >= admitted && dates.at(-1)! <= TODAY).toBe(true);
      }
      pathway.assessments.forEach((assessment) => expect(assessment.date >= admitted && assessment.date <= TODAY).toBe(true));
      const stays = [
        { plan: pathway.plan, from: admitted, to: pathway.exit === null ? TODAY : addDays(pathway.exit.startDate, -1) },
        { plan: pathway.readmittedPlan, from: pathway.exit?.after?.kind === 'readmit' ? pathway.exit.after.admission.admissionDate : TODAY, to: TODAY },
      ];
      for (const { plan: care, from, to } of stays) {
        if (care === null) {
          continue;
        }
        // Made during the stay, everything in it done while the child was there, never after today.
        expect(care.createdOn >= from && care.createdOn <= to && care.firstReviewDate > care.createdOn).toBe(true);
        const days = [...care.goals.flatMap((goal) => [...goal.actions.flatMap((action) => action.doneOn ?? []), ...(goal.change === null ? [] : [goal.change.on])]), ...care.reviews.map((review) => review.date)];
        days.forEach((day) => expect(day >= care.createdOn && day <= to, day).toBe(true));
        care.reviews.forEach((review) => expect(review.nextReviewDate > review.date).toBe(true));
      }
    }
  });

  it('plans for few children before the reform and for nearly all within its first year', () => {
    const reform = reformStart(TODAY, 11);
    const plans = [...plan.children.values()].flatMap((pathway) => [pathway.plan, pathway.readmittedPlan].flatMap((care) => (care === null ? [] : [care.createdOn])));
    const before = plans.filter((day) => day < reform).length;
    const during = plans.filter((day) => day >= reform && day <= addDays(reform, 400)).length;
    expect(before).toBeGreaterThan(0);
    expect(during).toBeGreaterThan(3 * before);
  });

  it('makes one service full and leaves room in the others', () => {
    const full = plan.services.filter((service) => service.room === 'full');
    expect(full.length).toBeGreaterThan(0);
    plan.services.forEach((service) => expect(service.capacity).toBeGreaterThanOrEqual(1));
  });
});

describe('demo gatekeeping plan', () => {
  it('covers three years and more, diversions overtaking admissions as the reform goes on', () => {
    const { linked, others } = planGatekeeping(children, everyone, 11, TODAY);
    const start = gatekeepingStart(TODAY);
    expect(start).toBe('2023-01-01');
    const byYear = (year: string) => ({
      admitted: [...linked.values()].filter((request) => request.receivedDate.startsWith(year)).length,
      diverted: others.filter((other) => other.request.receivedDate.startsWith(year) && other.decision?.decision !== 'refused').length,
    });
    const first = byYear('2023');
    const last = byYear('2026');
    expect(first.admitted).toBeGreaterThan(0);
    expect(first.diverted / first.admitted).toBeLessThan(last.diverted / last.admitted);
    expect(last.diverted).toBeGreaterThan(last.admitted);
    for (const [index, request] of linked) {
      expect(request.receivedDate >= start && request.receivedDate <= children[index]!.resident.admission.admissionDate).toBe(true);
    }
    others.forEach(({ request, decision }) => expect(request.receivedDate <= (decision?.decisionDate ?? TODAY) && (decision?.decisionDate ?? TODAY) <= TODAY).toBe(true));
  });

  it('samples about the asked number of children, whole families together', () => {
    const sample = demoSample(children, 11, 300);
    expect(sample.size).toBeGreaterThan(200);
    expect(sample.size).toBeLessThan(400);
    children.forEach((child, index) =>
      child.family.forEach((member) => member.siblingIndex !== null && expect(sample.has(member.siblingIndex)).toBe(sample.has(index))),
    );
  });
});
