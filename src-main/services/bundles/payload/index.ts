import { referenceItemRowSchema } from '../../../contract/bundle-payload-fields';
import { referenceKinds } from '../../../contract/reference';
import type { RootDb } from '../../../db/client';
import { listReferenceItems } from '../../reference/reference-service';
import { namedChildPayload } from './named-tables';
import type { PayloadOptions, PayloadTable } from './payload-table';
import { listTable } from './payload-table';
import { planPayload } from './plan-tables';
import { statisticalPayload } from './statistical-tables';

export type { PayloadOptions, PayloadTable } from './payload-table';

/** The shortest pseudonym key accepted: 256 bits, HMAC-SHA256's own size. */
export const MIN_PSEUDONYM_KEY_BYTES = 32;

/** Every reference item, retired ones too (old records still use them), kind by kind in the contract's order. */
function referenceTable(db: RootDb): PayloadTable {
  return listTable(
    'reference_items',
    referenceItemRowSchema,
    referenceKinds.flatMap((kind) => listReferenceItems(db, kind, true)),
  );
}

/**
 * The tables of one profile in `payloadSchemas` order (contract bundle-payload). Each `count` is
 * exact and `rows()` streams rows its schema accepts. Only reads, and needs nothing but `db` and
 * `options` (no clock: `today` is the export day), so it runs in the export worker on its own
 * read-only connection. Call it and drain every table inside one read transaction, one table at a
 * time: then counts and rows come from the same snapshot, and a streaming table has the
 * connection to itself.
 */
export function payloadTables(db: RootDb, options: PayloadOptions): PayloadTable[] {
  const reference = referenceTable(db);
  switch (options.profile) {
    case 'named':
      return [reference, ...namedChildPayload(db, options.includeSecret), ...planPayload(db, options.today)];
    case 'statistical':
      if (options.pseudonymKey.length < MIN_PSEUDONYM_KEY_BYTES) {
        throw new Error(`The pseudonym key must be at least ${MIN_PSEUDONYM_KEY_BYTES} bytes`);
      }
      return [reference, ...statisticalPayload(db, options.pseudonymKey, options.today)];
    case 'plan':
      return [reference, ...planPayload(db, options.today)];
  }
}
