import { createHmac } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';

import type { TestInstitution } from '../../../../test/helpers/payload-institution';
import { column, extract, KEY, OTHER_KEY, openTestInstitution, rowsOf, TODAY } from '../../../../test/helpers/payload-institution';
import { payloadSchemas } from '../../../contract/bundle-payload';
import { payloadTables } from './index';

let institution: TestInstitution;
let tables: Map<string, Record<string, unknown>[]>;

beforeAll(async () => {
  institution = await openTestInstitution();
  tables = extract(institution.db, { profile: 'statistical' });
}, 120_000);

afterAll(() => institution.close());

const sql = (query: string): string[] => column(institution.db, query).filter((value) => value !== null).map(String);
const hmac = (key: Buffer, id: string): string => createHmac('sha256', key).update(id).digest('hex').slice(0, 32);

/** Every [field path, value] of a row, nested objects and arrays included. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value)) {
    return value.flatMap((item) => leaves(item, path));
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => leaves(inner, path === '' ? key : `${path}.${key}`));
  }
  return [[path, value]];
}

/** What a ministry reviewer must never find in a statistical export. */
function identifying(): Set<string> {
  const child = `SELECT surname FROM residents UNION SELECT first_name FROM residents UNION SELECT patronymic FROM residents
    UNION SELECT surname || ' ' || first_name FROM residents UNION SELECT fin FROM residents
    UNION SELECT birth_cert_number FROM residents UNION SELECT birth_cert_series || birth_cert_number FROM residents
    UNION SELECT birth_date FROM residents UNION SELECT birth_place FROM residents UNION SELECT school_name FROM residents
    UNION SELECT diagnosis FROM residents UNION SELECT needs FROM residents UNION SELECT health_notes FROM residents`;
  const family = `SELECT full_name FROM family_members UNION SELECT phone FROM family_members UNION SELECT address FROM family_members
    UNION SELECT note FROM family_members UNION SELECT person_name FROM contact_log UNION SELECT note FROM contact_log`;
  const pathway = `SELECT text FROM progress_notes UNION SELECT summary FROM assessments UNION SELECT text FROM plan_goals
    UNION SELECT text FROM plan_actions UNION SELECT owner_name FROM plan_actions UNION SELECT decisions FROM plan_reviews
    UNION SELECT participants FROM plan_reviews UNION SELECT destination_name FROM placements UNION SELECT destination_phone FROM placements
    UNION SELECT destination_address FROM placements UNION SELECT note FROM placements UNION SELECT visitor FROM follow_up_visits
    UNION SELECT notes FROM follow_up_visits UNION SELECT note FROM referrals`;
  const requests = `SELECT child_surname FROM gatekeeping_requests UNION SELECT child_first_name FROM gatekeeping_requests
    UNION SELECT requester_name FROM gatekeeping_requests UNION SELECT assessment_summary FROM gatekeeping_requests
    UNION SELECT decision_note FROM gatekeeping_requests UNION SELECT file_name FROM attachments`;
  const recordIds = ['residents', 'stays', 'family_members', 'contact_log', 'assessments', 'care_plans', 'plan_goals', 'plan_actions', 'plan_reviews', 'referrals', 'placements', 'follow_up_visits', 'gatekeeping_requests']
    .map((table) => `SELECT id FROM ${table}`)
    .join(' UNION ');
  return new Set([child, family, pathway, requests, recordIds].flatMap((query) => sql(query)));
}

