import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { desc, eq, getTableColumns } from 'drizzle-orm';

import type { BundleExport } from '../../contract/bundles';
import { receiptStatusSchema } from '../../contract/bundles';
import { AppError } from '../../contract/errors';
import { bundleExports, users } from '../../db/schema';
import { dataPaths } from '../../platform/paths';
import type { CoreDeps } from '../context';

type Row = typeof bundleExports.$inferSelect & { createdByName: string | null };

/** Every exported bundle, newest first. */
export function listExports(deps: CoreDeps): BundleExport[] {
  return selectRows(deps).all().map((row) => toView(deps, row));
}

/** One exported bundle; NOT_FOUND for a number never used. */
export function exportView(deps: CoreDeps, sequence: number): BundleExport {
  const row = selectRows(deps).where(eq(bundleExports.sequence, sequence)).get();
  if (row === undefined) {
    throw new AppError('NOT_FOUND', `No bundle ${sequence} was exported`);
  }
  return toView(deps, row);
}

/** The bytes of an exported bundle, to save again. */
export function bundleFile(deps: CoreDeps, sequence: number): { fileName: string; bytes: Buffer } {
  const view = exportView(deps, sequence);
  if (!view.available) {
    throw new AppError('NOT_FOUND', `The file of bundle ${sequence} is no longer in the data folder`);
  }
  return { fileName: view.fileName, bytes: readFileSync(join(dataPaths(deps.dataDir).exports, view.fileName)) };
}

/** Whether an exported bundle's file is still in the data folder. */
export function bundleFileExists(deps: CoreDeps, fileName: string): boolean {
  return existsSync(join(dataPaths(deps.dataDir).exports, fileName));
}

function selectRows(deps: CoreDeps) {
  return deps.db
    .select({ ...getTableColumns(bundleExports), createdByName: users.fullName })
    .from(bundleExports)
    .leftJoin(users, eq(users.id, bundleExports.createdBy))
    .orderBy(desc(bundleExports.sequence))
    .$dynamic();
}

function toView(deps: CoreDeps, row: Row): BundleExport {
  const status = receiptStatusSchema.safeParse(row.receiptStatus);
  return {
    sequence: row.sequence,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    profile: row.profile,
    includesSecret: row.includesSecret,
    fileName: row.fileName,
    size: row.size,
    sha256: row.sha256,
    manifestSha256: row.manifestSha256,
    counts: JSON.parse(row.counts) as Record<string, number>,
    createdByName: row.createdByName,
    available: bundleFileExists(deps, row.fileName),
    receipt:
      status.success && row.receiptIssuedAt !== null && row.receiptImportedAt !== null
        ? { status: status.data, issuedAt: row.receiptIssuedAt, importedAt: row.receiptImportedAt, message: row.receiptMessage }
        : null,
  };
}
