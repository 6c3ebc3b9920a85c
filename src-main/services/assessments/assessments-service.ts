import { desc, eq, inArray, max, sql } from 'drizzle-orm';

import type { Assessment } from '../../contract/assessments';
import type { ResidentAlert } from '../../contract/dashboard';
import { addDays, addMonths, calendarDate } from '../../contract/dates';
import { AppError, validationError } from '../../contract/errors';
import type { FieldIssue } from '../../contract/errors';
import type { ParsedInput } from '../../contract/procedures';
import { fullNameOf } from '../../contract/residents';
import type { Db } from '../../db/client';
import { assessments, assessmentScores, users } from '../../db/schema';
import { appendAudit, changesBetween } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import { listReferenceItems, referenceCodeIssue } from '../reference/reference-service';
import type { IndexEntry } from '../residents/resident-index';
import { residentRow, staysOf, statusOf } from '../residents/resident-record';
import { getSettings } from '../settings/settings-service';
import { userFullName } from '../users/user-names';

/** An assessment as the form sends it (after parsing). */
export type AssessmentFields = Omit<ParsedInput<'assessments.add'>, 'residentId'>;

/** How far ahead an assessment coming due shows on the alerts. */
export const ASSESSMENT_ALERT_DAYS = 14;

type AssessmentRow = typeof assessments.$inferSelect;
type ScoreRow = typeof assessmentScores.$inferSelect;

/**
 * When the next assessment is due: the interval after the latest one or, before the first, after
 * the admission of the current stay.
 */
export function nextAssessmentDue(latestAssessment: string | null, admissionDate: string, intervalMonths: number): string {
  return addMonths(latestAssessment ?? admissionDate, intervalMonths);
}

/** The signed-in assessor; an assessment always has one. */
function assessorOf(actor: Actor): string {
  if (actor.userId === null) {
    throw new AppError('UNAUTHENTICATED', 'Sign in first');
  }
  return actor.userId;
}

/** Scores in the order of the domain list (retired domains kept in their place). */
function orderScores(db: Db, rows: readonly ScoreRow[]): Assessment['scores'] {
  const order = new Map(listReferenceItems(db, 'assessment_domain', true).map((item, index) => [item.code, index]));
  const rank = (code: string): number => order.get(code) ?? Number.MAX_SAFE_INTEGER;
  return [...rows]
    .sort((a, b) => rank(a.domainCode) - rank(b.domainCode) || a.domainCode.localeCompare(b.domainCode))
    .map((row) => ({ domainCode: row.domainCode, score: row.score, note: row.note }));
}

function viewOf(row: AssessmentRow, assessorName: string, scores: Assessment['scores']): Assessment {
  return {
    id: row.id,
    residentId: row.residentId,
    date: row.date,
    summary: row.summary,
    scores,
    assessorId: row.assessorId,
    assessorName,
    createdAt: row.createdAt,
  };
}

const withAssessor = { assessment: assessments, assessorName: users.fullName };

/** The child's assessments, newest first, each with its scores. */
function assessmentsOf(db: Db, residentId: string): Assessment[] {
  const found = db
    .select(withAssessor)
    .from(assessments)
    .innerJoin(users, eq(users.id, assessments.assessorId))
    .where(eq(assessments.residentId, residentId))
    // rowid breaks ties of the same instant in insertion order.
    .orderBy(desc(assessments.date), desc(assessments.createdAt), desc(sql`${assessments}.rowid`))
    .all();
  const ids = found.map((row) => row.assessment.id);
  const scores = ids.length === 0 ? [] : db.select().from(assessmentScores).where(inArray(assessmentScores.assessmentId, ids)).all();
  const byAssessment = new Map<string, ScoreRow[]>();
  for (const score of scores) {
    byAssessment.set(score.assessmentId, [...(byAssessment.get(score.assessmentId) ?? []), score]);
  }
  return found.map((row) => viewOf(row.assessment, row.assessorName, orderScores(db, byAssessment.get(row.assessment.id) ?? [])));
}

