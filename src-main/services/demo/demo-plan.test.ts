import { describe, expect, it } from 'vitest';

import { addMonths } from '../../contract/dates';
import { demoPlanStart, planDemoTransformation } from './demo-plan';
import type { PlanStep } from './demo-plan-steps';

const TODAY = '2026-11-25';
const { createdOn, fields } = demoPlanStart(7, TODAY);
const { steps, templateKeys } = planDemoTransformation(7, TODAY, 120, 'Aynur Məmmədova');
const ofKind = <K extends PlanStep['kind']>(kind: K) => steps.filter((step): step is Extract<PlanStep, { kind: K }> => step.kind === kind);

describe('demo transformation plan script', () => {
  it('is the same for the same seed and day, and another for another seed', () => {
    expect(JSON.stringify(planDemoTransformation(7, TODAY, 120, 'Aynur Məmmədova'))).toBe(JSON.stringify({ steps, templateKeys }));
    expect(demoPlanStart(8, TODAY)).not.toEqual(demoPlanStart(7, TODAY));
  });

  it('is made 18 to 24 months before today, its period starting within two months', () => {
    expect(createdOn >= addMonths(TODAY, -25) && createdOn <= addMonths(TODAY, -18)).toBe(true);
    expect(fields.periodStart > createdOn && fields.periodStart <= addMonths(createdOn, 2)).toBe(true);
  });

  it('writes in date order, after the plan was made and before today: approved, started, approved again', () => {
    const days = steps.map((step) => step.on);
    expect([...days].sort()).toEqual(days);
    expect(days[0]! > createdOn && days.at(-1)! < TODAY).toBe(true);
    const [first, second] = ofKind('approve');
    const [start] = ofKind('start');
    expect(first!.on < start!.on && start!.on < second!.on).toBe(true);
    // Plan content (actions, services, lines, rooms) is entered before the approval that freezes it.
    const content = steps.filter((step) => step.kind === 'action' || step.kind === 'newService');
    content.forEach((step) => expect(step.on < second!.on).toBe(true));
  });

  it('names an action only after it exists: template actions from the start, added ones once entered', () => {
    const known = new Set(templateKeys.map((entry) => entry.key));
    for (const step of steps) {
      if (step.kind === 'action') {
        step.fields.dependsOn.forEach((key) => expect(known.has(key), `${step.key} waits for ${key}`).toBe(true));
        known.add(step.key);
      } else if (step.kind === 'progress' || step.kind === 'evidence') {
        expect(known.has(step.key), step.key).toBe(true);
      }
    }
  });

  it('moves actions forward only, and records a done action with a note that day', () => {
    const reached = new Map<string, number>();
    for (const step of ofKind('progress')) {
      expect(step.progress).toBeGreaterThanOrEqual(reached.get(step.key) ?? 0);
      reached.set(step.key, step.progress);
    }
    const done = ofKind('progress').filter((step) => step.status === 'done');
    expect(done.length).toBeGreaterThan(10);
    done.forEach((step) => expect(ofKind('evidence').some((note) => note.key === step.key && note.on === step.on)).toBe(true));
  });

  it('moves money no later than the day it is recorded and never more than planned', () => {
    for (const { on, line } of ofKind('budgetLine')) {
      expect(line.movedQepik ?? 0).toBeLessThanOrEqual(line.plannedQepik);
      expect(line.movedDate === null || line.movedDate === undefined || line.movedDate <= on).toBe(true);
    }
    ofKind('training').forEach(({ on, training }) => expect((training.completedDate ?? on) <= on).toBe(true));
  });
});
