import { DIVERSIONS } from '../../../contract/gatekeeping';
import { referenceItemSchema } from '../../../contract/reference';
import type { ReferenceItem } from '../../../contract/reference';
import type { SqliteHandle } from '../../../db/client';
import type { BundleRow } from './bundle-history';

/*
 * The aggregates of one imported snapshot, counted by SQLite over the stored JSON records
 * (json_extract) of just the tables needed, each read through the (bundle_id, table_name) index:
 * nothing but counts and a few reference items come back, and progress notes are never read.
 * The named and the statistical shapes say the same things under different fields (exact dates
 * or months); `substr(…, 1, 7)` is the month of either.
 */

/** Where the two child-data profiles keep what the overview counts (bundle-payload-named / -statistical). */
type Shape = { children: string; child: string; admission: string; exit: string; decided: string };

const SHAPES: Record<'named' | 'statistical', Shape> = {
  named: { children: 'residents', child: '$.residentId', admission: '$.admissionDate', exit: '$.exitDate', decided: '$.decisionDate' },
  statistical: { children: 'children', child: '$.childId', admission: '$.admissionMonth', exit: '$.exitMonth', decided: '$.decisionMonth' },
};

function shapeOf(bundle: BundleRow): Shape {
  if (bundle.profile === 'plan') {
    throw new Error(`Bundle ${bundle.id} (${bundle.profile}) holds no child data`);
  }
  return SHAPES[bundle.profile];
}

/** Exits of one month and exit type (null: recorded without a type). */
export type ExitRow = { month: string; code: string | null; count: number };

/** Children in residence by disability status and education type. */
export type ChildRow = { disabilityStatus: string; educationTypeCode: string | null; count: number };

/** The reference items of one bundle (its codes, the institution's own ones included) by code. */
export type BundleReference = { exitTypes: Map<string, ReferenceItem>; educationTypes: Map<string, ReferenceItem> };

const IN_RESIDENCE = `SELECT count(DISTINCT json_extract(record, @child)) FROM imported_records
  WHERE bundle_id = @bundle AND table_name = 'stays' AND json_extract(record, @exit) IS NULL`;

// The children with a stay not exited, each once however many open stays the records show, as the
// institution's own register counts them. `IN (subquery)` builds the set of present children once
// (a join would search the bundle's children once per present child).
const CHILDREN = `SELECT json_extract(record, '$.disabilityStatus') AS disabilityStatus,
    json_extract(record, '$.educationTypeCode') AS educationTypeCode, count(*) AS count
  FROM imported_records
  WHERE bundle_id = @bundle AND table_name = @children AND json_extract(record, '$.id') IN (
    SELECT json_extract(record, @child) FROM imported_records
    WHERE bundle_id = @bundle AND table_name = 'stays' AND json_extract(record, @exit) IS NULL)
  GROUP BY disabilityStatus, educationTypeCode`;

const EXITS = `SELECT substr(json_extract(record, @exit), 1, 7) AS month, json_extract(record, '$.exitTypeCode') AS code, count(*) AS count
  FROM imported_records
  WHERE bundle_id = @bundle AND table_name = 'stays' AND substr(json_extract(record, @exit), 1, 7) BETWEEN @from AND @to
  GROUP BY month, code`;

const ADMISSIONS = `SELECT count(*) FROM imported_records
  WHERE bundle_id = @bundle AND table_name = 'stays' AND substr(json_extract(record, @admission), 1, 7) BETWEEN @from AND @to`;

const DIVERTED = `SELECT count(*) FROM imported_records
  WHERE bundle_id = @bundle AND table_name = 'gatekeeping_requests'
    AND json_extract(record, '$.decision') IN (SELECT value FROM json_each(@diversions))
    AND substr(json_extract(record, @decided), 1, 7) BETWEEN @from AND @to`;

const REFERENCE = `SELECT record FROM imported_records
  WHERE bundle_id = @bundle AND table_name = 'reference_items' AND json_extract(record, '$.kind') IN ('exit_type', 'education_type')`;

/** The queries' text, for their query-plan test: each must search the (bundle_id, table_name) index. */
export const SNAPSHOT_SQL = { IN_RESIDENCE, CHILDREN, EXITS, ADMISSIONS, DIVERTED, REFERENCE } as const;

/** The queries of a snapshot, prepared once for all bundles. */
export type SnapshotQueries = {
  /** Children with a stay not exited, each once. */
  inResidence(bundle: BundleRow): number;
  /** The children in residence by disability status and education type. */
  childrenInResidence(bundle: BundleRow): ChildRow[];
  /** Exits by month and exit type, months `from`–`to` (`YYYY-MM`, inclusive). */
  exits(bundle: BundleRow, from: string, to: string): ExitRow[];
  /** Stays admitted in months `from`–`to`. */
  admissions(bundle: BundleRow, from: string, to: string): number;
  /** Admission requests decided as a diversion (contract DIVERSIONS) in months `from`–`to`, by decision month. */
  diversions(bundle: BundleRow, from: string, to: string): number;
  /** The bundle's exit and education types. */
  reference(bundle: BundleRow): BundleReference;
};

/** Prepares the snapshot queries on the ministry's connection. */
export function snapshotQueries(sqlite: SqliteHandle): SnapshotQueries {
  const inResidence = sqlite.prepare(IN_RESIDENCE).pluck();
  const children = sqlite.prepare(CHILDREN);
  const exits = sqlite.prepare(EXITS);
  const admissions = sqlite.prepare(ADMISSIONS).pluck();
  const diverted = sqlite.prepare(DIVERTED).pluck();
  const reference = sqlite.prepare(REFERENCE).pluck();
  const diversions = JSON.stringify(DIVERSIONS);
  return {
    inResidence: (bundle) => {
      const { child, exit } = shapeOf(bundle);
      return inResidence.get({ bundle: bundle.id, child, exit }) as number;
    },
    childrenInResidence: (bundle) => {
      const { child, exit, children: table } = shapeOf(bundle);
      return children.all({ bundle: bundle.id, child, exit, children: table }) as ChildRow[];
    },
    exits: (bundle, from, to) => exits.all({ bundle: bundle.id, exit: shapeOf(bundle).exit, from, to }) as ExitRow[],
    admissions: (bundle, from, to) => admissions.get({ bundle: bundle.id, admission: shapeOf(bundle).admission, from, to }) as number,
    diversions: (bundle, from, to) => diverted.get({ bundle: bundle.id, decided: shapeOf(bundle).decided, diversions, from, to }) as number,
    reference: (bundle) => {
      const found: BundleReference = { exitTypes: new Map(), educationTypes: new Map() };
      for (const text of reference.all({ bundle: bundle.id }) as string[]) {
        const item = referenceItemSchema.parse(JSON.parse(text));
        (item.kind === 'exit_type' ? found.exitTypes : found.educationTypes).set(item.code, item);
      }
      return found;
    },
  };
}
