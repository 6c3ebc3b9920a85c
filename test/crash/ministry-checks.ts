import { existsSync, readFileSync } from 'node:fs';

import { dataPaths } from '../../src-main/platform/paths';
import type { Core } from '../../src-main/services/core';
import type { Problems } from './institution-checks';
import type { WriterRun } from './kill';
import type { Ledger } from './ledger';
import { INSTITUTION_CODE } from './setup';

type ImportedRow = { id: number; sequence: number; sha256: string; manifest: string };

/**
 * No import is half-applied: records belong only to imported bundles, and each imported bundle has
 * exactly the records its manifest counts, table by table. Bundles are imported in order, so the
 * ministry holds 1..m; each is the file the institution exported under that number; every import
 * reported committed is there, and besides them at most the one in flight at the kill. Each has
 * its line in the import history, which the receipt for the bundle is made from.
 */
export function checkImports(core: Core, ledger: Ledger, run: WriterRun, problems: Problems): void {
  for (const write of run.committed) {
    if (write.kind === 'import') {
      ledger.imports.set(write.sequence, write.sha256);
    }
  }
  const sqlite = core.deps.db.$client;
  const bundles = sqlite.prepare('SELECT id, sequence, sha256, manifest FROM imported_bundles WHERE institution_code = ? ORDER BY sequence').all(INSTITUTION_CODE) as ImportedRow[];
  const counted = sqlite.prepare('SELECT bundle_id AS bundleId, table_name AS tableName, count(*) AS n FROM imported_records GROUP BY bundle_id, table_name').all() as {
    bundleId: number;
    tableName: string;
    n: number;
  }[];
  const ids = new Set(bundles.map((bundle) => bundle.id));
  const orphans = [...new Set(counted.filter((row) => !ids.has(row.bundleId)).map((row) => row.bundleId))];
  if (orphans.length > 0) {
    problems.push(`imported records belong to bundle ids ${orphans.join(', ')}, which are not imported bundles: an import was half applied`);
  }
  for (const bundle of bundles) {
    const expected = (JSON.parse(bundle.manifest) as { counts: Record<string, number> }).counts;
    const actual = Object.fromEntries(counted.filter((row) => row.bundleId === bundle.id).map((row) => [row.tableName, row.n]));
    const tables = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    const wrong = [...tables].filter((table) => (expected[table] ?? 0) !== (actual[table] ?? 0));
    if (wrong.length > 0) {
      problems.push(`imported bundle ${bundle.sequence} holds ${wrong.map((table) => `${actual[table] ?? 0} ${table}`).join(', ')}; its manifest counts ${wrong.map((table) => expected[table] ?? 0).join(', ')}`);
    }
  }
  bundles.forEach((bundle, index) => {
    if (bundle.sequence !== index + 1) {
      problems.push(`the ministry holds bundle ${bundle.sequence} in place ${index + 1}: the import of a bundle was lost`);
    }
    const exported = ledger.exports.get(bundle.sequence);
    if (exported?.sha256 !== bundle.sha256) {
      problems.push(`the ministry imported bundle ${bundle.sequence} as ${bundle.sha256}, the institution exported ${String(exported?.sha256)}`);
    }
  });
  const bySequence = new Map(bundles.map((bundle) => [bundle.sequence, bundle.sha256]));
  for (const [sequence, sha256] of ledger.imports) {
    if (bySequence.get(sequence) !== sha256) {
      problems.push(`bundle ${sequence}, reported imported, is ${bySequence.has(sequence) ? 'imported as another file' : 'not among the imported bundles'}`);
    }
  }
  const unreported = bundles.filter((bundle) => !ledger.imports.has(bundle.sequence));
  if (unreported.length > (run.inFlight?.op === 'import' ? 1 : 0)) {
    problems.push(`bundles ${unreported.map((bundle) => bundle.sequence).join(', ')} are imported, but no import of them was in flight`);
  }
  unreported.forEach((bundle) => ledger.imports.set(bundle.sequence, bundle.sha256));
  checkImportHistory(core.deps.dataDir, bundles, problems);
}

/** Every line of the import history is whole, and each imported bundle has its `imported` line. */
function checkImportHistory(dataDir: string, bundles: ImportedRow[], problems: Problems): void {
  const file = dataPaths(dataDir).importHistory;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (text !== '' && !text.endsWith('\n')) {
    problems.push(`the import history ends in a line cut short: ${JSON.stringify(text.slice(-80))}`);
  }
  const imported = new Set<string>();
  for (const line of text.split('\n').filter((entry) => entry !== '')) {
    try {
      const attempt = JSON.parse(line) as { status: string; sha256: string | null; dryRun: boolean };
      if (!attempt.dryRun && attempt.status === 'imported' && attempt.sha256 !== null) {
        imported.add(attempt.sha256);
      }
    } catch {
      problems.push(`the import history has a damaged line: ${JSON.stringify(line.slice(0, 80))}`);
    }
  }
  for (const bundle of bundles) {
    if (!imported.has(bundle.sha256)) {
      problems.push(`bundle ${bundle.sequence} is imported, but the import history has no line for it (no receipt can be issued for it)`);
    }
  }
}
