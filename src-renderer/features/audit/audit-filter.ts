import type { AuditAction, AuditEntityType, AuditFilter } from '@contract/audit';

/** What the filter inputs hold: choices or null, days as `YYYY-MM-DD` ('' when not chosen). */
export type AuditFilterValues = {
  actorId: string | null;
  entityType: AuditEntityType | null;
  action: AuditAction | null;
  fromDay: string;
  toDay: string;
};

export const emptyAuditFilter: AuditFilterValues = { actorId: null, entityType: null, action: null, fromDay: '', toDay: '' };

/** Entries per page of the table. */
export const AUDIT_PAGE_SIZE = 50;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The instant a local calendar day starts, `days` days after `day` ('YYYY-MM-DD'), as ISO; null
 * for anything that is not a real date. Built from the date's parts, so the zone's own midnight
 * (and a daylight-saving change) is respected.
 */
export function localMidnight(day: string, days = 0): string | null {
  const match = DAY.exec(day);
  if (match === null) {
    return null;
  }
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const start = new Date(year, month - 1, date);
  if (start.getFullYear() !== year || start.getMonth() !== month - 1 || start.getDate() !== date) {
    return null;
  }
  start.setDate(start.getDate() + days);
  return start.toISOString();
}

/** True when both days are chosen and the range ends before it starts. */
export function isRangeReversed(values: AuditFilterValues): boolean {
  return values.fromDay !== '' && values.toDay !== '' && values.toDay < values.fromDay;
}

/**
 * The contract's filter for the inputs. The days are local: `from` is the start of the from-day,
 * `to` the start of the day after the to-day, because the contract's `to` is exclusive and the
 * person means "up to and including" the day they chose.
 */
export function auditFilterOf(values: AuditFilterValues): AuditFilter {
  const filter: AuditFilter = {};
  if (values.actorId !== null) {
    filter.actorId = values.actorId;
  }
  if (values.entityType !== null) {
    filter.entityType = values.entityType;
  }
  if (values.action !== null) {
    filter.action = values.action;
  }
  const from = localMidnight(values.fromDay);
  if (from !== null) {
    filter.from = from;
  }
  const to = localMidnight(values.toDay, 1);
  if (to !== null) {
    filter.to = to;
  }
  return filter;
}

/** True when any filter is chosen. */
export function hasFilter(values: AuditFilterValues): boolean {
  return Object.keys(auditFilterOf(values)).length > 0;
}
