import type { TableChanges } from '../../contract/ministry';
import type { SqliteHandle } from '../../db/client';

/** How many records of each kind a dry run names as examples. */
const EXAMPLES = 3;

/** A record's identity within its table: its id, or a reference item's list and code. */
const KEY = `coalesce(json_extract(record, '$.id'), json_extract(record, '$.kind') || ':' || json_extract(record, '$.code'), line)`;
/** How a record is named in the examples: a child of a named bundle by name, anything else by its key. */
const LABEL = `CASE WHEN table_name = 'residents' AND json_extract(record, '$.surname') IS NOT NULL
  THEN json_extract(record, '$.surname') || ' ' || json_extract(record, '$.firstName') ELSE ${KEY} END`;

/**
 * What importing bundle `bundleId` (its records written, uncommitted) would change, table by table,
 * against the institution's newest imported bundle of the same profile: records added, changed and
 * removed, with a few examples of each. Every table of either bundle is listed. Runs inside the dry
 * run's transaction, in temporary tables the rollback removes.
 */
export function dryRunChanges(sqlite: SqliteHandle, bundleId: number, institutionCode: string, profile: string): TableChanges[] {
  const previous = sqlite
    .prepare('SELECT id FROM imported_bundles WHERE institution_code = ? AND profile = ? ORDER BY sequence DESC LIMIT 1')
    .pluck()
    .get(institutionCode, profile) as number | undefined;
  for (const [name, id] of [['dry_new', bundleId], ['dry_old', previous ?? -1]] as const) {
    sqlite.exec(`CREATE TEMP TABLE ${name} (t TEXT NOT NULL, k TEXT NOT NULL, label TEXT NOT NULL, record TEXT NOT NULL, PRIMARY KEY (t, k)) WITHOUT ROWID`);
    sqlite.prepare(`INSERT OR IGNORE INTO ${name} SELECT table_name, ${KEY}, ${LABEL}, record FROM imported_records WHERE bundle_id = ?`).run(id);
  }
  const tables = sqlite.prepare('SELECT t FROM dry_new UNION SELECT t FROM dry_old ORDER BY t').pluck().all() as string[];
  const only = (from: string, other: string) => ({
    count: sqlite.prepare(`SELECT count(*) FROM ${from} a WHERE a.t = ? AND NOT EXISTS (SELECT 1 FROM ${other} b WHERE b.t = a.t AND b.k = a.k)`).pluck(),
    examples: sqlite.prepare(`SELECT a.label FROM ${from} a WHERE a.t = ? AND NOT EXISTS (SELECT 1 FROM ${other} b WHERE b.t = a.t AND b.k = a.k) ORDER BY a.label LIMIT ${EXAMPLES}`).pluck(),
  });
  const added = only('dry_new', 'dry_old');
  const removed = only('dry_old', 'dry_new');
  const changedCount = sqlite.prepare('SELECT count(*) FROM dry_new a JOIN dry_old b ON b.t = a.t AND b.k = a.k WHERE a.t = ? AND a.record <> b.record').pluck();
  const changedExamples = sqlite.prepare(`SELECT a.label FROM dry_new a JOIN dry_old b ON b.t = a.t AND b.k = a.k WHERE a.t = ? AND a.record <> b.record ORDER BY a.label LIMIT ${EXAMPLES}`).pluck();
  return tables.map((table) => ({
    table,
    added: added.count.get(table) as number,
    changed: changedCount.get(table) as number,
    removed: removed.count.get(table) as number,
    examples: {
      added: added.examples.all(table) as string[],
      changed: changedExamples.all(table) as string[],
      removed: removed.examples.all(table) as string[],
    },
  }));
}
