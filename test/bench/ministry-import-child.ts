import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { identityToRecipient } from 'age-encryption';
import { eq } from 'drizzle-orm';

import { payloadSchemas } from '../../src-main/contract/bundle-payload';
import type { SqliteHandle } from '../../src-main/db/client';
import { openDatabase } from '../../src-main/db/open';
import { ministryInstallation } from '../../src-main/db/schema';
import { fixedClock } from '../../src-main/platform/clock';
import { memoryLogger } from '../../src-main/platform/logger';
import { importBundleFile } from '../../src-main/services/ministry/importer';
import { initMinistry } from '../../src-main/services/ministry/installation';
import { enrol } from '../../src-main/services/ministry/registry';
import { MIGRATIONS_FOLDER, openNodeCore } from '../../src-main/services/node-host';
import type { NationalSet } from './national-set';
import { readSet, SET_IMPORT_AT } from './national-set';

/**
 * One side of the ministry import benchmark, in a process of its own so that its peak RSS
 * (`process.resourceUsage().maxRSS`, the kernel's high-water mark) counts nothing but this side:
 * `ministry-import-child.ts import|baseline <set folder>`. Prints one JSON line, a `ChildRun`
 * (see ministry-import.bench.ts), on stdout; not a `*.bench.ts`, so `npm run bench` does not run it itself.
 */

const TYPE_CODE = 'children_home';

/**
 * What a side measured: records stored, wall and CPU time (user and system, all threads: on a busy
 * machine the steadier of the two), and peak RSS of the whole process (`peakRssMb`),
 * split into the peak before the work (loading the code, opening, enrolling: `setupPeakMb`) and
 * the peak during the work alone (`workPeakMb`; Linux lets the high-water mark be reset).
 */
type ChildRun = { rows: number; ms: number; cpuMs: number; peakRssMb: number; setupPeakMb: number; workPeakMb: number; digest: string };

const [mode, folder] = process.argv.slice(2);
const set = folder === undefined ? null : readSet(folder);
if (set === null || folder === undefined || (mode !== 'import' && mode !== 'baseline')) {
  throw new Error('usage: ministry-import-child.ts import|baseline <folder of a complete national set>');
}
const run = mode === 'import' ? await importSet(folder, set) : baselineSet(folder, set);
console.log(JSON.stringify(run));

/**
 * The ministry's own path, as `ministry import` runs it: a fresh ministry installation (encrypted
 * database, keys in the file secret store) with the 50 institutions enrolled, then every bundle
 * through `importBundleFile` in turn, each all or nothing.
 */
