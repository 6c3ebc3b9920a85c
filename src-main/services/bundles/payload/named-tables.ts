import { namedChildTables } from '../../../contract/bundle-payload-named';
import type { RootDb } from '../../../db/client';
import { DEPRIVATION_REASONS } from '../../residents/resident-record';
import type { PayloadTable, SqlTableSpec } from './payload-table';
import { codeList, shaper, sqlTables, visible } from './payload-table';

/*
 * The named profile's child-level tables (contract bundle-payload-named), read with SQL. A secret
 * child's rows, and the rows hanging off them, pass only when `@includeSecret` is 1 (`visible`).
 * Rows come in insertion (rowid) order: a scan with no sort, however many notes there are.
 */

const plain = shaper({});

const specs: { [K in keyof typeof namedChildTables]: SqlTableSpec } = {
  services: {
    columns: `id, name, type_code AS typeCode, region_code AS regionCode, address, phone, capacity, active, note,
      created_at AS createdAt, updated_at AS updatedAt`,
    from: 'FROM services',
    orderBy: 'rowid',
    shape: shaper({ booleans: ['active'] }),
  },
  residents: {
    columns: `r.id, r.surname, r.first_name AS firstName, r.patronymic, r.sex, r.birth_date AS birthDate,
      r.birth_place AS birthPlace, r.citizenship, r.fin, r.birth_cert_series AS birthCertSeries,
      r.birth_cert_number AS birthCertNumber, r.legal_status_code AS legalStatusCode,
      ${codeList('resident_codes', 'resident_id', 'r.id', ` AND kind = '${DEPRIVATION_REASONS}'`)} AS deprivationReasonCodes,
      r.disability_status AS disabilityStatus, r.disability_category_code AS disabilityCategoryCode, r.diagnosis, r.needs,
      r.health_notes AS healthNotes, r.education_type_code AS educationTypeCode, r.school_name AS schoolName, r.grade,
      r.secret, r.created_at AS createdAt, r.updated_at AS updatedAt`,
    from: `FROM residents r WHERE ${visible('r.id')}`,
    orderBy: 'r.rowid',
    shape: shaper({ booleans: ['secret'], json: ['deprivationReasonCodes'] }),
  },
  stays: {
    columns: `s.id, s.resident_id AS residentId, s.admission_date AS admissionDate, s.basis_body_code AS basisBodyCode,
      s.basis_number AS basisNumber, s.basis_date AS basisDate, s.referring_body_code AS referringBodyCode,
      s.source_code AS sourceCode, ${codeList('stay_reasons', 'stay_id', 's.id')} AS reasonCodes,
      s.temporarily_absent AS temporarilyAbsent, s.absence_note AS absenceNote, s.exit_date AS exitDate,
      s.exit_type_code AS exitTypeCode, s.created_at AS createdAt`,
    from: `FROM stays s WHERE ${visible('s.resident_id')}`,
    orderBy: 's.rowid',
    shape: shaper({ booleans: ['temporarilyAbsent'], json: ['reasonCodes'] }),
  },
  family_members: {
    columns: `f.id, f.resident_id AS residentId, f.relation_code AS relationCode, f.full_name AS fullName, f.phone, f.address,
      f.contact_allowed AS contactAllowed, f.note,
      CASE WHEN ${visible('f.linked_resident_id')} THEN f.linked_resident_id END AS linkedResidentId,
      f.created_at AS createdAt, f.updated_at AS updatedAt`,
    from: `FROM family_members f WHERE ${visible('f.resident_id')}`,
    orderBy: 'f.rowid',
    shape: shaper({ booleans: ['contactAllowed'] }),
  },
  contact_log: {
    columns: `c.id, c.resident_id AS residentId, c.date, c.kind, c.family_member_id AS familyMemberId, c.person_name AS personName,
      c.note, c.created_at AS createdAt, c.updated_at AS updatedAt`,
    from: `FROM contact_log c WHERE ${visible('c.resident_id')}`,
    orderBy: 'c.rowid',
    shape: plain,
  },
  progress_notes: {
    columns: `n.id, n.resident_id AS residentId, n.date, n.domain_code AS domainCode, n.text, n.corrects_note_id AS correctsNoteId,
      n.created_at AS createdAt, n.edited_at AS editedAt`,
    from: `FROM progress_notes n WHERE ${visible('n.resident_id')}`,
    orderBy: 'n.rowid',
    shape: plain,
  },
  assessments: {
    columns: `a.id, a.resident_id AS residentId, a.date, a.summary,
      (SELECT json_group_array(json_object('domainCode', s.domain_code, 'score', s.score, 'note', s.note))
        FROM (SELECT * FROM assessment_scores WHERE assessment_id = a.id ORDER BY domain_code) s) AS scores,
      a.created_at AS createdAt`,
    from: `FROM assessments a WHERE ${visible('a.resident_id')}`,
    orderBy: 'a.rowid',
    shape: shaper({ json: ['scores'] }),
  },
  care_plans: {
    columns: `p.id, p.resident_id AS residentId, p.stay_id AS stayId, p.next_review_date AS nextReviewDate, p.created_at AS createdAt`,
    from: `FROM care_plans p WHERE ${visible('p.resident_id')}`,
    orderBy: 'p.rowid',
    shape: plain,
  },
  care_plan_goals: {
    columns: `g.id, g.plan_id AS carePlanId, g.domain_code AS domainCode, g.text, g.target_date AS targetDate, g.status,
      g.created_at AS createdAt`,
    from: `FROM plan_goals g JOIN care_plans p ON p.id = g.plan_id WHERE ${visible('p.resident_id')}`,
    orderBy: 'g.rowid',
    shape: plain,
  },
  care_plan_actions: {
    columns: `a.id, a.goal_id AS goalId, a.text, a.owner_name AS ownerName, a.due_date AS dueDate, a.done_at AS doneAt,
      a.created_at AS createdAt`,
    from: `FROM plan_actions a JOIN plan_goals g ON g.id = a.goal_id JOIN care_plans p ON p.id = g.plan_id
      WHERE ${visible('p.resident_id')}`,
    orderBy: 'a.rowid',
    shape: plain,
  },
  care_plan_reviews: {
    columns: `v.id, v.plan_id AS carePlanId, v.date, v.participants, v.decisions, v.next_review_date AS nextReviewDate,
      v.created_at AS createdAt`,
    from: `FROM plan_reviews v JOIN care_plans p ON p.id = v.plan_id WHERE ${visible('p.resident_id')}`,
    orderBy: 'v.rowid',
    shape: plain,
  },
  referrals: {
    columns: `f.id, f.resident_id AS residentId, f.service_id AS serviceId, f.status, f.requested_date AS requestedDate,
      f.start_date AS startDate, f.end_date AS endDate, f.note, f.created_at AS createdAt, f.updated_at AS updatedAt`,
    from: `FROM referrals f WHERE ${visible('f.resident_id')}`,
    orderBy: 'f.rowid',
    shape: plain,
  },
  placements: {
    columns: `p.id, p.resident_id AS residentId, p.stay_id AS stayId, p.type_code AS typeCode, p.start_date AS startDate,
      p.decision_body_code AS decisionBodyCode, p.decision_number AS decisionNumber, p.decision_date AS decisionDate,
      p.destination_kind AS destinationKind, p.destination_name AS destinationName, p.destination_phone AS destinationPhone,
      p.destination_address AS destinationAddress, p.note, p.ended_date AS endedDate, p.end_reason AS endReason,
      p.created_at AS createdAt`,
    from: `FROM placements p WHERE ${visible('p.resident_id')}`,
    orderBy: 'p.rowid',
    shape: plain,
  },
  follow_up_visits: {
    columns: `v.id, v.placement_id AS placementId, v.resident_id AS residentId, v.due_date AS dueDate, v.visit_date AS visitDate,
      v.visitor, v.outcome, v.notes, v.recorded_at AS recordedAt`,
    from: `FROM follow_up_visits v WHERE ${visible('v.resident_id')}`,
    orderBy: 'v.rowid',
    shape: plain,
  },
  gatekeeping_requests: {
    columns: `g.id, g.received_date AS receivedDate, g.child_surname AS childSurname, g.child_first_name AS childFirstName,
      g.child_patronymic AS childPatronymic, g.child_sex AS childSex, g.child_birth_date AS childBirthDate,
      g.requester_code AS requesterCode, g.requester_name AS requesterName,
      ${codeList('gatekeeping_reasons', 'request_id', 'g.id')} AS reasonCodes, g.assessment_summary AS assessmentSummary,
      g.commission_involved AS commissionInvolved, g.decision, g.decision_date AS decisionDate, g.decision_note AS decisionNote,
      g.resident_id AS residentId, g.created_at AS createdAt, g.updated_at AS updatedAt`,
    // A request that led to a secret child's admission names that child: it goes with the child's record.
    from: `FROM gatekeeping_requests g WHERE ${visible('g.resident_id')}`,
    orderBy: 'g.rowid',
    shape: shaper({ booleans: ['commissionInvolved'], json: ['reasonCodes'] }),
  },
  attachments: {
    columns: `a.id, a.resident_id AS residentId, a.file_name AS fileName, a.mime_type AS mimeType, a.size, a.sha256, a.description,
      a.uploaded_at AS uploadedAt`,
    // Photos never leave the institution; documents only as what they are, never their content.
    from: `FROM attachments a WHERE a.kind = 'document' AND ${visible('a.resident_id')}`,
    orderBy: 'a.rowid',
    shape: plain,
  },
};

/** The named profile's child-level tables, in contract order; secret records only with `includeSecret`. */
export function namedChildPayload(db: RootDb, includeSecret: boolean): PayloadTable[] {
  const params = { includeSecret: includeSecret ? 1 : 0 };
  return sqlTables(db, namedChildTables, specs, params);
}
