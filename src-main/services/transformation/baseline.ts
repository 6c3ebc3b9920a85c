import { and, eq, gt, isNull, lte } from 'drizzle-orm';

import { addMonths, ageOn } from '../../contract/dates';
import type { ReferenceKind } from '../../contract/reference';
import { ageGroupOf, ageGroups } from '../../contract/residents';
import type { PlanBaseline } from '../../contract/transformation-views';
import type { Db } from '../../db/client';
import { contactLog, residents, stayReasons, stays } from '../../db/schema';
import { listReferenceItems } from '../reference/reference-service';

/** Counts per code, in the order of the reference data (codes it no longer has last, by code); zeros left out. */
function countsInReferenceOrder(db: Db, kind: ReferenceKind, codes: readonly string[]): { code: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const code of codes) {
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const order = new Map(listReferenceItems(db, kind, true).map((item, index) => [item.code, index]));
  const rank = (code: string): number => order.get(code) ?? Number.MAX_SAFE_INTEGER;
  return [...counts]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([code, count]) => ({ code, count }));
}

/**
 * The children in the institution's care on `today` — a stay admitted by then and not ended, so
 * children temporarily away count too, as on the dashboard — by age group and sex, with a
 * disability, by legal status, by the admission reasons of their current stay, and with family
 * contact: a visit or contact in the contact log dated after the same day a year before and not
 * after `today`. (Contact being *allowed* with a family member says nothing of whether the child
 * sees anyone, so it is not counted.) Read from the records, for the plan to keep as it was.
 */
export function captureBaseline(db: Db, today: string): PlanBaseline {
  const current = db
    .select({ residentId: residents.id, sex: residents.sex, birthDate: residents.birthDate, legalStatusCode: residents.legalStatusCode, disabilityStatus: residents.disabilityStatus })
    .from(stays)
    .innerJoin(residents, eq(residents.id, stays.residentId))
    .where(and(isNull(stays.exitDate), lte(stays.admissionDate, today)))
    .all();
  const children = [...new Map(current.map((row) => [row.residentId, row])).values()];
  const reasons = db
    .selectDistinct({ residentId: stays.residentId, code: stayReasons.code })
    .from(stayReasons)
    .innerJoin(stays, eq(stays.id, stayReasons.stayId))
    .where(and(isNull(stays.exitDate), lte(stays.admissionDate, today)))
    .all();
  const inContact = new Set(
    db
      .selectDistinct({ residentId: contactLog.residentId })
      .from(contactLog)
      .where(and(gt(contactLog.date, addMonths(today, -12)), lte(contactLog.date, today)))
      .all()
      .map((row) => row.residentId),
  );
  const byAgeGroup = ageGroups.map((group) => ({ group, male: 0, female: 0 }));
  for (const child of children) {
    const row = byAgeGroup.find((candidate) => candidate.group === ageGroupOf(ageOn(child.birthDate, today)))!;
    row[child.sex] += 1;
  }
  return {
    asOf: today,
    total: children.length,
    byAgeGroup,
    withDisability: children.filter((child) => child.disabilityStatus === 'disability').length,
    byLegalStatus: countsInReferenceOrder(
      db,
      'legal_status',
      children.map((child) => child.legalStatusCode),
    ),
    byAdmissionReason: countsInReferenceOrder(
      db,
      'admission_reason',
      reasons.map((reason) => reason.code),
    ),
    withFamilyContact: children.filter((child) => inContact.has(child.residentId)).length,
  };
}