async function importSet(setFolder: string, national: NationalSet): Promise<ChildRun> {
  const dataDir = mkdtempSync(join(tmpdir(), 'korpu-bench-ministry-'));
  try {
    const core = await openNodeCore(dataDir, { logger: memoryLogger(), clock: fixedClock(SET_IMPORT_AT) });
    try {
      const deps = core.deps;
      await initMinistry(deps, 'DUMİ');
      // The cached set is encrypted to its own identity: put it in place of the fresh one, as
      // restoring the ministry's key from its backup would.
      await deps.secrets.set('ministry-identity', Buffer.from(national.identity, 'ascii'));
      deps.db.update(ministryInstallation).set({ recipient: await identityToRecipient(national.identity) }).where(eq(ministryInstallation.id, 1)).run();
      for (const institution of national.institutions) {
        enrol(deps, { code: institution.code, name: institution.name, regionCode: institution.regionCode, typeCode: TYPE_CODE, publicKeyFile: institution.publicKeyFile });
      }
      const setupPeakMb = resetPeakRss();
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      let rows = 0;
      for (const institution of national.institutions) {
        const result = await importBundleFile(deps, join(setFolder, institution.bundle), { dryRun: false });
        if (result.status !== 'imported') {
          throw new Error(`${institution.bundle} was not imported: ${result.status} ${result.problem ?? ''} ${result.reason ?? ''}`);
        }
        rows += Object.values(result.counts).reduce((sum, count) => sum + count, 0);
      }
      const ms = performance.now() - start;
      const cpu = process.cpuUsage(cpuStart);
      const workPeakMb = peakRssMb();
      return { rows, ms, cpuMs: (cpu.user + cpu.system) / 1000, peakRssMb: Math.max(setupPeakMb, workPeakMb), setupPeakMb, workPeakMb, digest: digest(deps.db.$client) };
    } finally {
      core.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The simplest way to the same stored rows: a fresh database opened as the app opens its own
 * (same driver, encryption, pragmas and migrations), the institutions in the registry beforehand,
 * then per bundle one transaction of prepared INSERTs — its imported_bundles row, then every line
 * of its plain table files as it is (each file read whole and split: at most a few MB). Nothing is
 * decrypted, verified or validated.
 */
function baselineSet(setFolder: string, national: NationalSet): ChildRun {
  const dataDir = mkdtempSync(join(tmpdir(), 'korpu-bench-baseline-'));
  try {
    const opened = openDatabase({ file: join(dataDir, 'korpu.db'), key: randomBytes(32), migrationsFolder: MIGRATIONS_FOLDER });
    try {
      const sqlite = opened.sqlite;
      const enrolInstitution = sqlite.prepare('INSERT INTO registry_institutions (code, name, region_code, type_code, enrolled_at) VALUES (?, ?, ?, ?, ?)');
      for (const institution of national.institutions) {
        enrolInstitution.run(institution.code, institution.name, institution.regionCode, TYPE_CODE, SET_IMPORT_AT.toISOString());
      }
      const insertBundle = sqlite.prepare(
        'INSERT INTO imported_bundles (id, institution_code, sequence, profile, sha256, manifest_sha256, manifest, created_at, imported_at, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      const insertRecord = sqlite.prepare('INSERT INTO imported_records (bundle_id, table_name, line, record) VALUES (?, ?, ?, ?)');
      const tables = Object.keys(payloadSchemas.named);
      const setupPeakMb = resetPeakRss();
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      let rows = 0;
      for (const [index, institution] of national.institutions.entries()) {
        const bundleId = index + 1;
        const { manifest } = institution;
        sqlite.exec('BEGIN IMMEDIATE');
        insertBundle.run(bundleId, manifest.institution.code, manifest.sequence, manifest.profile, institution.sha256, institution.manifestSha256, JSON.stringify(manifest), manifest.createdAt, SET_IMPORT_AT.toISOString(), '[]');
        for (const table of tables) {
          const lines = readFileSync(join(setFolder, institution.plain, `${table}.jsonl`), 'utf8').split('\n');
          // Every line ends in a line break: the last piece is empty.
          lines.pop();
          for (const [index, text] of lines.entries()) {
            insertRecord.run(bundleId, table, index + 1, text);
          }
          rows += lines.length;
        }
        sqlite.exec('COMMIT');
      }
      const ms = performance.now() - start;
      const cpu = process.cpuUsage(cpuStart);
      const workPeakMb = peakRssMb();
      return { rows, ms, cpuMs: (cpu.user + cpu.system) / 1000, peakRssMb: Math.max(setupPeakMb, workPeakMb), setupPeakMb, workPeakMb, digest: digest(sqlite) };
    } finally {
      opened.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The process's peak RSS so far, in MB: Linux's `VmHWM` (/proc/self/status), which starts afresh
 * with this program — getrusage's maxRSS does not: Linux carries it over from the parent through
 * fork and exec, so a bench runner that grew large first would be counted here. Elsewhere getrusage.
 */
function peakRssMb(): number {
  try {
    const kib = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kib !== undefined) {
      return (Number(kib) * 1024) / 1e6;
    }
  } catch {
    // Not Linux.
  }
  return (process.resourceUsage().maxRSS * 1024) / 1e6;
}

/**
 * Returns the peak so far and resets the high-water mark (Linux: `5` to /proc/self/clear_refs), so
 * that the work's own peak can be told from the loading's. Where it cannot be reset, the later
 * peak is the whole process's, which is only more cautious.
 */
function resetPeakRss(): number {
  const peak = peakRssMb();
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not Linux, or not allowed: the work's peak then includes the loading's.
  }
  return peak;
}

/** SHA-256 over every stored record (bundle, table, line, JSON text) in insertion order: both sides must agree. */
function digest(sqlite: SqliteHandle): string {
  const hash = createHash('sha256');
  const rows = sqlite.prepare('SELECT bundle_id, table_name, line, record FROM imported_records ORDER BY rowid').raw().iterate() as Iterable<[number, string, number, string]>;
  for (const [bundleId, table, line, record] of rows) {
    hash.update(`${bundleId}\t${table}\t${line}\t${record}\n`);
  }
  return hash.digest('hex');
}
