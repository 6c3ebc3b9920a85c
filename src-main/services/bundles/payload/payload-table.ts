import type { z } from 'zod';

import type { ExportProfile } from '../../../contract/bundle-payload';
import type { RootDb } from '../../../db/client';

/** What to extract, and how. */
export type PayloadOptions = {
  profile: ExportProfile;
  /** Named profile: include adoption-secret records (the director's choice for this one export). */
  includeSecret: boolean;
  /** The institution's key for pseudonymous ids (statistical profile). */
  pseudonymKey: Buffer;
  /** The export day `YYYY-MM-DD`: ages, overdue actions and indicators are as of this day. */
  today: string;
};

/** One table of a payload: its rows stream, each shaped so that `schema` accepts it. */
export type PayloadTable = {
  name: string;
  schema: z.ZodType;
  /** Exactly how many rows `rows()` yields (read in the same transaction). */
  count: number;
  rows(): Iterable<unknown>;
};

/** A row as SQLite returns it (columns named by their SQL aliases). */
export type SqlRow = Record<string, unknown>;

/** A table read by one SQL query: `FROM … WHERE …` (shared with its count), columns, order, and its shaping. */
export type SqlTableSpec = {
  columns: string;
  from: string;
  orderBy: string;
  shape(row: SqlRow): unknown;
};

/**
 * A payload table read straight from SQLite. Counted now; `rows()` streams with better-sqlite3's
 * `iterate()`, so a table of any size never sits in memory. While it streams, the connection runs
 * nothing else: a table's shaping never queries.
 */
export function sqlTable(db: RootDb, name: string, schema: z.ZodType, spec: SqlTableSpec, params: Record<string, unknown>): PayloadTable {
  const sqlite = db.$client;
  const count = sqlite.prepare(`SELECT count(*) ${spec.from}`).pluck().get(params);
  if (typeof count !== 'number') {
    throw new Error(`Counting ${name} gave no number`);
  }
  const select = sqlite.prepare(`SELECT ${spec.columns} ${spec.from} ORDER BY ${spec.orderBy}`);
  return {
    name,
    schema,
    count,
    *rows() {
      for (const row of select.iterate(params)) {
        // A SELECT (not .raw()) gives one plain object per row, typed unknown by better-sqlite3.
        yield spec.shape(row as SqlRow);
      }
    },
  };
}

/** The tables of `schemas`, in their order, each read by its spec (the specs name the same tables). */
export function sqlTables(db: RootDb, schemas: Record<string, z.ZodType>, specs: Record<string, SqlTableSpec>, params: Record<string, unknown>): PayloadTable[] {
  return Object.entries(schemas).map(([name, schema]) => {
    const spec = specs[name];
    if (spec === undefined) {
      throw new Error(`No query for payload table ${name}`);
    }
    return sqlTable(db, name, schema, spec, params);
  });
}

/** A payload table of rows already in memory (small tables: reference data, the plan). */
export function listTable(name: string, schema: z.ZodType, rows: readonly unknown[]): PayloadTable {
  return { name, schema, count: rows.length, rows: () => rows };
}

/** The tables of `schemas`, in their order, with rows already in memory (`rows` names the same tables). */
export function listTables(schemas: Record<string, z.ZodType>, rows: Record<string, readonly unknown[]>): PayloadTable[] {
  return Object.entries(schemas).map(([name, schema]) => {
    const list = rows[name];
    if (list === undefined) {
      throw new Error(`No rows for payload table ${name}`);
    }
    return listTable(name, schema, list);
  });
}

/**
 * Shapes a row in place: SQLite's 0/1 into booleans, JSON built in SQL (code lists, scores) into
 * values. Everything else passes as SQLite returned it.
 */
export function shaper(fields: { booleans?: readonly string[]; json?: readonly string[] }): (row: SqlRow) => SqlRow {
  const booleans = fields.booleans ?? [];
  const json = fields.json ?? [];
  return (row) => {
    for (const field of booleans) {
      row[field] = row[field] === 1;
    }
    for (const field of json) {
      row[field] = JSON.parse(text(row, field));
    }
    return row;
  };
}

/** A text column; throws when the query gave something else (a bug in the query, never data). */
export function text(row: SqlRow, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') {
    throw new Error(`Column ${column} is not text`);
  }
  return value;
}

/** A text column that may be null. */
export function textOrNull(row: SqlRow, column: string): string | null {
  return row[column] === null ? null : text(row, column);
}

/** SQL for the codes of one record, sorted, as a JSON array (`[]` when none). */
export function codeList(table: string, key: string, id: string, extra = ''): string {
  return `(SELECT json_group_array(code) FROM (SELECT code FROM ${table} WHERE ${key} = ${id}${extra} ORDER BY code))`;
}

/**
 * SQL true when the record of resident `column` (null: none) may go into this export: when secret
 * records are included, or it is not secret. `@includeSecret` is 1 or 0.
 */
export function visible(column: string): string {
  return `(@includeSecret = 1 OR NOT EXISTS (SELECT 1 FROM residents hidden WHERE hidden.id = ${column} AND hidden.secret = 1))`;
}
