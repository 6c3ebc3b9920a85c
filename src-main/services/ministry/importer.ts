import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';

import type { ImportResultView } from '../../contract/ministry';
import type { RootDb } from '../../db/client';
import type { CoreDeps } from '../context';
import { dryRunChanges } from './dry-run-changes';
import { readBundle } from './import/read-bundle';
import { appendAttempt } from './import-history';
import { ministryIdentity } from './installation';
import { senderRecord } from './registry';

/** What happened to one bundle file (also the `--json` line of `ministry import`). */
export type ImportResult = ImportResultView;

/** Where a bundle is imported: a connection of its own, the data folder (for the history), the key. */
export type ImportTarget = { db: RootDb; dataDir: string; identity: string; now: Date };

export type ImportOptions = {
  dryRun: boolean;
  onProgress?: (done: number, total: number) => void;
  /** The name to report (the file as the analyst chose it, when `path` is a staged copy). */
  fileName?: string;
};

/** Imports one bundle file with the installation's own connection (the command line's). */
export async function importBundleFile(deps: CoreDeps, path: string, options: ImportOptions): Promise<ImportResult> {
  return importInto({ db: deps.db, dataDir: deps.dataDir, identity: await ministryIdentity(deps), now: deps.clock.now() }, path, options);
}

/**
 * Imports one bundle file all-or-nothing: every check of the reader passes and every record is
 * written in one transaction, or the database is left exactly as it was (the attempt goes to the
 * import history beside it). A dry run makes the same checks, compares the records with the
 * institution's last bundle of the same profile, and rolls everything back.
 *
 * The transaction stays open while the file is read (asynchronously), so the connection must be
 * one nothing else writes on meanwhile: the command line's, or the import worker's own.
 */
export async function importInto(target: ImportTarget, path: string, options: ImportOptions): Promise<ImportResult> {
  const sqlite = target.db.$client;
  const counts: Record<string, number> = {};
  const insert = sqlite.prepare('INSERT INTO imported_records (bundle_id, table_name, line, record) VALUES (?, ?, ?, ?)');
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    // The bundle's row is written last, once every record passed: its records refer to it meanwhile.
    sqlite.pragma('defer_foreign_keys = ON');
    const bundleId = sqlite.prepare('SELECT coalesce(max(id), 0) + 1 FROM imported_bundles').pluck().get() as number;
    const readOptions = {
      identity: target.identity,
      now: target.now,
      sender: (code: string) => senderRecord(target.db, code),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    };
    const outcome = await readBundle(path, readOptions, (table, record) => {
      counts[table] = (counts[table] ?? 0) + 1;
      insert.run(bundleId, table, counts[table], JSON.stringify(record));
    });
    const manifest = outcome.manifest;
    const result: ImportResult = {
      file: options.fileName ?? basename(path),
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
      changes: null,
      sha256: outcome.sha256,
    };
    if (options.dryRun) {
      if (outcome.status === 'ok') {
        result.changes = dryRunChanges(sqlite, bundleId, outcome.manifest.institution.code, outcome.manifest.profile);
      }
      sqlite.exec('ROLLBACK');
      return result;
    }
    if (outcome.status === 'ok') {
      sqlite
        .prepare(
          'INSERT INTO imported_bundles (id, institution_code, sequence, profile, sha256, manifest_sha256, manifest, created_at, imported_at, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(bundleId, outcome.manifest.institution.code, outcome.manifest.sequence, outcome.manifest.profile, outcome.sha256, outcome.manifestSha256, JSON.stringify(outcome.manifest), outcome.manifest.createdAt, target.now.toISOString(), JSON.stringify(outcome.warnings));
      sqlite.exec('COMMIT');
    } else {
      sqlite.exec('ROLLBACK');
    }
    appendAttempt(target.dataDir, { ...result, at: target.now.toISOString() });
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
