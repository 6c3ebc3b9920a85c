import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';

import type { CoreDeps } from '../context';
import type { ImportWarning } from './import/problems';
import { readBundle } from './import/read-bundle';
import { appendAttempt } from './import-history';
import { ministryIdentity } from './installation';
import { senderRecord } from './registry';

/** What happened to one bundle file (also the `--json` line of `ministry import`). */
export type ImportResult = {
  file: string;
  status: 'imported' | 'imported-with-warnings' | 'already-imported' | 'rejected';
  dryRun: boolean;
  institutionCode: string | null;
  sequence: number | null;
  profile: string | null;
  /** Why it was rejected: a stable code (translated as bundleProblems.* / import problems) and its values. */
  problem: string | null;
  params: Record<string, string>;
  /** The precise English reason of a rejection. */
  reason: string | null;
  warnings: ImportWarning[];
  /** Records per table that were (or, in a dry run, would be) imported. */
  counts: Record<string, number>;
};

/**
 * Imports one bundle file all-or-nothing: every check of the reader passes and every record is
 * written in one transaction, or the database is left exactly as it was (the attempt goes to the
 * import history beside it). A dry run makes the same checks and counts, and writes nothing at all.
 *
 * The transaction stays open while the file is read (asynchronously): this is for the command line,
 * where nothing else writes on the connection; the app must run it in a worker with its own
 * connection.
 */
export async function importBundleFile(deps: CoreDeps, path: string, options: { dryRun: boolean }): Promise<ImportResult> {
  const identity = await ministryIdentity(deps);
  const sqlite = deps.db.$client;
  const counts: Record<string, number> = {};
  const now = deps.clock.now();
  let bundleId = 0;
  const insert = sqlite.prepare('INSERT INTO imported_records (bundle_id, table_name, line, record) VALUES (?, ?, ?, ?)');
  if (!options.dryRun) {
    sqlite.exec('BEGIN IMMEDIATE');
    // The bundle's row is written last, once every record passed: its records refer to it meanwhile.
    sqlite.pragma('defer_foreign_keys = ON');
    bundleId = sqlite.prepare('SELECT coalesce(max(id), 0) + 1 FROM imported_bundles').pluck().get() as number;
  }
  try {
    const outcome = await readBundle(path, { identity, now, sender: (code) => senderRecord(deps.db, code) }, (table, record) => {
      counts[table] = (counts[table] ?? 0) + 1;
      if (!options.dryRun) {
        insert.run(bundleId, table, counts[table], JSON.stringify(record));
      }
    });
    const manifest = outcome.manifest;
    const result: ImportResult = {
      file: basename(path),
      status: outcome.status === 'ok' ? (outcome.warnings.length > 0 ? 'imported-with-warnings' : 'imported') : outcome.status,
      dryRun: options.dryRun,
      institutionCode: manifest?.institution.code ?? (outcome.status === 'rejected' ? (outcome.params['code'] ?? null) : null),
      sequence: manifest?.sequence ?? null,
      profile: manifest?.profile ?? null,
      problem: outcome.status === 'rejected' ? outcome.problem : null,
      params: outcome.status === 'rejected' ? outcome.params : {},
      reason: outcome.status === 'rejected' ? outcome.detail : null,
      warnings: outcome.status === 'ok' ? outcome.warnings : [],
      // Every table of the bundle, an empty one too (the reader checked each against the manifest).
      counts: outcome.status === 'ok' ? Object.fromEntries(Object.keys(outcome.manifest.counts).map((table) => [table, counts[table] ?? 0])) : {},
    };
    if (options.dryRun) {
      return result;
    }
    if (outcome.status === 'ok') {
      sqlite
        .prepare(
          'INSERT INTO imported_bundles (id, institution_code, sequence, profile, sha256, manifest_sha256, manifest, created_at, imported_at, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(bundleId, outcome.manifest.institution.code, outcome.manifest.sequence, outcome.manifest.profile, outcome.sha256, outcome.manifestSha256, JSON.stringify(outcome.manifest), outcome.manifest.createdAt, now.toISOString(), JSON.stringify(outcome.warnings));
      sqlite.exec('COMMIT');
      recordAttempt(deps, result, outcome.sha256, now);
      return result;
    }
    sqlite.exec('ROLLBACK');
    recordAttempt(deps, result, outcome.sha256, now);
    return result;
  } catch (error) {
    if (sqlite.inTransaction) {
      sqlite.exec('ROLLBACK');
    }
    throw error;
  }
}

/** SHA-256 of a whole file, read as a stream. */
export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

function recordAttempt(deps: CoreDeps, result: ImportResult, sha256: string | null, now: Date): void {
  appendAttempt(deps.dataDir, { ...result, at: now.toISOString(), sha256 });
}
