import type { z } from 'zod';

import type { BundleManifest } from '../../../contract/bundle-manifest';
import { payloadSchemas } from '../../../contract/bundle-payload';
import { TarFormatError } from '../../bundles/format/tar';
import { JsonLinesSplitter } from './json-lines';
import { ImportRejection } from './problems';
import type { TarSink } from './tar-stream';

/**
 * Receives the payload's files from the tar reader: exactly one `<table>.jsonl` per table of the
 * manifest's profile, in the schema's order. Each line is parsed and validated against its table's
 * (strict) schema, so a record carrying a field its profile does not allow — a name in a statistical
 * bundle — is refused; valid records go to `onRecord` as they come. A table must hold as many lines
 * as `manifest.counts` says. `finish` checks that no table is missing.
 */
export function tableSink(manifest: BundleManifest, onRecord: (table: string, record: unknown) => void): TarSink & { finish(): void } {
  const schemas: Record<string, z.ZodType> = payloadSchemas[manifest.profile];
  const tables = Object.keys(schemas);
  let next = 0;
  let current: { table: string; expected: number; splitter: JsonLinesSplitter } | null = null;
  return {
    begin(name) {
      const table = tables[next];
      if (table === undefined || name !== `${table}.jsonl`) {
        throw new TarFormatError(misplaced(name, tables, next, manifest.profile));
      }
      next += 1;
      const schema = schemas[table]!;
      const expected = manifest.counts[table] ?? 0;
      const splitter = new JsonLinesSplitter(name, (line, number) => {
        // Lines past the stated count are only counted, for the mismatch's message.
        if (number <= expected) {
          onRecord(table, parseRecord(table, schema, manifest.profile, line, number));
        }
      });
      current = { table, expected, splitter };
    },
    data(chunk) {
      current?.splitter.push(chunk);
    },
    end() {
      if (current === null) {
        return;
      }
      const { table, expected, splitter } = current;
      current = null;
      const found = splitter.end();
      if (found !== expected) {
        throw new ImportRejection('count-mismatch', `${table}.jsonl holds ${found} records; the manifest says ${expected}`, {
          table,
          found: String(found),
          expected: String(expected),
        });
      }
    },
    finish() {
      if (next < tables.length) {
        throw new TarFormatError(`The payload lacks ${tables[next]}.jsonl (every table of the ${manifest.profile} profile must be present)`);
      }
    },
  };
}

/** Why a file name is not the one expected next. */
function misplaced(name: string, tables: readonly string[], next: number, profile: string): string {
  const at = tables.findIndex((table) => `${table}.jsonl` === name);
  if (at === -1) {
    return `The payload holds ${JSON.stringify(name)}, which is not a table of the ${profile} profile`;
  }
  if (at < next) {
    return `The payload holds ${name} twice`;
  }
  return `The payload holds ${name} where ${tables[next]}.jsonl belongs (the tables must be in the profile’s order)`;
}

/** One line as a record of `table`, or a `record-invalid` rejection naming the line and the first issue. */
function parseRecord(table: string, schema: z.ZodType, profile: string, line: string, number: number): unknown {
  const params = { table, line: String(number), profile };
  let value: unknown;
  try {
    value = JSON.parse(line) as unknown;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new ImportRejection('record-invalid', `${table}.jsonl line ${number} is not JSON: ${why}`, { ...params, path: 'JSON' });
  }
  const checked = schema.safeParse(value);
  if (checked.success) {
    return checked.data;
  }
  const issue = checked.error.issues[0];
  const fields = issue?.code === 'unrecognized_keys' ? issue.keys.join(', ') : (issue?.path ?? []).map(String).join('.');
  const path = fields === '' ? '(record)' : fields;
  throw new ImportRejection(
    'record-invalid',
    `${table}.jsonl line ${number} does not fit the ${profile} schema: ${path}: ${issue?.message ?? 'invalid'} (${issue?.code ?? 'unknown'})`,
    { ...params, path },
  );
}
