import type { GatekeepingRequest } from '@contract/gatekeeping';
import { parseWithKeys } from '@contract/zod-issues';
import { describe, expect, it } from 'vitest';

import {
  childNameOf,
  decideFormSchema,
  emptyDecideValues,
  emptyRequestValues,
  requestFieldOf,
  requestFormSchema,
  requestValuesOf,
} from './gatekeeping-form';

const TODAY = '2026-03-15';

function recorded(): GatekeepingRequest {
  return {
    id: 'gk-1',
    receivedDate: '2026-03-10',
    childSurname: 'Hüseynova',
    childFirstName: 'Aysel',
    childPatronymic: null,
    childSex: 'female',
    childBirthDate: null,
    requesterCode: 'parent',
    requesterName: null,
    reasonCodes: ['poverty'],
    assessmentSummary: null,
    commissionInvolved: true,
    decision: 'pending',
    decisionDate: null,
    decisionNote: null,
    residentId: null,
    createdAt: '2026-03-10T08:00:00.000Z',
    updatedAt: '2026-03-10T08:00:00.000Z',
  };
}

/** The field of each problem the form would show, with its message key. */
function problems(result: ReturnType<typeof parseWithKeys>) {
  return result.success ? [] : result.issues.map((issue) => [issue.path, issue.message]);
}

describe('the request form', () => {
  it('gives back what was recorded when a request is opened and saved unchanged', () => {
    const result = parseWithKeys(requestFormSchema(TODAY), requestValuesOf(recorded()));
    const { receivedDate, childSurname, childFirstName, childPatronymic, childSex, childBirthDate, requesterCode, requesterName, reasonCodes, assessmentSummary, commissionInvolved } =
      recorded();
    expect(result).toEqual({
      success: true,
      data: { receivedDate, childSurname, childFirstName, childPatronymic, childSex, childBirthDate, requesterCode, requesterName, reasonCodes, assessmentSummary, commissionInvolved },
    });
  });

  it('shows the date rules together with the missing fields, not after them', () => {
    const values = { ...emptyRequestValues(TODAY), receivedDate: '2026-03-16', childBirthDate: '2026-04-01' };
    expect(problems(parseWithKeys(requestFormSchema(TODAY), values))).toEqual(
      expect.arrayContaining([
        ['childSurname', 'validation.required'],
        ['childSex', 'validation.required'],
        ['requesterCode', 'validation.required'],
        ['reasonCodes', 'validation.chooseAtLeastOne'],
        ['receivedDate', 'validation.dateInFuture'],
        ['childBirthDate', 'validation.birthInFuture'],
      ]),
    );
  });

  it('takes a request received today', () => {
    const values = { ...requestValuesOf(recorded()), receivedDate: TODAY };
    expect(parseWithKeys(requestFormSchema(TODAY), values).success).toBe(true);
  });

  it("places the core's problems under `request.` beside the form's own fields, and no other", () => {
    expect(requestFieldOf('request.childSurname')).toBe('childSurname');
    expect(requestFieldOf('request.reasonCodes.2')).toBe('reasonCodes');
    expect(requestFieldOf('id')).toBeNull();
    expect(requestFieldOf('request')).toBeNull();
  });

  it('names the child surname first, without an empty patronymic', () => {
    expect(childNameOf({ childSurname: 'Əliyev', childFirstName: 'Tural', childPatronymic: null })).toBe('Əliyev Tural');
    expect(childNameOf({ childSurname: 'Hüseynova', childFirstName: 'Aysel', childPatronymic: 'Kamran qızı' })).toBe('Hüseynova Aysel Kamran qızı');
  });
});

describe('the decision form', () => {
  const schema = decideFormSchema('2026-03-10', TODAY);

  it('starts undecided, dated today', () => {
    expect(emptyDecideValues(recorded(), TODAY)).toEqual({ id: 'gk-1', decision: null, decisionDate: TODAY, note: '' });
  });

  it('takes a decision from the day of the request up to today', () => {
    for (const decisionDate of ['2026-03-10', TODAY]) {
      expect(parseWithKeys(schema, { id: 'gk-1', decision: 'refused', decisionDate, note: '' })).toEqual({
        success: true,
        data: { id: 'gk-1', decision: 'refused', decisionDate, note: null },
      });
    }
  });

  it('refuses a date before the request or after today, and a missing decision at the same time', () => {
    expect(problems(parseWithKeys(schema, { id: 'gk-1', decision: null, decisionDate: '2026-03-09', note: '' }))).toEqual([
      ['decision', 'validation.required'],
      ['decisionDate', 'validation.decisionBeforeRequest'],
    ]);
    expect(problems(parseWithKeys(schema, { id: 'gk-1', decision: 'refused', decisionDate: '2026-03-16', note: '' }))).toEqual([
      ['decisionDate', 'validation.dateInFuture'],
    ]);
  });

  it('does not take admission: that is recorded by registering the child', () => {
    const fields = problems(parseWithKeys(schema, { id: 'gk-1', decision: 'admitted', decisionDate: TODAY, note: '' })).map(([path]) => path);
    expect(fields).toEqual(['decision']);
  });
});