/** A child's assessments, newest first, and when the next is due (null once the child has left). */
export function listAssessments(db: Db, residentId: string): { assessments: Assessment[]; nextDue: string | null } {
  residentRow(db, residentId);
  const history = assessmentsOf(db, residentId);
  const current = staysOf(db, residentId).at(-1);
  const nextDue =
    current === undefined || statusOf([current]) === 'exited'
      ? null
      : nextAssessmentDue(history[0]?.date ?? null, current.admission.admissionDate, getSettings(db).assessmentIntervalMonths);
  return { assessments: history, nextDue };
}

/** Records an assessment by the calling user: a score for each domain assessed; audited. */
export function addAssessment(deps: CoreDeps, actor: Actor, residentId: string, fields: AssessmentFields): Assessment {
  const assessorId = assessorOf(actor);
  const resident = residentRow(deps.db, residentId);
  const issues: FieldIssue[] = [];
  fields.scores.forEach((score, index) => {
    const issue = referenceCodeIssue(deps.db, 'assessment_domain', score.domainCode, `scores.${index}.domainCode`);
    if (issue !== null) {
      issues.push(issue);
    }
  });
  if (fields.date > calendarDate(deps.clock.now())) {
    issues.push({ path: 'date', message: 'validation.dateInFuture' });
  } else if (fields.date < resident.birthDate) {
    issues.push({ path: 'date', message: 'validation.dateBeforeBirth' });
  }
  if (issues.length > 0) {
    throw validationError(issues);
  }
  const now = deps.clock.now();
  const row: AssessmentRow = {
    id: deps.ids.newId(),
    residentId,
    date: fields.date,
    summary: fields.summary,
    assessorId,
    createdAt: now.toISOString(),
  };
  const scores: ScoreRow[] = fields.scores.map((score) => ({ assessmentId: row.id, domainCode: score.domainCode, score: score.score, note: score.note }));
  deps.db.transaction((tx) => {
    tx.insert(assessments).values(row).run();
    tx.insert(assessmentScores).values(scores).run();
    appendAudit(tx, actor, now, {
      action: 'create',
      entityType: 'assessment',
      entityId: row.id,
      changes: changesBetween(null, {
        residentId,
        date: fields.date,
        summary: fields.summary,
        scores: scores.map(({ domainCode, score, note }) => ({ domainCode, score, note })),
      }),
    });
  });
  return viewOf(row, userFullName(deps.db, assessorId) ?? '', orderScores(deps.db, scores));
}

/**
 * 'assessmentDue' for children in residence whose next assessment is due within
 * ASSESSMENT_ALERT_DAYS or overdue. One grouped query for the whole institution, not one per child.
 */
export function assessmentAlerts(db: Db, entries: readonly IndexEntry[], today: string): ResidentAlert[] {
  const months = getSettings(db).assessmentIntervalMonths;
  // Every child's latest assessment in one pass over the (resident, date) index.
  const latest = new Map(
    db
      .select({ residentId: assessments.residentId, date: max(assessments.date) })
      .from(assessments)
      .groupBy(assessments.residentId)
      .all()
      .map((row) => [row.residentId, row.date]),
  );
  const horizon = addDays(today, ASSESSMENT_ALERT_DAYS);
  const alerts: ResidentAlert[] = [];
  for (const entry of entries) {
    if (entry.status === 'exited') {
      continue;
    }
    const due = nextAssessmentDue(latest.get(entry.id) ?? null, entry.admissionDate, months);
    if (due <= horizon) {
      alerts.push({ kind: 'assessmentDue', residentId: entry.id, fullName: fullNameOf(entry), birthDate: entry.birthDate, dueDate: due, missing: [] });
    }
  }
  return alerts.sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.fullName.localeCompare(b.fullName));
}
