import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { desc } from 'drizzle-orm';

import { BUNDLE_VALIDITY_DAYS } from '../../contract/bundle-manifest';
import { PAYLOAD_SCHEMA_VERSION } from '../../contract/bundle-payload';
import type { BundleExport, JobProgress } from '../../contract/bundles';
import { AppError } from '../../contract/errors';
import { bundleExports } from '../../db/schema';
import { writePendingFile } from '../../platform/atomic-file';
import { dataPaths } from '../../platform/paths';
import { appendAudit } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';
import { getProfile } from '../institution/institution-service';
import { writeBundle } from './bundle-writer';
import { keyIdHex } from './format/minisign';
import { exportView } from './history';
import { pseudonymKey, signingKeyPair } from './keys';
import { ministryKeys, recipientFingerprint } from './ministry-keys';
import { startExportWorker, WorkerCancelled } from './worker/spawn';
import type { WorkerRun } from './worker/spawn';

export type ExportRequest = { jobId: string; profile: BundleExport['profile']; includeSecret: boolean };

/** The export running in an installation (one at a time: each takes the next sequence number). */
const running = new WeakMap<CoreDeps, { jobId: string; run: WorkerRun | null; cancelled: boolean }>();

/**
 * Exports a bundle: the worker reads and encrypts the payload; here the manifest is chained to the
 * previous bundle, signed, and the file written atomically into the data folder's `exports/`. Only
 * then is the sequence number recorded, so a crash or cancel before that uses no number (and what
 * the crash left in `exports/` is removed by the next export).
 */
export async function exportBundle(
  deps: CoreDeps,
  actor: Actor,
  request: ExportRequest,
  onProgress: (progress: JobProgress) => void,
): Promise<BundleExport> {
  if (running.has(deps)) {
    throw new AppError('EXPORT_BUSY', 'Another export is running');
  }
  const job = { jobId: request.jobId, run: null as WorkerRun | null, cancelled: false };
  running.set(deps, job);
  // Progress goes to a window that may have closed meanwhile: that must not stop the export.
  const report = (progress: JobProgress): void => {
    try {
      onProgress(progress);
    } catch (error) {
      deps.logger.log('warn', 'bundles.progressUndelivered', { error: error instanceof Error ? error.message : String(error) });
    }
  };
  try {
    return await runExport(deps, actor, request, job, report);
  } finally {
    running.delete(deps);
  }
}

/** Cancels the running export with this job id (nothing happens when it has already ended). */
export function cancelExport(deps: CoreDeps, jobId: string): void {
  const job = running.get(deps);
  if (job?.jobId === jobId) {
    job.cancelled = true;
    job.run?.cancel();
  }
}

