import { expect } from 'vitest';

import { calendarDate } from '../../src-main/contract/dates';
import type { RootDb } from '../../src-main/db/client';
import type { PayloadOptions } from '../../src-main/services/bundles/payload';
import { payloadTables } from '../../src-main/services/bundles/payload';
import { fillDemo } from '../../src-main/services/demo/demo-service';
import type { TestConnection, TestCore } from './temp-core';
import { openTestCore, TEST_NOW, tempDir } from './temp-core';

/*
 * For the payload tests: a demo institution (children with families, notes, pathways, adoptions,
 * gatekeeping, a transformation plan in progress), plus what the demo does not make — a document
 * and a photo on a secret and on an ordinary record, an indicator kept by hand.
 */

/** Enough children for adoptions (secret records) and every kind of exit; small enough to build in seconds. */
const RESIDENTS = 120;
const SEED = 7;

/** The export day: the demo's today. */
export const TODAY = calendarDate(TEST_NOW);

/** A pseudonym key, and another. */
export const KEY = Buffer.alloc(32, 1);
export const OTHER_KEY = Buffer.alloc(32, 2);

export type TestInstitution = { core: TestCore; director: TestConnection; db: RootDb; close(): void };

const PDF = Buffer.from('%PDF-1.4\n% test document\n').toString('base64');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]).toString('base64');

/** Builds the institution in a temp dir; `close` removes it. */
export async function openTestInstitution(): Promise<TestInstitution> {
  const dir = tempDir('korpu-payload-');
  const core = await openTestCore(dir.path);
  const director = await core.setUp();
  fillDemo(core.core.deps, RESIDENTS, SEED);
  const db = core.core.deps.db;
  const someone = (secret: 0 | 1): string => {
    const id = db.$client.prepare('SELECT id FROM residents WHERE secret = ? ORDER BY rowid LIMIT 1').pluck().get(secret);
    expect(typeof id, `a child with secret = ${secret}`).toBe('string');
    return String(id);
  };
  for (const residentId of [someone(0), someone(1)]) {
    await director.call('attachments.add', { residentId, kind: 'document', fileName: 'qərar.pdf', description: 'Komissiyanın qərarı', contentBase64: PDF });
    await director.call('attachments.add', { residentId, kind: 'photo', fileName: 'foto.png', description: null, contentBase64: PNG });
    const member = db.$client.prepare('SELECT id FROM family_members WHERE resident_id = ? ORDER BY rowid LIMIT 1').pluck().get(residentId);
    const entry = { date: '2026-10-04', kind: 'visit', familyMemberId: typeof member === 'string' ? member : null, personName: 'Səbinə Əliyeva', note: 'Nənəsi gəldi, bayramı birlikdə keçirdilər' };
    await director.call('contacts.add', { residentId, entry });
  }
  const plan = await director.call('transformation.get', {});
  const planId = plan!.id;
  const dashboard = await director.call('indicators.saveManual', {
    planId,
    id: null,
    name: 'Dəstək alan ailələr',
    unit: 'ailə',
    higherIsBetter: true,
    baseline: 4,
    target: { value: 30, date: '2027-06-30' },
  });
  await director.call('indicators.recordManualValue', { id: dashboard.manual[0]!.id, month: '2026-10', value: 12 });
  return {
    core,
    director,
    db,
    close: () => {
      core.close();
      dir.cleanup();
    },
  };
}

/**
 * Every table of a payload with all its rows, read as the export worker reads them (one read
 * transaction, one table at a time); checks on the way that each count is the number of rows.
 */
export function extract(db: RootDb, options: Partial<PayloadOptions> & Pick<PayloadOptions, 'profile'>): Map<string, Record<string, unknown>[]> {
  const tables = new Map<string, Record<string, unknown>[]>();
  db.$client.exec('BEGIN');
  try {
    for (const table of payloadTables(db, { includeSecret: false, pseudonymKey: KEY, today: TODAY, ...options })) {
      const rows = [...table.rows()].map((row) => {
        expect(row).toBeTypeOf('object');
        return row as Record<string, unknown>;
      });
      expect(rows, table.name).toHaveLength(table.count);
      tables.set(table.name, rows);
    }
  } finally {
    db.$client.exec('COMMIT');
  }
  return tables;
}

/** The rows of one table (failing the test when the payload has no such table). */
export function rowsOf(tables: ReadonlyMap<string, Record<string, unknown>[]>, name: string): Record<string, unknown>[] {
  const rows = tables.get(name);
  expect(rows, `table ${name}`).toBeDefined();
  return rows ?? [];
}

/** Values of one column of the database, for comparisons. */
export function column(db: RootDb, sql: string, ...params: unknown[]): unknown[] {
  return db.$client.prepare(sql).pluck().all(...params);
}
