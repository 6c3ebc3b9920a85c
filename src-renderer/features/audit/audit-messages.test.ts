import { auditActions, auditEntityTypes, auditVerifyOutputSchema } from '@contract/audit';
import { describe, expect, it } from 'vitest';

import az from './messages/az.json';
import en from './messages/en.json';
import ru from './messages/ru.json';

const problems = auditVerifyOutputSchema.shape.problem.unwrap().options;

describe('audit words in every language', () => {
  it.each([
    ['az', az],
    ['ru', ru],
    ['en', en],
  ])('%s names every action, kind of record and verification problem', (_language, messages) => {
    const { actions, entities, verification } = messages.audit;
    expect(auditActions.filter((action) => !(action in actions))).toEqual([]);
    expect(auditEntityTypes.filter((type) => !(type in entities))).toEqual([]);
    expect(problems.filter((problem) => !(problem in verification.problems))).toEqual([]);
  });
});
