import { AppError } from '../../contract/errors';
import type { ImportedBundle, NamedChild } from '../../contract/ministry';
import { importedBundleSchema, namedChildSchema } from '../../contract/ministry';
import type { InstitutionOverview } from '../../contract/national-overview';
import type { RootDb } from '../../db/client';
import { nationalOverview } from './overview/national-overview';

/** The children of a named snapshot with a stay not exited, each once, by name. */
const CHILDREN_SQL = `
  SELECT json_extract(r.record, '$.id') AS id, json_extract(r.record, '$.surname') AS surname,
    json_extract(r.record, '$.firstName') AS firstName, json_extract(r.record, '$.patronymic') AS patronymic,
    json_extract(r.record, '$.birthDate') AS birthDate, json_extract(r.record, '$.sex') AS sex,
    json_extract(r.record, '$.legalStatusCode') AS legalStatusCode, json_extract(r.record, '$.disabilityStatus') AS disabilityStatus,
    (SELECT max(json_extract(s.record, '$.admissionDate')) FROM imported_records s
      WHERE s.bundle_id = r.bundle_id AND s.table_name = 'stays' AND json_extract(s.record, '$.residentId') = json_extract(r.record, '$.id')
        AND json_extract(s.record, '$.exitDate') IS NULL) AS admittedOn
  FROM imported_records r
  WHERE r.bundle_id = ? AND r.table_name = 'residents' AND EXISTS (
    SELECT 1 FROM imported_records s WHERE s.bundle_id = r.bundle_id AND s.table_name = 'stays'
      AND json_extract(s.record, '$.residentId') = json_extract(r.record, '$.id') AND json_extract(s.record, '$.exitDate') IS NULL)
  ORDER BY surname, firstName, birthDate`;

type BundleRow = { id: number; sequence: number; profile: string; createdAt: string; importedAt: string; sha256: string; warnings: string };

/**
 * One institution seen from the ministry: its figures (as in the national overview), every bundle
 * imported from it, newest first, and — only when its current snapshot is a named bundle — the
 * children in residence by name. A statistical snapshot never yields a child-level row.
 */
export function institutionDetail(
  db: RootDb,
  code: string,
  today: string,
): { overview: InstitutionOverview; bundles: ImportedBundle[]; children: NamedChild[] | null } {
  const overview = nationalOverview(db, { today, months: 12 }).institutions.find((entry) => entry.code === code);
  if (overview === undefined) {
    throw new AppError('NOT_FOUND', `Institution ${code} is not enrolled`);
  }
  const sqlite = db.$client;
  const rows = sqlite
    .prepare('SELECT id, sequence, profile, created_at AS createdAt, imported_at AS importedAt, sha256, warnings FROM imported_bundles WHERE institution_code = ? ORDER BY sequence DESC')
    .all(code) as BundleRow[];
  const bundles = rows.map((row) =>
    importedBundleSchema.parse({ sequence: row.sequence, profile: row.profile, createdAt: row.createdAt, importedAt: row.importedAt, sha256: row.sha256, warnings: JSON.parse(row.warnings) as unknown }),
  );
  const snapshot = overview.snapshot;
  const snapshotRow = snapshot === null ? undefined : rows.find((row) => row.sequence === snapshot.sequence);
  const children =
    snapshotRow === undefined || snapshotRow.profile !== 'named'
      ? null
      : (sqlite.prepare(CHILDREN_SQL).all(snapshotRow.id)).map((child) => namedChildSchema.parse(child));
  return { overview, bundles, children };
}
