import { statisticalTables } from '../../../contract/bundle-payload-statistical';
import type { RootDb } from '../../../db/client';
import { DEPRIVATION_REASONS } from '../../residents/resident-record';
import { monthOf, monthOfInstant, monthOrNull, monthsOld, pseudonymOf, pseudonymOrNull } from './anonymise';
import type { PayloadTable, SqlRow, SqlTableSpec } from './payload-table';
import { codeList, sqlTables, text, textOrNull } from './payload-table';

/*
 * The statistical profile (contract bundle-payload-statistical), read with SQL and shaped here:
 * each query selects only codes, numbers, dates and ids — never a name, contact or text column —
 * and the shaping turns ids into pseudonyms, dates into months and birth dates into ages in months.
 * Every child is in it, adopted (secret) ones included: they count.
 */

type Shapers = { key: Buffer; today: string };

const bool = (row: SqlRow, column: string): boolean => row[column] === 1;
/** A JSON value built in SQL (code lists, scores). */
const json = (row: SqlRow, column: string): unknown => JSON.parse(text(row, column));

function specs({ key, today }: Shapers): { [K in keyof typeof statisticalTables]: SqlTableSpec } {
  const id = (row: SqlRow, column = 'id'): string => pseudonymOf(key, text(row, column));
  const idOrNull = (row: SqlRow, column: string): string | null => pseudonymOrNull(key, textOrNull(row, column));
  const month = (row: SqlRow, column: string): string => monthOf(text(row, column));
  const monthOrNone = (row: SqlRow, column: string): string | null => monthOrNull(textOrNull(row, column));
  const age = (row: SqlRow, on: string): number => monthsOld(text(row, 'birthDate'), on);
  return {
    services: {
      columns: 'id, type_code AS typeCode, region_code AS regionCode, capacity, active',
      from: 'FROM services',
      orderBy: 'rowid',
      shape: (row) => ({ ...row, active: bool(row, 'active') }),
    },
    children: {
      columns: `r.id, r.sex, r.birth_date AS birthDate, r.legal_status_code AS legalStatusCode,
        ${codeList('resident_codes', 'resident_id', 'r.id', ` AND kind = '${DEPRIVATION_REASONS}'`)} AS deprivationReasonCodes,
        r.disability_status AS disabilityStatus, r.disability_category_code AS disabilityCategoryCode,
        r.education_type_code AS educationTypeCode, r.grade`,
      from: 'FROM residents r',
      orderBy: 'r.rowid',
      shape: (row) => ({
        id: id(row),
        sex: row.sex,
        ageMonths: age(row, today),
        legalStatusCode: row.legalStatusCode,
        deprivationReasonCodes: json(row, 'deprivationReasonCodes'),
        disabilityStatus: row.disabilityStatus,
        disabilityCategoryCode: row.disabilityCategoryCode,
        educationTypeCode: row.educationTypeCode,
        grade: row.grade,
      }),
    },
    stays: {
      columns: `s.id, s.resident_id AS childId, r.birth_date AS birthDate, s.admission_date AS admissionDate,
        s.basis_body_code AS basisBodyCode, s.referring_body_code AS referringBodyCode, s.source_code AS sourceCode,
        ${codeList('stay_reasons', 'stay_id', 's.id')} AS reasonCodes, s.temporarily_absent AS temporarilyAbsent,
        s.exit_date AS exitDate, s.exit_type_code AS exitTypeCode`,
      from: 'FROM stays s JOIN residents r ON r.id = s.resident_id',
      orderBy: 's.rowid',
      shape: (row) => {
        const exitDate = textOrNull(row, 'exitDate');
        return {
          id: id(row),
          childId: id(row, 'childId'),
          admissionMonth: month(row, 'admissionDate'),
          ageMonthsAtAdmission: age(row, text(row, 'admissionDate')),
          basisBodyCode: row.basisBodyCode,
          referringBodyCode: row.referringBodyCode,
          sourceCode: row.sourceCode,
          reasonCodes: json(row, 'reasonCodes'),
          temporarilyAbsent: bool(row, 'temporarilyAbsent'),
          exitMonth: monthOrNull(exitDate),
          ageMonthsAtExit: exitDate === null ? null : age(row, exitDate),
          exitTypeCode: row.exitTypeCode,
        };
      },
    },
    family_members: {
      columns: `id, resident_id AS childId, relation_code AS relationCode, contact_allowed AS contactAllowed,
        linked_resident_id AS linkedChildId`,
      from: 'FROM family_members',
      orderBy: 'rowid',
      shape: (row) => ({
        id: id(row),
        childId: id(row, 'childId'),
        relationCode: row.relationCode,
        contactAllowed: bool(row, 'contactAllowed'),
        linkedChildId: idOrNull(row, 'linkedChildId'),
      }),
    },
    contact_log: {
      columns: 'id, resident_id AS childId, date, kind, family_member_id AS familyMemberId',
      from: 'FROM contact_log',
      orderBy: 'rowid',
      shape: (row) => ({ id: id(row), childId: id(row, 'childId'), month: month(row, 'date'), kind: row.kind, familyMemberId: idOrNull(row, 'familyMemberId') }),
    },
    assessments: {
      columns: `a.id, a.resident_id AS childId, a.date,
        (SELECT json_group_array(json_object('domainCode', s.domain_code, 'score', s.score))
          FROM (SELECT * FROM assessment_scores WHERE assessment_id = a.id ORDER BY domain_code) s) AS scores`,
      from: 'FROM assessments a',
      orderBy: 'a.rowid',
      shape: (row) => ({ id: id(row), childId: id(row, 'childId'), month: month(row, 'date'), scores: json(row, 'scores') }),
    },
    care_plans: {
      columns: 'id, resident_id AS childId, stay_id AS stayId, created_at AS createdAt, next_review_date AS nextReviewDate',
      from: 'FROM care_plans',
      orderBy: 'rowid',
      shape: (row) => ({
        id: id(row),
        childId: id(row, 'childId'),
        stayId: id(row, 'stayId'),
        createdMonth: monthOfInstant(text(row, 'createdAt')),
        nextReviewMonth: monthOrNone(row, 'nextReviewDate'),
      }),
    },
    care_plan_goals: {
      columns: 'id, plan_id AS carePlanId, domain_code AS domainCode, status, target_date AS targetDate',
      from: 'FROM plan_goals',
      orderBy: 'rowid',
      shape: (row) => ({
        id: id(row),
        carePlanId: id(row, 'carePlanId'),
        domainCode: row.domainCode,
        status: row.status,
        targetMonth: monthOrNone(row, 'targetDate'),
      }),
    },
    care_plan_actions: {
      columns: 'id, goal_id AS goalId, due_date AS dueDate, done_at AS doneAt',
      from: 'FROM plan_actions',
      orderBy: 'rowid',
      shape: (row) => ({ id: id(row), goalId: id(row, 'goalId'), dueMonth: monthOrNone(row, 'dueDate'), doneMonth: monthOrNone(row, 'doneAt') }),
    },
    care_plan_reviews: {
      columns: 'id, plan_id AS carePlanId, date, next_review_date AS nextReviewDate',
      from: 'FROM plan_reviews',
      orderBy: 'rowid',
      shape: (row) => ({ id: id(row), carePlanId: id(row, 'carePlanId'), month: month(row, 'date'), nextReviewMonth: month(row, 'nextReviewDate') }),
    },
    referrals: {
      columns: 'id, resident_id AS childId, service_id AS serviceId, status, requested_date AS requestedDate, start_date AS startDate, end_date AS endDate',
      from: 'FROM referrals',
      orderBy: 'rowid',
      shape: (row) => ({
        id: id(row),
        childId: id(row, 'childId'),
        serviceId: row.serviceId,
        status: row.status,
        requestedMonth: month(row, 'requestedDate'),
        startMonth: monthOrNone(row, 'startDate'),
        endMonth: monthOrNone(row, 'endDate'),
      }),
    },
    placements: {
      columns: `p.id, p.resident_id AS childId, p.stay_id AS stayId, p.type_code AS typeCode, p.start_date AS startDate,
        r.birth_date AS birthDate, p.decision_body_code AS decisionBodyCode, p.destination_kind AS destinationKind,
        p.ended_date AS endedDate, p.end_reason AS endReason`,
      from: 'FROM placements p JOIN residents r ON r.id = p.resident_id',
      orderBy: 'p.rowid',
      shape: (row) => ({
        id: id(row),
        childId: id(row, 'childId'),
        stayId: id(row, 'stayId'),
        typeCode: row.typeCode,
        startMonth: month(row, 'startDate'),
        ageMonthsAtStart: age(row, text(row, 'startDate')),
        decisionBodyCode: row.decisionBodyCode,
        destinationKind: row.destinationKind,
        endedMonth: monthOrNone(row, 'endedDate'),
        endReason: row.endReason,
      }),
    },
    follow_up_visits: {
      columns: 'id, placement_id AS placementId, resident_id AS childId, due_date AS dueDate, visit_date AS visitDate, outcome',
      from: 'FROM follow_up_visits',
      orderBy: 'rowid',
      shape: (row) => ({
        id: id(row),
        placementId: id(row, 'placementId'),
        childId: id(row, 'childId'),
        dueMonth: month(row, 'dueDate'),
        visitMonth: monthOrNone(row, 'visitDate'),
        outcome: row.outcome,
      }),
    },
    gatekeeping_requests: {
      columns: `g.id, g.received_date AS receivedDate, g.child_sex AS childSex, g.child_birth_date AS birthDate,
        g.requester_code AS requesterCode, ${codeList('gatekeeping_reasons', 'request_id', 'g.id')} AS reasonCodes,
        g.commission_involved AS commissionInvolved, g.decision, g.decision_date AS decisionDate, g.resident_id AS childId`,
      from: 'FROM gatekeeping_requests g',
      orderBy: 'g.rowid',
      shape: (row) => {
        const received = text(row, 'receivedDate');
        return {
          id: id(row),
          receivedMonth: monthOf(received),
          childSex: row.childSex,
          ageMonths: row.birthDate === null ? null : age(row, received),
          requesterCode: row.requesterCode,
          reasonCodes: json(row, 'reasonCodes'),
          commissionInvolved: bool(row, 'commissionInvolved'),
          decision: row.decision,
          decisionMonth: monthOrNone(row, 'decisionDate'),
          childId: idOrNull(row, 'childId'),
        };
      },
    },
  };
}

/** The statistical profile's tables after the reference data, in contract order. */
export function statisticalPayload(db: RootDb, pseudonymKey: Buffer, today: string): PayloadTable[] {
  return sqlTables(db, statisticalTables, specs({ key: pseudonymKey, today }), {});
}
