import type { GatekeepingDecision } from '@contract/gatekeeping';
import type { ProcedureInput } from '@contract/procedures';

/** What the filter inputs hold: a decision or null, received days as `YYYY-MM-DD` ('' when not chosen). */
export type GatekeepingFilterValues = { decision: GatekeepingDecision | null; from: string; to: string };

export const emptyGatekeepingFilter: GatekeepingFilterValues = { decision: null, from: '', to: '' };

/** True when both days are chosen and the range ends before it starts (the core would refuse it). */
export function isRangeReversed(values: GatekeepingFilterValues): boolean {
  return values.from !== '' && values.to !== '' && values.to < values.from;
}

/** The list call for the inputs; both days are inclusive, as the core reads them. */
export function listInputOf(values: GatekeepingFilterValues): ProcedureInput<'gatekeeping.list'> {
  return {
    ...(values.decision === null ? {} : { decision: values.decision }),
    ...(values.from === '' ? {} : { from: values.from }),
    ...(values.to === '' ? {} : { to: values.to }),
  };
}

/** True when any filter is chosen. */
export function hasFilter(values: GatekeepingFilterValues): boolean {
  return Object.keys(listInputOf(values)).length > 0;
}
