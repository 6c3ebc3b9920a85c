import { ageOn } from '../../contract/dates';
import type { FieldIssue } from '../../contract/errors';
import type { ReferenceMeta } from '../../contract/reference';

/** The ages the message names when an exit type sets only one bound. */
const YOUNGEST = 0;
const OLDEST = 25;

/**
 * The problem with an exit (or placement) type for a child born on `birthDate` leaving on `on`, or
 * null when the child's age that day is within the type's ages (guardianship under 14, trusteeship
 * 14–17, ageing out from 18). A type without ages fits every child.
 */
export function exitAgeIssue(meta: ReferenceMeta, birthDate: string, on: string, path = 'exitTypeCode'): FieldIssue | null {
  const age = ageOn(birthDate, on);
  const tooYoung = meta.minAge !== undefined && age < meta.minAge;
  const tooOld = meta.maxAge !== undefined && age > meta.maxAge;
  if (!tooYoung && !tooOld) {
    return null;
  }
  return {
    path,
    message: 'validation.exitAgeOutside',
    params: { min: meta.minAge ?? YOUNGEST, max: meta.maxAge ?? OLDEST, age },
  };
}
