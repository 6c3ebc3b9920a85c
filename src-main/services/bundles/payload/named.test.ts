import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';

import type { TestInstitution } from '../../../../test/helpers/payload-institution';
import { column, extract, openTestInstitution, rowsOf } from '../../../../test/helpers/payload-institution';
import { payloadSchemas } from '../../../contract/bundle-payload';

let institution: TestInstitution;
let tables: Map<string, Record<string, unknown>[]>;
let withSecret: Map<string, Record<string, unknown>[]>;

beforeAll(async () => {
  institution = await openTestInstitution();
  tables = extract(institution.db, { profile: 'named' });
  withSecret = extract(institution.db, { profile: 'named', includeSecret: true });
}, 120_000);

afterAll(() => institution.close());

const ids = (rows: readonly Record<string, unknown>[], field = 'id'): Set<unknown> => new Set(rows.map((row) => row[field]));
const sql = (query: string, ...params: unknown[]): unknown[] => column(institution.db, query, ...params);
/** Every string anywhere in a payload, nested ones too. */
const strings = (payload: ReadonlyMap<string, Record<string, unknown>[]>): Set<string> =>
  new Set([...payload.values()].flatMap((rows) => rows.flatMap((row) => JSON.stringify(row).match(/"(?:[^"\\]|\\.)*"/g) ?? [])).map((quoted) => String(JSON.parse(quoted))));

describe('the named payload', () => {
  it('has the contract’s tables in order, and every row passes its table’s schema', () => {
    for (const payload of [tables, withSecret]) {
      expect([...payload.keys()]).toEqual(Object.keys(payloadSchemas.named));
      for (const [name, rows] of payload) {
        const schema = new Map<string, z.ZodType>(Object.entries(payloadSchemas.named)).get(name)!;
        rows.forEach((row) => expect(schema.safeParse(row).error, `${name} ${JSON.stringify(row)}`).toBeUndefined());
      }
    }
  });

  it('holds each child’s full record: identity with FİN and certificate, legal status, health, education', () => {
    const residents = rowsOf(tables, 'residents');
    expect(ids(residents)).toEqual(new Set(sql('SELECT id FROM residents WHERE secret = 0')));
    const withFin = residents.find((row) => row.fin !== null && row.birthCertNumber !== null && row.diagnosis !== null);
    expect(withFin).toBeDefined();
    const stored = institution.db.$client.prepare('SELECT surname, first_name AS firstName, fin, birth_cert_number AS birthCertNumber, diagnosis FROM residents WHERE id = ?').get(withFin!.id);
    expect(withFin).toMatchObject(stored as object);
    expect(residents.some((row) => (row.deprivationReasonCodes as string[]).length > 0)).toBe(true);
    expect(residents.some((row) => row.educationTypeCode !== null && row.schoolName !== null)).toBe(true);
    expect(residents.every((row) => !('photoAttachmentId' in row) && row.secret === false)).toBe(true);
  });

  it('holds admissions with reasons and exits, families and contacts, notes, assessments, care plans, referrals, placements, visits, requests', () => {
    const visible = (table: string): number => Number(sql(`SELECT count(*) FROM ${table} t JOIN residents r ON r.id = t.resident_id WHERE r.secret = 0`)[0]);
    for (const table of ['stays', 'family_members', 'contact_log', 'progress_notes', 'assessments', 'care_plans', 'referrals', 'placements', 'follow_up_visits']) {
      expect(rowsOf(tables, table).length, table).toBe(visible(table));
      expect(visible(table), `${table} in the demo`).toBeGreaterThan(0);
    }
    expect(rowsOf(tables, 'stays').every((stay) => (stay.reasonCodes as string[]).length > 0)).toBe(true);
    expect(rowsOf(tables, 'stays').some((stay) => stay.exitTypeCode !== null)).toBe(true);
    expect(rowsOf(tables, 'family_members').some((member) => member.fullName !== null && member.phone !== null)).toBe(true);
    expect(rowsOf(tables, 'progress_notes').every((note) => typeof note.text === 'string')).toBe(true);
    expect(rowsOf(tables, 'assessments').every((assessment) => (assessment.scores as unknown[]).length > 0)).toBe(true);
    for (const table of ['care_plan_goals', 'care_plan_actions', 'care_plan_reviews', 'services']) {
      expect(rowsOf(tables, table).length, table).toBeGreaterThan(0);
    }
    expect(rowsOf(tables, 'placements').some((placement) => placement.destinationName !== null)).toBe(true);
    expect(rowsOf(tables, 'follow_up_visits').some((visit) => visit.outcome !== null)).toBe(true);
    const requests = rowsOf(tables, 'gatekeeping_requests');
    expect(new Set(requests.map((request) => request.decision))).toEqual(new Set(sql('SELECT DISTINCT decision FROM gatekeeping_requests')));
    expect(requests.every((request) => typeof request.childSurname === 'string' && (request.reasonCodes as string[]).length > 0)).toBe(true);
  });

  it('holds the transformation plan and its indicators', () => {
    expect(rowsOf(tables, 'transformation_plans')).toHaveLength(1);
    expect(rowsOf(tables, 'plan_phase_actions').length).toBeGreaterThan(0);
    expect(rowsOf(tables, 'plan_indicators').length).toBeGreaterThan(0);
  });

  it('leaves adoption-secret children out, and everything about them', () => {
    const secret = sql('SELECT id FROM residents WHERE secret = 1').map(String);
    expect(secret.length, 'adopted children in the demo').toBeGreaterThan(0);
    const secretIdentity = sql(
      `SELECT fin FROM residents WHERE secret = 1 AND fin IS NOT NULL UNION SELECT birth_cert_number FROM residents WHERE secret = 1 AND birth_cert_number IS NOT NULL`,
    ).map(String);
    const hanging = sql(
      `SELECT id FROM stays WHERE resident_id IN (SELECT id FROM residents WHERE secret = 1)
       UNION SELECT id FROM placements WHERE resident_id IN (SELECT id FROM residents WHERE secret = 1)
       UNION SELECT id FROM gatekeeping_requests WHERE resident_id IN (SELECT id FROM residents WHERE secret = 1)
       UNION SELECT id FROM attachments WHERE resident_id IN (SELECT id FROM residents WHERE secret = 1)`,
    ).map(String);
    expect(hanging.length).toBeGreaterThan(secret.length);
    const seen = strings(tables);
    for (const value of [...secret, ...secretIdentity, ...hanging]) {
      expect(seen.has(value), value).toBe(false);
    }
    // A sibling's family entry still names the brother or sister, but no longer points at the secret record.
    expect(rowsOf(tables, 'family_members').every((member) => !secret.includes(String(member.linkedResidentId)))).toBe(true);
  });

  it('includes secret children, marked secret, with everything about them, when the director chose to', () => {
    const secret = new Set(sql('SELECT id FROM residents WHERE secret = 1'));
    expect(ids(rowsOf(withSecret, 'residents').filter((row) => row.secret === true))).toEqual(secret);
    for (const table of ['stays', 'family_members', 'progress_notes', 'placements', 'gatekeeping_requests']) {
      expect(rowsOf(withSecret, table).length, table).toBe(Number(sql(`SELECT count(*) FROM ${table}`)[0]));
    }
  });

  it('lists documents by name and hash, never a file’s content, and never a photo', () => {
    const attachments = rowsOf(tables, 'attachments');
    expect(attachments).toHaveLength(1);
    expect(attachments[0]).toMatchObject({ mimeType: 'application/pdf', description: 'Komissiyanın qərarı' });
    expect(attachments[0]!.fileName).toMatch(/\.pdf$/);
    expect(attachments[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(rowsOf(withSecret, 'attachments')).toHaveLength(2);
    for (const payload of [tables, withSecret]) {
      expect([...strings(payload)].some((value) => value.startsWith('JVBER') || value.startsWith('iVBOR') || value.startsWith('image/'))).toBe(false);
    }
  });

  it('names no user of the app: who typed what stays at the institution', () => {
    const seen = strings(withSecret);
    for (const id of sql('SELECT id FROM users').map(String)) {
      expect(seen.has(id), id).toBe(false);
    }
  });
});