async function runExport(
  deps: CoreDeps,
  actor: Actor,
  request: ExportRequest,
  job: { jobId: string; run: WorkerRun | null; cancelled: boolean },
  onProgress: (progress: JobProgress) => void,
): Promise<BundleExport> {
  const ministry = ministryKeys(deps.db);
  if (ministry === null) {
    throw new AppError('MINISTRY_KEYS_MISSING', 'The ministry keys are not set');
  }
  const institution = getProfile(deps.db);
  const key = await signingKeyPair(deps, actor);
  const dbKey = await deps.secrets.get('database-key');
  if (dbKey === null) {
    throw new AppError('DB_KEY_MISSING', 'The database key is missing');
  }
  const now = deps.clock.now();
  const includeSecret = request.profile === 'named' && request.includeSecret;
  const paths = dataPaths(deps.dataDir);
  const run = startExportWorker(
    {
      dbFile: paths.database,
      dbKey: new Uint8Array(dbKey),
      profile: request.profile,
      includeSecret,
      pseudonymKey: new Uint8Array(pseudonymKey(deps.db)),
      recipients: [ministry.recipient],
      today: now.toISOString().slice(0, 10),
      mtime: Math.floor(now.getTime() / 1000),
    },
    (stage, done, total) => onProgress({ jobId: request.jobId, stage, done, total }),
  );
  dbKey.fill(0);
  job.run = run;
  if (job.cancelled) {
    run.cancel();
  }
  const { payload, counts } = await run.result.catch((error: unknown) => {
    throw error instanceof WorkerCancelled ? cancelled() : error;
  });
  const previous = deps.db.select().from(bundleExports).orderBy(desc(bundleExports.sequence)).limit(1).get();
  const sequence = (previous?.sequence ?? 0) + 1;
  const bundle = writeBundle(
    {
      format: 'korpu-bundle',
      formatVersion: 1,
      schemaVersion: PAYLOAD_SCHEMA_VERSION,
      appVersion: deps.appVersion,
      institution: { code: institution.code, name: institution.name },
      signingKeyId: keyIdHex(key.keyId),
      sequence,
      previousManifestSha256: previous?.manifestSha256 ?? null,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + BUNDLE_VALIDITY_DAYS * 86_400_000).toISOString(),
      profile: request.profile,
      includesSecretRecords: includeSecret,
      counts,
      recipients: [recipientFingerprint(ministry.recipient)],
    },
    payload,
    key,
  );
  onProgress({ jobId: request.jobId, stage: 'writing', done: 0, total: bundle.bytes.length });
  mkdirSync(paths.exports, { recursive: true, mode: 0o700 });
  removeLeftovers(paths.exports, bundleFilePrefix(institution.code, sequence));
  const fileName = bundleFileName(institution.code, sequence, request.profile);
  const file = join(paths.exports, fileName);
  // The number is taken in the same transaction that puts the file in place: a crash before it
  // commits uses no number; its .partial file, or its file renamed just before the crash, is never
  // read, and the next export removes it (removeLeftovers).
  const pending = writePendingFile(file, bundle.bytes);
  try {
    deps.db.transaction((tx) => {
      if (job.cancelled) {
        throw cancelled();
      }
      tx.insert(bundleExports)
        .values({
          sequence,
          createdAt: bundle.manifest.createdAt,
          expiresAt: bundle.manifest.expiresAt,
          profile: request.profile,
          includesSecret: includeSecret,
          fileName,
          size: bundle.bytes.length,
          sha256: bundle.sha256,
          manifestSha256: bundle.manifestSha256,
          counts: JSON.stringify(counts),
          signingKeyId: bundle.manifest.signingKeyId,
          createdBy: actor.userId,
        })
        .run();
      appendAudit(tx, actor, now, {
        action: 'export',
        entityType: 'bundle',
        entityId: String(sequence),
        changes: {
          profile: { before: null, after: request.profile },
          includesSecretRecords: { before: null, after: includeSecret },
          sha256: { before: null, after: bundle.sha256 },
        },
      });
      pending.commit();
    });
  } catch (error) {
    pending.discard();
    // Another process (the command line on the same data folder) took this number first.
    if (error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      throw new AppError('EXPORT_BUSY', `Bundle ${sequence} was exported by another process meanwhile`);
    }
    throw error;
  }
  onProgress({ jobId: request.jobId, stage: 'writing', done: bundle.bytes.length, total: bundle.bytes.length });
  return exportView(deps, sequence);
}

/** `SHK-UE-03-000012-named.korpu`: sorts by sequence, says what it holds. */
export function bundleFileName(code: string, sequence: number, profile: string): string {
  return `${bundleFilePrefix(code, sequence)}${profile}.korpu`;
}

function bundleFilePrefix(code: string, sequence: number): string {
  return `${code.replace(/[^A-Za-z0-9-]/g, '_')}-${String(sequence).padStart(6, '0')}-`;
}

/**
 * What an export that a crash interrupted left: its temporary file, or its whole file, put in place
 * just before the crash stopped the commit that would have recorded it. Such a file bears the
 * number this export is about to take (`unrecordedPrefix`), which no recorded bundle has; left
 * there, it would be a signed bundle the history does not know, chained like the next one.
 */
function removeLeftovers(dir: string, unrecordedPrefix: string): void {
  for (const name of readdirSync(dir)) {
    if ((name.startsWith('.') && name.endsWith('.partial')) || (name.startsWith(unrecordedPrefix) && name.endsWith('.korpu'))) {
      rmSync(join(dir, name), { force: true });
    }
  }
}

function cancelled(): AppError {
  return new AppError('JOB_CANCELLED', 'The export was cancelled');
}