describe('the statistical payload', () => {
  it('has the contract’s tables in order, and every row passes its table’s schema', () => {
    expect([...tables.keys()]).toEqual(Object.keys(payloadSchemas.statistical));
    const schemas = new Map<string, z.ZodType>(Object.entries(payloadSchemas.statistical));
    for (const [name, rows] of tables) {
      rows.forEach((row) => expect(schemas.get(name)!.safeParse(row).error, `${name} ${JSON.stringify(row)}`).toBeUndefined());
    }
  });

  it('holds no name, FİN, certificate, contact, id of a record or free text of any row, and no field meant for them', () => {
    const forbidden = identifying();
    expect(forbidden.size).toBeGreaterThan(1000);
    const textField = /name|fin$|^fin|cert|text|note|diagnos|needs|phone|address|summary|visitor|participant|decisions|birth|school|description|file|person|owner|destination(?!Kind)/i;
    // Reference data is the institution's vocabulary (a region's label may well be a birthplace), about no child.
    const found: string[] = [];
    for (const [table, rows] of [...tables].filter(([name]) => name !== 'reference_items')) {
      for (const [field, value] of rows.flatMap((row) => leaves(row))) {
        // Dates are reduced to their month: no day of a child's life is in the export.
        const day = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value);
        if (textField.test(field) || day || (typeof value === 'string' && forbidden.has(value))) {
          found.push(`${table}.${field} = ${String(value)}`);
        }
      }
    }
    expect(found).toEqual([]);
    expect(tables.has('progress_notes')).toBe(false);
  });

  it('counts every child, adopted ones too, by the keyed hash of the record id', () => {
    const children = rowsOf(tables, 'children');
    const secret = sql('SELECT id FROM residents WHERE secret = 1');
    expect(secret.length).toBeGreaterThan(0);
    expect(new Set(children.map((child) => child.id))).toEqual(new Set(sql('SELECT id FROM residents').map((id) => hmac(KEY, id))));
    const exits = rowsOf(tables, 'stays').filter((stay) => secret.map((id) => hmac(KEY, id)).includes(String(stay.childId)));
    expect(exits.some((stay) => stay.exitTypeCode !== null)).toBe(true);
  });

  it('gives ages in whole months on the export day, at admission and at exit', () => {
    const [id, birthDate] = column(institution.db, "SELECT id || '|' || birth_date FROM residents ORDER BY rowid LIMIT 1").map(String)[0]!.split('|') as [string, string];
    const child = rowsOf(tables, 'children').find((row) => row.id === hmac(KEY, id))!;
    const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
    const [ty, tm, td] = TODAY.split('-').map(Number) as [number, number, number];
    expect(child.ageMonths).toBe((ty - by) * 12 + (tm - bm) - (td < bd ? 1 : 0));
    for (const stay of rowsOf(tables, 'stays')) {
      expect(stay.admissionMonth).toMatch(/^\d{4}-\d{2}$/);
      expect(Number(stay.ageMonthsAtAdmission)).toBeLessThanOrEqual(Number(stay.ageMonthsAtExit ?? Infinity));
    }
  });

  it('keeps the links between a child’s records, all through pseudonyms', () => {
    const of = (table: string, field = 'id'): Set<unknown> => new Set(rowsOf(tables, table).map((row) => row[field]));
    const children = of('children');
    for (const table of ['stays', 'family_members', 'contact_log', 'assessments', 'care_plans', 'referrals', 'placements', 'follow_up_visits']) {
      expect(rowsOf(tables, table).length, table).toBeGreaterThan(0);
      expect(rowsOf(tables, table).every((row) => children.has(row.childId)), table).toBe(true);
    }
    expect(rowsOf(tables, 'care_plan_goals').every((goal) => of('care_plans').has(goal.carePlanId))).toBe(true);
    expect(rowsOf(tables, 'care_plan_actions').every((action) => of('care_plan_goals').has(action.goalId))).toBe(true);
    expect(rowsOf(tables, 'referrals').every((referral) => of('services').has(referral.serviceId))).toBe(true);
    expect(rowsOf(tables, 'follow_up_visits').every((visit) => of('placements').has(visit.placementId))).toBe(true);
    const admitted = rowsOf(tables, 'gatekeeping_requests').filter((request) => request.decision === 'admitted');
    expect(admitted.length).toBeGreaterThan(0);
    expect(admitted.every((request) => children.has(request.childId))).toBe(true);
    expect(rowsOf(tables, 'gatekeeping_requests').some((request) => request.childId === null && typeof request.ageMonths === 'number')).toBe(true);
  });

  it('gives a child the same id in every export with the same key, and other ids with another key', () => {
    const again = extract(institution.db, { profile: 'statistical', today: '2027-03-01' });
    const other = extract(institution.db, { profile: 'statistical', pseudonymKey: OTHER_KEY });
    const childIds = (payload: Map<string, Record<string, unknown>[]>): unknown[] => rowsOf(payload, 'children').map((child) => child.id);
    expect(childIds(again)).toEqual(childIds(tables));
    expect(rowsOf(again, 'stays').map((stay) => stay.id)).toEqual(rowsOf(tables, 'stays').map((stay) => stay.id));
    const first = new Set(childIds(tables));
    expect(childIds(other).filter((id) => first.has(id))).toEqual([]);
    expect(childIds(other)).toHaveLength(first.size);
  });

  it('refuses a pseudonym key too short to keep the ids secret', () => {
    expect(() => payloadTables(institution.db, { profile: 'statistical', includeSecret: false, pseudonymKey: Buffer.alloc(8), today: TODAY })).toThrow(/pseudonym key/);
  });
});
