import { eq } from 'drizzle-orm';

import { compareAz } from '../../contract/az-text';
import type { AlertKind, Dashboard, ResidentAlert } from '../../contract/dashboard';
import { alertKinds } from '../../contract/dashboard';
import { addDays, addMonths, ageOn, birthdayAt } from '../../contract/dates';
import { ageGroupOf, ageGroups, fullNameOf } from '../../contract/residents';
import type { Db } from '../../db/client';
import { residentCodes } from '../../db/schema';
import { assessmentAlerts } from '../assessments/assessments-service';
import { placementAlerts } from '../placements/follow-ups-service';
import { planAlerts } from '../plans/plans-service';
import { listReferenceItems } from '../reference/reference-service';
import { getSettings } from '../settings/settings-service';
import { overduePlanActions } from '../transformation/overdue';
import type { IndexEntry, ResidentIndex } from './resident-index';
import { DEPRIVATION_REASONS } from './resident-record';

/** How far ahead (and back) an age alert shows. */
export const ALERT_WINDOW_DAYS = 30;

function alert(entry: IndexEntry, kind: ResidentAlert['kind'], dueDate: string | null, missing: string[] = []): ResidentAlert {
  return { kind, residentId: entry.id, fullName: fullNameOf(entry), birthDate: entry.birthDate, dueDate, missing };
}

/**
 * The ages the law cares about, for children in residence: turning 14 (guardianship becomes
 * trusteeship: review), 15 (identity card within a month, if no FİN yet), 17½ (leaving-care plan
 * before 18); and records missing what their legal status requires.
 */
export function residentAlerts(db: Db, entries: readonly IndexEntry[], today: string): ResidentAlert[] {
  const alerts: ResidentAlert[] = [];
  const needsReason = new Set(
    listReferenceItems(db, 'legal_status', true)
      .filter((item) => item.meta.requiresDeprivationReason === true)
      .map((item) => item.code),
  );
  const withReasons = new Set(
    db
      .selectDistinct({ residentId: residentCodes.residentId })
      .from(residentCodes)
      .where(eq(residentCodes.kind, DEPRIVATION_REASONS))
      .all()
      .map((row) => row.residentId),
  );
  const from = addDays(today, -ALERT_WINDOW_DAYS);
  const until = addDays(today, ALERT_WINDOW_DAYS);
  for (const entry of entries) {
    if (entry.status === 'exited') {
      continue;
    }
    const fourteen = birthdayAt(entry.birthDate, 14);
    if (fourteen >= from && fourteen <= until) {
      alerts.push(alert(entry, 'turning14', fourteen));
    }
    const fifteen = birthdayAt(entry.birthDate, 15);
    const cardDeadline = addMonths(fifteen, 1);
    if (entry.fin === null && fifteen <= until && cardDeadline >= from) {
      alerts.push(alert(entry, 'identityCard15', cardDeadline));
    }
    const leaving = addMonths(entry.birthDate, 17 * 12 + 6);
    const eighteen = birthdayAt(entry.birthDate, 18);
    if (leaving <= today && today < eighteen) {
      alerts.push(alert(entry, 'leavingCare', eighteen));
    }
    const missing = missingData(entry, today, needsReason.has(entry.legalStatusCode) && !withReasons.has(entry.id));
    if (missing.length > 0) {
      alerts.push(alert(entry, 'missingData', null, missing));
    }
  }
  return alerts.sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.fullName.localeCompare(b.fullName));
}

/** Fields a record should have and lacks, as i18n keys of their labels. */
function missingData(entry: IndexEntry, today: string, lacksReason: boolean): string[] {
  const missing: string[] = [];
  if (entry.birthCertificate === null && entry.fin === null) {
    missing.push('residentFields.birthCertificate');
  }
  if (entry.fin === null && ageOn(entry.birthDate, today) >= 16) {
    missing.push('residentFields.fin');
  }
  if (lacksReason) {
    missing.push('residentFields.deprivationReasons');
  }
  return missing;
}

const kindRank = new Map<AlertKind, number>(alertKinds.map((kind, index) => [kind, index]));

/**
 * Every alert in one order whoever asks: by the date it is about (undated last), then kind, name and
 * id. Names are compared after redaction, so a secret child's place in the list says nothing of its name.
 */
function byDateKindName(a: ResidentAlert, b: ResidentAlert): number {
  return (
    (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
    (kindRank.get(a.kind) ?? 0) - (kindRank.get(b.kind) ?? 0) ||
    compareAz(a.fullName, b.fullName) ||
    a.residentId.localeCompare(b.residentId)
  );
}

/**
 * Everything the dashboard reminds of: the law's ages and missing data, the care pathway (no plan,
 * review overdue, assessment due) and children placed out (visit overdue, placement broken down).
 * A secret (adopted) child's name is blank unless `revealSecret` (the director), whichever kind names it.
 */
function dashboardAlerts(db: Db, index: ResidentIndex, today: string, revealSecret: boolean): ResidentAlert[] {
  const entries = index.all();
  const present = entries.filter((entry) => entry.status !== 'exited');
  const { planDueDays } = getSettings(db);
  const alerts = [
    ...residentAlerts(db, present, today),
    ...planAlerts(db, present, today, planDueDays),
    ...assessmentAlerts(db, present, today),
    // Children placed out have left: these alerts need every entry, not only those present.
    ...placementAlerts(db, entries, today),
  ];
  return alerts
    .map((alert) => {
      const entry = index.get(alert.residentId);
      if (entry === undefined) {
        return alert;
      }
      return { ...alert, fullName: entry.secret && !revealSecret ? '' : fullNameOf(entry) };
    })
    .sort(byDateKindName);
}

/**
 * The home page's picture of the institution today, with the transformation plan's overdue actions.
 * A secret child's name on the alerts is blank
 * unless `revealSecret` (only the director sees who an adopted child is).
 */
export function dashboard(db: Db, index: ResidentIndex, today: string, revealSecret = false): Dashboard {
  const entries = index.all();
  const present = entries.filter((entry) => entry.status !== 'exited');
  const year = today.slice(0, 4);
  const byAgeGroup = ageGroups.map((group) => ({ group, male: 0, female: 0 }));
  for (const entry of present) {
    const row = byAgeGroup.find((candidate) => candidate.group === ageGroupOf(ageOn(entry.birthDate, today)))!;
    row[entry.sex] += 1;
  }
  return {
    asOf: today,
    inResidence: {
      total: present.length,
      temporarilyAbsent: present.filter((entry) => entry.status === 'temporarily_absent').length,
      withDisability: present.filter((entry) => entry.disability).length,
      byAgeGroup,
    },
    admissionsThisYear: entries.reduce((sum, entry) => sum + entry.admissions.filter((date) => date.startsWith(year)).length, 0),
    exitsThisYear: entries.reduce((sum, entry) => sum + entry.exits.filter((date) => date.startsWith(year)).length, 0),
    alerts: dashboardAlerts(db, index, today, revealSecret),
    planActionsOverdue: overduePlanActions(db, today),
  };
}
