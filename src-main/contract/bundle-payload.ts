import { z } from 'zod';

import { referenceItemRowSchema } from './bundle-payload-fields';
import { namedChildTables } from './bundle-payload-named';
import { planTables } from './bundle-payload-plan';
import { statisticalTables } from './bundle-payload-statistical';

/** Version of the payload's record schemas; the ministry upgrades older versions explicitly. */
export const PAYLOAD_SCHEMA_VERSION = 1;

/** What an export contains: full records, pseudonymous statistics, or the transformation plan only. */
export const exportProfiles = ['named', 'statistical', 'plan'] as const;
export const exportProfileSchema = z.enum(exportProfiles);
export type ExportProfile = z.infer<typeof exportProfileSchema>;

/**
 * The records of each profile: table name (snake_case, the `<table>.jsonl` file in the payload)
 * → the schema every line of it must pass, in the order the tables are written (a table's rows
 * only point at tables before it, or at records the profile leaves out). Every profile starts with
 * the reference data its codes come from.
 * - named: the children's full records (adoption-secret ones only when the director includes them),
 *   the services register, then the transformation plan and its indicators (bundle-payload-named,
 *   bundle-payload-plan);
 * - statistical: every child, pseudonymous, without identity, contacts or free text
 *   (bundle-payload-statistical);
 * - plan: the transformation plan and its indicators only, no child-level row.
 */
export const payloadSchemas = {
  named: { reference_items: referenceItemRowSchema, ...namedChildTables, ...planTables },
  statistical: { reference_items: referenceItemRowSchema, ...statisticalTables },
  plan: { reference_items: referenceItemRowSchema, ...planTables },
} as const satisfies { [P in ExportProfile]: Record<string, z.ZodType> };

/** The table names of a profile. */
export type PayloadTableName<P extends ExportProfile> = keyof (typeof payloadSchemas)[P] & string;
